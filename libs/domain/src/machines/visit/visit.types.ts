import type { Clocks } from '../../deadlines/clock';
import type { PetitionAnswer } from '../../reception/visit-reply-from-petitions.rule';
import type { ReceptionReplyKind, ReplyForm, VisitForm, VisitType } from '../../reception/visit-kinds';
import type { ReceptionRefusalGround } from '../../rules/rule-set.types';
import type { AuthorityRef } from '../../shared/authority';
import type { DomainEventBase, EventMeta } from '../../shared/event-meta';
import type { IsoDate } from '../../shared/iso-date';
import type { DeadlineExpiredEvent } from '../shared/common-events';
import type { NotifyParams } from '../shared/domain-actions';
import type { ReassignEvent } from '../shared/reorganisation';

/**
 * Lượt tiếp công dân: one visit entered in the sổ tiếp công dân (Luật TCD Art. 25.2), from its
 * registration to the answer the law owes the citizen. Who came, and what they said, live in the
 * register's rows (identities sealed); the machine keeps what the law times.
 */

/** `context.outcome` in the final states. */
export const VISIT_OUTCOMES = ['replied', 'guided', 'answered', 'refused'] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];

/** Clock names in `context.clocks`. */
export const VISIT_CLOCKS = { reply: 'reply', refusalNotice: 'refusalNotice' } as const;
export type VisitClockName = (typeof VISIT_CLOCKS)[keyof typeof VISIT_CLOCKS];

export type VisitResultRecord =
  | { kind: 'received'; petitionIds: string[]; on: IsoDate; by: string }
  | { kind: 'guided'; on: IsoDate; by: string }
  | { kind: 'answered'; on: IsoDate; by: string }
  | { kind: 'refused'; ground: ReceptionRefusalGround; noticeRequired: boolean; on: IsoDate; by: string };

export interface VisitContext {
  holder: AuthorityRef;
  /** Ngày tiếp: every period of the visit counts from it and follows the rule set in force that day. */
  visitedOn: IsoDate;
  type: VisitType;
  form: VisitForm;
  clocks: Clocks;
  result?: VisitResultRecord;
  reply?: {
    kind: ReceptionReplyKind;
    form: ReplyForm;
    on: IsoDate;
    by: string;
    /** When the đơn logged at the visit gave the answers (each with its own notice): theirs. */
    petitions?: PetitionAnswer[];
  };
  refusalNotice?: { on: IsoDate; by: string; reference?: string };
  outcome?: VisitOutcome;
}

export interface VisitInput {
  holder: AuthorityRef;
  visitedOn: IsoDate;
  type: VisitType;
  form: VisitForm;
  meta: EventMeta;
}

interface ResultBase<K extends string> extends DomainEventBase<'recordResult'> {
  kind: K;
}
export interface ReceivedResult extends ResultBase<'received'> {
  /** The đơn logged (or linked) for the content received: at least one. */
  petitionIds: string[];
}
export type GuidedResult = ResultBase<'guided'>;
export type AnsweredResult = ResultBase<'answered'>;
export interface RefusedResult extends ResultBase<'refused'> {
  ground: ReceptionRefusalGround;
}
export type RecordResultEvent = ReceivedResult | GuidedResult | AnsweredResult | RefusedResult;

export interface ReplyEvent extends DomainEventBase<'reply'> {
  kind: ReceptionReplyKind;
  form: ReplyForm;
  /**
   * Sent by the system when every đơn logged at the visit has been answered by its own
   * disposition: the answers, already notified to the citizen by each đơn.
   */
  petitions?: PetitionAnswer[];
}
export interface IssueRefusalNoticeEvent extends DomainEventBase<'issueRefusalNotice'> {
  /** Số thông báo, when the notice has one. */
  reference?: string;
}

export type VisitEvent =
  RecordResultEvent | ReplyEvent | IssueRefusalNoticeEvent | DeadlineExpiredEvent | ReassignEvent;

export const VISIT_EVENT_TYPES = [
  'recordResult',
  'reply',
  'issueRefusalNotice',
  'deadlineExpired',
  'reassign',
] as const satisfies readonly VisitEvent['type'][];
export type VisitEventType = (typeof VISIT_EVENT_TYPES)[number];

export interface VisitStateMeta {
  title: string;
  clocks?: readonly VisitClockName[];
}

export interface VisitRemindParams {
  recipient: 'holder';
  template: string;
  clock: VisitClockName;
}

export type VisitSideEffect = { type: 'notify'; params: NotifyParams } | { type: 'remind'; params: VisitRemindParams };
