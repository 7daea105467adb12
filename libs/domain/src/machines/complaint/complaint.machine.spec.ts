import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { RuleSetId } from '../../rules/rule-set.types';
import type { AuthorityRef } from '../../shared/authority';
import {
  CENTRAL,
  COMMUNE,
  COMMUNE_UNDER_DISTRICT,
  DAY_IN,
  DISTRICT,
  MINISTRY,
  MINISTRY_AGENCY,
  MINISTRY_HOME_AFFAIRS,
  OTHER_COMMUNE,
  OTHER_PROVINCE,
  PROVINCE,
  PROVINCIAL_AGENCY,
  REMOTE_COMMUNE,
  ev,
  expired,
  inputOf,
} from './__fixtures__/complaint.fixtures';
import { complaintMachine } from './complaint.machine';
import type { ComplaintEvent, ComplaintInput } from './complaint.types';
import {
  COMPLAINT_EVENT_TYPES,
  COMPLAINT_GUARD_EXPLANATIONS,
  COMPLAINT_MACHINE_ID,
  COMPLAINT_MACHINE_VERSION,
  COMPLAINT_REFUSAL_GROUNDS,
  COMPLAINT_REFUSAL_GROUND_LABELS,
} from './index';

type Snapshot = SnapshotFrom<typeof complaintMachine>;
type Step = { next: Snapshot; actions: { type: string; params?: unknown }[]; refused: boolean };

const open = (input: ComplaintInput): Snapshot => initialTransition(complaintMachine, input)[0];

function step(snapshot: Snapshot, event: ComplaintEvent): Step {
  const [next, actions] = transition(complaintMachine, snapshot, event);
  return { next, actions: actions, refused: next === snapshot };
}

/** Plays events that must all be accepted. */
function play(snapshot: Snapshot, events: ComplaintEvent[]): Snapshot {
  return events.reduce((s, e) => {
    const r = step(s, e);
    if (r.refused) throw new Error(`refused ${e.type} in ${String(s.value)}`);
    return r.next;
  }, snapshot);
}

const paramsOf = (actions: Step['actions'], type: string) =>
  actions.filter((a) => a.type === type).map((a) => a.params as Record<string, unknown>);

const notices = (actions: Step['actions']) => paramsOf(actions, 'notify');

// Paths used by the table. Dates only need to be inside the rule set's period.
interface Path {
  ruleSetId?: RuleSetId;
  input?: Partial<ComplaintInput>;
}

function holderOf(p: Path): AuthorityRef {
  return p.input?.holder ?? (p.ruleSetId === 'VN-2019' ? COMMUNE_UNDER_DISTRICT : COMMUNE);
}

function opened(p: Path = {}): Snapshot {
  const ruleSetId = p.ruleSetId ?? 'VN-2026-07';
  return open(inputOf({ holder: holderOf(p), ...p.input, meta: ev('accept', holderOf(p), {}, { ruleSetId }).meta }));
}

const at = (p: Path) => ({ ruleSetId: p.ruleSetId ?? 'VN-2026-07' });

function reviewing(p: Path = {}): Snapshot {
  return play(opened(p), [ev('accept', holderOf(p), {}, at(p))]);
}
function verifying(p: Path = {}): Snapshot {
  return play(reviewing(p), [ev('startVerification', holderOf(p), {}, at(p))]);
}
function dialogue(p: Path = {}): Snapshot {
  return play(verifying(p), [
    ev('completeVerification', holderOf(p), { finding: 'incorrect', differsFromRequest: true }, at(p)),
  ]);
}
function deciding(p: Path = {}): Snapshot {
  return play(dialogue(p), [ev('holdDialogue', holderOf(p), { attended: true }, at(p))]);
}
function decided(p: Path = {}): Snapshot {
  return play(deciding(p), [ev('decide', holderOf(p), { outcome: 'incorrect' }, at(p))]);
}
function appealWindow(p: Path = {}): Snapshot {
  return play(decided(p), [ev('send', holderOf(p), {}, { ...at(p), on: '2026-08-06' })]);
}
/** Round 2 at the province after a commune's first-round decision (two-tier, 2026 rules). */
function round2Opened(): Snapshot {
  return play(appealWindow(), [ev('lodgeSecondComplaint', PROVINCE, {}, { on: '2026-08-20' })]);
}
function round2Verifying(): Snapshot {
  return play(round2Opened(), [ev('accept', PROVINCE, {}), ev('startVerification', PROVINCE, {})]);
}
function round2Deciding(): Snapshot {
  return play(round2Verifying(), [
    ev('completeVerification', PROVINCE, { finding: 'incorrect', differsFromRequest: false }),
    ev('holdDialogue', PROVINCE, { attended: true }),
  ]);
}
function missedRound1(p: Path = {}): Snapshot {
  return play(verifying(p), [expired('resolution', at(p))]);
}

interface Row {
  name: string;
  from: () => Snapshot;
  event: ComplaintEvent;
  /** Target state, or 'refused' when no transition is enabled. */
  expected: string;
  check?: (next: Snapshot, actions: Step['actions'], before: Snapshot) => void;
}

