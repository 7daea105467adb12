import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { vietnamCalendar } from '../../calendar/vietnam-calendar';
import { computeDeadline } from '../../deadlines/compute-deadline';
import type { Actor } from '../../shared/actor';
import type { AuthorityRef } from '../../shared/authority';
import type { EventMeta } from '../../shared/event-meta';
import { applicableRuleSetId } from '../../rules/select-rule-set';
import { visitMachine } from './visit.machine';
import type { VisitEvent, VisitInput } from './visit.types';

const commune: AuthorityRef = { id: 'xa-a', level: 'commune', path: ['tinh', 'xa-a'], remote: false };
const other: AuthorityRef = { id: 'xa-b', level: 'commune', path: ['tinh', 'xa-b'], remote: false };
const officer: Actor = { userId: 'u-tcd', role: 'reception_officer', authority: commune };
const stranger: Actor = { userId: 'u-b', role: 'reception_officer', authority: other };
const calendar = vietnamCalendar();

const meta = (day: string, actor: Actor = officer): EventMeta => ({
  at: `${day}T10:00:00+07:00`,
  actor,
  ruleSetId: applicableRuleSetId('reception', 'session', { event: day }),
});

type Snap = SnapshotFrom<typeof visitMachine>;
type Payload = VisitEvent extends infer E ? (E extends VisitEvent ? Omit<E, 'meta'> : never) : never;
const open = (visitedOn: string, extra: Partial<VisitInput> = {}): Snap =>
  initialTransition(visitMachine, {
    holder: commune,
    visitedOn,
    type: 'regular',
    form: 'in_person',
    meta: meta(visitedOn),
    ...extra,
  })[0];
const send = (s: Snap, event: Payload, day: string, actor?: Actor) =>
  transition(visitMachine, s, { ...event, meta: meta(day, actor) });

