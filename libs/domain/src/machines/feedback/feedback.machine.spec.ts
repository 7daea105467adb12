import { getStateNodes } from 'xstate/graph';
import { timeLimitOf } from '../../rules/rule-set.registry';
import { RULE_SET_IDS } from '../../rules/rule-set.types';
import {
  AUTH,
  DATE_OF,
  feedbackInput,
  feedbackRun,
  feedbackStep,
  fev,
  startFeedback,
  type FeedbackSnapshot,
} from './__fixtures__/feedback.fixtures';
import { FEEDBACK_MACHINE_ID, FEEDBACK_MACHINE_VERSION, feedbackMachine } from './feedback.machine';
import { FEEDBACK_GUARD_EXPLANATIONS } from './feedback.policies';
import { FEEDBACK_EVENT_TYPES, type FeedbackEvent } from './feedback.types';

const P = AUTH.province;
const OPENED = DATE_OF['VN-2026-07'];
const later = { on: '2026-08-20' };

const handling = () => startFeedback(feedbackInput());
const replied = () => feedbackRun(handling(), fev.reply(P, 'Đã tiếp thu ý kiến', later));

describe('feedback machine', () => {
  it('is registered under a stable id and version, and explains every guard it uses', () => {
    expect(feedbackMachine.id).toBe(FEEDBACK_MACHINE_ID);
    expect([FEEDBACK_MACHINE_ID, FEEDBACK_MACHINE_VERSION]).toEqual(['feedback', '1']);
    const nodes = [feedbackMachine.root, ...getStateNodes(feedbackMachine.root)];
    expect([...new Set(nodes.flatMap((n) => n.ownEvents as string[]))].sort()).toEqual(
      [...FEEDBACK_EVENT_TYPES].sort(),
    );
    const guards = new Set(
      nodes.flatMap((n) => ([...n.transitions.values()] as { guard?: string }[][]).flat().map((t) => t.guard)),
    );
    guards.delete(undefined);
    expect([...guards].sort()).toEqual(Object.keys(FEEDBACK_GUARD_EXPLANATIONS).sort());
  });

  it('starts handling with the resolution clock running from the day the case was opened', () => {
    const s = handling();
    expect(s.value).toBe('handling');
    expect(s.hasTag('open')).toBe(true);
    expect(s.context.petitionId).toBe('don-001');
    expect(s.context.clocks.resolution).toMatchObject({
      rule: 'feedback.resolution',
      ruleSetId: 'VN-2026-07',
      startedOn: OPENED,
      startEvent: 'openCase',
    });
  });

  it.each(RULE_SET_IDS.map((id) => [id] as const))(
    'uses a resolution period that %s marks as a policy, not a statute',
    (ruleSetId) => {
      expect(timeLimitOf(ruleSetId, 'feedback.resolution').policy).toBe(true);
    },
  );

  type Row = [string, () => FeedbackSnapshot, FeedbackEvent, string, string[]?];
  it.each<Row>([
    ['assign a unit', handling, fev.assign(P, 'phong-kinh-te'), 'handling', []],
    ['assign a blank unit', handling, fev.assign(P, '  '), 'refused'],
    ['assign by another authority', handling, fev.assign(AUTH.communeA, 'phong-kinh-te'), 'refused'],
    ['reply', handling, fev.reply(P, 'Đã tiếp thu'), 'replied', ['notify petitioner feedback.replied']],
    ['reply with nothing to say', handling, fev.reply(P, ''), 'refused'],
    ['reply by another authority', handling, fev.reply(AUTH.communeA, 'Đã tiếp thu'), 'refused'],
    [
      'forward when found outside competence',
      handling,
      fev.forward(P, AUTH.agency),
      'forwarded',
      ['handOver tinh-a->so-tnmt', 'notify petitioner feedback.forwarded'],
    ],
    ['forward to itself', handling, fev.forward(P, P), 'refused'],
    ['forward by another authority', handling, fev.forward(AUTH.communeA, AUTH.agency), 'refused'],
    ['close before replying', handling, fev.close(P), 'refused'],
    [
      'record an overdue resolution without changing the state',
      handling,
      fev.deadlineExpired('resolution'),
      'handling',
      ['remind holder feedback.deadlineExpired resolution'],
    ],
    ['record an expiry of an unknown clock', handling, fev.deadlineExpired('processing'), 'refused'],
    ['close after replying', replied, fev.close(P), 'closed', []],
    ['close by another authority', replied, fev.close(AUTH.communeA), 'refused'],
    ['reply a second time', replied, fev.reply(P, 'Bổ sung'), 'refused'],
    ['forward after replying', replied, fev.forward(P, AUTH.agency), 'refused'],
    ['record an expiry after the reply', replied, fev.deadlineExpired('resolution'), 'refused'],
  ])('%s', (...[, from, event, expected, effects]: Row) => {
    const s = from();
    const { next, effects: actual } = feedbackStep(s, event);
    expect({ state: next === s ? 'refused' : next.value, effects: effects && actual }).toEqual({
      state: expected,
      effects,
    });
  });

  it('keeps every assignment, the last one current', () => {
    const s = feedbackRun(handling(), fev.assign(P, 'phong-a'), fev.assign(P, 'phong-b', later));
    expect(s.context.assignments.map((a) => [a.unit, a.on])).toEqual([
      ['phong-a', OPENED],
      ['phong-b', later.on],
    ]);
  });

  it('stops the clock on the reply and records it', () => {
    const s = replied();
    expect(s.context.clocks.resolution?.stoppedOn).toBe(later.on);
    expect(s.context.reply).toEqual({ summary: 'Đã tiếp thu ý kiến', on: later.on, by: 'handler@tinh-a' });
    expect(s.context.outcome).toBeUndefined();
  });

  it.each<[string, () => FeedbackSnapshot, string]>([
    ['forwarded', () => feedbackRun(handling(), fev.forward(P, AUTH.agency, later)), 'forwarded'],
    ['closed', () => feedbackRun(replied(), fev.close(P, later)), 'closed'],
  ])('ends %s with its outcome, and refuses every further command', (_, reach, outcome) => {
    const s = reach();
    expect(s.status).toBe('done');
    expect(s.hasTag('open')).toBe(false);
    expect(s.context.outcome).toBe(outcome);
    expect(s.context.clocks.resolution?.stoppedOn).toBe(later.on);
    const commands = [fev.assign(P, 'x'), fev.reply(P, 'x'), fev.forward(P, AUTH.agency), fev.close(P)];
    expect(commands.filter((e) => feedbackStep(s, e).next !== s)).toEqual([]);
  });
});