const rows: Row[] = [
  // ---------------------------------------------------------------- awaitingAcceptance
  {
    name: 'accept by the holder starts the round-1 resolution period and notifies complainant, forwarder, inspectorate',
    from: () => opened({ input: { forwarded: true } }),
    event: ev('accept', COMMUNE, {}, { on: '2026-08-05' }),
    expected: 'reviewing',
    check: (next, actions) => {
      expect(next.context.acceptedOn).toBe('2026-08-05');
      expect(next.context.clocks.acceptance.stoppedOn).toBe('2026-08-05');
      expect(next.context.clocks.resolution).toMatchObject({
        rule: 'complaint.resolution.round1',
        variant: 'base',
        startedOn: '2026-08-05',
        ruleSetId: 'VN-2026-07',
      });
      expect(notices(actions)).toEqual([
        { recipient: 'complainant', template: 'complaint.accepted', within: 'complaint.acceptance' },
        { recipient: 'forwarding_body', template: 'complaint.accepted', within: 'complaint.acceptance' },
        { recipient: 'inspectorate', template: 'complaint.accepted', within: 'complaint.acceptance' },
      ]);
    },
  },
  {
    name: 'accept by another authority is refused',
    from: () => opened(),
    event: ev('accept', OTHER_COMMUNE, {}),
    expected: 'refused',
  },
  {
    name: 'a disciplinary complaint uses the disciplinary period and notifies the complainant only (NĐ 124 Art. 16.2)',
    from: () => opened({ input: { disciplinary: true, forwarded: true } }),
    event: ev('accept', COMMUNE, {}),
    expected: 'reviewing',
    check: (next, actions) => {
      expect(next.context.clocks.resolution.rule).toBe('complaint.resolution.disciplinary');
      expect(notices(actions).map((n) => n.recipient)).toEqual(['complainant']);
    },
  },
  {
    name: 'a remote holder gets the remote variant; complexity set before acceptance carries over',
    from: () =>
      play(opened({ input: { holder: REMOTE_COMMUNE } }), [
        ev('setComplexity', REMOTE_COMMUNE, {
          complexity: 'complex',
          reason: 'Hai địa điểm',
          criteria: ['several_locations'],
        }),
      ]),
    event: ev('accept', REMOTE_COMMUNE, {}),
    expected: 'reviewing',
    check: (next) => expect(next.context.clocks.resolution.variant).toBe('remoteComplex'),
  },
  {
    name: 'refuse with an Art. 11 ground ends the case and states the ground in the notices',
    from: () => opened(),
    event: ev('refuse', COMMUNE, { ground: 'time_limit_expired' }),
    expected: 'notAccepted',
    check: (next, actions) => {
      expect(next.status).toBe('done');
      expect(next.context.outcome).toBe('not_accepted');
      expect(next.context.outcomeDetails).toMatchObject({ round: 1, refusalGround: 'time_limit_expired' });
      expect(next.context.clocks.acceptance.stoppedOn).toBeDefined();
      expect(notices(actions)).toContainEqual({
        recipient: 'complainant',
        template: 'complaint.notAccepted',
        within: 'complaint.acceptance',
        ground: 'time_limit_expired',
      });
    },
  },
  {
    name: 'refuse with a ground outside Art. 11 is refused',
    from: () => opened(),
    event: ev('refuse', COMMUNE, { ground: 'not_competent' as never }),
    expected: 'refused',
  },
  {
    name: 'refuse by another authority is refused',
    from: () => opened(),
    event: ev('refuse', OTHER_COMMUNE, { ground: 'unsigned' }),
    expected: 'refused',
  },
  {
    name: 'the acceptance deadline is recorded and the holder reminded, without changing state',
    from: () => opened(),
    event: expired('acceptance', { on: '2026-08-14' }),
    expected: 'awaitingAcceptance',
    check: (next, actions) => {
      expect(next.context.clocks.acceptance.expiredOn).toBe('2026-08-14');
      expect(paramsOf(actions, 'remind')).toEqual([
        { recipient: 'holder', template: 'complaint.deadlineExpired', clock: 'acceptance' },
      ]);
    },
  },
  {
    name: 'a deadline of a clock that does not run is refused',
    from: () => opened(),
    event: expired('resolution'),
    expected: 'refused',
  },
  {
    name: 'withdrawal before acceptance terminates (Art. 10: at any time)',
    from: () => opened({ ruleSetId: 'VN-2019' }),
    event: ev('withdraw', COMMUNE_UNDER_DISTRICT, { scope: 'all' }, { ruleSetId: 'VN-2019' }),
    expected: 'terminated',
    check: (next, actions) => {
      expect(next.context.outcomeDetails!.terminationGround).toBe('withdrawn');
      // No suspension-notice period before 2026: the notice carries no `within`.
      expect(notices(actions)[0]).toEqual({
        recipient: 'complainant',
        template: 'complaint.terminated',
        ground: 'withdrawn',
      });
    },
  },

  // ---------------------------------------------------------------- reviewing
  {
    name: 'decideNow with a correct complaint decides in round 1 (Art. 29.1.a)',
    from: () => reviewing(),
    event: ev('decideNow', COMMUNE, { outcome: 'correct' }, { on: '2026-08-07' }),
    expected: 'decided',
    check: (next, actions) => {
      expect(next.context.decision).toMatchObject({
        round: 1,
        outcome: 'correct',
        immediate: true,
        decidedOn: '2026-08-07',
      });
      expect(next.context.clocks.resolution.stoppedOn).toBe('2026-08-07');
      expect(next.context.clocks.decisionSending.rule).toBe('complaint.decisionSending.round1');
      expect(next.context.clocks.publication.rule).toBe('complaint.publication');
      expect(notices(actions)).toEqual(
        ['complainant', 'superior', 'inspectorate'].map((recipient) => ({
          recipient,
          template: 'complaint.decided',
          within: 'complaint.decisionSending.round1',
        })),
      );
    },
  },
  {
    name: 'decideNow with another outcome is refused',
    from: () => reviewing(),
    event: ev('decideNow', COMMUNE, { outcome: 'partly_correct' }),
    expected: 'refused',
  },
  {
    name: 'decideNow in round 2 is refused',
    from: () => play(round2Opened(), [ev('accept', PROVINCE, {})]),
    event: ev('decideNow', PROVINCE, { outcome: 'correct' }),
    expected: 'refused',
  },
  {
    name: 'decideNow on a disciplinary complaint is refused (Arts. 52–53)',
    from: () => reviewing({ input: { disciplinary: true } }),
    event: ev('decideNow', COMMUNE, { outcome: 'correct' }),
    expected: 'refused',
  },
  {
    name: 'startVerification moves to verifying',
    from: () => reviewing(),
    event: ev('startVerification', COMMUNE, {}),
    expected: 'verifying',
  },

  // ---------------------------------------------------------------- verifying
  {
    name: 'a finding that differs from the request leads to dialogue in round 1 (Art. 30.1)',
    from: () => verifying(),
    event: ev('completeVerification', COMMUNE, { finding: 'partly_correct', differsFromRequest: true }),
    expected: 'dialogue',
    check: (next) => {
      expect(next.context.verification).toMatchObject({
        round: 1,
        finding: 'partly_correct',
        differsFromRequest: true,
      });
      expect(next.context.dialogue).toEqual({ round: 1, sessions: [] });
    },
  },
  {
    name: 'a finding that meets the request goes straight to deciding in round 1',
    from: () => verifying(),
    event: ev('completeVerification', COMMUNE, { finding: 'correct', differsFromRequest: false }),
    expected: 'deciding',
    check: (next) => expect(next.context.dialogue).toBeUndefined(),
  },
  {
    name: 'round 2 always goes to dialogue (NĐ 124 Art. 28 as rewritten)',
    from: () => round2Verifying(),
    event: ev('completeVerification', PROVINCE, { finding: 'correct', differsFromRequest: false }),
    expected: 'dialogue',
  },
  {
    name: 'a disciplinary first round always goes to dialogue (Art. 53)',
    from: () => verifying({ input: { disciplinary: true } }),
    event: ev('completeVerification', COMMUNE, { finding: 'correct', differsFromRequest: false }),
    expected: 'dialogue',
  },
  {
    name: 'completeVerification by another authority is refused',
    from: () => verifying(),
    event: ev('completeVerification', OTHER_COMMUNE, { finding: 'correct', differsFromRequest: false }),
    expected: 'refused',
  },

  // ---------------------------------------------------------------- dialogue
  {
    name: 'an attended dialogue concludes',
    from: () => dialogue(),
    event: ev('holdDialogue', COMMUNE, { attended: true }, { on: '2026-08-12' }),
    expected: 'deciding',
    check: (next) =>
      expect(next.context.dialogue).toEqual({
        round: 1,
        sessions: [{ on: '2026-08-12', attended: true }],
        concludedOn: '2026-08-12',
      }),
  },
  {
    name: 'a no-show without valid reason lets resolution continue (Art. 30.6)',
    from: () => dialogue(),
    event: ev('holdDialogue', COMMUNE, { attended: false }),
    expected: 'deciding',
  },
  {
    name: 'an excused no-show keeps the case in dialogue, to be organised again',
    from: () => dialogue(),
    event: ev('holdDialogue', COMMUNE, { attended: false, validAbsenceReason: 'Ốm đau, có giấy viện' }),
    expected: 'dialogue',
    check: (next) => {
      expect(next.context.dialogue!.sessions).toHaveLength(1);
      expect(next.context.dialogue!.concludedOn).toBeUndefined();
    },
  },

  // ---------------------------------------------------------------- deciding
  {
    name: 'decide in round 1 starts sending (3 WD) and publication periods',
    from: () => deciding(),
    event: ev('decide', COMMUNE, { outcome: 'partly_correct' }, { on: '2026-08-15' }),
    expected: 'decided',
    check: (next, actions) => {
      expect(next.context.decision).toMatchObject({ round: 1, outcome: 'partly_correct', immediate: false });
      expect(next.context.clocks.resolution.stoppedOn).toBe('2026-08-15');
      expect(next.context.clocks.decisionSending).toMatchObject({
        rule: 'complaint.decisionSending.round1',
        startedOn: '2026-08-15',
      });
      expect(next.context.clocks.publication.startedOn).toBe('2026-08-15');
      expect(notices(actions).every((n) => n.within === 'complaint.decisionSending.round1')).toBe(true);
    },
  },
  {
    name: 'decide in round 1 with an effect on a first round is refused',
    from: () => deciding(),
    event: ev('decide', COMMUNE, { outcome: 'correct', effectOnRound1: 'annulled' }),
    expected: 'refused',
  },
  {
    name: 'decide in round 2 must say what happens to the first decision',
    from: () => round2Deciding(),
    event: ev('decide', PROVINCE, { outcome: 'incorrect' }),
    expected: 'refused',
  },
  {
    name: 'decide in round 2 upholding the first decision starts the 7 WD sending period',
    from: () => round2Deciding(),
    event: ev('decide', PROVINCE, { outcome: 'incorrect', effectOnRound1: 'upheld' }),
    expected: 'decided',
    check: (next, actions) => {
      expect(next.context.decision).toMatchObject({ round: 2, effectOnRound1: 'upheld' });
      expect(next.context.clocks.decisionSending.rule).toBe('complaint.decisionSending.round2');
      expect(notices(actions).map((n) => n.recipient)).toEqual(['complainant', 'complained_against']);
    },
  },
  {
    name: 'a disciplinary decision has no publication period (Art. 58.1 publishes on finality)',
    from: () =>
      play(verifying({ input: { disciplinary: true } }), [
        ev('completeVerification', COMMUNE, { finding: 'incorrect', differsFromRequest: false }),
        ev('holdDialogue', COMMUNE, { attended: true }),
      ]),
    event: ev('decide', COMMUNE, { outcome: 'incorrect' }),
    expected: 'decided',
    check: (next) => expect(next.context.clocks.publication).toBeUndefined(),
  },

  // ---------------------------------------------------------------- decided
  {
    name: 'send opens the 30-day second-complaint window from the sending date',
    from: () => decided(),
    event: ev('send', COMMUNE, {}, { on: '2026-08-06' }),
    expected: 'appealWindow',
    check: (next) => {
      expect(next.context.clocks.decisionSending.stoppedOn).toBe('2026-08-06');
      expect(next.context.clocks.finality).toMatchObject({
        rule: 'complaint.secondComplaintWindow',
        startedOn: '2026-08-06',
        variant: 'base',
      });
    },
  },
  {
    name: 'send in round 2 starts finality from the decision date (Art. 44.2)',
    from: () =>
      play(round2Deciding(), [
        ev('decide', PROVINCE, { outcome: 'correct', effectOnRound1: 'annulled' }, { on: '2026-09-01' }),
      ]),
    event: ev('send', PROVINCE, {}, { on: '2026-09-05' }),
    expected: 'appealWindow',
    check: (next) =>
      expect(next.context.clocks.finality).toMatchObject({
        rule: 'complaint.decisionFinality',
        startedOn: '2026-09-01',
      }),
  },
  {
    name: 'publish stops the publication period',
    from: () => decided(),
    event: ev('publish', COMMUNE, {}, { on: '2026-08-10' }),
    expected: 'decided',
    check: (next) => {
      expect(next.context.clocks.publication.stoppedOn).toBe('2026-08-10');
      expect(next.context.decision!.publishedOn).toBe('2026-08-10');
    },
  },
  {
    name: 'publish twice is refused',
    from: () => play(decided(), [ev('publish', COMMUNE, {})]),
    event: ev('publish', COMMUNE, {}),
    expected: 'refused',
  },

  // ---------------------------------------------------------------- appealWindow
  {
    name: 'the competent superior records a second complaint: round 2 starts at the superior',
    from: () => appealWindow(),
    event: ev('lodgeSecondComplaint', PROVINCE, { receivedOn: '2026-08-19' }, { on: '2026-08-20' }),
    expected: 'awaitingAcceptance',
    check: (next, actions, before) => {
      expect(next.context.round).toBe(2);
      expect(next.context.holder).toEqual(PROVINCE);
      expect(next.context.round1).toMatchObject({
        authority: COMMUNE,
        decisionOn: before.context.decision!.decidedOn,
        outcome: 'incorrect',
      });
      expect(next.context.round1!.clocks!.finality.stoppedOn).toBe('2026-08-20');
      expect(next.context.decision).toBeUndefined();
      expect(Object.keys(next.context.clocks)).toEqual(['acceptance']);
      expect(next.context.clocks.acceptance).toMatchObject({
        startedOn: '2026-08-19',
        startEvent: 'lodgeSecondComplaint',
      });
      expect(paramsOf(actions, 'handOver')).toEqual([
        { from: COMMUNE.id, to: PROVINCE.id, reason: 'second_complaint' },
      ]);
    },
  },
  {
    name: 'a second complaint recorded by a province that is not the superior is refused',
    from: () => appealWindow(),
    event: ev('lodgeSecondComplaint', OTHER_PROVINCE, {}),
    expected: 'refused',
  },
  {
    name: 'a second complaint recorded by an ancestor at the wrong level is refused',
    from: () => appealWindow(),
    event: ev('lodgeSecondComplaint', MINISTRY, {}),
    expected: 'refused',
  },
  {
    name: 'three-tier rules: the district chair is the superior of a commune (VN-2019)',
    from: () => appealWindow({ ruleSetId: 'VN-2019' }),
    event: ev('lodgeSecondComplaint', DISTRICT, {}, { ruleSetId: 'VN-2019' }),
    expected: 'awaitingAcceptance',
    check: (next) => expect(next.context.holder).toEqual(DISTRICT),
  },
  {
    name: 'three-tier rules: the province is not the superior of a commune (VN-2019)',
    from: () => appealWindow({ ruleSetId: 'VN-2019' }),
    event: ev('lodgeSecondComplaint', PROVINCE, {}, { ruleSetId: 'VN-2019' }),
    expected: 'refused',
  },
  {
    name: "a provincial chair's first decision goes to the sector minister (Art. 23.3), not in the province's tree",
    from: () => appealWindow({ input: { holder: PROVINCE } }),
    event: ev('lodgeSecondComplaint', MINISTRY, {}),
    expected: 'awaitingAcceptance',
  },
  {
    name: "a minister's decision has no second round (Art. 7.2)",
    from: () => appealWindow({ input: { holder: MINISTRY } }),
    event: ev('lodgeSecondComplaint', CENTRAL, {}),
    expected: 'refused',
  },
  {
    name: 'a second complaint cannot be lodged against a round-2 decision',
    from: () =>
      play(round2Deciding(), [
        ev('decide', PROVINCE, { outcome: 'incorrect', effectOnRound1: 'upheld' }),
        ev('send', PROVINCE, {}),
      ]),
    event: ev('lodgeSecondComplaint', MINISTRY, {}),
    expected: 'refused',
  },
  {
    name: 'disciplinary: the direct superior resolves the second complaint (Art. 51.2)',
    from: () => appealWindow({ input: { holder: PROVINCIAL_AGENCY, disciplinary: true } }),
    event: ev('lodgeSecondComplaint', PROVINCE, {}),
    expected: 'awaitingAcceptance',
  },
  {
    name: "disciplinary: a minister's decision goes to the Minister of Home Affairs (Art. 51.3)",
    from: () => appealWindow({ input: { holder: MINISTRY, disciplinary: true } }),
    event: ev('lodgeSecondComplaint', MINISTRY_HOME_AFFAIRS, {}),
    expected: 'awaitingAcceptance',
  },
  {
    name: 'disciplinary: an agency of a ministry goes to its ministry, not to a sibling ministry',
    from: () => appealWindow({ input: { holder: MINISTRY_AGENCY, disciplinary: true } }),
    event: ev('lodgeSecondComplaint', MINISTRY_HOME_AFFAIRS, {}),
    expected: 'refused',
  },
  {
    name: 'fileLawsuit after a decision ends the case in court',
    from: () => appealWindow(),
    event: ev('fileLawsuit', COMMUNE, {}),
    expected: 'inCourt',
    check: (next) => {
      expect(next.context.outcome).toBe('court');
      expect(next.context.outcomeDetails).toMatchObject({ round: 1, lawsuitAfter: 'decision' });
      expect(Object.values(next.context.clocks).every((c) => c.stoppedOn)).toBe(true);
    },
  },
  {
    name: 'a disciplinary decision other than dismissal cannot go to court (Art. 57.3)',
    from: () => appealWindow({ input: { disciplinary: true } }),
    event: ev('fileLawsuit', COMMUNE, {}),
    expected: 'refused',
  },
  {
    name: 'a dismissal can go to court',
    from: () => appealWindow({ input: { disciplinary: true, dismissal: true } }),
    event: ev('fileLawsuit', COMMUNE, {}),
    expected: 'inCourt',
  },
  {
    name: 'the end of the window makes the decision final and starts enforcement (Art. 44; NĐ 124 Art. 31.1)',
    from: () => appealWindow(),
    event: expired('finality', { on: '2026-09-06' }),
    expected: 'enforcing',
    check: (next, actions) => {
      expect(next.context.clocks.finality).toMatchObject({ expiredOn: '2026-09-06', stoppedOn: '2026-09-06' });
      expect(next.context.clocks.enforcement).toMatchObject({ rule: 'complaint.enforcement', startedOn: '2026-09-06' });
      expect(next.context.decision!.finalOn).toBe('2026-09-06');
      expect(paramsOf(actions, 'remind')).toEqual([
        { recipient: 'holder', template: 'complaint.enforcementDue', clock: 'enforcement' },
      ]);
    },
  },
  {
    name: 'a missed publication period in the window is recorded only',
    from: () => appealWindow(),
    event: expired('publication'),
    expected: 'appealWindow',
    check: (next) => expect(next.context.clocks.publication.expiredOn).toBeDefined(),
  },

  // ---------------------------------------------------------------- enforcing
  {
    name: 'recordEnforcement closes the case with the decision outcome',
    from: () => play(appealWindow(), [expired('finality')]),
    event: ev('recordEnforcement', COMMUNE, {}, { on: '2026-09-09' }),
    expected: 'closed',
    check: (next) => {
      expect(next.context.outcome).toBe('incorrect');
      expect(next.context.decision!.enforcedOn).toBe('2026-09-09');
    },
  },

  // ---------------------------------------------------------------- missed first-round deadline
  {
    name: 'before the resolution period ends, the superior cannot take the case',
    from: () => verifying(),
    event: ev('lodgeSecondComplaint', PROVINCE, {}),
    expected: 'refused',
  },
  {
    name: 'the missed resolution deadline is recorded without changing state',
    from: () => verifying(),
    event: expired('resolution', { on: '2026-09-10' }),
    expected: 'verifying',
    check: (next) => expect(next.context.clocks.resolution.expiredOn).toBe('2026-09-10'),
  },
  {
    name: 'after a missed deadline the superior takes the case as round 2 (NĐ 124 Art. 4.2)',
    from: () => missedRound1(),
    event: ev('lodgeSecondComplaint', PROVINCE, {}),
    expected: 'awaitingAcceptance',
    check: (next) => {
      expect(next.context.round).toBe(2);
      expect(next.context.round1).toMatchObject({ authority: COMMUNE, missedDeadline: true });
      expect(next.context.round1!.decisionOn).toBeUndefined();
    },
  },
  {
    name: 'after a missed deadline the complainant may sue (Art. 33.2)',
    from: () => missedRound1(),
    event: ev('fileLawsuit', COMMUNE, {}),
    expected: 'inCourt',
    check: (next) => expect(next.context.outcomeDetails!.lawsuitAfter).toBe('missed_deadline'),
  },
  {
    name: 'before the deadline no lawsuit is recorded by the machine',
    from: () => verifying(),
    event: ev('fileLawsuit', COMMUNE, {}),
    expected: 'refused',
  },
  {
    name: 'a round 2 after a missed first round is decided without an effect on a first decision',
    from: () =>
      play(missedRound1(), [
        ev('lodgeSecondComplaint', PROVINCE, {}),
        ev('accept', PROVINCE, {}),
        ev('startVerification', PROVINCE, {}),
        ev('completeVerification', PROVINCE, { finding: 'correct', differsFromRequest: false }),
        ev('holdDialogue', PROVINCE, { attended: false }),
      ]),
    event: ev('decide', PROVINCE, { outcome: 'correct' }),
    expected: 'decided',
  },

  // ---------------------------------------------------------------- suspension
  {
    name: 'suspend (2026 rules) pauses every running period and notifies within 3 WD',
    from: () => verifying(),
    event: ev('suspend', COMMUNE, { ground: 'awaiting_related_result' }, { on: '2026-08-20' }),
    expected: 'suspended',
    check: (next, actions) => {
      expect(next.hasTag('suspended')).toBe(true);
      expect(next.context.suspendedFrom).toBe('verifying');
      expect(next.context.clocks.resolution.pauses).toEqual([
        { from: '2026-08-20', reason: 'suspend:awaiting_related_result' },
      ]);
      expect(notices(actions)).toEqual(
        ['complainant', 'complained_against'].map((recipient) => ({
          recipient,
          template: 'complaint.suspended',
          within: 'complaint.suspensionNotice',
          ground: 'awaiting_related_result',
        })),
      );
    },
  },
  {
    name: 'suspend is refused where the rule set has no suspension (VN-2025-07)',
    from: () => verifying({ ruleSetId: 'VN-2025-07' }),
    event: ev('suspend', COMMUNE, { ground: 'force_majeure' }, { ruleSetId: 'VN-2025-07' }),
    expected: 'refused',
  },
  {
    name: 'suspend is refused under the three-tier rules (VN-2019)',
    from: () => verifying({ ruleSetId: 'VN-2019' }),
    event: ev('suspend', COMMUNE_UNDER_DISTRICT, { ground: 'force_majeure' }, { ruleSetId: 'VN-2019' }),
    expected: 'refused',
  },
  {
    name: 'a case accepted before 2026 can be suspended when the engine sends the 2026 rule set (ND155 Art. 22.1)',
    from: () => verifying({ ruleSetId: 'VN-2025-07' }),
    event: ev('suspend', COMMUNE, { ground: 'force_majeure' }, { ruleSetId: 'VN-2026-07' }),
    expected: 'suspended',
  },
  {
    name: 'suspend with a ground outside Art. 11a.1 is refused',
    from: () => verifying(),
    event: ev('suspend', COMMUNE, { ground: 'holiday' as never }),
    expected: 'refused',
  },
  {
    name: 'resume returns to the suspended state and resumes the periods',
    from: () => play(verifying(), [ev('suspend', COMMUNE, { ground: 'force_majeure' }, { on: '2026-08-20' })]),
    event: ev('resume', COMMUNE, {}, { on: '2026-09-01' }),
    expected: 'verifying',
    check: (next, actions) => {
      expect(next.context.suspendedFrom).toBeUndefined();
      expect(next.context.clocks.resolution.pauses).toEqual([
        { from: '2026-08-20', to: '2026-09-01', reason: 'suspend:force_majeure' },
      ]);
      expect(next.context.suspensions).toEqual([{ ground: 'force_majeure', from: '2026-08-20', to: '2026-09-01' }]);
      expect(notices(actions).map((n) => n.template)).toEqual(['complaint.resumed', 'complaint.resumed']);
    },
  },
  {
    name: 'resume from a dialogue suspension returns to dialogue',
    from: () => play(dialogue(), [ev('suspend', COMMUNE, { ground: 'force_majeure' })]),
    event: ev('resume', COMMUNE, {}),
    expected: 'dialogue',
  },
  {
    name: 'resume by another authority is refused',
    from: () => play(dialogue(), [ev('suspend', COMMUNE, { ground: 'force_majeure' })]),
    event: ev('resume', OTHER_COMMUNE, {}),
    expected: 'refused',
  },

  // ---------------------------------------------------------------- termination
  {
    name: 'terminate with a ground of the 2026 rules ends the case (Art. 11a.2)',
    from: () => dialogue(),
    event: ev('terminate', COMMUNE, { ground: 'no_object' }, { on: '2026-08-25' }),
    expected: 'terminated',
    check: (next, actions) => {
      expect(next.context.outcome).toBe('terminated');
      expect(next.context.outcomeDetails).toEqual({ on: '2026-08-25', round: 1, terminationGround: 'no_object' });
      expect(next.context.clocks.resolution.stoppedOn).toBe('2026-08-25');
      expect(notices(actions)[0]).toEqual({
        recipient: 'complainant',
        template: 'complaint.terminated',
        within: 'complaint.suspensionNotice',
        ground: 'no_object',
      });
    },
  },
  {
    name: 'terminate with a ground the rule set does not allow is refused (VN-2019)',
    from: () => verifying({ ruleSetId: 'VN-2019' }),
    event: ev('terminate', COMMUNE_UNDER_DISTRICT, { ground: 'no_object' }, { ruleSetId: 'VN-2019' }),
    expected: 'refused',
  },
  {
    name: 'terminate for withdrawal is refused: withdrawal has its own command',
    from: () => verifying(),
    event: ev('terminate', COMMUNE, { ground: 'withdrawn' }),
    expected: 'refused',
  },
  {
    name: 'terminate while suspended closes the pause and the suspension',
    from: () => play(verifying(), [ev('suspend', COMMUNE, { ground: 'force_majeure' }, { on: '2026-08-20' })]),
    event: ev('terminate', COMMUNE, { ground: 'complainant_died_or_dissolved' }, { on: '2026-08-30' }),
    expected: 'terminated',
    check: (next) => {
      expect(next.context.clocks.resolution).toMatchObject({ stoppedOn: '2026-08-30' });
      expect(next.context.clocks.resolution.pauses[0].to).toBe('2026-08-30');
      expect(next.context.suspensions[0].to).toBe('2026-08-30');
      expect(next.context.suspendedFrom).toBeUndefined();
    },
  },

  // ---------------------------------------------------------------- withdrawal
  {
    name: 'withdrawal of everything by all complainants terminates (VN-2019)',
    from: () => verifying({ ruleSetId: 'VN-2019' }),
    event: ev('withdraw', COMMUNE_UNDER_DISTRICT, { scope: 'all' }, { ruleSetId: 'VN-2019' }),
    expected: 'terminated',
    check: (next) => {
      expect(next.context.outcomeDetails!.terminationGround).toBe('withdrawn');
      expect(next.context.withdrawals).toEqual([{ on: DAY_IN['VN-2019'], scope: 'all', complainants: 1 }]);
    },
  },
  {
    name: 'partial withdrawal is refused before the 2026 rules',
    from: () => verifying({ ruleSetId: 'VN-2019' }),
    event: ev('withdraw', COMMUNE_UNDER_DISTRICT, { scope: 'part' }, { ruleSetId: 'VN-2019' }),
    expected: 'refused',
  },
  {
    name: 'partial withdrawal of content (2026) is recorded and the case continues',
    from: () => verifying(),
    event: ev('withdraw', COMMUNE, { scope: 'part' }),
    expected: 'verifying',
    check: (next) => {
      expect(next.context.withdrawals).toHaveLength(1);
      expect(next.context.withdrawnComplainants).toBe(0);
    },
  },
  {
    name: 'some of several complainants withdraw (ND155 Art. 7a.1): the case continues for the others',
    from: () => verifying({ input: { complainants: 3 } }),
    event: ev('withdraw', COMMUNE, { scope: 'all', complainants: 2 }),
    expected: 'verifying',
    check: (next) => expect(next.context.withdrawnComplainants).toBe(2),
  },
  {
    name: 'the last remaining complainant withdraws: termination (ND155 Art. 7a.2)',
    from: () =>
      play(verifying({ input: { complainants: 3 } }), [ev('withdraw', COMMUNE, { scope: 'all', complainants: 2 })]),
    event: ev('withdraw', COMMUNE, { scope: 'all', complainants: 1 }),
    expected: 'terminated',
  },
  {
    name: 'more withdrawing complainants than remain is refused',
    from: () => verifying({ input: { complainants: 2 } }),
    event: ev('withdraw', COMMUNE, { scope: 'all', complainants: 3 }),
    expected: 'refused',
  },

  // ---------------------------------------------------------------- complexity
  {
    name: 'setComplexity lengthens the resolution period and is recorded in writing',
    from: () => verifying(),
    event: ev('setComplexity', COMMUNE, {
      complexity: 'complex',
      reason: 'Chứng cứ mâu thuẫn',
      criteria: ['contradictory_evidence'],
    }),
    expected: 'verifying',
    check: (next) => {
      expect(next.context.complexity).toBe('complex');
      expect(next.context.clocks.resolution.variant).toBe('complex');
      expect(next.context.complexityHistory).toHaveLength(1);
    },
  },
  {
    name: 'setComplexity without a written reason is refused',
    from: () => verifying(),
    event: ev('setComplexity', COMMUNE, { complexity: 'complex', reason: ' ' }),
    expected: 'refused',
  },
  {
    name: 'setComplexity after the period expired is refused',
    from: () => missedRound1(),
    event: ev('setComplexity', COMMUNE, { complexity: 'complex', reason: 'Nhiều nội dung' }),
    expected: 'refused',
  },
  {
    name: 'setComplexity after a decision is refused',
    from: () => decided(),
    event: ev('setComplexity', COMMUNE, { complexity: 'complex', reason: 'Nhiều nội dung' }),
    expected: 'refused',
  },

  // ---------------------------------------------------------------- round 2 acceptance
  {
    name: 'round 2 accept by the superior starts the round-2 period',
    from: () => round2Opened(),
    event: ev('accept', PROVINCE, {}),
    expected: 'reviewing',
    check: (next, actions) => {
      expect(next.context.clocks.resolution.rule).toBe('complaint.resolution.round2');
      expect(notices(actions).map((n) => n.recipient)).toEqual(['complainant', 'inspectorate']);
    },
  },
  {
    name: 'round 2 opened from the input (first round outside the engine) can be accepted by the superior',
    from: () =>
      open(
        inputOf({
          round: 2,
          holder: PROVINCE,
          round1: { authority: PROVINCIAL_AGENCY, decisionOn: '2026-07-20', outcome: 'incorrect' },
          meta: ev('accept', PROVINCE, {}).meta,
        }),
      ),
    event: ev('accept', PROVINCE, {}),
    expected: 'reviewing',
  },
];

