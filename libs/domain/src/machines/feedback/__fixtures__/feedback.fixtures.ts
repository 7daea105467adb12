import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { RuleSetId } from '../../../rules/rule-set.types';
import type { AuthorityRef } from '../../../shared/authority';
import { DOMAIN_ACTION_TYPES } from '../../shared/domain-actions';
import { AUTH, DATE_OF, metaOf, type BuildOptions } from '../../petition/__fixtures__/petition.fixtures';
import { feedbackMachine } from '../feedback.machine';
import type { FeedbackEvent, FeedbackInput, FeedbackSideEffect } from '../feedback.types';

export { AUTH, DATE_OF };
export type FeedbackSnapshot = SnapshotFrom<typeof feedbackMachine>;

export const feedbackInput = (o: BuildOptions & { holder?: AuthorityRef; petitionId?: string } = {}): FeedbackInput => {
  const holder = o.holder ?? AUTH.province;
  return { holder, petitionId: o.petitionId ?? 'don-001', meta: metaOf(holder, { ...o, role: 'system' }) };
};

export const fev = {
  assign: (by: AuthorityRef, unit: string, o?: BuildOptions): FeedbackEvent => ({
    type: 'assign',
    meta: metaOf(by, o),
    unit,
  }),
  reply: (by: AuthorityRef, summary: string, o?: BuildOptions): FeedbackEvent => ({
    type: 'reply',
    meta: metaOf(by, o),
    summary,
  }),
  forward: (by: AuthorityRef, to: AuthorityRef, o?: BuildOptions): FeedbackEvent => ({
    type: 'forward',
    meta: metaOf(by, o),
    to,
    reason: 'Thuộc thẩm quyền của Sở',
  }),
  close: (by: AuthorityRef, o?: BuildOptions): FeedbackEvent => ({ type: 'close', meta: metaOf(by, o) }),
  deadlineExpired: (clock: string, o?: BuildOptions): FeedbackEvent => ({
    type: 'deadlineExpired',
    meta: metaOf(AUTH.province, { ...o, role: 'system' }),
    clock,
  }),
};

export const startFeedback = (input: FeedbackInput): FeedbackSnapshot => initialTransition(feedbackMachine, input)[0];

export function feedbackStep(s: FeedbackSnapshot, event: FeedbackEvent): { next: FeedbackSnapshot; effects: string[] } {
  const [next, actions] = transition(feedbackMachine, s, event);
  const effects = actions
    .filter((a) => (DOMAIN_ACTION_TYPES as readonly string[]).includes(a.type))
    .map((a) => ({ type: a.type, params: a.params }) as FeedbackSideEffect)
    .map((e) => {
      switch (e.type) {
        case 'notify':
          return `notify ${e.params.recipient} ${e.params.template}`;
        case 'handOver':
          return `handOver ${e.params.from.id}->${e.params.to.id}`;
        case 'remind':
          return `remind ${e.params.recipient} ${e.params.template} ${e.params.clock}`;
      }
    });
  return { next, effects };
}

export function feedbackRun(s: FeedbackSnapshot, ...events: FeedbackEvent[]): FeedbackSnapshot {
  return events.reduce((acc, e) => {
    const { next } = feedbackStep(acc, e);
    if (next === acc) throw new Error(`event ${e.type} was refused in state ${String(acc.value)}`);
    return next;
  }, s);
}

/** Model-test samples: the holder's commands, with blank payloads, and the same by a stranger. */
export function feedbackSamples(ruleSetId: RuleSetId): (s: FeedbackSnapshot) => FeedbackEvent[] {
  const o = { ruleSetId };
  const stranger = AUTH.communeB;
  return (s) => {
    const h = s.context.holder;
    return [
      ...(s.context.assignments.length < 2 ? [fev.assign(h, `phong-${s.context.assignments.length + 1}`, o)] : []),
      fev.assign(h, ' ', o),
      fev.assign(stranger, 'phong-x', o),
      fev.reply(h, 'Đã tiếp thu, sẽ điều chỉnh', o),
      fev.reply(h, '', o),
      fev.reply(stranger, 'Trả lời', o),
      fev.forward(h, AUTH.agency, o),
      fev.forward(h, h, o),
      fev.forward(stranger, AUTH.agency, o),
      fev.close(h, o),
      fev.close(stranger, o),
      ...(Object.values(s.context.clocks).some((c) => c.expiredOn) ? [] : [fev.deadlineExpired('resolution', o)]),
      fev.deadlineExpired('unknown', o),
    ];
  };
}
