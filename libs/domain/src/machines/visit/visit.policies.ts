import { isRunning } from '../../deadlines/clock-ops';
import { refusalDecision } from '../../reception/refusal.rule';
import { RECEPTION_REPLY_KINDS, REPLY_FORMS } from '../../reception/visit-kinds';
import { getRuleSet } from '../../rules/rule-set.registry';
import { applicableRuleSetId } from '../../rules/select-rule-set';
import type { RuleSetId } from '../../rules/rule-set.types';
import type { DomainEventBase } from '../../shared/event-meta';
import { isIsoDate } from '../../shared/iso-date';
import { actsFor } from '../shared/authority-checks';
import type { DeadlineExpiredEvent } from '../shared/common-events';
import { REASSIGN_EXPLANATION } from '../shared/reorganisation';
import type { RecordResultEvent, RefusedResult, ReplyEvent, VisitContext } from './visit.types';

/*
 * Pure policies of a visit. Only the authority that received the citizen records what followed;
 * the access table decides which of its officers. A visit follows the rules in force on the day
 * the citizen came (Luật 136/2025 and ND154/2026 have no transitional clause: ND154 Art. 44).
 */

/** The rule set of the visit's day, for its refusal and its periods. */
export const visitRuleSetId = (context: VisitContext): RuleSetId =>
  applicableRuleSetId('reception', 'refusal', { event: context.visitedOn });

const isHolder = (context: VisitContext, event: DomainEventBase): boolean => actsFor(event.meta.actor, context.holder);

export const receivedContent = (context: VisitContext, event: RecordResultEvent): boolean =>
  isHolder(context, event) &&
  event.kind === 'received' &&
  Array.isArray(event.petitionIds) &&
  event.petitionIds.length > 0 &&
  event.petitionIds.every((id) => typeof id === 'string' && id.length > 0);

export const guidedOrAnswered = (context: VisitContext, event: RecordResultEvent): boolean =>
  isHolder(context, event) && (event.kind === 'guided' || event.kind === 'answered');

const refusal = (context: VisitContext, event: RefusedResult) =>
  refusalDecision(getRuleSet(visitRuleSetId(context)), event.ground);

/** Luật TCD Art. 9.3, ND154 Art. 4.1.h: a written notice follows. */
export const refusedWithNotice = (context: VisitContext, event: RecordResultEvent): boolean =>
  isHolder(context, event) && event.kind === 'refused' && refusal(context, event).noticeRequired;

/** Every other ground in force: the reason is explained on the spot (ND154 Art. 4.2). */
export const refusedOnTheSpot = (context: VisitContext, event: RecordResultEvent): boolean => {
  if (!isHolder(context, event) || event.kind !== 'refused') return false;
  const decision = refusal(context, event);
  return decision.allowed && !decision.noticeRequired;
};

const isReplyKind = (kind: unknown): boolean => (RECEPTION_REPLY_KINDS as readonly unknown[]).includes(kind);

/** Answers taken from the đơn come from the system, which read them off the đơn themselves. */
const wellFormedPetitionAnswers = (event: ReplyEvent): boolean =>
  event.petitions === undefined ||
  (event.meta.actor.role === 'system' &&
    Array.isArray(event.petitions) &&
    event.petitions.length > 0 &&
    event.petitions.every((p) => typeof p.petitionId === 'string' && isReplyKind(p.kind) && isIsoDate(p.on)));

export const mayReply = (context: VisitContext, event: ReplyEvent): boolean =>
  isHolder(context, event) &&
  isReplyKind(event.kind) &&
  (REPLY_FORMS as readonly string[]).includes(event.form) &&
  wellFormedPetitionAnswers(event);

export const mayIssueRefusalNotice = (context: VisitContext, event: DomainEventBase): boolean =>
  isHolder(context, event);

export const clockIsRunning = (context: VisitContext, event: DeadlineExpiredEvent): boolean =>
  isRunning(context.clocks[event.clock]);

export const VISIT_GUARD_EXPLANATIONS = {
  receivedContent:
    'Chỉ cơ quan đã tiếp công dân mới ghi kết quả, và nội dung được tiếp nhận phải gắn với ít nhất một đơn đã vào sổ.',
  guidedOrAnswered: 'Chỉ cơ quan đã tiếp công dân mới ghi kết quả hướng dẫn hoặc trả lời trực tiếp.',
  refusedWithNotice:
    'Căn cứ từ chối này không có trong quy định áp dụng vào ngày tiếp, hoặc không phải ra thông báo từ chối.',
  refusedOnTheSpot:
    'Căn cứ từ chối tiếp không có trong quy định áp dụng vào ngày tiếp (Điều 9 Luật Tiếp công dân; Điều 4 Nghị định 154/2026/NĐ-CP).',
  mayReply:
    'Chỉ cơ quan đã tiếp công dân mới trả lời theo Điều 28 Luật Tiếp công dân, với một trong bốn nội dung trả lời và hình thức trả lời.',
  mayIssueRefusalNotice: 'Chỉ cơ quan đã từ chối tiếp mới ghi nhận Thông báo từ chối tiếp công dân.',
  clockIsRunning: 'Thời hạn này không đang chạy đối với lượt tiếp.',
  mayReassign: REASSIGN_EXPLANATION,
} as const satisfies Record<string, string>;
export type VisitGuardName = keyof typeof VISIT_GUARD_EXPLANATIONS;