describe('complaint machine: transitions', () => {
  const accepted = rows.filter((r) => r.expected !== 'refused');
  const refusedRows = rows.filter((r) => r.expected === 'refused');

  it.each(accepted)('$name', ({ from, event, expected, check }) => {
    const before = from();
    const { next, actions, refused } = step(before, event);
    expect(refused).toBe(false);
    expect(next.value).toBe(expected);
    check?.(next, actions, before);
  });

  it.each(refusedRows)('$name', ({ from, event }) => {
    expect(step(from(), event).refused).toBe(true);
  });
});

describe('complaint machine: opening', () => {
  it('starts in awaitingAcceptance with the acceptance period from receipt', () => {
    const s = opened({ input: { receivedOn: '2026-08-01' } });
    expect(s.value).toBe('awaitingAcceptance');
    expect(s.hasTag('open')).toBe(true);
    expect(s.context.clocks.acceptance).toMatchObject({
      rule: 'complaint.acceptance',
      ruleSetId: 'VN-2026-07',
      startedOn: '2026-08-01',
      startEvent: 'open',
    });
  });

  it('refuses to open a round 2 at an authority that is not the superior', () => {
    const s = open(
      inputOf({
        round: 2,
        holder: OTHER_PROVINCE,
        round1: { authority: COMMUNE, decisionOn: '2026-07-20' },
        meta: ev('accept', OTHER_PROVINCE, {}).meta,
      }),
    );
    expect(s.status).toBe('error');
  });

  it('refuses to open a round 2 without a first-round decision or missed deadline', () => {
    const s = open(
      inputOf({ round: 2, holder: PROVINCE, round1: { authority: COMMUNE }, meta: ev('accept', PROVINCE, {}).meta }),
    );
    expect(s.status).toBe('error');
  });

  it('refuses to open with no complainant', () => {
    expect(open(inputOf({ complainants: 0 })).status).toBe('error');
  });
});

