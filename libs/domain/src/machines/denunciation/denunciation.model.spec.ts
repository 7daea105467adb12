import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths, getSimplePaths } from 'xstate/graph';
import { isPaused } from '../../deadlines/clock-ops';
import type { RuleSetId } from '../../rules/rule-set.types';
import { RULE_SET_IDS } from '../../rules/rule-set.types';
import { AGENCY, PROVINCE, ev, inputOf } from './__fixtures__/denunciation.fixtures';
import { samples, serializeForTraversal, type SampleSet } from './__fixtures__/denunciation.samples';
import {
  DENUNCIATION_OUTCOMES,
  denunciationMachine,
  type Complexity,
  type DenunciationEvent,
  type DenunciationInput,
} from './index';

type Snapshot = SnapshotFrom<typeof denunciationMachine>;

const RESOLVED_STATES = ['concluded', 'handling', 'monitoring', 'closed'];

/** Luật TC Art. 30.2–3, restated here so the model does not trust the machine's own policy. */
const EXTENSION_LIMIT: Record<Complexity, number> = { normal: 0, complex: 1, particularly_complex: 2 };

/** Clocks the state's metadata says must be running. */
function metaClocks(s: Snapshot): string[] {
  return Object.values(s.getMeta() as Record<string, { clocks?: string[] } | undefined>).flatMap(
    (m) => m?.clocks ?? [],
  );
}

/**
 * The legal invariants of the brief, checked on one snapshot. Plain checks collected as messages
 * (one `expect` per batch) keep thousands of snapshots fast and name the broken rule.
 */
function violationsOf(s: Snapshot): string[] {
  const c = s.context;
  const value = String(s.value);
  const out: string[] = [];
  const check = (ok: boolean, rule: string) => {
    if (!ok) out.push(`${value}: ${rule}`);
  };

  // Forwarded at most once for the same content.
  check(c.forwards <= 1, 'forwarded more than once');
  check(c.forwards === (c.forwardedBefore ? 1 : 0) + (value === 'forwarded' ? 1 : 0), 'forward count is off');

  // No conclusion before acceptance.
  if (c.conclusion !== undefined || RESOLVED_STATES.includes(value)) {
    check(c.acceptedOn !== undefined && c.resolutionRound >= 1, 'conclusion without acceptance');
  }
  if (RESOLVED_STATES.includes(value)) check(c.conclusion !== undefined, 'resolved state without a conclusion');
  if (value === 'preliminaryCheck') check(c.acceptedOn === undefined, 'accepted but still in the check');

  // NĐ 31 Art. 3.3: particularly complex = two criteria or more.
  const criteria = new Set(c.complexityCriteria).size;
  check(
    c.complexity === (criteria >= 2 ? 'particularly_complex' : criteria === 1 ? 'complex' : 'normal'),
    'complexity does not follow the criteria',
  );

  // Extensions within the limit for the complexity; the clock agrees with the count.
  check(c.extensions <= EXTENSION_LIMIT[c.complexity], `${c.extensions} extensions for a ${c.complexity} case`);
  const resolution = c.clocks['resolution'];
  if (resolution) check(resolution.extensions.length === c.extensions, 'clock extensions differ from the count');

  // A withdrawal with a ground to continue never ends in termination.
  if ((c.withdrawal?.continueBecause.length ?? 0) > 0) {
    check(value !== 'withdrawn', 'withdrawn despite a ground to continue');
    check(c.termination?.ground !== 'withdrawn', 'terminated on withdrawal despite a ground to continue');
  }

  // Every final state has an outcome and no running clock; open states have none and are tagged.
  if (s.status === 'done') {
    check((DENUNCIATION_OUTCOMES as readonly string[]).includes(c.outcome ?? ''), 'final state without an outcome');
    check(
      Object.values(c.clocks).every((clock) => clock.stoppedOn !== undefined),
      'final state with a running clock',
    );
    if (value === 'closed') {
      check(c.outcome === c.conclusion, 'closed outcome is not the conclusion');
      check(c.publishedOn !== undefined, 'closed without publishing the conclusion (Art. 40)');
    }
  } else {
    check(c.outcome === undefined, 'open state with an outcome');
    check(s.hasTag('open'), "open state without the 'open' tag");
  }

  // Clocks named in meta are started, not stopped, and paused exactly when tagged 'suspended'.
  for (const name of metaClocks(s)) {
    const clock = c.clocks[name];
    check(clock !== undefined, `clock ${name} not started`);
    check(clock?.stoppedOn === undefined, `clock ${name} stopped`);
    check(isPaused(clock) === s.hasTag('suspended'), `clock ${name} paused ≠ tagged suspended`);
  }
  if (s.hasTag('suspended')) check(c.suspendedFrom === 'verifying', 'suspended without suspendedFrom');
  return out;
}

