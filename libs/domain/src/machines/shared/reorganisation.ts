import type { AuthorityRef } from '../../shared/authority';
import type { DomainEventBase } from '../../shared/event-meta';

/**
 * Bàn giao nguyên trạng: when an authority is dissolved, merged or loses a competence in a
 * reorganisation, its open đơn and cases pass as they stand to the successor (NĐ 141/2025
 * Art. 14; Luật Tổ chức chính quyền địa phương 2025 Art. 54.8). Only the holder changes: no
 * period restarts, nothing already done is undone. Sent by the system, on an administrator's
 * reorganisation operation, never by an officer.
 */
export interface ReassignEvent extends DomainEventBase<'reassign'> {
  to: AuthorityRef;
  /** The act that ordered the reorganisation. */
  legalBasis: string;
}

export function mayReassign(holder: AuthorityRef, event: ReassignEvent): boolean {
  return event.meta.actor.role === 'system' && event.to.id !== holder.id && event.legalBasis.trim().length > 0;
}

export const REASSIGN_EXPLANATION =
  'Chỉ hệ thống chuyển giao hồ sơ khi sắp xếp tổ chức (bàn giao nguyên trạng cho cơ quan kế thừa), có căn cứ pháp lý.';