describe('complaint machine: final states', () => {
  const finals: [string, () => Snapshot][] = [
    ['notAccepted', () => play(opened(), [ev('refuse', COMMUNE, { ground: 'unsigned' })])],
    ['terminated', () => play(verifying(), [ev('terminate', COMMUNE, { ground: 'no_object' })])],
    ['inCourt', () => play(appealWindow(), [ev('fileLawsuit', COMMUNE, {})])],
    ['closed', () => play(appealWindow(), [expired('finality'), ev('recordEnforcement', COMMUNE, {})])],
  ];
  it.each(finals)('%s accepts no further command', (_name, reach) => {
    const s = reach();
    expect(s.status).toBe('done');
    expect(s.context.outcome).toBeDefined();
    for (const e of [
      ev('accept', COMMUNE, {}),
      ev('withdraw', COMMUNE, { scope: 'all' }),
      ev('lodgeSecondComplaint', PROVINCE, {}),
      expired('resolution'),
    ]) {
      expect(step(s, e).refused).toBe(true);
    }
  });
});

describe('complaint machine: exports', () => {
  it('has a stable id and version', () => {
    expect(COMPLAINT_MACHINE_ID).toBe('complaint');
    expect(COMPLAINT_MACHINE_VERSION).toBe('1');
    expect(complaintMachine.id).toBe('complaint');
    expect(complaintMachine.version).toBe('1');
  });

  it('explains every guard used in the machine in Vietnamese', () => {
    const used = new Set<string>();
    for (const node of Object.values(complaintMachine.states)) {
      for (const transitions of node.transitions.values()) {
        for (const t of transitions) {
          if (typeof t.guard === 'string') used.add(t.guard);
        }
      }
    }
    expect(used.size).toBeGreaterThan(10);
    for (const name of used) expect(COMPLAINT_GUARD_EXPLANATIONS).toHaveProperty(name);
  });

  it('lists every event the machine handles', () => {
    const nodes = [complaintMachine.root, ...Object.values(complaintMachine.states)];
    const handled = new Set(nodes.flatMap((n) => [...n.transitions.keys()]));
    expect([...handled].sort()).toEqual([...COMPLAINT_EVENT_TYPES].sort());
  });

  it('labels the nine refusal grounds of Art. 11', () => {
    expect(COMPLAINT_REFUSAL_GROUNDS).toHaveLength(9);
    for (const g of COMPLAINT_REFUSAL_GROUNDS) expect(COMPLAINT_REFUSAL_GROUND_LABELS[g]).toMatch(/Điều 11/);
  });

  it('gives every state a Vietnamese title, and the clocks that must run where periods run', () => {
    const nodes = Object.values(complaintMachine.states);
    for (const node of nodes) expect(typeof node.meta?.title).toBe('string');
    for (const node of nodes.filter((n) => n.type !== 'final')) {
      expect(node.meta?.clocks?.length).toBeGreaterThan(0);
    }
  });
});