/** Checks each distinct snapshot once and fails with every broken rule. */
function invariantChecker() {
  const seen = new WeakSet<object>();
  const violations = new Set<string>();
  return {
    check(s: Snapshot) {
      if (seen.has(s)) return;
      seen.add(s);
      for (const v of violationsOf(s)) violations.add(v);
    },
    expectNone() {
      expect([...violations]).toEqual([]);
      return seen;
    },
  };
}

/** A snapshot reached by events that must all be accepted. */
function play(input: DenunciationInput, events: DenunciationEvent[]): Snapshot {
  return events.reduce((s, e) => {
    const [next] = transition(denunciationMachine, s, e);
    if (next === s) throw new Error(`refused ${e.type} in ${String(s.value)}`);
    return next;
  }, initialTransition(denunciationMachine, input)[0]);
}

interface Model {
  name: string;
  input: DenunciationInput;
  fromState?: Snapshot;
  set: SampleSet;
  /** Final states the model must reach (coverage of the samples). */
  finals: string[];
}

function modelsFor(ruleSetId: RuleSetId): Model[] {
  const o = { ruleSetId };
  const single = inputOf({}, o);
  const forwardedBefore = inputOf({ forwardedBefore: true }, o);
  return [
    {
      name: 'before the conclusion, two denouncers',
      input: inputOf({ denouncers: 2 }, o),
      set: 'beforeConclusion',
      finals: ['notAccepted', 'forwarded', 'transferredToInvestigation', 'withdrawn', 'terminated'],
    },
    {
      name: 'before the conclusion, content forwarded before',
      input: forwardedBefore,
      set: 'beforeConclusion',
      finals: ['notAccepted', 'transferredToInvestigation', 'withdrawn', 'terminated'],
    },
    {
      name: 'after the conclusion',
      input: single,
      fromState: play(single, [ev.accept(AGENCY, o), ev.conclude(AGENCY, 'correct', o)]),
      set: 'afterConclusion',
      finals: ['closed', 'forwarded'],
    },
    {
      name: 'after the conclusion, content forwarded before',
      input: forwardedBefore,
      fromState: play(forwardedBefore, [ev.accept(AGENCY, o), ev.conclude(AGENCY, 'correct', o)]),
      set: 'afterConclusion',
      finals: ['closed'],
    },
    {
      name: 'tố cáo tiếp opened at the province',
      input: inputOf({ holder: PROVINCE, furtherDenunciation: true }, o),
      set: 'afterConclusion',
      finals: ['upheld', 'forwarded', 'closed'],
    },
  ];
}

