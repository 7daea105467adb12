import { getStateNodes } from 'xstate/graph';
import { getRuleSet } from '../../rules/rule-set.registry';
import type { AuthorityRef } from '../../shared/authority';
import {
  AUTH,
  CLASSIFICATIONS,
  DATE_OF,
  ev,
  petitionInput,
  type ClassificationName,
} from './__fixtures__/petition.fixtures';
import { run, start, step, type PetitionSnapshot } from './__fixtures__/run';
import {
  PETITION_MACHINE_ID,
  PETITION_MACHINE_VERSION,
  petitionMachine,
  type PetitionStateValue,
} from './petition.machine';
import { PETITION_GUARD_EXPLANATIONS } from './petition.policies';
import {
  PETITION_EVENT_TYPES,
  type PetitionChannel,
  type PetitionClassificationInput,
  type PetitionEvent,
} from './petition.types';

const P = AUTH.province;
const day = (n: number): string => {
  const d = new Date(`${DATE_OF['VN-2026-07']}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const on = (n: number) => ({ on: day(n) });

function classifiedAs(
  c: PetitionClassificationInput,
  input: { channel?: PetitionChannel; fromReception?: boolean; holder?: AuthorityRef } = {},
): PetitionSnapshot {
  const holder = input.holder ?? P;
  const withForwarder =
    input.channel && input.channel !== 'post' && input.channel !== 'reception_desk' && input.channel !== 'online_portal'
      ? { forwardedBy: { name: 'Đoàn đại biểu Quốc hội tỉnh A' } }
      : {};
  return run(start(petitionInput({ ...input, ...withForwarder, holder })), ev.classify(holder, c));
}

describe('petition machine', () => {
  it('is registered under a stable id and version', () => {
    expect(petitionMachine.id).toBe(PETITION_MACHINE_ID);
    expect(PETITION_MACHINE_ID).toBe('petition');
    expect(PETITION_MACHINE_VERSION).toBe('1');
  });

  it('lists exactly the events it handles, and explains every guard it uses', () => {
    const nodes = [petitionMachine.root, ...getStateNodes(petitionMachine.root)];
    const handled = new Set(nodes.flatMap((n) => n.ownEvents as string[]));
    expect([...handled].sort()).toEqual([...PETITION_EVENT_TYPES].sort());
    const guards = new Set(
      nodes.flatMap((n) => ([...n.transitions.values()] as { guard?: string }[][]).flat().map((t) => t.guard)),
    );
    guards.delete(undefined);
    expect([...guards].sort()).toEqual(Object.keys(PETITION_GUARD_EXPLANATIONS).sort());
  });

  describe('intake', () => {
    it('starts in `received` with the holder as first custodian and its processing clocks running', () => {
      const s = start(petitionInput({ fromReception: true, channel: 'reception_desk' }));
      expect(s.value).toBe('received');
      expect(s.hasTag('open')).toBe(true);
      expect(s.context.custody).toEqual([{ authority: P, from: DATE_OF['VN-2026-07'], via: 'intake' }]);
      expect(Object.keys(s.context.clocks).sort()).toEqual(['processing', 'processingCeiling', 'receptionReply']);
      expect(s.context.clocks.processing).toMatchObject({
        rule: 'petition.processing',
        startedOn: DATE_OF['VN-2026-07'],
      });
      expect(s.context.clocks.processingCeiling?.rule).toBe('petition.processingCeiling');
    });

    it('runs no reception-reply clock for a đơn that did not come through a reception session', () => {
      const s = start(petitionInput({ channel: 'post' }));
      expect(s.context.clocks.receptionReply).toBeUndefined();
    });

    it('counts the signatories against the rule set threshold', () => {
      const threshold = getRuleSet('VN-2026-07').thresholds.manySignatories;
      const many = classifiedAs({ ...CLASSIFICATIONS.feedbackWithin, signatories: threshold });
      const few = classifiedAs({ ...CLASSIFICATIONS.feedbackWithin, signatories: threshold - 1 });
      expect(many.context.classification?.many).toBe(true);
      expect(few.context.classification?.many).toBe(false);
    });
  });

  describe('classification', () => {
    const received = () => start(petitionInput());
    it.each<[string, PetitionEvent]>([
      ['by an authority that does not hold the đơn', ev.classify(AUTH.communeA, CLASSIFICATIONS.complaintWithin)],
      ['ineligible without a reason', ev.classify(P, { ...CLASSIFICATIONS.complaintWithin, eligible: false })],
      ['eligible with a reason', ev.classify(P, { ...CLASSIFICATIONS.complaintWithin, ineligibleReason: 'illegible' })],
      [
        'with a negative number of signatories',
        ev.classify(P, { ...CLASSIFICATIONS.complaintWithin, signatories: -1 }),
      ],
    ])('is refused %s', (_, event) => {
      const s = received();
      expect(step(s, event).next).toBe(s);
    });

    it('may be redone before a disposition, and the tố cáo clocks follow the content', () => {
      const s1 = run(start(petitionInput()), ev.classify(P, CLASSIFICATIONS.denunciationOutside, on(2)));
      expect(s1.value).toBe('classified');
      // Luật TC Art. 24.1–24.2: counted from receipt, not from classification.
      expect(s1.context.clocks.denunciationInitialCheck).toMatchObject({ startedOn: day(0), variant: 'base' });
      expect(s1.context.clocks.denunciationForward).toMatchObject({ startedOn: day(0) });
      expect(s1.context.clocks.forwardedDenunciationReport).toBeUndefined();

      const s2 = run(s1, ev.classify(P, CLASSIFICATIONS.feedbackOutside, on(3)));
      expect(s2.value).toBe('classified');
      expect(s2.context.classification?.contentKind).toBe('feedback');
      expect(s2.context.clocks.denunciationInitialCheck?.stoppedOn).toBe(day(3));
      expect(s2.context.clocks.denunciationForward?.stoppedOn).toBe(day(3));
    });

    it('lets the initial check of a tố cáo run to 10 working days once (Luật TC Art. 24.1)', () => {
      const s = run(classifiedAs(CLASSIFICATIONS.denunciationWithin), ev.extendInitialCheck(P));
      expect(s.context.clocks.denunciationInitialCheck?.variant).toBe('complex');
      expect(s.context.initialCheckExtended?.reason).toBeTruthy();
      expect(step(s, ev.extendInitialCheck(P)).next).toBe(s);
      const complaint = classifiedAs(CLASSIFICATIONS.complaintWithin);
      expect(step(complaint, ev.extendInitialCheck(P)).next).toBe(complaint);
    });
  });

  describe('dispositions from `classified`', () => {
    const deputy = { channel: 'deputy' as const };
    const reception = { channel: 'reception_desk' as const, fromReception: true };
    type Row = [
      string,
      ClassificationName | PetitionClassificationInput,
      { channel?: PetitionChannel; fromReception?: boolean },
      PetitionEvent,
      PetitionStateValue | 'refused',
      string[]?,
    ];
    it.each<Row>([
      ['accept a complaint within competence', 'complaintWithin', {}, ev.accept(P), 'accepted', ['openCase complaint']],
      [
        'accept a tố cáo within competence',
        'denunciationWithin',
        {},
        ev.accept(P),
        'accepted',
        ['openCase denunciation'],
      ],
      ['accept a kiến nghị within competence', 'feedbackWithin', {}, ev.accept(P), 'accepted', ['openCase feedback']],
      [
        'accept after a reception session also answers the citizen (Luật TCD Art. 28.1.a)',
        'complaintWithin',
        reception,
        ev.accept(P),
        'accepted',
        ['openCase complaint', 'notify petitioner petition.accepted @petition.receptionReply'],
      ],
      ['accept a đơn with mixed content', 'mixedWithin', {}, ev.accept(P), 'refused'],
      ['accept a đơn outside competence', 'complaintOutside', {}, ev.accept(P), 'refused'],
      ['accept an ineligible đơn', 'complaintMissingSignature', {}, ev.accept(P), 'refused'],
      [
        'accept an anonymous tố cáo',
        { ...CLASSIFICATIONS.denunciationWithin, anonymousOrImpersonated: true },
        {},
        ev.accept(P),
        'refused',
      ],
      ['accept by an authority that does not hold the đơn', 'complaintWithin', {}, ev.accept(AUTH.communeA), 'refused'],
      [
        'ask the sender to split a mixed đơn',
        'mixedWithin',
        {},
        ev.requestSplit(P),
        'splitRequested',
        ['notify petitioner petition.splitRequested'],
      ],
      ['ask to split a đơn with one content', 'complaintWithin', {}, ev.requestSplit(P), 'refused'],
      [
        'guide on a complaint outside competence',
        'complaintOutside',
        {},
        ev.guide(P),
        'guided',
        ['notify petitioner petition.guided'],
      ],
      [
        'guide on a complaint within competence that lacks a signature, returning the originals',
        'complaintMissingSignature',
        {},
        ev.guide(P),
        'guided',
        ['notify petitioner petition.guided', 'notify petitioner petition.originalsReturned'],
      ],
      ['guide twice on the same content', 'complaintGuidedBefore', {}, ev.guide(P), 'refused'],
      [
        'file a đơn already guided once on the same content',
        'complaintGuidedBefore',
        {},
        ev.file(P, 'already_guided_same_content'),
        'filed',
        [],
      ],
      [
        'file for a reason other than the classified one',
        'complaintMissingSignature',
        {},
        ev.file(P, 'illegible'),
        'refused',
      ],
      ['file an eligible đơn', 'complaintWithin', {}, ev.file(P, 'illegible'), 'refused'],
      [
        'file an illegible tố cáo, telling the denouncer at once (Luật TC Art. 24.1)',
        'denunciationIllegible',
        {},
        ev.file(P, 'illegible'),
        'filed',
        ['notify petitioner petition.filed'],
      ],
      ['guide on a tố cáo sent by post', 'denunciationOutside', {}, ev.guide(P), 'refused'],
      [
        'guide a denouncer who came in person (Luật TC Art. 24.2)',
        'denunciationOutside',
        reception,
        ev.guide(P),
        'guided',
        ['notify petitioner petition.guided @petition.receptionReply'],
      ],
      [
        'forward a tố cáo outside competence, notifying within 5 working days',
        'denunciationOutside',
        {},
        ev.forward(P, AUTH.otherProvince),
        'forwarded',
        ['handOver tinh-a->tinh-b', 'notify petitioner petition.forwarded @petition.denunciationForward'],
      ],
      [
        'forward a kiến nghị outside competence',
        'feedbackOutside',
        {},
        ev.forward(P, AUTH.otherProvince),
        'forwarded',
        ['handOver tinh-a->tinh-b', 'notify petitioner petition.forwarded'],
      ],
      [
        'forward a complaint (it is guided instead)',
        'complaintOutside',
        {},
        ev.forward(P, AUTH.otherProvince),
        'refused',
      ],
      ['forward a đơn within competence', 'feedbackWithin', {}, ev.forward(P, AUTH.otherProvince), 'refused'],
      ['forward to the holder itself', 'feedbackOutside', {}, ev.forward(P, P), 'refused'],
      [
        'forward a tố cáo the competent body already has',
        'denunciationCompetentHasIt',
        {},
        ev.forward(P, AUTH.otherProvince),
        'refused',
      ],
      [
        'forward by an authority that does not hold the đơn',
        'feedbackOutside',
        {},
        ev.forward(AUTH.communeA, AUTH.otherProvince),
        'refused',
      ],
      [
        'return a complaint to the deputy who forwarded it',
        'complaintOutside',
        deputy,
        ev.returnToSender(P),
        'returned',
        ['notify forwarding_body petition.returnedToForwarder'],
      ],
      ['return a đơn that came by post', 'complaintOutside', {}, ev.returnToSender(P), 'refused'],
      ['return a đơn handed in at a reception session', 'complaintOutside', reception, ev.returnToSender(P), 'refused'],
      [
        'return a tố cáo forwarded by the press (it must be forwarded on, Luật TC Art. 26.1.a)',
        'denunciationOutside',
        { channel: 'press' },
        ev.returnToSender(P),
        'refused',
      ],
      ['return a complaint within competence to a deputy', 'complaintWithin', deputy, ev.returnToSender(P), 'refused'],
      ['return without a reason', 'complaintOutside', deputy, ev.returnToSender(P, undefined, '  '), 'refused'],
      [
        'urge a lower level on an overdue complaint',
        'complaintLowerOverdue',
        {},
        ev.urge(P, AUTH.communeA),
        'urged',
        ['remind xa-a petition.urgeComplaint'],
      ],
      ['urge an authority that is not lower', 'complaintLowerOverdue', {}, ev.urge(P, AUTH.otherProvince), 'refused'],
      ['urge when nothing is overdue below', 'complaintOutside', {}, ev.urge(P, AUTH.communeA), 'refused'],
      [
        'urge the direct subordinate on an overdue tố cáo (TT 05/2021 Art. 14.2)',
        'denunciationLowerOverdue',
        {},
        ev.urge(P, AUTH.agency),
        'urged',
        ['remind so-tnmt petition.urgeDenunciation'],
      ],
      [
        'urge a unit two levels below on a tố cáo',
        'denunciationLowerOverdue',
        {},
        ev.urge(P, AUTH.agencyUnit),
        'refused',
      ],
      [
        'not process an anonymous tố cáo',
        'denunciationAnonymous',
        {},
        ev.dismiss(P, 'anonymous_or_impersonated'),
        'notProcessed',
        [],
      ],
      [
        'not process an anonymous tố cáo but send it for inspection (Luật TC Art. 25.2)',
        'denunciationAnonymous',
        {},
        ev.dismiss(P, 'anonymous_or_impersonated', undefined, true),
        'notProcessed',
        ['notify inspectorate petition.denunciationForInspection'],
      ],
      [
        'not process a tố cáo the competent body already has (Luật TC Art. 24.3)',
        'denunciationCompetentHasIt',
        {},
        ev.dismiss(P, 'competent_body_already_has_it'),
        'notProcessed',
        [],
      ],
      [
        'not process a signed complaint as anonymous',
        'complaintWithin',
        {},
        ev.dismiss(P, 'anonymous_or_impersonated'),
        'refused',
      ],
      [
        'not process a tố cáo within competence as already with the competent body',
        'denunciationWithin',
        {},
        ev.dismiss(P, 'competent_body_already_has_it'),
        'refused',
      ],
      [
        'not process a tố cáo forwarded by the press, reporting to the press (Luật TC Art. 26.2)',
        'denunciationAnonymous',
        { channel: 'press' },
        ev.dismiss(P, 'anonymous_or_impersonated'),
        'notProcessed',
        ['notify forwarding_body petition.processingResult @petition.forwardedDenunciationReport'],
      ],
    ])('%s', (...[, classification, input, event, expected, effects]: Row) => {
      const c = typeof classification === 'string' ? CLASSIFICATIONS[classification] : classification;
      const s = classifiedAs(c, input);
      const { next, effects: actual } = step(s, event);
      // A refused command returns the very same snapshot.
      expect({ state: next === s ? 'refused' : next.value, effects: effects && actual }).toEqual({
        state: expected,
        effects,
      });
    });

    it('sets the outcome, stops every clock and records who disposed of the đơn', () => {
      const s = classifiedAs(CLASSIFICATIONS.denunciationWithin, { channel: 'reception_desk', fromReception: true });
      const { next } = step(s, ev.accept(P, on(4)));
      expect(next.status).toBe('done');
      expect(next.hasTag('open')).toBe(false);
      expect(next.context.outcome).toBe('accepted');
      expect(next.context.disposition).toMatchObject({
        disposition: 'accept',
        on: day(4),
        by: 'handler@tinh-a',
        caseKind: 'denunciation',
      });
      for (const clock of Object.values(next.context.clocks)) expect(clock.stoppedOn).toBe(day(4));
      expect(next.context.custody[0]).toMatchObject({
        disposition: 'accept',
        classification: { contentKind: 'denunciation' },
      });
    });

    it.each<[string, PetitionEvent]>([
      ['a second accept', ev.accept(P)],
      ['a guide', ev.guide(P)],
      ['a reclassification', ev.classify(P, CLASSIFICATIONS.complaintOutside)],
      ['a forward', ev.forward(P, AUTH.otherProvince)],
      ['an expired clock', ev.deadlineExpired('processing')],
    ])('refuses %s after the đơn was disposed of', (_, event) => {
      const done = run(classifiedAs(CLASSIFICATIONS.complaintWithin), ev.accept(P));
      expect(step(done, event).next).toBe(done);
    });
  });

  describe('forwarding and custody', () => {
    const B = AUTH.otherProvince;
    const forwardedDenunciation = () => run(classifiedAs(CLASSIFICATIONS.denunciationOutside), ev.forward(P, B, on(2)));

    it('hands the đơn to the receiver’s inbox, archives the sender’s clocks and starts the receiver’s', () => {
      const s = forwardedDenunciation();
      expect(s.value).toBe('forwarded');
      expect(s.context.holder).toEqual(P);
      expect(s.context.forwardedTo).toEqual(B);
      expect(s.context.forwardCount).toBe(1);
      expect(s.context.classification).toBeUndefined();
      expect(s.context.custody[0]).toMatchObject({ to: day(2), disposition: 'forward' });
      expect(s.context.custody[0]?.clocks?.processing?.stoppedOn).toBe(day(2));
      expect(s.context.clocks.processing).toMatchObject({ startedOn: day(2), startEvent: 'forward' });
      expect(s.context.clocks.processing?.stoppedOn).toBeUndefined();
    });

    it('lets only the receiving authority take it in; custody then moves', () => {
      const s = forwardedDenunciation();
      expect(step(s, ev.receive(AUTH.communeA)).next).toBe(s);
      expect(step(s, ev.receive(P)).next).toBe(s);
      const r = run(s, ev.receive(B, on(4)));
      expect(r.value).toBe('received');
      expect(r.context.holder).toEqual(B);
      expect(r.context.forwardedTo).toBeUndefined();
      expect(r.context.custody.map((c) => [c.authority.id, c.via, c.from])).toEqual([
        ['tinh-a', 'intake', day(0)],
        ['tinh-b', 'forward', day(2)],
      ]);
      expect(r.context.custody[1]?.acknowledgedOn).toBe(day(4));
      expect(r.context.bounced).toBe(false);
      // The processing period restarted for the receiver from the day the đơn reached it.
      expect(r.context.clocks.processing?.startedOn).toBe(day(2));
    });

    it('refuses a second forward of the same tố cáo (TT 05/2021 Art. 14.1)', () => {
      const atB = run(forwardedDenunciation(), ev.receive(B), ev.classify(B, CLASSIFICATIONS.denunciationOutside));
      expect(step(atB, ev.forward(B, AUTH.communeA)).next).toBe(atB);
    });

    it('reports to the forwarding authority on a forwarded tố cáo within 20 days (Luật TC Art. 26.2)', () => {
      const atB = run(
        forwardedDenunciation(),
        ev.receive(B, on(3)),
        ev.classify(B, CLASSIFICATIONS.denunciationWithin, on(3)),
      );
      expect(atB.context.clocks.forwardedDenunciationReport).toMatchObject({ startedOn: day(2) });
      const { next, effects } = step(atB, ev.accept(B));
      expect(next.value).toBe('accepted');
      expect(effects).toEqual([
        'openCase denunciation',
        'notify forwarding_body petition.processingResult @petition.forwardedDenunciationReport',
      ]);
    });

    it('lets the receiver decline the đơn; it comes back to the sender, flagged as bounced', () => {
      const s = forwardedDenunciation();
      expect(step(s, ev.returnToSender(AUTH.communeA)).next).toBe(s);
      const { next, effects } = step(s, ev.returnToSender(B, on(3)));
      expect(next.value).toBe('received');
      expect(effects).toEqual(['handOver tinh-b->tinh-a', 'notify forwarding_body petition.returnedNotCompetent']);
      expect(next.context.holder).toEqual(P);
      expect(next.context.bounced).toBe(true);
      expect(next.context.custody.map((c) => [c.authority.id, c.via])).toEqual([
        ['tinh-a', 'intake'],
        ['tinh-a', 'return'],
      ]);
      expect(next.context.forwards[0]?.declined).toMatchObject({ on: day(3) });
      expect(next.context.clocks.processing).toMatchObject({ startedOn: day(3), startEvent: 'returnToSender' });
      // The declined forward never reached a competent body: the sender may forward it once more.
      const again = run(next, ev.classify(P, CLASSIFICATIONS.denunciationOutside), ev.forward(P, AUTH.agency));
      expect(again.value).toBe('forwarded');
      expect(again.context.forwardCount).toBe(2);
    });

    it('lets a receiver that took a tố cáo it cannot forward on send it back to the sender', () => {
      const atB = run(forwardedDenunciation(), ev.receive(B), ev.classify(B, CLASSIFICATIONS.denunciationOutside));
      const { next } = step(atB, ev.returnToSender(B, on(5)));
      expect(next.value).toBe('received');
      expect(next.context.holder).toEqual(P);
      expect(next.context.bounced).toBe(true);
      expect(next.context.custody[1]).toMatchObject({ authority: B, to: day(5), disposition: 'returnToSender' });
    });

    it('does not let a receiver send back a kiến nghị it can forward on itself', () => {
      const atB = run(
        classifiedAs(CLASSIFICATIONS.feedbackOutside),
        ev.forward(P, B),
        ev.receive(B),
        ev.classify(B, CLASSIFICATIONS.feedbackOutside),
      );
      expect(step(atB, ev.returnToSender(B)).next).toBe(atB);
      expect(step(atB, ev.forward(B, AUTH.communeA)).next.value).toBe('forwarded');
    });

    it('flags a kiến nghị forwarded back to an authority that already held it', () => {
      const back = run(
        classifiedAs(CLASSIFICATIONS.feedbackOutside),
        ev.forward(P, B),
        ev.receive(B),
        ev.classify(B, CLASSIFICATIONS.feedbackOutside),
        ev.forward(B, P),
        ev.receive(P),
      );
      expect(back.context.bounced).toBe(true);
      expect(back.context.custody.map((c) => c.authority.id)).toEqual(['tinh-a', 'tinh-b', 'tinh-a']);
      expect(back.context.forwardCount).toBe(2);
    });
  });

  describe('deadlines', () => {
    it('records an expired clock without changing the state', () => {
      const s = classifiedAs(CLASSIFICATIONS.complaintWithin);
      const { next, effects } = step(s, ev.deadlineExpired('processing', on(15)));
      expect(next.value).toBe('classified');
      expect(next.context.clocks.processing?.expiredOn).toBe(day(15));
      expect(effects).toEqual(['remind holder petition.deadlineExpired processing']);
    });

    it('escalates when the 45-day ceiling passes (ND154/2026 Art. 41.3.b)', () => {
      const s = start(petitionInput());
      const { next, effects } = step(s, ev.deadlineExpired('processingCeiling', on(46)));
      expect(next.value).toBe('received');
      expect(effects).toEqual([
        'remind holder petition.deadlineExpired processingCeiling',
        'notify inspectorate petition.processingCeilingExceeded',
      ]);
    });

    it('refuses an expiry for a clock that is not running', () => {
      const s = start(petitionInput());
      expect(step(s, ev.deadlineExpired('receptionReply')).next).toBe(s);
    });

    it('accepts expiries of the receiver’s clocks while the đơn is in transit', () => {
      const s = run(classifiedAs(CLASSIFICATIONS.feedbackOutside), ev.forward(P, AUTH.otherProvince));
      expect(step(s, ev.deadlineExpired('processing')).next.context.clocks.processing?.expiredOn).toBeDefined();
    });
  });
});
