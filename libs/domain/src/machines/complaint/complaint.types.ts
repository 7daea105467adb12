import type { AssignHandlerEvent } from '../shared/handler-assignment';
import type { ReassignEvent } from '../shared/reorganisation';
import type { Clocks } from '../../deadlines/clock';
import type { ComplaintTerminationGround } from '../../rules/rule-set.types';
import type { AuthorityRef } from '../../shared/authority';
import type { DomainEventBase, EventMeta } from '../../shared/event-meta';
import type { IsoDate } from '../../shared/iso-date';
import type { DeadlineExpiredEvent } from '../shared/common-events';
import type { NotifyParams } from '../shared/domain-actions';

/**
 * One complaint case (khiếu nại) against an administrative decision or act, or against a
 * disciplinary decision, through its first round (giải quyết lần đầu) and, when the complainant
 * goes on, its second round (giải quyết lần hai) at the superior. Both rounds are one case so
 * that the first round's file, decision and missed deadlines stay with it.
 */

export type ComplaintRound = 1 | 2;

/** Vụ việc phức tạp (ND155/2026 Art. 3a): lengthens the resolution period (Luật KN Arts. 28, 37, 50). */
export type ComplaintComplexity = 'normal' | 'complex';

/** The criteria of ND155/2026 Art. 3a.1 (points a–g), cited when a case is declared complex. */
export const COMPLEXITY_CRITERIA = [
  'several_locations', // a) phải xác minh từ 02 địa điểm trở lên
  'several_contents', // b) có từ 02 nội dung phải xác minh trở lên
  'many_complainants', // c) nhiều người khiếu nại / liên quan quyền lợi nhiều người
  'foreign_element', // d) yếu tố nước ngoài
  'several_agencies', // đ) trách nhiệm quản lý của nhiều cơ quan, tổ chức
  'agencies_disagree', // e) các cơ quan, tổ chức còn ý kiến khác nhau
  'contradictory_evidence', // g) tài liệu, chứng cứ mâu thuẫn
] as const;
export type ComplexityCriterion = (typeof COMPLEXITY_CRITERIA)[number];

/**
 * Grounds for not accepting (không thụ lý) a complaint: the nine cases of Luật KN Art. 11
 * (point 1 reworded by L136/2025 Art. 2.15.a, same scope).
 */
export const COMPLAINT_REFUSAL_GROUNDS = [
  'internal_or_normative_act', // 1
  'no_direct_interest', // 2
  'no_legal_capacity', // 3
  'unlawful_representative', // 4
  'unsigned', // 5
  'time_limit_expired', // 6
  'second_decision_exists', // 7
  'not_continued_after_termination', // 8
  'court_accepted', // 9
] as const;
export type ComplaintRefusalGround = (typeof COMPLAINT_REFUSAL_GROUNDS)[number];

export const COMPLAINT_REFUSAL_GROUND_LABELS: Record<ComplaintRefusalGround, string> = {
  internal_or_normative_act:
    'Quyết định hành chính, hành vi hành chính mang tính nội bộ, chỉ đạo điều hành, có chứa quy phạm pháp luật hoặc thuộc bí mật nhà nước về quốc phòng, an ninh, ngoại giao (Điều 11 khoản 1 Luật Khiếu nại)',
  no_direct_interest:
    'Quyết định hành chính, hành vi hành chính bị khiếu nại không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người khiếu nại (Điều 11 khoản 2)',
  no_legal_capacity:
    'Người khiếu nại không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp (Điều 11 khoản 3)',
  unlawful_representative: 'Người đại diện không hợp pháp thực hiện khiếu nại (Điều 11 khoản 4)',
  unsigned: 'Đơn khiếu nại không có chữ ký hoặc điểm chỉ của người khiếu nại (Điều 11 khoản 5)',
  time_limit_expired: 'Thời hiệu, thời hạn khiếu nại đã hết mà không có lý do chính đáng (Điều 11 khoản 6)',
  second_decision_exists: 'Khiếu nại đã có quyết định giải quyết khiếu nại lần hai (Điều 11 khoản 7)',
  not_continued_after_termination:
    'Có văn bản thông báo đình chỉ việc giải quyết khiếu nại mà sau 30 ngày người khiếu nại không tiếp tục khiếu nại (Điều 11 khoản 8)',
  court_accepted:
    'Việc khiếu nại đã được Tòa án thụ lý hoặc đã được giải quyết bằng bản án, quyết định của Tòa án (Điều 11 khoản 9)',
};