describe.each(RULE_SET_IDS.map((id) => [id] as const))('denunciation model under %s', (ruleSetId) => {
  describe.each(modelsFor(ruleSetId).map((m) => [m.name, m] as const))('%s', (_, model) => {
    const options = {
      input: model.input,
      ...(model.fromState ? { fromState: model.fromState } : {}),
      events: samples(ruleSetId, model.set),
      serializeState: serializeForTraversal,
      // The steps after a conclusion are the other model's business.
      ...(model.set === 'beforeConclusion' ? { stopWhen: (s: Snapshot) => s.value === 'concluded' } : {}),
      limit: 100_000,
    };
    let edges: ReturnType<typeof adjacencyMapToArray<Snapshot, DenunciationEvent>> = [];
    let states: Snapshot[] = [];
    beforeAll(() => {
      const adjacency = getAdjacencyMap(denunciationMachine, options);
      edges = adjacencyMapToArray(adjacency);
      states = Object.values(adjacency).map((a) => a.state as Snapshot);
    });

    test('the invariants hold in every reachable state', () => {
      expect(states.length).toBeGreaterThan(20);
      const checker = invariantChecker();
      for (const s of states) checker.check(s);
      // Every state an accepted event leads to, including final states the traversal merges.
      for (const e of edges) checker.check(e.nextState);
      checker.expectNone();
    });

    test('transitions: forwarding only when nothing was forwarded, no conclusion from the check', () => {
      let forwardings = 0;
      const violations: string[] = [];
      for (const { state, event, nextState } of edges) {
        if (nextState === state) continue;
        if (String(state.value) === 'preliminaryCheck' && RESOLVED_STATES.includes(String(nextState.value))) {
          violations.push(`${event.type}: conclusion reached from the preliminary check`);
        }
        if (String(nextState.value) === 'forwarded') {
          forwardings++;
          if (state.context.forwards !== 0) violations.push(`${event.type}: forwarded a second time`);
          if (!['forward', 'redirectCompetence'].includes(event.type)) violations.push(`${event.type}: forwarded by`);
        }
      }
      expect(violations).toEqual([]);
      expect(!model.finals.includes('forwarded') || forwardings > 0).toBe(true);
    });

    test('minutes made at a working session count as a withdrawal only from 2026-07-01', () => {
      // Edges, not states: a partial withdrawal changes nothing the traversal tells states apart by.
      const atSession = edges.filter((e) =>
        e.nextState.context.withdrawal?.records.some((r) => r.minutesAt === 'working_session'),
      );
      const expected = model.set === 'beforeConclusion' ? ruleSetId === 'VN-2026-07' : atSession.length > 0;
      expect(atSession.length > 0).toBe(expected);
    });

    test('a withdrawal with a ground to continue never leads to termination', () => {
      const withGround = edges.filter(
        (e) => e.event.type === 'withdraw' && e.event.continueBecause !== undefined && e.nextState !== e.state,
      );
      expect(model.set !== 'beforeConclusion' || withGround.length > 0).toBe(true);
      const violations = withGround.flatMap((e) => {
        const ground = (e.event as Extract<DenunciationEvent, { type: 'withdraw' }>).continueBecause!;
        return [
          ...(['terminated', 'withdrawn'].includes(String(e.nextState.value)) ? [`${ground}: ended the case`] : []),
          ...(e.nextState.context.withdrawal?.continueBecause?.includes(ground) ? [] : [`${ground}: not recorded`]),
        ];
      });
      expect(violations).toEqual([]);
    });

    test('shortest paths reach the expected final states, with the invariants along every path', () => {
      const paths = getShortestPaths(denunciationMachine, options);
      const finals = new Set<string>();
      const checker = invariantChecker();
      for (const path of paths) {
        for (const step of path.steps) checker.check(step.state);
        checker.check(path.state);
        if (path.state.status === 'done') finals.add(String(path.state.value));
      }
      checker.expectNone();
      expect([...finals].sort()).toEqual([...model.finals].sort());
    });
  });

  test('bounded simple paths to a conclusion never exceed the extensions for the complexity', () => {
    const o = { ruleSetId };
    const paths = getSimplePaths(denunciationMachine, {
      input: inputOf({}, o),
      events: [
        ev.accept(AGENCY, o),
        ev.setComplexity(AGENCY, [], o),
        ev.setComplexity(AGENCY, ['several_contents'], o),
        ev.setComplexity(AGENCY, ['several_contents', 'foreign_element'], o),
        ev.extend(AGENCY, o),
        ev.suspend(AGENCY, 'awaiting_other_result', o),
        ev.resume(AGENCY, o),
        ev.conclude(AGENCY, 'partly_correct', o),
      ],
      serializeState: serializeForTraversal,
      toState: (s) => s.value === 'concluded',
      limit: 100_000,
    });
    expect(paths.length).toBeGreaterThan(20);
    const extensionsAtConclusion = new Set<number>();
    const checker = invariantChecker();
    for (const path of paths) {
      for (const step of path.steps) checker.check(step.state);
      checker.check(path.state);
      const c = path.state.context;
      if (path.state.value !== 'concluded') throw new Error(`path ends in ${String(path.state.value)}`);
      extensionsAtConclusion.add(c.clocks['resolution'].extensions.length);
    }
    checker.expectNone();
    expect([...extensionsAtConclusion].sort()).toEqual([0, 1, 2]);
  });
});
