import type { CaseKind } from './kinds';
import type { TimeLimitKey } from '../../rules/rule-set.types';

/**
 * Side effects are named actions. The machines never perform them: `transition()` returns
 * them, and the application layer writes one outbox row per action in the same transaction.
 * The machines declare these actions in `setup({ actions })` with empty implementations.
 */

/** Who a notice goes to. Identities are resolved by the application, never carried here. */
export type NoticeRecipient =
  | 'petitioner' // người gửi đơn (người khiếu nại / tố cáo / kiến nghị)
  | 'complainant'
  | 'denouncer'
  | 'denounced' // người bị tố cáo
  | 'complained_against' // người bị khiếu nại
  | 'forwarding_body' // cơ quan, tổ chức, cá nhân đã chuyển đơn
  | 'receiving_body' // cơ quan được chuyển đơn đến
  | 'inspectorate' // thanh tra / đơn vị tham mưu cùng cấp
  | 'superior' // cơ quan cấp trên
  | 'investigation_body' // cơ quan điều tra / viện kiểm sát
  | 'holder'; // the authority now holding the case (reminders)

export interface NotifyParams {
  recipient: NoticeRecipient;
  /** Stable template key, e.g. `complaint.accepted`; the text lives with the templates. */
  template: string;
  /** The period within which the law requires the notice, if any. */
  within?: TimeLimitKey;
}

export interface OpenCaseParams {
  kind: CaseKind;
}

/** Names of the side-effect actions a machine may return. */
export const DOMAIN_ACTION_TYPES = ['notify', 'openCase', 'handOver', 'remind'] as const;
export type DomainActionType = (typeof DOMAIN_ACTION_TYPES)[number];