/** Grounds of tạm đình chỉ (Luật KN Art. 11a.1, from L136/2025; ND155/2026 Art. 28a). */
export const COMPLAINT_SUSPENSION_GROUNDS = [
  'force_majeure', // a) bất khả kháng hoặc trở ngại khách quan
  'awaiting_related_result', // b) chờ kết quả của cơ quan có thẩm quyền về vấn đề liên quan trực tiếp
] as const;
export type ComplaintSuspensionGround = (typeof COMPLAINT_SUSPENSION_GROUNDS)[number];

export const COMPLAINT_SUSPENSION_GROUND_LABELS: Record<ComplaintSuspensionGround, string> = {
  force_majeure:
    'Do sự kiện bất khả kháng hoặc trở ngại khách quan khác mà người khiếu nại không thể tiếp tục tham gia quá trình giải quyết khiếu nại (Điều 11a khoản 1 điểm a Luật Khiếu nại)',
  awaiting_related_result:
    'Cần chờ kết quả giải quyết của cơ quan, tổ chức, cá nhân có thẩm quyền về vấn đề có liên quan trực tiếp đến nội dung khiếu nại (Điều 11a khoản 1 điểm b)',
};

export const COMPLAINT_TERMINATION_GROUND_LABELS: Record<ComplaintTerminationGround, string> = {
  withdrawn: 'Người khiếu nại rút toàn bộ khiếu nại (Điều 10, Điều 11a khoản 2 điểm a Luật Khiếu nại)',
  complainant_died_or_dissolved:
    'Cá nhân khiếu nại chết, cơ quan, tổ chức khiếu nại giải thể, phá sản hoặc kết thúc hoạt động mà quyền, nghĩa vụ không được thừa kế, kế thừa (Điều 11a khoản 2 điểm b)',
  no_object: 'Vụ việc khiếu nại không còn đối tượng hoặc nội dung để giải quyết (Điều 11a khoản 2 điểm c)',
  court_accepted:
    'Vụ việc đã được Tòa án thụ lý hoặc đã được giải quyết bằng bản án, quyết định của Tòa án (Điều 11a khoản 2 điểm d)',
};

/** Conclusion of a decision (and of a verification report): đúng / đúng một phần / sai toàn bộ. */
export type DecisionOutcome = 'correct' | 'partly_correct' | 'incorrect';

/** What a second-round decision does to the first-round decision: công nhận / sửa / hủy. */
export type EffectOnRound1 = 'upheld' | 'amended' | 'annulled';

/**
 * `context.outcome` once the case is final:
 * - `not_accepted`: không thụ lý (Art. 11 ground in `outcomeDetails.refusalGround`);
 * - `terminated`: đình chỉ (ground in `outcomeDetails.terminationGround`);
 * - `court`: the complainant went to the administrative court (khởi kiện);
 * - `correct` | `partly_correct` | `incorrect`: the final decision was enforced (closed).
 */
export type ComplaintOutcome = 'not_accepted' | 'terminated' | 'court' | DecisionOutcome;

export interface ComplaintOutcomeDetails {
  on: IsoDate;
  round: ComplaintRound;
  refusalGround?: ComplaintRefusalGround;
  terminationGround?: ComplaintTerminationGround;
  /** For `court`: whether the complainant sued after a decision or after a missed deadline. */
  lawsuitAfter?: 'decision' | 'missed_deadline';
  effectOnRound1?: EffectOnRound1;
}

/** What the case keeps of the first round once the second starts (or was given in the input). */
export interface Round1Record {
  authority: AuthorityRef;
  decisionOn?: IsoDate;
  outcome?: DecisionOutcome;
  /** The first-round resolution period ran out without a decision (NĐ 124 Art. 4.2). */
  missedDeadline?: boolean;
  /** The first round's clocks, archived when the case is handed over (absent for outside first rounds). */
  clocks?: Clocks;
}

export interface VerificationRecord {
  round: ComplaintRound;
  finding: DecisionOutcome;
  /** The finding still differs from the complainant's request (Luật KN Art. 30.1). */
  differsFromRequest: boolean;
  on: IsoDate;
}

export interface DialogueSession {
  on: IsoDate;
  attended: boolean;
  validAbsenceReason?: string;
}

export interface DialogueRecord {
  round: ComplaintRound;
  sessions: DialogueSession[];
  /** Set when a session let resolution continue (attended, or a no-show without valid reason). */
  concludedOn?: IsoDate;
}

