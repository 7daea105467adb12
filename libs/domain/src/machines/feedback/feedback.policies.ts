import { ASSIGN_HANDLER_EXPLANATION } from '../shared/handler-assignment';
import { REASSIGN_EXPLANATION } from '../shared/reorganisation';
import { isRunning } from '../../deadlines/clock-ops';
import type { DomainEventBase } from '../../shared/event-meta';
import { actsFor } from '../shared/authority-checks';
import type { DeadlineExpiredEvent } from '../shared/common-events';
import type { AssignEvent, CloseEvent, FeedbackContext, FeedbackForwardEvent, ReplyEvent } from './feedback.types';

/*
 * Pure policies of kiến nghị, phản ánh (Luật TCD Art. 26.2). Only the authority holding the case
 * acts on it; the access table decides which of its officers.
 */

const isHolder = (context: FeedbackContext, event: DomainEventBase): boolean =>
  actsFor(event.meta.actor, context.holder);

const nonBlank = (text: unknown): boolean => typeof text === 'string' && text.trim().length > 0;

/** Phân công bộ phận nghiên cứu, xem xét, giải quyết (Art. 26.2.a). */
export const mayAssign = (context: FeedbackContext, event: AssignEvent): boolean =>
  isHolder(context, event) && nonBlank(event.unit);

export const mayReply = (context: FeedbackContext, event: ReplyEvent): boolean =>
  isHolder(context, event) && nonBlank(event.summary);

/** Found outside competence after all: chuyển đơn (Art. 26.2.b; TT 07/2014 Art. 21.2). */
export const mayForward = (context: FeedbackContext, event: FeedbackForwardEvent): boolean =>
  isHolder(context, event) && !!event.to && event.to.id !== context.holder.id;

export const mayClose = (context: FeedbackContext, event: CloseEvent): boolean => isHolder(context, event);

export const clockIsRunning = (context: FeedbackContext, event: DeadlineExpiredEvent): boolean =>
  isRunning(context.clocks[event.clock]);

export const FEEDBACK_GUARD_EXPLANATIONS = {
  mayAssignHandler: ASSIGN_HANDLER_EXPLANATION,
  mayReassign: REASSIGN_EXPLANATION,
  mayAssign:
    'Chỉ cơ quan đang giải quyết kiến nghị, phản ánh mới được phân công bộ phận, và phải nêu bộ phận được giao.',
  mayReply:
    'Chỉ cơ quan đang giải quyết kiến nghị, phản ánh mới được trả lời, và nội dung trả lời không được để trống.',
  mayForward:
    'Chỉ cơ quan đang giải quyết kiến nghị, phản ánh mới được chuyển đơn, và phải chuyển đến một cơ quan khác.',
  mayClose: 'Chỉ cơ quan đã trả lời kiến nghị, phản ánh mới được kết thúc việc giải quyết.',
  clockIsRunning: 'Thời hạn này không đang chạy đối với kiến nghị, phản ánh.',
} as const satisfies Record<string, string>;
export type FeedbackGuardName = keyof typeof FEEDBACK_GUARD_EXPLANATIONS;
