import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { isRunning } from '../../deadlines/clock-ops';
import { RECEPTION_REPLY_KINDS } from '../../reception/visit-kinds';
import { getRuleSet } from '../../rules/rule-set.registry';
import { RECEPTION_REFUSAL_GROUNDS, type RuleSetId } from '../../rules/rule-set.types';
import type { Actor } from '../../shared/actor';
import type { AuthorityRef } from '../../shared/authority';
import type { EventMeta } from '../../shared/event-meta';
import type { IsoDate } from '../../shared/iso-date';
import { applicableRuleSetId } from '../../rules/select-rule-set';
import { visitMachine } from './visit.machine';
import { VISIT_CLOCKS, VISIT_OUTCOMES, type VisitEvent, type VisitInput } from './visit.types';

type Snap = SnapshotFrom<typeof visitMachine>;

const commune: AuthorityRef = { id: 'xa-a', level: 'commune', path: ['tinh', 'xa-a'], remote: false };
const other: AuthorityRef = { id: 'xa-b', level: 'commune', path: ['tinh', 'xa-b'], remote: false };
const officer: Actor = { userId: 'u-tcd', role: 'reception_officer', authority: commune };
const stranger: Actor = { userId: 'u-b', role: 'reception_officer', authority: other };
const sweeper: Actor = { userId: 'system', role: 'system', authority: commune };

/** A visit day under each rule set, and the day its events are sent. */
const VISIT_DAY: Record<RuleSetId, IsoDate> = {
  'VN-2019': '2025-03-10',
  'VN-2025-07': '2025-10-13',
  'VN-2026-07': '2026-08-28',
};

const isFinal = (s: Snap): boolean => s.status === 'done';
const metaClocksOf = (s: Snap): string[] => Object.values(s.getMeta()).flatMap((m) => m?.clocks ?? []);
const show = (s: Snap): string => `${String(s.value)} (${s.context.result?.kind ?? 'no result'})`;

/** Model-test samples: every result (every refusal ground), reply, notice, expiries; and a stranger. */
function visitSamples(day: IsoDate): (s: Snap) => VisitEvent[] {
  const ruleSetId = applicableRuleSetId('reception', 'session', { event: day });
  const m = (actor: Actor = officer): EventMeta => ({ at: `${day}T10:00:00+07:00`, actor, ruleSetId });
  return () => [
    { type: 'recordResult', kind: 'received', petitionIds: ['p1'], meta: m() },
    { type: 'recordResult', kind: 'received', petitionIds: [], meta: m() },
    { type: 'recordResult', kind: 'guided', meta: m() },
    { type: 'recordResult', kind: 'answered', meta: m() },
    ...RECEPTION_REFUSAL_GROUNDS.map((ground): VisitEvent => ({
      type: 'recordResult',
      kind: 'refused',
      ground,
      meta: m(),
    })),
    { type: 'recordResult', kind: 'guided', meta: m(stranger) },
    ...RECEPTION_REPLY_KINDS.map((kind): VisitEvent => ({ type: 'reply', kind, form: 'written', meta: m() })),
    { type: 'reply', kind: 'accepted', form: 'in_person', meta: m(stranger) },
    { type: 'issueRefusalNotice', reference: '01/TB-TCD', meta: m() },
    { type: 'issueRefusalNotice', meta: m(stranger) },
    { type: 'deadlineExpired', clock: VISIT_CLOCKS.reply, meta: m(sweeper) },
    { type: 'deadlineExpired', clock: VISIT_CLOCKS.refusalNotice, meta: m(sweeper) },
  ];
}

describe.each(Object.entries(VISIT_DAY) as [RuleSetId, IsoDate][])('visit model under %s', (ruleSetId, day) => {
  const ruleSet = getRuleSet(ruleSetId);
  const input: VisitInput = {
    holder: commune,
    visitedOn: day,
    type: 'regular',
    form: 'in_person',
    meta: { at: `${day}T09:00:00+07:00`, actor: officer, ruleSetId },
  };
  const events = visitSamples(day);
  const paths = getShortestPaths(visitMachine, { input, events });
  const states = paths.map((p) => p.state);

  it('reaches every state and every outcome', () => {
    expect(new Set(states.map((s) => s.value))).toEqual(
      new Set(['registered', 'awaitingReply', 'awaitingRefusalNotice', 'replied', 'closed', 'refused']),
    );
    expect(new Set(states.map((s) => s.context.outcome).filter(Boolean))).toEqual(new Set(VISIT_OUTCOMES));
  });

  it('nothing moves a final state, and a stranger moves nothing', () => {
    const violations = states.flatMap((s) =>
      events(s)
        .filter((e) => transition(visitMachine, s, e)[0] !== s)
        .filter((e) => isFinal(s) || e.meta.actor === stranger)
        .map((e) => `${show(s)} ${e.type} by ${e.meta.actor.userId}`),
    );
    expect(violations).toEqual([]);
  });

  it('sets the outcome of every final state, and only there; open states carry the tag', () => {
    const violations = states
      .filter((s) => (isFinal(s) ? !s.context.outcome || s.hasTag('open') : !!s.context.outcome || !s.hasTag('open')))
      .map(show);
    expect(violations).toEqual([]);
  });

  it('refuses only on the grounds in force on the visit day, with a notice exactly where the rule set wants one', () => {
    const violations = states.flatMap((s) => {
      const r = s.context.result;
      if (r?.kind !== 'refused') return [];
      const noticeGround = ruleSet.features.receptionRefusalNoticeGrounds.includes(r.ground);
      return [
        ...(ruleSet.features.receptionRefusalGrounds.includes(r.ground) ? [] : [`${show(s)}: ground ${r.ground}`]),
        ...(r.noticeRequired === noticeGround ? [] : [`${show(s)}: notice flag`]),
        ...(noticeGround && !s.context.refusalNotice && s.value !== 'awaitingRefusalNotice' ? [`${show(s)}`] : []),
      ];
    });
    expect(violations).toEqual([]);
  });

  it('runs each clock only in its state, from the visit day, and the notice clock only where a period exists', () => {
    const noticePeriod = ruleSet.timeLimits['reception.refusalNotice'] !== undefined;
    const violations = states.flatMap((s) => {
      const { reply, refusalNotice } = s.context.clocks;
      return [
        ...metaClocksOf(s)
          .filter((name) => !isRunning(s.context.clocks[name]))
          .map((name) => `${show(s)}: ${name} not running`),
        ...(s.value !== 'awaitingReply' && isRunning(reply) ? [`${show(s)}: reply still running`] : []),
        ...(s.value !== 'awaitingRefusalNotice' && isRunning(refusalNotice) ? [`${show(s)}: notice running`] : []),
        ...(s.value === 'awaitingRefusalNotice' && isRunning(refusalNotice) !== noticePeriod
          ? [`${show(s)}: notice clock ${String(isRunning(refusalNotice))}`]
          : []),
        ...[reply, refusalNotice]
          .filter((c) => c && (c.startedOn !== day || c.ruleSetId !== ruleSetId))
          .map(() => `${show(s)}: clock not anchored on the visit day's rule set`),
      ];
    });
    expect(violations).toEqual([]);
  });

  it('replies only after content was received', () => {
    const violations = states.filter((s) => s.context.reply && s.context.result?.kind !== 'received').map(show);
    expect(violations).toEqual([]);
  });

  it('starts without a result or a clock', () => {
    const [s] = initialTransition(visitMachine, input);
    expect([s.value, s.context.clocks, s.context.result]).toEqual(['registered', {}, undefined]);
  });
});