export interface DecisionRecord {
  round: ComplaintRound;
  outcome: DecisionOutcome;
  effectOnRound1?: EffectOnRound1;
  decidedOn: IsoDate;
  /** Decided straight after review (Luật KN Art. 29.1.a), without verification. */
  immediate: boolean;
  sentOn?: IsoDate;
  publishedOn?: IsoDate;
  finalOn?: IsoDate;
  enforcedOn?: IsoDate;
}

export interface WithdrawalRecord {
  on: IsoDate;
  scope: 'all' | 'part';
  complainants: number;
}

export interface SuspensionRecord {
  ground: ComplaintSuspensionGround;
  from: IsoDate;
  to?: IsoDate;
}

export interface ComplexityRecord {
  complexity: ComplaintComplexity;
  reason: string;
  criteria: ComplexityCriterion[];
  on: IsoDate;
}

/** The states a suspension can interrupt; `resume` returns to the one recorded. */
export const SUSPENDABLE_STATES = ['reviewing', 'verifying', 'dialogue', 'deciding'] as const;
export type SuspendableState = (typeof SUSPENDABLE_STATES)[number];

export interface ComplaintContext {
  /** The officer assigned to work the case (giao cán bộ thụ lý). */
  assignedHandlerId?: string;
  round: ComplaintRound;
  holder: AuthorityRef;
  /** Date the holder received the complaint of the current round (starts the acceptance period). */
  receivedOn: IsoDate;
  /** Thụ lý date of the current round. */
  acceptedOn?: IsoDate;
  /** Complaint against a disciplinary decision (Luật KN Chapter IV, Arts. 47–58). */
  disciplinary: boolean;
  /** The disciplinary decision is a dismissal (buộc thôi việc): only then may the complainant sue (Art. 57.3). */
  dismissal: boolean;
  /** Forwarded by another body (notices go to it too: Luật KN Arts. 27, 36.1). */
  forwarded: boolean;
  complexity: ComplaintComplexity;
  complexityHistory: ComplexityRecord[];
  complainants: number;
  withdrawnComplainants: number;
  withdrawals: WithdrawalRecord[];
  clocks: Clocks;
  round1?: Round1Record;
  verification?: VerificationRecord;
  dialogue?: DialogueRecord;
  decision?: DecisionRecord;
  suspensions: SuspensionRecord[];
  suspendedFrom?: SuspendableState;
  outcome?: ComplaintOutcome;
  outcomeDetails?: ComplaintOutcomeDetails;
}

export interface ComplaintInput {
  round: ComplaintRound;
  holder: AuthorityRef;
  receivedOn: IsoDate;
  complainants: number;
  disciplinary: boolean;
  dismissal?: boolean;
  forwarded?: boolean;
  /** Required in round 2: the first round (decided, or its deadline missed), possibly outside the engine. */
  round1?: Round1Record;
  /** The opening: its rule set starts the acceptance clock. */
  meta: EventMeta;
}

// ---------------------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------------------

/** Thụ lý (Luật KN Arts. 27, 36; NĐ 124 Art. 16). */
export type AcceptEvent = DomainEventBase<'accept'>;

/** Không thụ lý, with the Art. 11 ground. */
export interface RefuseEvent extends DomainEventBase<'refuse'> {
  ground: ComplaintRefusalGround;
}

/** Kiểm tra lại shows the complaint right: decide at once (Luật KN Art. 29.1.a; NĐ 124 Art. 17.3). */
export interface DecideNowEvent extends DomainEventBase<'decideNow'> {
  outcome: DecisionOutcome;
}

/** Quyết định xác minh (NĐ 124 Art. 18). */
export type StartVerificationEvent = DomainEventBase<'startVerification'>;

/** Báo cáo kết quả xác minh (Luật KN Art. 29.4; NĐ 124 Art. 27). */
export interface CompleteVerificationEvent extends DomainEventBase<'completeVerification'> {
  finding: DecisionOutcome;
  differsFromRequest: boolean;
}

/** Biên bản đối thoại (Luật KN Art. 30; NĐ 124 Art. 28 as rewritten by ND155/2026). */
export interface HoldDialogueEvent extends DomainEventBase<'holdDialogue'> {
  attended: boolean;
  /** Bất khả kháng / trở ngại khách quan (ND155/2026 Art. 28a) when the complainant did not attend. */
  validAbsenceReason?: string;
}

/** Quyết định giải quyết khiếu nại (Luật KN Arts. 31, 40, 54, 56). */
export interface DecideEvent extends DomainEventBase<'decide'> {
  outcome: DecisionOutcome;
  /** Round 2 after a first-round decision only. */
  effectOnRound1?: EffectOnRound1;
}

