import type { AssignHandlerEvent } from '../shared/handler-assignment';
import type { ReassignEvent } from '../shared/reorganisation';
import type { Clocks } from '../../deadlines/clock';
import type { AuthorityRef } from '../../shared/authority';
import type { DomainEventBase, EventMeta } from '../../shared/event-meta';
import type { IsoDate } from '../../shared/iso-date';
import type { DeadlineExpiredEvent } from '../shared/common-events';
import type { NotifyParams } from '../shared/domain-actions';

/**
 * Kiến nghị, phản ánh (feedback): a citizen's information, opinion or proposal on policy, law or
 * management within the authority's responsibility (Luật TCD Art. 2.2). Opened by the petition
 * machine's `openCase { kind: 'feedback' }`. Luật TCD Art. 26.2: within competence the authority
 * studies and resolves it, or assigns a unit; otherwise it forwards it.
 */

/** `context.outcome` in the final states. */
export const FEEDBACK_OUTCOMES = ['forwarded', 'closed'] as const;
export type FeedbackOutcome = (typeof FEEDBACK_OUTCOMES)[number];

export const FEEDBACK_OUTCOME_LABELS: Record<FeedbackOutcome, string> = {
  forwarded: 'Đã chuyển cơ quan, tổ chức, đơn vị có thẩm quyền',
  closed: 'Đã trả lời, kết thúc',
};

/** Clock names in `context.clocks`. */
export const FEEDBACK_CLOCKS = { resolution: 'resolution' } as const;
export type FeedbackClockName = (typeof FEEDBACK_CLOCKS)[keyof typeof FEEDBACK_CLOCKS];

/** Phân công bộ phận nghiên cứu, xem xét, giải quyết (Luật TCD Art. 26.2.a). */
export interface FeedbackAssignment {
  /** Id of the unit inside the holder (phòng, ban) as the application knows it. */
  unit: string;
  on: IsoDate;
  by: string;
}

export interface FeedbackContext {
  /** The officer assigned to work the case (giao cán bộ thụ lý). */
  assignedHandlerId?: string;
  holder: AuthorityRef;
  /** The đơn record that opened this case, when there is one. */
  petitionId?: string;
  openedOn: IsoDate;
  clocks: Clocks;
  /** Every assignment, the last one current. */
  assignments: FeedbackAssignment[];
  reply?: { summary: string; on: IsoDate; by: string };
  forwarded?: { to: AuthorityRef; on: IsoDate; by: string; reason?: string };
  closedOn?: IsoDate;
  outcome?: FeedbackOutcome;
}

export interface FeedbackInput {
  holder: AuthorityRef;
  petitionId?: string;
  /** The `openCase` that starts the case: its date starts the resolution clock. */
  meta: EventMeta;
}

export interface AssignEvent extends DomainEventBase<'assign'> {
  unit: string;
}
export interface ReplyEvent extends DomainEventBase<'reply'> {
  /** Tóm tắt nội dung trả lời, as sent to the petitioner. */
  summary: string;
}
export interface FeedbackForwardEvent extends DomainEventBase<'forward'> {
  to: AuthorityRef;
  reason?: string;
}
export type CloseEvent = DomainEventBase<'close'>;

export type FeedbackEvent =
  | AssignEvent
  | ReplyEvent
  | FeedbackForwardEvent
  | CloseEvent
  | DeadlineExpiredEvent
  | ReassignEvent
  | AssignHandlerEvent;

export const FEEDBACK_EVENT_TYPES = [
  'assignHandler',
  'reassign',
  'assign',
  'reply',
  'forward',
  'close',
  'deadlineExpired',
] as const satisfies readonly FeedbackEvent['type'][];
export type FeedbackEventType = (typeof FEEDBACK_EVENT_TYPES)[number];

/** State metadata read by the engine and the tests (CONVENTIONS §8). */
export interface FeedbackStateMeta {
  title: string;
  clocks?: readonly FeedbackClockName[];
}

export interface FeedbackHandOverParams {
  from: AuthorityRef;
  to: AuthorityRef;
  reason: 'forward';
}

export interface FeedbackRemindParams {
  recipient: 'holder';
  template: string;
  clock: FeedbackClockName;
}

export type FeedbackSideEffect =
  | { type: 'notify'; params: NotifyParams }
  | { type: 'handOver'; params: FeedbackHandOverParams }
  | { type: 'remind'; params: FeedbackRemindParams };
