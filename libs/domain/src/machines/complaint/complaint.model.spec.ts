import { transition, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { isPaused, isRunning } from '../../deadlines/clock-ops';
import { getRuleSet } from '../../rules/rule-set.registry';
import { RULE_SET_IDS, type RuleSetId } from '../../rules/rule-set.types';
import type { AuthorityRef } from '../../shared/authority';
import {
  DAY_IN,
  OTHER_COMMUNE,
  PROVINCE,
  PROVINCIAL_AGENCY,
  REMOTE_COMMUNE,
  ROUND1_AND_SUPERIOR,
  ev,
  expired,
  inputOf,
} from './__fixtures__/complaint.fixtures';
import { complaintMachine } from './complaint.machine';
import { isCompetentForRound2 } from './complaint.policies';
import { COMPLAINT_CLOCKS, type ComplaintContext, type ComplaintEvent, type ComplaintInput } from './complaint.types';

type Snapshot = SnapshotFrom<typeof complaintMachine>;

interface Profile {
  name: string;
  input: (ruleSetId: RuleSetId) => ComplaintInput;
  /** Who may take the second round from the first-round holder. */
  superior: (ruleSetId: RuleSetId) => AuthorityRef;
}

const PROFILES: Profile[] = [
  {
    name: 'administrative, two complainants, forwarded',
    input: (r) =>
      inputOf({ holder: ROUND1_AND_SUPERIOR[r].round1, complainants: 2, forwarded: true, meta: metaFor(r) }),
    superior: (r) => ROUND1_AND_SUPERIOR[r].superior,
  },
  {
    name: 'disciplinary (provincial agency), dismissal',
    input: (r) => inputOf({ holder: PROVINCIAL_AGENCY, disciplinary: true, dismissal: true, meta: metaFor(r) }),
    superior: () => PROVINCE,
  },
  {
    name: 'administrative, remote commune',
    input: (r) =>
      inputOf({ holder: r === 'VN-2019' ? ROUND1_AND_SUPERIOR[r].round1 : REMOTE_COMMUNE, meta: metaFor(r) }),
    superior: (r) => ROUND1_AND_SUPERIOR[r].superior,
  },
  {
    name: 'second round opened from a first-round decision outside the engine',
    input: (r) =>
      inputOf({
        round: 2,
        holder: PROVINCE,
        round1: { authority: PROVINCIAL_AGENCY, decisionOn: '2024-01-10', outcome: 'incorrect' },
        meta: metaFor(r),
      }),
    superior: () => PROVINCE,
  },
];

function metaFor(ruleSetId: RuleSetId) {
  return ev('accept', PROVINCE, {}, { ruleSetId }).meta;
}

/** Event samples for a state: the lawful command by the holder, and refusals by strangers. */
function samplesFor(ruleSetId: RuleSetId, superior: AuthorityRef) {
  const o = { ruleSetId, on: DAY_IN[ruleSetId] };
  return (s: Snapshot): ComplaintEvent[] => {
    const h = s.context.holder;
    return [
      ev('accept', h, {}, o),
      ev('accept', OTHER_COMMUNE, {}, o),
      ev('refuse', h, { ground: 'unsigned' }, o),
      ev('decideNow', h, { outcome: 'correct' }, o),
      ev('startVerification', h, {}, o),
      ev('completeVerification', h, { finding: 'incorrect', differsFromRequest: true }, o),
      ev('completeVerification', h, { finding: 'correct', differsFromRequest: false }, o),
      ev('holdDialogue', h, { attended: true }, o),
      ev('holdDialogue', h, { attended: false, validAbsenceReason: 'Thiên tai' }, o),
      ev('decide', h, { outcome: 'partly_correct' }, o),
      ev('decide', h, { outcome: 'incorrect', effectOnRound1: 'upheld' }, o),
      ev('send', h, {}, o),
      ev('publish', h, {}, o),
      ev('lodgeSecondComplaint', superior, {}, o),
      ev('lodgeSecondComplaint', OTHER_COMMUNE, {}, o),
      ev('fileLawsuit', h, {}, o),
      ev('recordEnforcement', h, {}, o),
      ev('suspend', h, { ground: 'force_majeure' }, o),
      ev('resume', h, {}, o),
      ev('terminate', h, { ground: 'no_object' }, o),
      ev('terminate', h, { ground: 'withdrawn' }, o),
      ev('withdraw', h, { scope: 'all' }, o),
      ev('withdraw', h, { scope: 'part' }, o),
      ev('withdraw', h, { scope: 'all', complainants: 1 }, o),
      ev('setComplexity', h, { complexity: 'complex', reason: 'Nhiều nội dung', criteria: ['several_contents'] }, o),
      ...COMPLAINT_CLOCKS.map((c) => expired(c, o)),
    ];
  };
}

/**
 * What distinguishes states for the traversal: the facts the guards read. Dates, session
 * counters, expiries of stopped clocks and complexity after a decision change no behaviour, and
 * leaving them out keeps the graph small.
 */
function abstractOf(s: Snapshot): string {
  const c = s.context;
  const clocks = Object.fromEntries(
    Object.entries(c.clocks).map(([n, k]) => [
      n,
      isRunning(k) ? `r${isPaused(k) ? 'p' : ''}${k.expiredOn ? 'x' : ''}` : 's',
    ]),
  );
  return JSON.stringify({
    v: s.value,
    round: c.round,
    holder: c.holder.id,
    from: c.suspendedFrom,
    cx: c.decision ? undefined : c.complexity,
    wd: c.withdrawnComplainants,
    clocks,
    dec: c.decision && [c.decision.outcome, c.decision.effectOnRound1],
    dlg: c.dialogue && [c.dialogue.round, !!c.dialogue.concludedOn],
    r1: c.round1 && [c.round1.authority.id, !!c.round1.decisionOn, !!c.round1.missedDeadline],
    out: c.outcome,
  });
}

const metaOf = (s: Snapshot) => Object.values(s.getMeta())[0] as { title: string; clocks?: string[] } | undefined;

function assertInvariants(
  ruleSetId: RuleSetId,
  steps: { state: Snapshot; event: ComplaintEvent }[],
  samples: (s: Snapshot) => ComplaintEvent[],
) {
  const features = getRuleSet(ruleSetId).features;
  steps.forEach(({ state: s }, i) => {
    const c: ComplaintContext = s.context;
    const history = steps.slice(0, i + 1);
    const where = `${history.map((h) => h.event.type).join(' → ')} ⇒ ${String(s.value)}`;
    const fail = (msg: string) => {
      throw new Error(`${msg} at ${where}`);
    };

    // No decision before acceptance, and only in the round it was accepted.
    if (c.decision) {
      if (!c.acceptedOn || c.decision.round !== c.round) fail('decision without acceptance in this round');
      const roundStart = history.map((h) => h.event.type).lastIndexOf('lodgeSecondComplaint');
      const acceptedInRound = history.slice(roundStart + 1).some((h) => h.event.type === 'accept');
      if (!acceptedInRound && !(c.round === 2 && roundStart === -1 && c.acceptedOn)) fail('decision before accept');
    }

    // Round 2 only after a first-round decision or a missed first-round deadline, at the superior.
    if (c.round === 2) {
      if (!c.round1 || !(c.round1.decisionOn || c.round1.missedDeadline)) fail('round 2 without a first round');
      const r1 = c.round1!.authority;
      if (c.disciplinary) {
        if (!isCompetentForRound2(c.holder, r1, ruleSetId, true)) fail('disciplinary round 2 at a non-superior');
      } else if (c.holder.level !== getRuleSet(ruleSetId).competence.complaintRound2[r1.level]) {
        fail('round 2 holder not at the level the rule set names');
      }
      const lodge = history.findIndex((h) => h.event.type === 'lodgeSecondComplaint');
      if (lodge > 0) {
        const before = history[lodge - 1].state.context;
        if (!before.decision && !before.clocks.resolution?.expiredOn) fail('round 2 lodged without decision or expiry');
      }
    }

    // Dialogue before a decision wherever it is mandatory (round 2; disciplinary).
    if (c.decision && (c.round === 2 || c.disciplinary)) {
      if (c.dialogue?.round !== c.round || !c.dialogue.concludedOn) fail('decision without mandatory dialogue');
      const decideAt = history.findIndex((h) => h.event.type === 'decide' && h.state.context.round === c.round);
      const dialogueAt = history.findIndex((h) => h.state.value === 'dialogue' && h.state.context.round === c.round);
      if (dialogueAt === -1 || dialogueAt > decideAt) fail('dialogue not visited before the decision');
    }

    // Final states: an outcome, no running period, and no way out.
    if (s.status === 'done') {
      if (!c.outcome) fail('final state without outcome');
      if (Object.values(c.clocks).some((k) => isRunning(k))) fail('a clock still runs in a final state');
      if (s.hasTag('open')) fail('final state tagged open');
      for (const e of samples(s)) {
        if (transition(complaintMachine, s, e)[0] !== s) fail(`final state left by ${e.type}`);
      }
    } else {
      if (c.outcome) fail('outcome set before the end');
      if (!s.hasTag('open')) fail('open state not tagged open');
    }
    if (s.value === 'terminated' && s.status !== 'done') fail('termination is not final');

    // Clocks named in meta run, and are paused exactly when suspended.
    for (const name of metaOf(s)?.clocks ?? []) {
      const clock = c.clocks[name];
      if (!clock) fail(`clock ${name} not started`);
      if (clock.stoppedOn) fail(`clock ${name} stopped`);
      if (isPaused(clock) !== s.hasTag('suspended')) fail(`clock ${name} paused ≠ suspended`);
    }

    if (!features.complaintSuspension && (s.hasTag('suspended') || s.value === 'suspended')) {
      fail('suspension reached under a rule set without it');
    }
  });
}

const ALL_STATES = Object.keys(complaintMachine.states);

describe.each(RULE_SET_IDS.map((r) => [r]))('complaint model under %s', (ruleSetId) => {
  const features = getRuleSet(ruleSetId).features;

  describe.each(PROFILES.map((p) => [p.name, p]))('%s', (_name, profile) => {
    const samples = samplesFor(ruleSetId, profile.superior(ruleSetId));
    const paths = getShortestPaths(complaintMachine, {
      input: profile.input(ruleSetId),
      events: samples,
      serializeState: (s) => abstractOf(s),
      serializeEvent: (e) => JSON.stringify(e),
      limit: 200_000,
    });

    it('explores a bounded, non-trivial graph', () => {
      expect(paths.length).toBeGreaterThan(20);
      expect(paths.length).toBeLessThan(5_000);
    });

    it('keeps the legal invariants at every step of every path', () => {
      expect(() => {
        for (const path of paths) assertInvariants(ruleSetId, path.steps, samples);
      }).not.toThrow();
    });

    it('reaches every state the rule set allows', () => {
      const reached = new Set(paths.map((p) => String(p.state.value)));
      const expected = ALL_STATES.filter((s) => s !== 'suspended' || features.complaintSuspension);
      expect([...reached].sort()).toEqual(expected.sort());
    });

    it('reaches round 2 only where a first round exists', () => {
      const round2 = paths.filter((p) => p.state.context.round === 2);
      expect(round2.length).toBeGreaterThan(0);
      for (const p of round2) {
        expect(p.state.context.round1).toBeDefined();
      }
    });
  });
});
