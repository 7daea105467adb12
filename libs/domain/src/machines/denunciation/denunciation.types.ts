import type { AssignHandlerEvent } from '../shared/handler-assignment';
import type { ReassignEvent } from '../shared/reorganisation';
import type { AuthorityLevel, AuthorityRef } from '../../shared/authority';
import type { IsoDate } from '../../shared/iso-date';
import type { DomainEventBase, EventMeta } from '../../shared/event-meta';
import type { Clocks } from '../../deadlines/clock';
import type { DeadlineExpiredEvent } from '../shared/common-events';

/*
 * A denunciation (tố cáo) case under Luật Tố cáo 25/2018/QH14 (as amended by Luật 136/2025/QH15)
 * and Nghị định 31/2019/NĐ-CP (as amended by Nghị định 156/2026/NĐ-CP). The case opens at the
 * resolver's check before acceptance (NĐ 31 Art. 9.1); the đơn machine has already logged and
 * classified the đơn and run the Art. 24 periods.
 *
 * Identities never enter this machine: the denouncer's identity is protected (Luật TC Arts. 8.3,
 * 47, 56), so the context carries counts and kinds only and the application resolves recipients.
 */

// ---------------------------------------------------------------------------------------------
// Vocabularies (each with Vietnamese labels for officers)
// ---------------------------------------------------------------------------------------------

/** Who is denounced (người bị tố cáo). `isHeadOrDeputyOf`: the level of the authority the person
 * heads or deputises; for an agency, the level of the agency itself (both go to the head of the
 * direct superior: Luật TC Art. 12.1 para. 2 and Art. 12.6). */
export interface DenouncedParty {
  kind: 'official' | 'agency';
  isHeadOrDeputyOf?: AuthorityLevel;
}

/** Vụ việc phức tạp / đặc biệt phức tạp (NĐ 31 Art. 3.2–3.3). */
export const COMPLEXITIES = ['normal', 'complex', 'particularly_complex'] as const;
export type Complexity = (typeof COMPLEXITIES)[number];

/** NĐ 31/2019 Art. 3.2 a)–g): one criterion makes a case complex, two or more particularly complex. */
export const COMPLEXITY_CRITERIA = [
  'several_locations', // a) một nội dung nhưng phải xác minh từ 02 địa điểm trở lên
  'several_contents', // b) từ 02 nội dung phải xác minh trở lên
  'many_denouncers_or_affected', // c) nhiều người tố cáo cùng nội dung / liên quan quyền lợi nhiều người
  'foreign_element', // d) có yếu tố nước ngoài
  'several_managing_bodies', // đ) liên quan trách nhiệm quản lý của nhiều cơ quan, tổ chức
  'divergent_opinions', // e) các cơ quan, tổ chức liên quan còn ý kiến khác nhau
  'conflicting_evidence', // g) tài liệu, chứng cứ mâu thuẫn cần thời gian kiểm tra, đánh giá
] as const;
export type ComplexityCriterion = (typeof COMPLEXITY_CRITERIA)[number];

/** Kết luận nội dung tố cáo (Luật TC Art. 35.2.c): đúng / đúng một phần / sai sự thật. */
export const CONCLUSIONS = ['correct', 'partly_correct', 'untrue'] as const;
export type Conclusion = (typeof CONCLUSIONS)[number];

