import { initialTransition, transition } from 'xstate';
import { ValidationFailedError } from '../../errors/domain-error';
import type { NotifyParams } from '../shared/domain-actions';
import {
  AGENCY,
  COMMUNE_2019,
  COMMUNE_2025,
  DISTRICT,
  GOV,
  OTHER_AGENCY,
  PROVINCE,
  ev,
  inputOf,
} from './__fixtures__/denunciation.fixtures';
import {
  DENUNCIATION_EVENT_TYPES,
  DENUNCIATION_GUARD_EXPLANATIONS,
  DENUNCIATION_MACHINE_ID,
  DENUNCIATION_MACHINE_VERSION,
  denunciationMachine,
  type DenunciationEvent,
  type DenunciationInput,
} from './index';

type Snapshot = ReturnType<typeof initialTransition<typeof denunciationMachine>>[0];
type Actions = ReturnType<typeof transition<typeof denunciationMachine>>[1];

const REFUSED = 'refused';

/** Runs the setup events, failing loudly if one of them is refused. */
function given(events: DenunciationEvent[], input: DenunciationInput = inputOf()): Snapshot {
  let [snapshot] = initialTransition(denunciationMachine, input);
  for (const event of events) {
    const [next] = transition(denunciationMachine, snapshot, event);
    if (next === snapshot) throw new Error(`setup event ${event.type} refused in ${JSON.stringify(snapshot.value)}`);
    snapshot = next;
  }
  return snapshot;
}

const notices = (actions: Actions): NotifyParams[] =>
  actions.filter((a) => a.type === 'notify').map((a) => (a as unknown as { params: NotifyParams }).params);
const ofType = (actions: Actions, type: string) =>
  actions.filter((a) => a.type === type).map((a) => (a as unknown as { params: unknown }).params);

// Paths to each state, with AGENCY (a sở) resolving and PROVINCE as its direct superior.
const VERIFYING = [ev.accept(AGENCY)];
const SUSPENDED = [...VERIFYING, ev.suspend(AGENCY)];
const CONCLUDED = [...VERIFYING, ev.conclude(AGENCY, 'correct')];
const CONCLUDED_UNTRUE = [...VERIFYING, ev.conclude(AGENCY, 'untrue')];
const HANDLING = [...CONCLUDED, ev.sendConclusion(AGENCY)];
const MONITORING = [...HANDLING, ev.recordHandling(AGENCY, ['impose_measures']), ev.publish(AGENCY)];
const REVIEW_FROM_MONITORING = [...MONITORING, ev.furtherDenunciation(PROVINCE)];
const REVIEW_FROM_CONCLUDED = [...CONCLUDED, ev.furtherDenunciation(PROVINCE)];
const COMPLEX = [...VERIFYING, ev.setComplexity(AGENCY, ['several_locations'])];
const PARTICULARLY_COMPLEX = [...VERIFYING, ev.setComplexity(AGENCY, ['several_locations', 'foreign_element'])];
const EXPIRED = [...VERIFYING, ev.deadlineExpired('resolution', AGENCY)];
const GROUP = inputOf({ denouncers: 2 });
const FORWARDED_BEFORE = inputOf({ forwardedBefore: true });
const FURTHER = inputOf({ holder: PROVINCE, furtherDenunciation: true });

interface Row {
  name: string;
  input?: DenunciationInput;
  given: DenunciationEvent[];
  when: DenunciationEvent;
  then: string;
  check?: (after: Snapshot, actions: Actions, before: Snapshot) => void;
}

