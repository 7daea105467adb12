import { transition } from 'xstate';
import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { isRunning } from '../../deadlines/clock-ops';
import { RULE_SET_IDS, type RuleSetId } from '../../rules/rule-set.types';
import { AUTH, petitionInput } from './__fixtures__/petition.fixtures';
import { petitionSamples, type SampleMode } from './__fixtures__/petition.samples';
import { sideEffectsOf, type PetitionSnapshot } from './__fixtures__/run';
import { petitionMachine } from './petition.machine';
import { caseKindOf, effectiveDenunciationForwards, hasRepeatedAuthority } from './petition.policies';
import { PETITION_OUTCOMES, PETITION_OUTCOME_OF, type PetitionChannel, type PetitionInput } from './petition.types';

/**
 * The forward/receive loop is unbounded, so each exploration stops expanding a đơn after some
 * forwards (declined forwards included): the breadth exploration at the first forward, the chain
 * exploration once the second forwarded đơn has been received or declined. Two forwards reach a
 * decline and a re-forward, a tố cáo refused a second forward, and a bounce.
 */
const STOP_WHEN: Record<SampleMode, (s: PetitionSnapshot) => boolean> = {
  breadth: (s) => s.context.forwardCount >= 1,
  chain: (s) => s.context.forwardCount >= 2 && s.value !== 'forwarded',
};

const isFinal = (s: PetitionSnapshot): boolean => s.status === 'done';

/** A short description of a state, for violation messages. */
const show = (s: PetitionSnapshot): string =>
  `${String(s.value)} [${s.context.custody.map((c) => `${c.authority.id}/${c.via}`).join(' ')}] ${
    s.context.classification?.contentKind ?? '-'
  }`;

const PROFILES: { name: string; input: (r: RuleSetId) => PetitionInput; chain: boolean }[] = [
  { name: 'by post', input: (r) => petitionInput({ ruleSetId: r, channel: 'post' }), chain: true },
  {
    name: 'at a reception session',
    input: (r) => petitionInput({ ruleSetId: r, channel: 'reception_desk', fromReception: true }),
    chain: false,
  },
  ...(['deputy', 'press'] as PetitionChannel[]).map((channel) => ({
    name: `forwarded by ${channel}`,
    input: (r: RuleSetId) => petitionInput({ ruleSetId: r, channel, forwardedBy: { name: 'Nơi chuyển đơn' } }),
    chain: channel === 'press',
  })),
];

const metaClocksOf = (s: PetitionSnapshot): string[] => Object.values(s.getMeta()).flatMap((m) => m?.clocks ?? []);

