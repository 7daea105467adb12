import { transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { isRunning } from '../../deadlines/clock-ops';
import { RULE_SET_IDS } from '../../rules/rule-set.types';
import { feedbackInput, feedbackSamples, type FeedbackSnapshot } from './__fixtures__/feedback.fixtures';
import { feedbackMachine } from './feedback.machine';
import { FEEDBACK_OUTCOMES } from './feedback.types';

const isFinal = (s: FeedbackSnapshot): boolean => s.status === 'done';
const metaClocksOf = (s: FeedbackSnapshot): string[] => Object.values(s.getMeta()).flatMap((m) => m?.clocks ?? []);
const show = (s: FeedbackSnapshot): string => `${String(s.value)} (${s.context.assignments.length} assignments)`;

describe.each(RULE_SET_IDS.map((id) => [id] as const))('feedback model under %s', (ruleSetId) => {
  const events = feedbackSamples(ruleSetId);
  const paths = getShortestPaths(feedbackMachine, { input: feedbackInput({ ruleSetId }), events });
  const states = paths.map((p) => p.state);

  it('reaches every state and both outcomes', () => {
    expect(new Set(states.map((s) => s.value))).toEqual(new Set(['handling', 'replied', 'forwarded', 'closed']));
    expect(new Set(states.map((s) => s.context.outcome).filter(Boolean))).toEqual(new Set(FEEDBACK_OUTCOMES));
  });

  it('replies or forwards, never both, and nothing moves a final state', () => {
    const violations = [
      ...states.filter((s) => s.context.reply && s.context.forwarded).map(show),
      ...states.filter(isFinal).flatMap((s) =>
        events(s)
          .filter((e) => transition(feedbackMachine, s, e)[0] !== s)
          .map((e) => `${show(s)} ${e.type}`),
      ),
      ...states.filter((s) => s.value === 'closed' && !s.context.reply).map((s) => `${show(s)} closed unanswered`),
    ];
    expect(violations).toEqual([]);
  });

  it('sets the outcome of every final state, and only there', () => {
    const violations = states
      .filter((s) =>
        isFinal(s) ? s.context.outcome !== s.value || s.hasTag('open') : !!s.context.outcome || !s.hasTag('open'),
      )
      .map(show);
    expect(violations).toEqual([]);
  });

  it('runs the resolution clock while handling, and stops it once answered or forwarded', () => {
    const violations = states.flatMap((s) => [
      ...metaClocksOf(s)
        .filter((name) => !isRunning(s.context.clocks[name]))
        .map((name) => `${show(s)}: ${name} not running`),
      ...(s.value !== 'handling' && isRunning(s.context.clocks.resolution) ? [`${show(s)}: still running`] : []),
    ]);
    expect(violations).toEqual([]);
  });
});