const rows: Row[] = [
  // --- preliminaryCheck ----------------------------------------------------------------------
  {
    name: 'accept by the holder starts the 30-day period and the 5-WD notices (Art. 29.3, 30.1)',
    given: [],
    when: ev.accept(AGENCY),
    then: 'verifying',
    check: (s, a) => {
      expect(s.context.acceptedOn).toBe('2026-08-03');
      expect(s.context.clocks['resolution']).toMatchObject({
        rule: 'denunciation.resolution',
        startedOn: '2026-08-03',
        ruleSetId: 'VN-2026-07',
      });
      expect(notices(a)).toEqual([
        { recipient: 'denouncer', template: 'denunciation.accepted', within: 'denunciation.acceptanceNotice' },
        { recipient: 'denounced', template: 'denunciation.contentNotice', within: 'denunciation.acceptanceNotice' },
      ]);
    },
  },
  { name: 'accept by another authority is refused', given: [], when: ev.accept(OTHER_AGENCY), then: REFUSED },
  {
    name: 'a sở cannot accept a denunciation against the head of a sở (Art. 12.1: the province does)',
    input: inputOf({ denounced: { kind: 'official', isHeadOrDeputyOf: 'provincial_agency' } }),
    given: [],
    when: ev.accept(AGENCY),
    then: REFUSED,
  },
  {
    name: 'the province accepts a denunciation against the head of a sở',
    input: inputOf({ holder: PROVINCE, denounced: { kind: 'official', isHeadOrDeputyOf: 'provincial_agency' } }),
    given: [],
    when: ev.accept(PROVINCE),
    then: 'verifying',
  },
  {
    name: 'before 2025-07-01 the district resolves against a commune chair (VN-2019)',
    input: inputOf(
      { holder: DISTRICT, denounced: { kind: 'official', isHeadOrDeputyOf: 'commune' } },
      { ruleSetId: 'VN-2019' },
    ),
    given: [],
    when: ev.accept(DISTRICT, { ruleSetId: 'VN-2019' }),
    then: 'verifying',
  },
  {
    name: 'from 2025-07-01 a district no longer resolves against a commune chair (VN-2025-07)',
    input: inputOf(
      { holder: DISTRICT, denounced: { kind: 'official', isHeadOrDeputyOf: 'commune' } },
      { ruleSetId: 'VN-2025-07' },
    ),
    given: [],
    when: ev.accept(DISTRICT, { ruleSetId: 'VN-2025-07' }),
    then: REFUSED,
  },
  {
    name: 'refuse (Art. 29.1) ends the case and tells the denouncer at once',
    given: [],
    when: ev.refuse(AGENCY, 'no_basis_to_identify'),
    then: 'notAccepted',
    check: (s, a) => {
      expect(s.context.outcome).toBe('not_accepted');
      expect(s.context.refusal).toEqual({ reason: 'no_basis_to_identify', on: '2026-08-03' });
      expect(notices(a)).toEqual([{ recipient: 'denouncer', template: 'denunciation.notAccepted' }]);
    },
  },
  { name: 'refuse by another authority is refused', given: [], when: ev.refuse(OTHER_AGENCY), then: REFUSED },
  {
    name: 'forward outside competence (Art. 24.2)',
    given: [],
    when: ev.forward(AGENCY, OTHER_AGENCY),
    then: 'forwarded',
    check: (s, a) => {
      expect(s.context).toMatchObject({ outcome: 'forwarded', forwards: 1, forwardedTo: OTHER_AGENCY });
      expect(notices(a)).toEqual([
        { recipient: 'receiving_body', template: 'denunciation.forwarded', within: 'petition.denunciationForward' },
        { recipient: 'denouncer', template: 'denunciation.forwardedNotice', within: 'petition.denunciationForward' },
      ]);
    },
  },
  {
    name: 'forward a second time is refused (once for the same content)',
    input: FORWARDED_BEFORE,
    given: [],
    when: ev.forward(AGENCY, OTHER_AGENCY),
    then: REFUSED,
  },
  {
    name: 'content forwarded before can still be refused for competence',
    input: FORWARDED_BEFORE,
    given: [],
    when: ev.refuse(AGENCY, 'not_competent'),
    then: 'notAccepted',
  },
  { name: 'forward to oneself is refused', given: [], when: ev.forward(AGENCY, AGENCY), then: REFUSED },
  {
    name: 'signs of a crime: transfer to the investigation body at once (Art. 27.1)',
    given: [],
    when: ev.transferToInvestigation(AGENCY),
    then: 'transferredToInvestigation',
    check: (s, a) => {
      expect(s.context.outcome).toBe('transferred_to_investigation');
      expect(notices(a)[0]).toEqual({
        recipient: 'investigation_body',
        template: 'denunciation.transferredToInvestigation',
      });
    },
  },
  {
    name: 'full withdrawal before acceptance ends the case without a đình chỉ decision',
    given: [],
    when: ev.withdraw(AGENCY, { scope: 'all', form: 'minutes' }),
    then: 'withdrawn',
    check: (s, a) => {
      expect(s.context.outcome).toBe('withdrawn_before_acceptance');
      expect(notices(a)).toEqual([]);
    },
  },
  {
    name: 'withdrawal by minutes already existed in 2019 (NĐ 31/2019 Art. 4.1, Mẫu 03)',
    input: inputOf({}, { ruleSetId: 'VN-2019' }),
    given: [],
    when: ev.withdraw(AGENCY, { scope: 'all', form: 'minutes' }, { ruleSetId: 'VN-2019' }),
    then: 'withdrawn',
  },
  {
    name: 'before 2026-07-01, minutes made at a working session are not a withdrawal (NĐ 31 Art. 4.1 original)',
    input: inputOf({}, { ruleSetId: 'VN-2025-07' }),
    given: [ev.accept(AGENCY, { ruleSetId: 'VN-2025-07' })],
    when: ev.withdraw(
      AGENCY,
      { scope: 'all', form: 'minutes', minutesAt: 'working_session' },
      { ruleSetId: 'VN-2025-07' },
    ),
    then: REFUSED,
  },
  {
    name: 'from 2026-07-01, minutes made at a working session with the verifier count (Art. 33.1 as amended by L136)',
    given: VERIFYING,
    when: ev.withdraw(AGENCY, { scope: 'all', form: 'minutes', minutesAt: 'working_session' }),
    then: 'terminated',
    check: (s) =>
      expect(s.context.withdrawal?.records).toEqual([
        { on: '2026-08-03', scope: 'all', form: 'minutes', minutesAt: 'working_session', withdrawers: 1 },
      ]),
  },
  {
    name: 'a conclusion before acceptance is impossible',
    given: [],
    when: ev.conclude(AGENCY),
    then: REFUSED,
  },
  { name: 'no extension before acceptance', given: [], when: ev.extend(AGENCY), then: REFUSED },
  {
    name: 'setComplexity derives the level from the criteria (NĐ 31 Art. 3.3)',
    given: [],
    when: ev.setComplexity(AGENCY, ['several_locations', 'several_contents']),
    then: 'preliminaryCheck',
    check: (s) => expect(s.context.complexity).toBe('particularly_complex'),
  },

  // --- verifying -----------------------------------------------------------------------------
  {
    name: 'conclude stops the resolution clock and starts sending (5 WD) and handling (7 WD)',
    given: VERIFYING,
    when: ev.conclude(AGENCY, 'partly_correct'),
    then: 'concluded',
    check: (s, a) => {
      expect(s.context.conclusion).toBe('partly_correct');
      expect(s.context.clocks['resolution'].stoppedOn).toBe('2026-08-03');
      expect(s.context.clocks['conclusionSending']).toMatchObject({ rule: 'denunciation.conclusionSending' });
      expect(s.context.clocks['conclusionHandling']).toMatchObject({ rule: 'denunciation.conclusionHandling' });
      expect(s.context.clocks['publication']).toMatchObject({ rule: 'denunciation.publication' });
      expect(notices(a)).toEqual([]);
    },
  },
  { name: 'conclude by another authority is refused', given: VERIFYING, when: ev.conclude(GOV), then: REFUSED },
  { name: 'an extension of a normal case is refused', given: VERIFYING, when: ev.extend(AGENCY), then: REFUSED },
  {
    name: 'a complex case is extended once (Art. 30.2), with notices to both parties (Art. 30.4)',
    given: COMPLEX,
    when: ev.extend(AGENCY),
    then: 'verifying',
    check: (s, a) => {
      expect(s.context.extensions).toBe(1);
      expect(s.context.clocks['resolution'].extensions).toHaveLength(1);
      expect(s.context.clocks['resolution'].extensions[0].rule).toBe('denunciation.resolutionExtension');
      expect(notices(a).map((n) => n.recipient)).toEqual(['denouncer', 'denounced']);
    },
  },
  {
    name: 'a second extension of a complex case is refused',
    given: [...COMPLEX, ev.extend(AGENCY)],
    when: ev.extend(AGENCY),
    then: REFUSED,
  },
  {
    name: 'a particularly complex case is extended a second time (Art. 30.3)',
    given: [...PARTICULARLY_COMPLEX, ev.extend(AGENCY)],
    when: ev.extend(AGENCY),
    then: 'verifying',
    check: (s) => expect(s.context.extensions).toBe(2),
  },
  {
    name: 'a third extension of a particularly complex case is refused',
    given: [...PARTICULARLY_COMPLEX, ev.extend(AGENCY), ev.extend(AGENCY)],
    when: ev.extend(AGENCY),
    then: REFUSED,
  },
  {
    name: 'no extension once the period has run out (Art. 38 applies instead)',
    given: [...COMPLEX, ev.deadlineExpired('resolution', AGENCY)],
    when: ev.extend(AGENCY),
    then: REFUSED,
  },
  {
    name: 'complexity cannot drop below the extensions used',
    given: [...PARTICULARLY_COMPLEX, ev.extend(AGENCY), ev.extend(AGENCY)],
    when: ev.setComplexity(AGENCY, ['several_locations']),
    then: REFUSED,
  },
  {
    name: 'suspend pauses every clock and sends the decision within 5 WD (Art. 34.1, 34.4)',
    given: VERIFYING,
    when: ev.suspend(AGENCY, 'awaiting_other_result'),
    then: 'suspended',
    check: (s, a) => {
      expect(s.context.suspendedFrom).toBe('verifying');
      expect(s.context.clocks['resolution'].pauses).toEqual([{ from: '2026-08-03', reason: 'awaiting_other_result' }]);
      expect(s.hasTag('suspended')).toBe(true);
      expect(notices(a)).toEqual([
        { recipient: 'denouncer', template: 'denunciation.suspended', within: 'denunciation.suspensionNotice' },
        { recipient: 'denounced', template: 'denunciation.suspended', within: 'denunciation.suspensionNotice' },
      ]);
    },
  },
  {
    name: 'terminate: the denounced official died (Art. 34.3.b)',
    given: VERIFYING,
    when: ev.terminate(AGENCY, 'denounced_died'),
    then: 'terminated',
    check: (s, a) => {
      expect(s.context.outcome).toBe('terminated_denounced_died');
      expect(s.context.clocks['resolution'].stoppedOn).toBe('2026-08-03');
      expect(notices(a)).toEqual([
        { recipient: 'denouncer', template: 'denunciation.terminated', within: 'denunciation.suspensionNotice' },
        { recipient: 'denounced', template: 'denunciation.terminated', within: 'denunciation.suspensionNotice' },
      ]);
    },
  },
  {
    name: 'terminate on death is refused when an agency is denounced',
    input: inputOf({ denounced: { kind: 'agency' } }),
    given: VERIFYING,
    when: ev.terminate(AGENCY, 'denounced_died'),
    then: REFUSED,
  },
  {
    name: 'terminate: already decided by a final judgment (Art. 34.3.c)',
    given: VERIFYING,
    when: ev.terminate(AGENCY, 'already_decided'),
    then: 'terminated',
    check: (s) => expect(s.context.outcome).toBe('terminated_already_decided'),
  },
  {
    name: 'terminate on withdrawal without a withdrawal is refused',
    given: VERIFYING,
    when: ev.terminate(AGENCY, 'withdrawn'),
    then: REFUSED,
  },
  {
    name: 'full withdrawal by the only denouncer terminates (Art. 34.3.a)',
    given: VERIFYING,
    when: ev.withdraw(AGENCY, { scope: 'all', form: 'letter' }),
    then: 'terminated',
    check: (s, a) => {
      expect(s.context.outcome).toBe('terminated_withdrawn');
      expect(s.context.termination).toEqual({ ground: 'withdrawn', on: '2026-08-03' });
      expect(notices(a).map((n) => n.template)).toEqual(['denunciation.terminated', 'denunciation.terminated']);
    },
  },
  {
    name: 'a full withdrawal with signs of violation does not terminate (Art. 33.3)',
    given: VERIFYING,
    when: ev.withdraw(AGENCY, { scope: 'all', form: 'minutes', continueBecause: 'signs_of_violation' }),
    then: 'verifying',
    check: (s) => {
      expect(s.context.withdrawal).toMatchObject({ fullyWithdrawn: 1, continueBecause: ['signs_of_violation'] });
      expect(s.context.outcome).toBeUndefined();
    },
  },
  {
    name: 'after everyone withdrew, the denouncer gets no more notices (Art. 33.2) but the denounced does',
    given: [...COMPLEX, ev.withdraw(AGENCY, { scope: 'all', continueBecause: 'coerced' })],
    when: ev.extend(AGENCY),
    then: 'verifying',
    check: (_, a) => expect(notices(a)).toEqual([{ recipient: 'denounced', template: 'denunciation.extended' }]),
  },
  {
    name: 'a partial withdrawal is recorded and the rest continues (Art. 33.2)',
    given: VERIFYING,
    when: ev.withdraw(AGENCY, { scope: 'part', form: 'letter' }),
    then: 'verifying',
    check: (s) => expect(s.context.withdrawal?.records).toHaveLength(1),
  },
  {
    name: 'one of two denouncers withdrawing everything does not terminate (Art. 33.2)',
    input: GROUP,
    given: VERIFYING,
    when: ev.withdraw(AGENCY, { scope: 'all', withdrawers: 1 }),
    then: 'verifying',
    check: (s) => expect(s.context.withdrawal?.fullyWithdrawn).toBe(1),
  },
  {
    name: 'the last of two denouncers withdrawing everything terminates',
    input: GROUP,
    given: [...VERIFYING, ev.withdraw(AGENCY, { scope: 'all', withdrawers: 1 })],
    when: ev.withdraw(AGENCY, { scope: 'all', withdrawers: 1 }),
    then: 'terminated',
  },
  {
    name: 'a coerced withdrawal earlier keeps the case alive when the last denouncer withdraws',
    input: GROUP,
    given: [...VERIFYING, ev.withdraw(AGENCY, { scope: 'all', withdrawers: 1, continueBecause: 'coerced' })],
    when: ev.withdraw(AGENCY, { scope: 'all', withdrawers: 1 }),
    then: 'verifying',
  },
  {
    name: 'more withdrawers than remaining denouncers is refused',
    input: GROUP,
    given: VERIFYING,
    when: ev.withdraw(AGENCY, { scope: 'all', withdrawers: 3 }),
    then: REFUSED,
  },
  {
    name: 'crime signs found while verifying: transfer (Art. 27.1; NĐ 31 Art. 16.3)',
    given: VERIFYING,
    when: ev.transferToInvestigation(AGENCY),
    then: 'transferredToInvestigation',
    check: (s) => expect(s.context.clocks['resolution'].stoppedOn).toBeDefined(),
  },
  {
    name: 'deadlineExpired records the expiry and reminds, without changing state',
    given: VERIFYING,
    when: ev.deadlineExpired('resolution', AGENCY),
    then: 'verifying',
    check: (s, a) => {
      expect(s.context.clocks['resolution'].expiredOn).toBe('2026-08-03');
      expect(ofType(a, 'remind')).toEqual([{ recipient: 'holder', clock: 'resolution' }]);
    },
  },
  {
    name: 'deadlineExpired for a clock that does not run is refused',
    given: VERIFYING,
    when: ev.deadlineExpired('furtherReview', AGENCY),
    then: REFUSED,
  },
  { name: 'demandReport before expiry is refused', given: VERIFYING, when: ev.demandReport(PROVINCE), then: REFUSED },
  {
    name: 'the direct superior demands a report on an overdue case (Art. 38.2)',
    given: EXPIRED,
    when: ev.demandReport(PROVINCE),
    then: 'verifying',
    check: (s, a) => {
      expect(s.context.holder).toEqual(AGENCY);
      expect(s.context.clocks['overdueReport']).toMatchObject({ rule: 'denunciation.overdueReportReply' });
      expect(notices(a)).toEqual([
        {
          recipient: 'holder',
          template: 'denunciation.overdueReportDemanded',
          within: 'denunciation.overdueReportReply',
        },
        { recipient: 'denouncer', template: 'denunciation.overdueReviewNotice' },
      ]);
    },
  },
  {
    name: 'a report demanded by an authority that is not the direct superior is refused',
    given: EXPIRED,
    when: ev.demandReport(GOV),
    then: REFUSED,
  },
  {
    name: 'the resolver submits the demanded report (Art. 38.3)',
    given: [...EXPIRED, ev.demandReport(PROVINCE)],
    when: ev.submitReport(AGENCY),
    then: 'verifying',
    check: (s, a) => {
      expect(s.context.clocks['overdueReport'].stoppedOn).toBe('2026-08-03');
      expect(notices(a)).toEqual([{ recipient: 'superior', template: 'denunciation.overdueReport' }]);
    },
  },
  { name: 'takeOver before expiry is refused', given: VERIFYING, when: ev.takeOver(PROVINCE), then: REFUSED },
  {
    name: 'the direct superior takes over an overdue case with a new thụ lý (Art. 38.5; NĐ 31 Art. 5.3)',
    given: EXPIRED,
    when: ev.takeOver(PROVINCE, 'not_objective'),
    then: 'verifying',
    check: (s, a, before) => {
      expect(s.context.holder).toEqual(PROVINCE);
      expect(s.context.resolutionRound).toBe(before.context.resolutionRound + 1);
      expect(s.context.clocks['resolution']).toMatchObject({ startEvent: 'takeOver' });
      expect(s.context.clocks['resolution'].expiredOn).toBeUndefined();
      expect(s.context.clocks['resolution:1']).toMatchObject({ expiredOn: '2026-08-03', stoppedOn: '2026-08-03' });
      expect(ofType(a, 'handOver')).toEqual([{ to: PROVINCE, reason: 'take_over' }]);
    },
  },
  {
    name: 'takeOver by a higher authority that is not the direct superior is refused',
    given: EXPIRED,
    when: ev.takeOver(GOV),
    then: REFUSED,
  },

  // --- suspended -----------------------------------------------------------------------------
  {
    name: 'resume closes the pause and informs both parties (Art. 34.2)',
    given: SUSPENDED,
    when: ev.resume(AGENCY),
    then: 'verifying',
    check: (s, a) => {
      expect(s.context.clocks['resolution'].pauses[0].to).toBe('2026-08-03');
      expect(s.context.suspendedFrom).toBeUndefined();
      expect(notices(a).map((n) => n.template)).toEqual(['denunciation.resumed', 'denunciation.resumed']);
    },
  },
  { name: 'resume by another authority is refused', given: SUSPENDED, when: ev.resume(OTHER_AGENCY), then: REFUSED },
  { name: 'no conclusion while suspended', given: SUSPENDED, when: ev.conclude(AGENCY), then: REFUSED },
  {
    name: 'full withdrawal while suspended terminates',
    given: SUSPENDED,
    when: ev.withdraw(AGENCY),
    then: 'terminated',
  },
  {
    name: 'terminate while suspended',
    given: SUSPENDED,
    when: ev.terminate(AGENCY, 'already_decided'),
    then: 'terminated',
  },

  // --- concluded, handling, monitoring --------------------------------------------------------
  {
    name: 'sendConclusion sends it to the denounced and informs the denouncer within 5 WD (Art. 35.3)',
    given: CONCLUDED,
    when: ev.sendConclusion(AGENCY),
    then: 'handling',
    check: (s, a) => {
      expect(s.context.clocks['conclusionSending'].stoppedOn).toBe('2026-08-03');
      expect(s.context.clocks['conclusionHandling'].stoppedOn).toBeUndefined();
      expect(notices(a)).toEqual([
        { recipient: 'denounced', template: 'denunciation.conclusion', within: 'denunciation.conclusionSending' },
        { recipient: 'denouncer', template: 'denunciation.conclusionNotice', within: 'denunciation.conclusionSending' },
      ]);
    },
  },
  {
    name: 'no withdrawal after the conclusion (Art. 33.1)',
    given: CONCLUDED,
    when: ev.withdraw(AGENCY),
    then: REFUSED,
  },
  {
    name: 'recordHandling with measures fitting a correct conclusion (Art. 36.1.b)',
    given: HANDLING,
    when: ev.recordHandling(AGENCY, ['impose_measures', 'recommend_measures']),
    then: 'monitoring',
    check: (s) => {
      expect(s.context.handling?.measures).toEqual(['impose_measures', 'recommend_measures']);
      expect(s.context.clocks['conclusionHandling'].stoppedOn).toBe('2026-08-03');
    },
  },
  {
    name: 'crime signs in the handling go to the investigation body (Art. 36.2)',
    given: HANDLING,
    when: ev.recordHandling(AGENCY, ['transfer_to_investigation']),
    then: 'monitoring',
    check: (_, a) =>
      expect(notices(a)).toEqual([
        { recipient: 'investigation_body', template: 'denunciation.transferredToInvestigation' },
      ]),
  },
  {
    name: 'sanctions after an untrue conclusion are refused (Art. 36.1.a)',
    given: [...CONCLUDED_UNTRUE, ev.sendConclusion(AGENCY)],
    when: ev.recordHandling(AGENCY, ['impose_measures']),
    then: REFUSED,
  },
  {
    name: 'restoring the rights of the denounced after an untrue conclusion',
    given: [...CONCLUDED_UNTRUE, ev.sendConclusion(AGENCY)],
    when: ev.recordHandling(AGENCY, ['restore_rights', 'handle_false_denouncer']),
    then: 'monitoring',
  },
  {
    name: 'recordHandling without measures is refused',
    given: HANDLING,
    when: ev.recordHandling(AGENCY, []),
    then: REFUSED,
  },
  {
    name: 'publish the conclusion within 7 WD (Art. 40.1)',
    given: CONCLUDED,
    when: ev.publish(AGENCY),
    then: 'concluded',
    check: (s) => {
      expect(s.context.publishedOn).toBe('2026-08-03');
      expect(s.context.clocks['publication'].stoppedOn).toBe('2026-08-03');
    },
  },
  {
    name: 'a conclusion is published once',
    given: [...CONCLUDED, ev.publish(AGENCY)],
    when: ev.publish(AGENCY),
    then: REFUSED,
  },
  {
    name: 'no closing before the conclusion is published',
    given: [...HANDLING, ev.recordHandling(AGENCY, ['impose_measures'])],
    when: ev.close(AGENCY),
    then: REFUSED,
  },
  {
    name: 'close ends the follow-up with the conclusion as outcome',
    given: MONITORING,
    when: ev.close(AGENCY),
    then: 'closed',
    check: (s) => expect(s.context.outcome).toBe('correct'),
  },
  { name: 'close by another authority is refused', given: MONITORING, when: ev.close(PROVINCE), then: REFUSED },

  // --- further denunciation (Art. 37) ----------------------------------------------------------
  {
    name: 'the direct superior receives a further denunciation and takes custody (20 days)',
    given: MONITORING,
    when: ev.furtherDenunciation(PROVINCE),
    then: 'furtherReview',
    check: (s, a) => {
      expect(s.context.holder).toEqual(PROVINCE);
      expect(s.context.furtherReview).toEqual({ from: 'monitoring', previousHolder: AGENCY, receivedOn: '2026-08-03' });
      expect(s.context.clocks['furtherReview']).toMatchObject({ rule: 'denunciation.furtherReview' });
      expect(ofType(a, 'handOver')).toEqual([{ to: PROVINCE, reason: 'further_denunciation' }]);
    },
  },
  {
    name: 'further review by a non-superior is refused',
    given: MONITORING,
    when: ev.furtherDenunciation(OTHER_AGENCY),
    then: REFUSED,
  },
  {
    name: 'further review by a higher but not direct superior is refused',
    given: CONCLUDED,
    when: ev.furtherDenunciation(GOV),
    then: REFUSED,
  },
  {
    name: 'upholding sends the case back to the resolver at the step it had reached (Art. 37.2.a)',
    given: REVIEW_FROM_MONITORING,
    when: ev.upholdResolution(PROVINCE),
    then: 'monitoring',
    check: (s, a) => {
      expect(s.context.holder).toEqual(AGENCY);
      expect(s.context.clocks['furtherReview'].stoppedOn).toBe('2026-08-03');
      expect(notices(a)).toEqual([{ recipient: 'denouncer', template: 'denunciation.notReResolved' }]);
      expect(ofType(a, 'handOver')).toEqual([{ to: AGENCY, reason: 'review_upheld' }]);
    },
  },
  {
    name: 'upholding a review received before sending keeps the sending and handling periods running',
    given: REVIEW_FROM_CONCLUDED,
    when: ev.upholdResolution(PROVINCE),
    then: 'concluded',
    check: (s) => {
      expect(s.context.clocks['conclusionSending'].stoppedOn).toBeUndefined();
      expect(s.context.clocks['conclusionHandling'].stoppedOn).toBeUndefined();
    },
  },
  {
    name: 'the same superior does not review the same case twice',
    given: [...REVIEW_FROM_MONITORING, ev.upholdResolution(PROVINCE)],
    when: ev.furtherDenunciation(PROVINCE),
    then: REFUSED,
  },
  {
    name: 'only the reviewing superior decides the review',
    given: REVIEW_FROM_MONITORING,
    when: ev.upholdResolution(AGENCY),
    then: REFUSED,
  },
  {
    name: 'reResolve starts a new resolution under the full procedure (Art. 37.2.c)',
    given: REVIEW_FROM_MONITORING,
    when: ev.reResolve(PROVINCE, 'missed_evidence'),
    then: 'verifying',
    check: (s, a) => {
      expect(s.context).toMatchObject({ holder: PROVINCE, resolutionRound: 2, extensions: 0 });
      expect(s.context.conclusion).toBeUndefined();
      expect(s.context.previousConclusions).toEqual(['correct']);
      expect(s.context.clocks['resolution']).toMatchObject({ startEvent: 'reResolve', pauses: [], extensions: [] });
      expect(s.context.clocks['resolution:1']).toMatchObject({ startEvent: 'accept' });
      expect(notices(a).map((n) => n.within)).toEqual([
        'denunciation.acceptanceNotice',
        'denunciation.acceptanceNotice',
      ]);
    },
  },
  {
    name: 'after a re-resolution by the province, a further denunciation goes to the central level',
    given: [
      ...REVIEW_FROM_MONITORING,
      ev.reResolve(PROVINCE),
      ev.conclude(PROVINCE, 'untrue'),
      ev.sendConclusion(PROVINCE),
    ],
    when: ev.furtherDenunciation(GOV),
    then: 'furtherReview',
  },
  {
    name: 'wrong competence: the superior forwards (Art. 37.2.b)',
    given: REVIEW_FROM_MONITORING,
    when: ev.redirectCompetence(PROVINCE, OTHER_AGENCY),
    then: 'forwarded',
    check: (s) => expect(s.context).toMatchObject({ outcome: 'forwarded', forwards: 1 }),
  },
  {
    name: 'wrong competence on content forwarded before cannot be forwarded again',
    input: FORWARDED_BEFORE,
    given: REVIEW_FROM_MONITORING,
    when: ev.redirectCompetence(PROVINCE, OTHER_AGENCY),
    then: REFUSED,
  },
  {
    name: 'a tố cáo tiếp opened as its own case starts in review at the superior',
    input: FURTHER,
    given: [],
    when: ev.upholdResolution(PROVINCE),
    then: 'upheld',
    check: (s) => expect(s.context.outcome).toBe('previous_resolution_upheld'),
  },
  {
    name: 'a tố cáo tiếp opened as its own case can be re-resolved',
    input: FURTHER,
    given: [],
    when: ev.reResolve(PROVINCE, 'wrong_law'),
    then: 'verifying',
    check: (s) => expect(s.context.acceptedOn).toBe('2026-08-03'),
  },
  {
    name: 'VN-2019: the district is the direct superior of a commune',
    input: inputOf({ holder: COMMUNE_2019 }, { ruleSetId: 'VN-2019' }),
    given: [
      ev.accept(COMMUNE_2019, { ruleSetId: 'VN-2019' }),
      ev.conclude(COMMUNE_2019, 'correct', { ruleSetId: 'VN-2019' }),
    ],
    when: ev.furtherDenunciation(DISTRICT, { ruleSetId: 'VN-2019' }),
    then: 'furtherReview',
  },
  {
    name: 'VN-2019: the province is not the direct superior of a commune',
    input: inputOf({ holder: COMMUNE_2019 }, { ruleSetId: 'VN-2019' }),
    given: [
      ev.accept(COMMUNE_2019, { ruleSetId: 'VN-2019' }),
      ev.conclude(COMMUNE_2019, 'correct', { ruleSetId: 'VN-2019' }),
    ],
    when: ev.furtherDenunciation(PROVINCE, { ruleSetId: 'VN-2019' }),
    then: REFUSED,
  },
  {
    name: 'VN-2026-07: the province is the direct superior of a commune',
    input: inputOf({ holder: COMMUNE_2025 }),
    given: [ev.accept(COMMUNE_2025), ev.conclude(COMMUNE_2025)],
    when: ev.furtherDenunciation(PROVINCE),
    then: 'furtherReview',
  },

  // --- final states ----------------------------------------------------------------------------
  {
    name: 'a closed case takes no more events',
    given: [...MONITORING, ev.close(AGENCY)],
    when: ev.furtherDenunciation(PROVINCE),
    then: REFUSED,
  },
  {
    name: 'a terminated case cannot resume',
    given: [...SUSPENDED, ev.terminate(AGENCY, 'already_decided')],
    when: ev.resume(AGENCY),
    then: REFUSED,
  },
];