describe.each(RULE_SET_IDS.map((id) => [id] as const))('petition model under %s', (ruleSetId) => {
  // The chain beyond the first holder does not depend on how the first holder received the đơn,
  // except through a forwarder's notices: two profiles suffice there.
  const cases = PROFILES.flatMap((p) =>
    (p.chain ? (['breadth', 'chain'] as const) : (['breadth'] as const)).map((mode) => [p.name, mode, p] as const),
  );
  describe.each(cases)('đơn received %s, %s exploration', (_, mode, profile) => {
    const input = profile.input(ruleSetId);
    const events = petitionSamples(ruleSetId, mode);
    const options = { input, events, stopWhen: STOP_WHEN[mode] };
    const paths = getShortestPaths(petitionMachine, options);
    const states = paths.map((p) => p.state);
    // Every enabled transition (a refused command returns the same snapshot).
    const moves = adjacencyMapToArray(getAdjacencyMap(petitionMachine, options)).filter((e) => e.nextState !== e.state);

    it('reaches the states it is meant to explore', () => {
      const reached = new Set(states.map((s) => String(s.value)));
      const outcomes = new Set(states.map((s) => s.context.outcome).filter(Boolean));
      // `returned` needs a forwarded complaint; every other outcome is reachable from any channel.
      const expectedOutcomes = PETITION_OUTCOMES.filter((o) => o !== 'returned' || input.channel === 'deputy');
      const expected =
        mode === 'breadth'
          ? { states: true, outcomes: expectedOutcomes.length, bounced: false, declined: false, twoForwards: false }
          : { states: true, outcomes: 2, bounced: true, declined: true, twoForwards: true };
      expect({
        states: ['received', 'classified', 'forwarded'].every((name) => reached.has(name)),
        outcomes: mode === 'breadth' ? expectedOutcomes.filter((o) => outcomes.has(o)).length : outcomes.size,
        bounced: states.some((s) => s.context.bounced),
        declined: states.some((s) => s.context.forwards.some((f) => f.declined)),
        twoForwards: states.some((s) => s.value === 'forwarded' && s.context.forwardCount === 2),
      }).toEqual(expected);
    });

    it('takes at most one disposition: nothing moves a đơn out of a final state', () => {
      const violations = [
        ...moves.filter((m) => isFinal(m.state)).map((m) => `${show(m.state)} moved on ${m.event.type}`),
        // The final samples try every command; each must return the very same snapshot.
        ...states.filter(isFinal).flatMap((s) =>
          events(s)
            .filter((e) => transition(petitionMachine, s, e)[0] !== s)
            .map((e) => `${show(s)} accepted ${e.type}`),
        ),
        ...paths
          .filter((p) => p.steps.slice(0, -1).some((step) => isFinal(step.state)))
          .map((p) => `path to ${show(p.state)} passes a final state`),
      ];
      expect(violations).toEqual([]);
    });

    it('never forwards a tố cáo more than once to an authority that kept it', () => {
      const violations = states
        .filter(
          (s) =>
            effectiveDenunciationForwards(s.context) > 1 ||
            // A second forward of the same tố cáo only follows a forward the receiver declined.
            s.context.forwards
              .filter((f) => f.contentKind === 'denunciation')
              .slice(0, -1)
              .some((f) => !f.declined),
        )
        .map(show);
      expect(violations).toEqual([]);
    });

    it('accepts only an eligible đơn within competence with one kind of content', () => {
      const violations = states
        .filter((s) => s.value === 'accepted')
        .filter((s) => {
          const c = s.context.custody[s.context.custody.length - 1]?.classification;
          return !c || !c.eligible || !c.withinCompetence || c.contentKind === 'mixed' || c.anonymousOrImpersonated;
        })
        .map(show);
      expect(violations).toEqual([]);
    });

    it('opens a case exactly on accept, of the kind of the content', () => {
      const violations = moves.flatMap(({ state, event, nextState }) => {
        const [, actions] = transition(petitionMachine, state, event);
        const opened = sideEffectsOf(actions).filter((a) => a.type === 'openCase');
        const accepted = nextState.value === 'accepted';
        const kind = state.context.classification && caseKindOf(state.context.classification.contentKind);
        const expected = accepted && event.type === 'accept' ? [{ kind }] : [];
        const ok = JSON.stringify(opened.map((a) => a.params)) === JSON.stringify(expected) && (!accepted || !!kind);
        return ok ? [] : [`${show(state)} --${event.type}--> ${show(nextState)}: ${JSON.stringify(opened)}`];
      });
      expect(moves.some((m) => m.event.type === 'accept')).toBe(true);
      expect(violations).toEqual([]);
    });

    it('sets the outcome of every final state, and only there', () => {
      const violations = states.flatMap((s) => {
        const d = s.context.disposition?.disposition;
        const ok = isFinal(s)
          ? !!d &&
            d !== 'forward' &&
            s.context.outcome === s.value &&
            PETITION_OUTCOME_OF[d] === s.context.outcome &&
            !s.hasTag('open')
          : s.context.outcome === undefined && d === undefined && s.hasTag('open');
        return ok ? [] : [show(s)];
      });
      expect(violations).toEqual([]);
    });

    it('runs the clocks a state declares, and none after a disposition', () => {
      const violations = states.flatMap((s) => [
        ...metaClocksOf(s)
          .filter((name) => !isRunning(s.context.clocks[name]))
          .map((name) => `${show(s)}: ${name} not running`),
        ...(isFinal(s)
          ? Object.entries(s.context.clocks)
              .filter(([, c]) => isRunning(c))
              .map(([name]) => `${show(s)}: ${name} still running`)
          : []),
      ]);
      expect(states.some((s) => metaClocksOf(s).length > 0)).toBe(true);
      expect(violations).toEqual([]);
    });

    it('flags the đơn as bounced exactly when an authority held it twice', () => {
      const violations = states.filter((s) => s.context.bounced !== hasRepeatedAuthority(s.context.custody)).map(show);
      expect(violations).toEqual([]);
    });

    it('keeps custody consistent, and lets only the entitled authority move the đơn', () => {
      const violations = [
        ...states
          .filter((s) => {
            const last = s.context.custody[s.context.custody.length - 1];
            return (
              last?.authority.id !== s.context.holder.id ||
              s.context.forwardCount !== s.context.forwards.length ||
              (s.context.forwardedTo !== undefined) !== (s.value === 'forwarded') ||
              s.context.forwardedTo?.id === s.context.holder.id
            );
          })
          .map(show),
        ...moves
          .filter((m) => m.event.type !== 'deadlineExpired')
          .filter((m) => {
            const actor = m.event.meta.actor.authority.id;
            const entitled =
              m.state.value === 'forwarded' ? m.state.context.forwardedTo?.id : m.state.context.holder.id;
            return actor !== entitled || actor === AUTH.communeB.id;
          })
          .map((m) => `${show(m.state)}: ${m.event.type} by a stranger`),
      ];
      expect(violations).toEqual([]);
    });
  });
});