/** The decision has been sent to the parties (NĐ 124 Art. 29.2). */
export type SendEvent = DomainEventBase<'send'>;

/** The decision has been made public (NĐ 124 Art. 29.3). */
export type PublishEvent = DomainEventBase<'publish'>;

/** A second complaint reached the competent superior, who records it (Luật KN Art. 33.1; NĐ 124 Art. 4). */
export interface LodgeSecondComplaintEvent extends DomainEventBase<'lodgeSecondComplaint'> {
  /** Date the superior received it; defaults to the event's date. */
  receivedOn?: IsoDate;
}

/** Khởi kiện vụ án hành chính (Luật KN Arts. 7, 33.2, 42, 57.3). */
export type FileLawsuitEvent = DomainEventBase<'fileLawsuit'>;

/** The resolver has acted on or directed enforcement of the final decision (NĐ 124 Art. 31.1). */
export type RecordEnforcementEvent = DomainEventBase<'recordEnforcement'>;

export interface SuspendEvent extends DomainEventBase<'suspend'> {
  ground: ComplaintSuspensionGround;
}

/** Quyết định tiếp tục giải quyết khiếu nại (Luật KN Art. 11a.4; ND155/2026 Art. 28b.2). */
export type ResumeEvent = DomainEventBase<'resume'>;

export interface TerminateEvent extends DomainEventBase<'terminate'> {
  ground: ComplaintTerminationGround;
}

/**
 * Rút khiếu nại (Luật KN Art. 10 as amended by L136/2025; ND155/2026 Art. 7a).
 * `scope: 'all'` = the whole content; `complainants` = how many withdraw (default: all remaining).
 */
export interface WithdrawEvent extends DomainEventBase<'withdraw'> {
  scope: 'all' | 'part';
  complainants?: number;
}

/** Written finding that the case is (or is no longer) complex (ND155/2026 Art. 3a.2). */
export interface SetComplexityEvent extends DomainEventBase<'setComplexity'> {
  complexity: ComplaintComplexity;
  reason: string;
  criteria?: ComplexityCriterion[];
}

export type ComplaintEvent =
  | AcceptEvent
  | RefuseEvent
  | DecideNowEvent
  | StartVerificationEvent
  | CompleteVerificationEvent
  | HoldDialogueEvent
  | DecideEvent
  | SendEvent
  | PublishEvent
  | LodgeSecondComplaintEvent
  | FileLawsuitEvent
  | RecordEnforcementEvent
  | SuspendEvent
  | ResumeEvent
  | TerminateEvent
  | WithdrawEvent
  | SetComplexityEvent
  | DeadlineExpiredEvent
  | ReassignEvent
  | AssignHandlerEvent;

export const COMPLAINT_EVENT_TYPES = [
  'assignHandler',
  'reassign',
  'accept',
  'refuse',
  'decideNow',
  'startVerification',
  'completeVerification',
  'holdDialogue',
  'decide',
  'send',
  'publish',
  'lodgeSecondComplaint',
  'fileLawsuit',
  'recordEnforcement',
  'suspend',
  'resume',
  'terminate',
  'withdraw',
  'setComplexity',
  'deadlineExpired',
] as const satisfies readonly ComplaintEvent['type'][];
export type ComplaintEventType = (typeof COMPLAINT_EVENT_TYPES)[number];

/** Names of the clocks in `context.clocks` (the rule each one follows is on the clock). */
export const COMPLAINT_CLOCKS = [
  'acceptance', // complaint.acceptance
  'resolution', // complaint.resolution.round1 | round2 | disciplinary
  'decisionSending', // complaint.decisionSending.round1 | round2
  'publication', // complaint.publication
  'finality', // complaint.secondComplaintWindow (round 1) | complaint.decisionFinality (round 2)
  'enforcement', // complaint.enforcement
] as const;
export type ComplaintClockName = (typeof COMPLAINT_CLOCKS)[number];

// ---------------------------------------------------------------------------------------------
// Action params
// ---------------------------------------------------------------------------------------------

/** `notify` params; `ground` carries the legal ground the notice must state (Luật KN Arts. 27, 11a.3). */
export interface ComplaintNotifyParams extends NotifyParams {
  ground?: string;
}

export interface ComplaintHandOverParams {
  from: string;
  to: string;
  reason: 'second_complaint';
}

export interface ComplaintRemindParams {
  recipient: 'holder';
  template: string;
  clock?: ComplaintClockName;
}

export interface ComplaintStateMeta {
  title: string;
  clocks?: ComplaintClockName[];
}