describe('denunciation machine: transitions', () => {
  const refusals = rows.filter((r) => r.then === REFUSED);
  const accepted = rows.filter((r) => r.then !== REFUSED);

  test.each(refusals.map((r) => [r.name, r] as const))('%s', (_, row) => {
    const before = given(row.given, row.input ?? inputOf());
    const [after, actions] = transition(denunciationMachine, before, row.when);
    expect(after).toBe(before);
    expect(actions).toEqual([]);
  });

  test.each(accepted.map((r) => [r.name, r] as const))('%s', (_, row) => {
    const before = given(row.given, row.input ?? inputOf());
    const [after, actions] = transition(denunciationMachine, before, row.when);
    expect(after).not.toBe(before);
    expect(after.value).toBe(row.then);
    row.check?.(after, actions, before);
  });
});

describe('denunciation machine: shape', () => {
  test('id and version are exported and used', () => {
    expect(denunciationMachine.id).toBe(DENUNCIATION_MACHINE_ID);
    expect(denunciationMachine.version).toBe(DENUNCIATION_MACHINE_VERSION);
  });

  test('every guard used in the config has a Vietnamese explanation', () => {
    const used = new Set<string>();
    const visit = (node: {
      transitions: Map<string, { guard?: unknown }[]>;
      always?: { guard?: unknown }[];
      states: Record<string, unknown>;
    }) => {
      for (const list of node.transitions.values()) {
        for (const t of list) if (typeof t.guard === 'string') used.add(t.guard);
      }
      for (const t of node.always ?? []) if (typeof t.guard === 'string') used.add(t.guard);
      for (const child of Object.values(node.states)) visit(child as typeof node);
    };
    visit(denunciationMachine.root);
    expect(used.size).toBeGreaterThan(10);
    for (const guard of used) expect(DENUNCIATION_GUARD_EXPLANATIONS).toHaveProperty(guard);
    for (const text of Object.values(DENUNCIATION_GUARD_EXPLANATIONS)) {
      expect(text).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđêệềếểễôộồốổỗơợờớởỡưựừứửữ]/i);
    }
  });

  test('every event type the config handles is listed in DENUNCIATION_EVENT_TYPES', () => {
    const handled = new Set<string>();
    const visit = (node: { transitions: Map<string, unknown>; states: Record<string, unknown> }) => {
      for (const type of node.transitions.keys()) handled.add(type);
      for (const child of Object.values(node.states)) visit(child as typeof node);
    };
    visit(denunciationMachine.root);
    expect([...handled].sort()).toEqual([...DENUNCIATION_EVENT_TYPES].sort());
  });

  test('an invalid input leaves the snapshot in error with a validation error', () => {
    for (const bad of [inputOf({ denouncers: 0 }), inputOf({ receivedOn: '2026-02-30' })]) {
      const [snapshot] = initialTransition(denunciationMachine, bad);
      expect(snapshot.status).toBe('error');
      expect(snapshot.error).toBeInstanceOf(ValidationFailedError);
    }
  });

  test('the opening state is transient: a new case rests in preliminaryCheck', () => {
    const [snapshot] = initialTransition(denunciationMachine, inputOf());
    expect(snapshot.value).toBe('preliminaryCheck');
    expect(snapshot.hasTag('open')).toBe(true);
    expect(snapshot.context.clocks).toEqual({});
  });
});