describe('visit machine (lượt tiếp công dân)', () => {
  it('starts registered, with no clock', () => {
    const s = open('2026-08-28');
    expect(s.value).toBe('registered');
    expect(s.context.clocks).toEqual({});
  });

  it('received content starts the Art. 28.1 reply, counted from the visit day even when recorded later', () => {
    const [s] = send(open('2026-08-28'), { type: 'recordResult', kind: 'received', petitionIds: ['p1'] }, '2026-08-31');
    expect(s.value).toBe('awaitingReply');
    expect(s.context.clocks.reply).toMatchObject({
      rule: 'petition.receptionReply',
      ruleSetId: 'VN-2026-07',
      startedOn: '2026-08-28',
    });
    expect(computeDeadline(s.context.clocks.reply, { calendar, asOf: '2026-09-01' }).dueDate).toBe('2026-09-16');
  });

  it('refuses a received result without a đơn, and a result from another authority', () => {
    const s = open('2026-08-28');
    expect(send(s, { type: 'recordResult', kind: 'received', petitionIds: [] }, '2026-08-28')[0]).toBe(s);
    expect(send(s, { type: 'recordResult', kind: 'guided' }, '2026-08-28', stranger)[0]).toBe(s);
  });

  it('a reply stops the clock and, in writing, notifies the citizen', () => {
    const [received] = send(
      open('2026-08-28'),
      { type: 'recordResult', kind: 'received', petitionIds: ['p1'] },
      '2026-08-28',
    );
    const [s, actions] = send(received, { type: 'reply', kind: 'forwarded', form: 'written' }, '2026-09-10');
    expect(s.value).toBe('replied');
    expect(s.status).toBe('done');
    expect(s.context.clocks.reply.stoppedOn).toBe('2026-09-10');
    expect(actions.filter((a) => a.type === 'notify').map((a) => a.params)).toEqual([
      { recipient: 'petitioner', template: 'reception.reply.forwarded', within: 'petition.receptionReply' },
    ]);
  });

  it('the answers of the đơn logged at the visit reply for it, without a second notice', () => {
    const [received] = send(
      open('2026-08-28'),
      { type: 'recordResult', kind: 'received', petitionIds: ['p1', 'p2'] },
      '2026-08-28',
    );
    const system: Actor = { userId: 'system', role: 'system', authority: commune };
    const petitions = [
      { petitionId: 'p1', kind: 'accepted' as const, on: '2026-09-02' },
      { petitionId: 'p2', kind: 'forwarded' as const, on: '2026-09-04' },
    ];
    const [s, actions] = send(
      received,
      { type: 'reply', kind: 'forwarded', form: 'written', petitions },
      '2026-09-04',
      system,
    );
    expect(s.value).toBe('replied');
    expect(s.context.reply).toMatchObject({ kind: 'forwarded', on: '2026-09-04', petitions });
    expect(s.context.clocks.reply.stoppedOn).toBe('2026-09-04');
    expect(actions.filter((a) => a.type === 'notify')).toEqual([]);
    // Only the system reads answers off the đơn; an officer replies for the visit as a whole.
    expect(send(received, { type: 'reply', kind: 'accepted', form: 'written', petitions }, '2026-09-04')[0]).toBe(
      received,
    );
  });

  it('records the expiry of the reply and stays open', () => {
    const [received] = send(
      open('2026-08-28'),
      { type: 'recordResult', kind: 'received', petitionIds: ['p1'] },
      '2026-08-28',
    );
    const system: Actor = { userId: 'system', role: 'system', authority: commune };
    const [s, actions] = send(received, { type: 'deadlineExpired', clock: 'reply' }, '2026-09-17', system);
    expect(s.value).toBe('awaitingReply');
    expect(s.context.clocks.reply.expiredOn).toBe('2026-09-17');
    expect(actions.map((a) => a.type)).toContain('remind');
  });

  it('guidance and an answer on the spot end the visit without a clock', () => {
    for (const kind of ['guided', 'answered'] as const) {
      const [s] = send(open('2026-08-28'), { type: 'recordResult', kind }, '2026-08-28');
      expect(s.value).toBe('closed');
      expect(s.context.outcome).toBe(kind);
      expect(s.context.clocks).toEqual({});
    }
  });

  describe('refusal, by the rule set of the visit day', () => {
    it('from 2026-07-01: Art. 9.3 waits for the notice, due in 3 working days', () => {
      const [s] = send(
        open('2026-08-28'),
        { type: 'recordResult', kind: 'refused', ground: 'resolved_case_persisting' },
        '2026-08-28',
      );
      expect(s.value).toBe('awaitingRefusalNotice');
      expect(computeDeadline(s.context.clocks.refusalNotice, { calendar, asOf: '2026-08-28' }).dueDate).toBe(
        '2026-09-07',
      );
      const [done] = send(s, { type: 'issueRefusalNotice', reference: '12/TB-UBND' }, '2026-09-03');
      expect(done.value).toBe('refused');
      expect(done.context.clocks.refusalNotice.stoppedOn).toBe('2026-09-03');
    });

    it('from 2026-07-01: a ground explained on the spot ends the visit', () => {
      const [s] = send(open('2026-08-28'), { type: 'recordResult', kind: 'refused', ground: 'weapons' }, '2026-08-28');
      expect(s.value).toBe('refused');
      expect(s.context.result).toMatchObject({ ground: 'weapons', noticeRequired: false });
    });

    it('before 2026-07-01: the grounds of ND154 do not exist yet; Art. 9.3 needs a notice with no period', () => {
      const before = open('2026-06-15');
      expect(send(before, { type: 'recordResult', kind: 'refused', ground: 'weapons' }, '2026-07-02')[0]).toBe(before);
      const [s] = send(
        before,
        { type: 'recordResult', kind: 'refused', ground: 'resolved_case_persisting' },
        '2026-06-15',
      );
      expect(s.value).toBe('awaitingRefusalNotice');
      expect(s.context.clocks).toEqual({});
    });
  });
});
