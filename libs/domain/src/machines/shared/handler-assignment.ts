import type { AuthorityRef } from '../../shared/authority';
import type { DomainEventBase } from '../../shared/event-meta';

/**
 * Giao cán bộ thụ lý, xác minh: the person of the holding authority who works the case. It
 * matters beyond workload: a protected denouncer's identity may be shown to the assigned
 * handler (Luật Tố cáo Art. 56). The application checks that the person belongs to the holder.
 */
export interface AssignHandlerEvent extends DomainEventBase<'assignHandler'> {
  handlerId: string;
}

export function mayAssignHandler(holder: AuthorityRef, event: AssignHandlerEvent): boolean {
  return event.meta.actor.authority.id === holder.id && event.handlerId.trim().length > 0;
}

export const ASSIGN_HANDLER_EXPLANATION =
  'Chỉ lãnh đạo cơ quan đang giải quyết vụ việc mới giao cán bộ thụ lý, xác minh.';