/** Không thụ lý: a condition of Luật TC Art. 29.1 is not met. */
export const REFUSAL_REASONS = [
  'form_noncompliant', // a) không đúng Điều 23
  'no_legal_capacity', // b) không đủ năng lực hành vi dân sự, không có người đại diện
  'not_competent', // c) không thuộc thẩm quyền (and it may not be forwarded: see the machine)
  'no_basis_to_identify', // d) không có cơ sở xác định người vi phạm, hành vi vi phạm
  'complaint_resolver_without_evidence', // Art. 29.1 last para.: tố cáo người đã giải quyết khiếu nại, không có chứng cứ
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** Tạm đình chỉ (Luật TC Art. 34.1). */
export const SUSPENSION_GROUNDS = [
  'awaiting_other_result', // a) đợi kết quả giải quyết của cơ quan khác / vụ việc khác có liên quan
  'awaiting_expert_reassessment', // b) đợi kết quả giám định bổ sung, giám định lại
] as const;
export type SuspensionGround = (typeof SUSPENSION_GROUNDS)[number];

/** Đình chỉ (Luật TC Art. 34.3). */
export const TERMINATION_GROUNDS = [
  'withdrawn', // a) người tố cáo rút toàn bộ nội dung tố cáo (trừ Art. 33.3)
  'denounced_died', // b) người bị tố cáo là cá nhân chết, nội dung chỉ liên quan đến người đó
  'already_decided', // c) đã được giải quyết bằng bản án, quyết định có hiệu lực
] as const;
export type TerminationGround = (typeof TERMINATION_GROUNDS)[number];

/** Grounds on which the case must continue despite a withdrawal (Luật TC Art. 33.3; NĐ 31 Art. 4.4 as amended by NĐ 156/2026). */
export const WITHDRAWAL_CONTINUE_GROUNDS = ['signs_of_violation', 'coerced', 'slander'] as const;
export type WithdrawalContinueGround = (typeof WITHDRAWAL_CONTINUE_GROUNDS)[number];

/** Đơn rút tố cáo (Mẫu 02) or biên bản ghi nhận việc rút tố cáo (Mẫu 03). */
export const WITHDRAWAL_FORMS = ['letter', 'minutes'] as const;
export type WithdrawalForm = (typeof WITHDRAWAL_FORMS)[number];

/**
 * Where minutes of a withdrawal were made: at a visit the denouncer made to withdraw (NĐ 31 Art. 4.1
 * original, from 2019) or at any working session with the resolver, the officer checking the
 * acceptance conditions or the verifier (Luật TC Art. 33.1 as amended by L136; NĐ 31 Art. 4.2 as
 * amended by NĐ 156/2026). The rule set's `denunciationWithdrawalMinutes` says which are valid.
 */
export const WITHDRAWAL_MINUTES_SETTINGS = ['withdrawal_visit', 'working_session'] as const;
export type WithdrawalMinutesSetting = (typeof WITHDRAWAL_MINUTES_SETTINGS)[number];

export const WITHDRAWAL_SCOPES = ['all', 'part'] as const;
export type WithdrawalScope = (typeof WITHDRAWAL_SCOPES)[number];

/** Xử lý kết luận nội dung tố cáo (Luật TC Art. 36). */
export const HANDLING_MEASURES = [
  'restore_rights', // 1.a) khôi phục quyền, lợi ích của người bị tố cáo
  'handle_false_denouncer', // 1.a) xử lý / kiến nghị xử lý người cố ý tố cáo sai sự thật
  'impose_measures', // 1.b) áp dụng biện pháp xử lý theo thẩm quyền
  'recommend_measures', // 1.b) kiến nghị cơ quan có thẩm quyền xử lý
  'transfer_to_investigation', // 2) chuyển hồ sơ đến Cơ quan điều tra / Viện kiểm sát
] as const;
export type HandlingMeasure = (typeof HANDLING_MEASURES)[number];

/** Giải quyết lại (Luật TC Art. 37.3 a–c) and giải quyết theo thẩm quyền after a wrong-competence resolution (Art. 37.2.b). */
export const RE_RESOLUTION_GROUNDS = [
  'inaccurate_or_biased',
  'missed_evidence',
  'wrong_law',
  'wrong_competence',
] as const;
export type ReResolutionGround = (typeof RE_RESOLUTION_GROUNDS)[number];

/** Cấp trên trực tiếp lấy vụ việc để giải quyết (Luật TC Art. 38.5; NĐ 31 Art. 5.1–5.2). */
export const TAKE_OVER_GROUNDS = ['serious_violation', 'not_objective'] as const;
export type TakeOverGround = (typeof TAKE_OVER_GROUNDS)[number];

/** States a further denunciation (tố cáo tiếp) can be received in. */
export const FURTHER_REVIEW_ORIGINS = ['concluded', 'handling', 'monitoring'] as const;
export type FurtherReviewOrigin = (typeof FURTHER_REVIEW_ORIGINS)[number];

/**
 * `context.outcome` of every final state.
 * - `not_accepted`: không thụ lý (Art. 29.1); `forwarded`: chuyển đơn (Art. 24.2, 37.2.b);
 * - `transferred_to_investigation`: chuyển Cơ quan điều tra / Viện kiểm sát (Art. 27.1);
 * - `withdrawn_before_acceptance`: rút toàn bộ trước khi thụ lý (nothing to đình chỉ yet);
 * - `terminated_*`: đình chỉ on a ground of Art. 34.3;
 * - `correct` | `partly_correct` | `untrue`: closed after handling and follow-up, with the conclusion;
 * - `previous_resolution_upheld`: a further denunciation opened as its own case, where the
 *   superior found the earlier resolution lawful (Art. 37.2.a).
 */
export const DENUNCIATION_OUTCOMES = [
  'not_accepted',
  'forwarded',
  'transferred_to_investigation',
  'withdrawn_before_acceptance',
  'terminated_withdrawn',
  'terminated_denounced_died',
  'terminated_already_decided',
  'correct',
  'partly_correct',
  'untrue',
  'previous_resolution_upheld',
] as const;
export type DenunciationOutcome = (typeof DENUNCIATION_OUTCOMES)[number];

// ---------------------------------------------------------------------------------------------
// Context
// ---------------------------------------------------------------------------------------------

export interface WithdrawalRecord {
  on: IsoDate;
  scope: WithdrawalScope;
  form: WithdrawalForm;
  minutesAt?: WithdrawalMinutesSetting;
  /** How many denouncers withdraw with this letter or minutes. */
  withdrawers: number;
  continueBecause?: WithdrawalContinueGround;
}

export interface WithdrawalState {
  records: WithdrawalRecord[];
  /** Denouncers who withdrew all of the content; they lose the rights of Art. 9 (Art. 33.2). */
  fullyWithdrawn: number;
  /** Sticky: once the resolver found a ground of Art. 33.3 the case must be resolved. */
  continueBecause: WithdrawalContinueGround[];
}

export interface FurtherReviewState {
  /** Absent when the case was opened as a further denunciation of a resolution made elsewhere. */
  from?: FurtherReviewOrigin;
  /** The authority that resolved the case, to hand it back when the resolution is upheld. */
  previousHolder?: AuthorityRef;
  receivedOn: IsoDate;
}

export interface DenunciationContext {
  /** The officer assigned to work the case (giao cán bộ thụ lý). */
  assignedHandlerId?: string;
  /** The authority holding the case: the resolver, or the superior during a review or after a take-over. */
  holder: AuthorityRef;
  receivedOn: IsoDate;
  denounced: DenouncedParty;
  denouncers: number;
  complexity: Complexity;
  complexityCriteria: ComplexityCriterion[];
  /** Extensions used in the current resolution period (each thụ lý starts a new period). */
  extensions: number;
  /** From input: the same content was already forwarded once. */
  forwardedBefore: boolean;
  /** Forwardings of this content, counting the one before this case. */
  forwards: number;
  clocks: Clocks;
  /** Number of thụ lý decisions (acceptance, take-over, re-resolution); 0 before acceptance. */
  resolutionRound: number;
  acceptedOn?: IsoDate;
  refusal?: { reason: RefusalReason; on: IsoDate };
  forwardedTo?: AuthorityRef;
  conclusion?: Conclusion;
  concludedOn?: IsoDate;
  /** Conclusions superseded by a re-resolution (Art. 37.2.c). */
  previousConclusions: Conclusion[];
  handling?: { measures: HandlingMeasure[]; on: IsoDate };
  /** Công khai kết luận (Luật TC Art. 40; NĐ 31 Art. 6). */
  publishedOn?: IsoDate;
  withdrawal?: WithdrawalState;
  suspension?: { ground: SuspensionGround; on: IsoDate };
  /** The state to go back to on `resume` (history states are not persisted). */
  suspendedFrom?: 'verifying';
  termination?: { ground: TerminationGround; on: IsoDate };
  furtherReview?: FurtherReviewState;
  /** Superiors that already reviewed a further denunciation of this case. */
  reviewedBy: string[];
  overdue?: {
    reportDemandedOn?: IsoDate;
    reportedOn?: IsoDate;
    takenOverFrom?: AuthorityRef;
    ground?: TakeOverGround;
  };
  outcome?: DenunciationOutcome;
}

// ---------------------------------------------------------------------------------------------
// Input and events
// ---------------------------------------------------------------------------------------------

export interface DenunciationInput {
  /** The resolver; for a further denunciation, the direct superior who received it. */
  holder: AuthorityRef;
  receivedOn: IsoDate;
  denouncers: number;
  denounced: DenouncedParty;
  forwardedBefore: boolean;
  /** Tố cáo tiếp (Luật TC Art. 37) of a resolution made outside this case: starts in `furtherReview`. */
  furtherDenunciation?: boolean;
  complexityCriteria?: ComplexityCriterion[];
  meta: EventMeta;
}

export type AcceptEvent = DomainEventBase<'accept'>;
export interface RefuseEvent extends DomainEventBase<'refuse'> {
  reason: RefusalReason;
}
export interface ForwardEvent extends DomainEventBase<'forward'> {
  to: AuthorityRef;
}
export type TransferToInvestigationEvent = DomainEventBase<'transferToInvestigation'>;
export interface SetComplexityEvent extends DomainEventBase<'setComplexity'> {
  criteria: ComplexityCriterion[];
}
export interface ExtendEvent extends DomainEventBase<'extend'> {
  reason: string;
}
export interface ConcludeEvent extends DomainEventBase<'conclude'> {
  outcome: Conclusion;
}
export interface SuspendEvent extends DomainEventBase<'suspend'> {
  ground: SuspensionGround;
}
export type ResumeEvent = DomainEventBase<'resume'>;
export interface TerminateEvent extends DomainEventBase<'terminate'> {
  ground: TerminationGround;
}
export interface WithdrawEvent extends DomainEventBase<'withdraw'> {
  scope: WithdrawalScope;
  form: WithdrawalForm;
  /** For `form: 'minutes'`: where they were made; `withdrawal_visit` when absent. */
  minutesAt?: WithdrawalMinutesSetting;
  /** Denouncers withdrawing with this letter or minutes; 1 when absent. */
  withdrawers?: number;
  /** The resolver's finding under Art. 33.3 that the case must be resolved anyway. */
  continueBecause?: WithdrawalContinueGround;
}
export type SendConclusionEvent = DomainEventBase<'sendConclusion'>;
export interface RecordHandlingEvent extends DomainEventBase<'recordHandling'> {
  measures: HandlingMeasure[];
}
export type CloseEvent = DomainEventBase<'close'>;
export type FurtherDenunciationEvent = DomainEventBase<'furtherDenunciation'>;
export type UpholdResolutionEvent = DomainEventBase<'upholdResolution'>;
export interface ReResolveEvent extends DomainEventBase<'reResolve'> {
  ground: ReResolutionGround;
}
export interface RedirectCompetenceEvent extends DomainEventBase<'redirectCompetence'> {
  to: AuthorityRef;
}
export type DemandReportEvent = DomainEventBase<'demandReport'>;
export type SubmitReportEvent = DomainEventBase<'submitReport'>;
export type PublishEvent = DomainEventBase<'publish'>;
export interface TakeOverEvent extends DomainEventBase<'takeOver'> {
  ground: TakeOverGround;
}

export type DenunciationEvent =
  | AcceptEvent
  | RefuseEvent
  | ForwardEvent
  | TransferToInvestigationEvent
  | SetComplexityEvent
  | ExtendEvent
  | ConcludeEvent
  | SuspendEvent
  | ResumeEvent
  | TerminateEvent
  | WithdrawEvent
  | SendConclusionEvent
  | RecordHandlingEvent
  | CloseEvent
  | FurtherDenunciationEvent
  | UpholdResolutionEvent
  | ReResolveEvent
  | RedirectCompetenceEvent
  | DemandReportEvent
  | SubmitReportEvent
  | PublishEvent
  | TakeOverEvent
  | DeadlineExpiredEvent
  | ReassignEvent
  | AssignHandlerEvent;

export type DenunciationEventType = DenunciationEvent['type'];

export const DENUNCIATION_EVENT_TYPES = [
  'assignHandler',
  'reassign',
  'accept',
  'refuse',
  'forward',
  'transferToInvestigation',
  'setComplexity',
  'extend',
  'conclude',
  'suspend',
  'resume',
  'terminate',
  'withdraw',
  'sendConclusion',
  'recordHandling',
  'close',
  'furtherDenunciation',
  'upholdResolution',
  'reResolve',
  'redirectCompetence',
  'demandReport',
  'submitReport',
  'publish',
  'takeOver',
  'deadlineExpired',
] as const satisfies readonly DenunciationEventType[];

/** Names of the clocks this machine keeps in `context.clocks`. */
export const DENUNCIATION_CLOCKS = [
  'resolution', // denunciation.resolution (+ resolutionExtension)
  'conclusionSending', // denunciation.conclusionSending
  'conclusionHandling', // denunciation.conclusionHandling
  'publication', // denunciation.publication
  'furtherReview', // denunciation.furtherReview
  'overdueReport', // denunciation.overdueReportReply: the resolver's report demanded by the superior
] as const;
export type DenunciationClock = (typeof DENUNCIATION_CLOCKS)[number];

/** Params of the `handOver` action: custody moves to `to`. */
export interface HandOverParams {
  to: AuthorityRef;
  reason: 'further_denunciation' | 'take_over' | 'review_upheld';
}

/** Params of the `remind` action. */
export interface RemindParams {
  recipient: 'holder' | 'superior';
  clock: string;
}

/** Compile-time check: DENUNCIATION_EVENT_TYPES lists every event of the union. */
type MissingEventTypes = Exclude<DenunciationEventType, (typeof DENUNCIATION_EVENT_TYPES)[number]>;
const EVERY_EVENT_TYPE_LISTED: [MissingEventTypes] extends [never] ? true : MissingEventTypes = true;
void EVERY_EVENT_TYPE_LISTED;
