import type { ReassignEvent } from '../shared/reorganisation';
import type { Clocks } from '../../deadlines/clock';
import type { AuthorityRef } from '../../shared/authority';
import type { DomainEventBase, EventMeta } from '../../shared/event-meta';
import type { IsoDate } from '../../shared/iso-date';
import type { DeadlineExpiredEvent } from '../shared/common-events';
import type { NotifyParams, OpenCaseParams } from '../shared/domain-actions';
import type { ContentKind } from '../shared/kinds';

/**
 * Xử lý đơn (petition processing): one record per đơn, from receipt to the one disposition
 * that ends the processing. Custody moves with each chuyển đơn, so the same record shows every
 * authority that held it.
 */

// ---------------------------------------------------------------------------------------------
// Vocabularies (each with Vietnamese labels for officers and reports)
// ---------------------------------------------------------------------------------------------

/** How the đơn reached the first authority (nguồn đơn, TT 07/2014 Art. 5). */
export const PETITION_CHANNELS = [
  'reception_desk',
  'post',
  'online_portal',
  'forwarded_by_agency',
  'deputy',
  'fatherland_front',
  'press',
] as const;
export type PetitionChannel = (typeof PETITION_CHANNELS)[number];

export const PETITION_CHANNEL_LABELS: Record<PetitionChannel, string> = {
  reception_desk: 'Tiếp nhận trực tiếp tại nơi tiếp công dân',
  post: 'Qua dịch vụ bưu chính',
  online_portal: 'Qua cổng thông tin, hệ thống trực tuyến',
  forwarded_by_agency: 'Do cơ quan, tổ chức, đơn vị khác chuyển đến',
  deputy: 'Do đại biểu Quốc hội, đại biểu Hội đồng nhân dân chuyển đến',
  fatherland_front: 'Do Ủy ban Mặt trận Tổ quốc Việt Nam, tổ chức thành viên chuyển đến',
  press: 'Do cơ quan báo chí chuyển đến',
};

/**
 * Channels through which another body forwarded the đơn before this record began. They matter
 * twice: TT 07/2014 Art. 8.2 lets a non-competent receiver return such a complaint to the
 * forwarder, and Luật TC Art. 26.2 makes the receiver report on a forwarded tố cáo in 20 days.
 * Art. 8.2 names "các cơ quan, tổ chức khác" besides deputies, the Front and the press, so an
 * agency's forwarding counts too.
 */
export const EXTERNAL_FORWARDING_CHANNELS = ['forwarded_by_agency', 'deputy', 'fatherland_front', 'press'] as const;
export type ExternalForwardingChannel = (typeof EXTERNAL_FORWARDING_CHANNELS)[number];

/**
 * Why a đơn is không đủ điều kiện xử lý (ineligible). TT 07/2014 Art. 6.2 (requirements and
 * the two extra cases of point b) and Art. 28.1 (the đơn that are xếp lưu).
 */
export const INELIGIBILITY_REASONS = [
  'missing_identification', // thiếu ngày tháng năm, họ tên, địa chỉ, chữ ký hoặc điểm chỉ (Art. 6.2.a)
  'not_in_vietnamese', // không dùng chữ viết tiếng Việt (Art. 6.2.a)
  'missing_content', // không ghi rõ nội dung, đối tượng, lý do, yêu cầu (Art. 6.2.a)
  'already_processed_no_new_ground', // đã được xử lý, không còn quyền khiếu nại, tố cáo tiếp (Art. 6.2.a)
  'sent_to_many_bodies_including_competent', // gửi nhiều nơi, trong đó đã gửi đúng nơi có thẩm quyền (Art. 6.2.b)
  'already_guided_same_content', // đã được hướng dẫn một lần về cùng nội dung (Art. 6.2.b)
  'limitation_expired', // hết thời hạn, thời hiệu (Art. 28.1.b)
  'final_decision_no_new_facts', // đã có quyết định, kết luận có hiệu lực, không có tình tiết mới (Art. 28.1.c)
  'illegible', // rách nát, tẩy xóa, không đọc được (Art. 28.1.d)
] as const;
export type IneligibilityReason = (typeof INELIGIBILITY_REASONS)[number];

export const INELIGIBILITY_REASON_LABELS: Record<IneligibilityReason, string> = {
  missing_identification:
    'Đơn không ghi rõ ngày, tháng, năm viết đơn; họ, tên, địa chỉ hoặc không có chữ ký, điểm chỉ của người viết đơn',
  not_in_vietnamese: 'Đơn không dùng chữ viết là tiếng Việt',
  missing_content: 'Đơn không ghi rõ nội dung (đối tượng, nội dung, lý do, yêu cầu) theo quy định',
  already_processed_no_new_ground:
    'Đơn đã được xử lý theo quy định và người gửi không còn quyền khiếu nại, tố cáo tiếp',
  sent_to_many_bodies_including_competent:
    'Đơn gửi cho nhiều cơ quan, trong đó đã gửi đúng cơ quan, người có thẩm quyền giải quyết',
  already_guided_same_content: 'Đơn đã được hướng dẫn một lần về cùng nội dung',
  limitation_expired: 'Đơn đã hết thời hạn, thời hiệu theo quy định của pháp luật',
  final_decision_no_new_facts:
    'Vụ việc đã có quyết định giải quyết khiếu nại, kết luận nội dung tố cáo có hiệu lực pháp luật, không có nội dung, tình tiết mới',
  illegible: 'Đơn rách nát, tẩy xóa, chữ không đọc được',
};

/**
 * Reasons that are only missing formalities: the sender can cure them, so a complaint within
 * competence may be answered with guidance instead of being filed (TT 07/2014 Art. 7.2).
 */
export const FORMALITY_REASONS: readonly IneligibilityReason[] = [
  'missing_identification',
  'not_in_vietnamese',
  'missing_content',
];

/** Type of the body competent to resolve the đơn (TT 07/2014 Art. 6.6). */
export const COMPETENT_BODY_TYPES = [
  'state_administration',
  'elected_body',
  'judicial_or_enforcement',
  'party_or_socio_political',
  'public_service_unit_or_soe',
] as const;
export type CompetentBodyType = (typeof COMPETENT_BODY_TYPES)[number];

export const COMPETENT_BODY_TYPE_LABELS: Record<CompetentBodyType, string> = {
  state_administration: 'Cơ quan hành chính nhà nước',
  elected_body: 'Cơ quan dân cử (Quốc hội, Hội đồng nhân dân và các cơ quan của Quốc hội, Hội đồng nhân dân)',
  judicial_or_enforcement: 'Cơ quan tiến hành tố tụng, thi hành án',
  party_or_socio_political: 'Tổ chức chính trị, chính trị - xã hội, xã hội - nghề nghiệp, tổ chức xã hội, tôn giáo',
  public_service_unit_or_soe: 'Đơn vị sự nghiệp công lập, doanh nghiệp nhà nước',
};

/** Commands that dispose of a đơn. Exactly one ends each authority's processing. */
export const PETITION_DISPOSITIONS = [
  'accept',
  'guide',
  'forward',
  'returnToSender',
  'urge',
  'requestSplit',
  'file',
  'dismiss',
] as const;
export type PetitionDisposition = (typeof PETITION_DISPOSITIONS)[number];

export const PETITION_DISPOSITION_LABELS: Record<PetitionDisposition, string> = {
  accept: 'Đề xuất thụ lý giải quyết',
  guide: 'Hướng dẫn người gửi đơn',
  forward: 'Chuyển đơn đến cơ quan có thẩm quyền',
  returnToSender: 'Trả lại đơn cho cơ quan, tổ chức, cá nhân đã chuyển đến',
  urge: 'Đôn đốc cấp dưới giải quyết',
  requestSplit: 'Hướng dẫn tách đơn theo từng nội dung',
  file: 'Xếp lưu đơn',
  dismiss: 'Không xử lý',
};

/**
 * `context.outcome` in the final states. `forward` and a return to an authority inside the
 * system are not outcomes: the đơn moves on and the next holder disposes of it.
 */
export const PETITION_OUTCOMES = [
  'accepted',
  'guided',
  'returned',
  'urged',
  'splitRequested',
  'filed',
  'notProcessed',
] as const;
export type PetitionOutcome = (typeof PETITION_OUTCOMES)[number];

export const PETITION_OUTCOME_LABELS: Record<PetitionOutcome, string> = {
  accepted: 'Đã đề xuất thụ lý, chuyển sang giải quyết',
  guided: 'Đã hướng dẫn người gửi đơn',
  returned: 'Đã trả lại đơn cho nơi chuyển đến',
  urged: 'Đã đôn đốc cấp dưới giải quyết',
  splitRequested: 'Đã hướng dẫn tách đơn',
  filed: 'Đã xếp lưu đơn',
  notProcessed: 'Không xử lý',
};

/** The disposition whose final state carries each outcome. */
export const PETITION_OUTCOME_OF: Record<Exclude<PetitionDisposition, 'forward'>, PetitionOutcome> = {
  accept: 'accepted',
  guide: 'guided',
  returnToSender: 'returned',
  urge: 'urged',
  requestSplit: 'splitRequested',
  file: 'filed',
  dismiss: 'notProcessed',
};

/** Grounds of "không xử lý" (Luật TC Arts. 24.3, 25.1; NĐ 31/2019 Art. 20). */
export const DISMISSAL_REASONS = ['anonymous_or_impersonated', 'competent_body_already_has_it'] as const;
export type DismissalReason = (typeof DISMISSAL_REASONS)[number];

export const DISMISSAL_REASON_LABELS: Record<DismissalReason, string> = {
  anonymous_or_impersonated: 'Tố cáo nặc danh, mạo danh hoặc không theo hình thức quy định',
  competent_body_already_has_it: 'Tố cáo không thuộc thẩm quyền, đã gửi đồng thời đến cơ quan có thẩm quyền giải quyết',
};

/** How the current holder came to hold the đơn. */
export const CUSTODY_VIAS = ['intake', 'forward', 'return', 'reorganisation'] as const;
export type CustodyVia = (typeof CUSTODY_VIAS)[number];

// ---------------------------------------------------------------------------------------------
// Context
// ---------------------------------------------------------------------------------------------

/** What the officer records when classifying (phân loại đơn, TT 07/2014 Art. 6). */
export interface PetitionClassificationInput {
  contentKind: ContentKind;
  /** Đủ điều kiện xử lý. */
  eligible: boolean;
  /** Required exactly when `eligible` is false. */
  ineligibleReason?: IneligibilityReason;
  /** Thuộc thẩm quyền giải quyết of the current holder. */
  withinCompetence: boolean;
  competentBodyType?: CompetentBodyType;
  /** Number of people who signed; 0 for a đơn nobody signed. */
  signatories: number;
  /** Đơn kèm giấy tờ, tài liệu gốc: originals go back to the sender if the đơn is not accepted. */
  originalsAttached: boolean;
  /** Tố cáo nặc danh, mạo danh (Luật TC Art. 25.1). */
  anonymousOrImpersonated?: boolean;
  /** Tố cáo also sent to the competent body (Luật TC Art. 24.3). */
  competentBodyAlreadyHasIt?: boolean;
  /** Within a lower level's competence and overdue there (TT 07/2014 Art. 7.3; TT 05/2021 Art. 14.2). */
  belongsToLowerLevelAndOverdue?: boolean;
}

export interface PetitionClassification extends PetitionClassificationInput {
  /** Đơn có nhiều người đứng tên: `signatories` ≥ the rule set's `thresholds.manySignatories`. */
  many: boolean;
  classifiedOn: IsoDate;
}

/** A deputy, Front committee, newspaper or agency outside this record that forwarded the đơn. */
export interface ExternalForwarder {
  id?: string;
  name: string;
}

/** One authority's spell of custody. */
export interface CustodyEntry {
  authority: AuthorityRef;
  /** Date the đơn reached this authority's inbox: its processing periods run from here. */
  from: IsoDate;
  /** Date the đơn left it (forwarded or returned); absent while held or after a final disposition. */
  to?: IsoDate;
  via: CustodyVia;
  /** For `via: 'forward'`: date the authority acknowledged receipt (`receive`). */
  acknowledgedOn?: IsoDate;
  /** What this authority did with the đơn. */
  disposition?: PetitionDisposition;
  /** Its classification, kept when the đơn moves on (the next holder classifies afresh). */
  classification?: PetitionClassification;
  /** Its clocks, archived when the đơn moves on so its timeliness stays provable. */
  clocks?: Clocks;
}

export interface ForwardRecord {
  from: AuthorityRef;
  to: AuthorityRef;
  on: IsoDate;
  /** Content as classified by the sender; the once-only rule applies to tố cáo. */
  contentKind: ContentKind;
  /** The receiver sent it back as not competent; the forward never reached a competent body. */
  declined?: { on: IsoDate; reason: string; receiverClocks?: Clocks };
}

/** Details of the disposition that ended the record. */
export interface DispositionRecord {
  disposition: PetitionDisposition;
  on: IsoDate;
  by: string;
  reason?: string;
  fileReason?: IneligibilityReason;
  dismissalReason?: DismissalReason;
  /** Luật TC Art. 25.2: an anonymous tố cáo with clear content and evidence goes to inspection. */
  managementInspection?: boolean;
  guidedTo?: string;
  urged?: AuthorityRef;
  caseKind?: OpenCaseParams['kind'];
}

export interface PetitionContext {
  /** The authority holding the đơn now (custody). */
  holder: AuthorityRef;
  /** Date the first authority received the đơn. */
  receivedOn: IsoDate;
  channel: PetitionChannel;
  /** Received at a citizen-reception session: Luật TCD Art. 28.1 reply due in 10 working days. */
  fromReception: boolean;
  forwardedBy?: ExternalForwarder;
  /** The current holder's classification; cleared when custody moves. */
  classification?: PetitionClassification;
  custody: CustodyEntry[];
  forwards: ForwardRecord[];
  forwardCount: number;
  /** While `forwarded`: the authority whose inbox holds the đơn. */
  forwardedTo?: AuthorityRef;
  /** Đá bóng: the đơn came back to an authority that had already held it. Flag for inspectors. */
  bounced: boolean;
  clocks: Clocks;
  /** Luật TC Art. 24.1: the initial check of a tố cáo extended from 7 to at most 10 working days. */
  initialCheckExtended?: { on: IsoDate; reason: string };
  disposition?: DispositionRecord;
  outcome?: PetitionOutcome;
}

export interface PetitionInput {
  holder: AuthorityRef;
  receivedOn: IsoDate;
  channel: PetitionChannel;
  fromReception: boolean;
  /** Required for the forwarding channels, so the đơn can be returned to its forwarder. */
  forwardedBy?: ExternalForwarder;
  meta: EventMeta;
}

// ---------------------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------------------

export interface ClassifyEvent extends DomainEventBase<'classify'>, PetitionClassificationInput {}
export type AcceptEvent = DomainEventBase<'accept'>;
export interface GuideEvent extends DomainEventBase<'guide'> {
  /** The body the sender is guided to, as written in the notice. */
  guidedTo?: string;
}
export interface ForwardEvent extends DomainEventBase<'forward'> {
  to: AuthorityRef;
}
export interface ReturnToSenderEvent extends DomainEventBase<'returnToSender'> {
  /** Lý do trả lại (Mẫu 04-XLĐ requires it). */
  reason: string;
}
export interface UrgeEvent extends DomainEventBase<'urge'> {
  /** The lower authority that holds the matter and is overdue. */
  lower: AuthorityRef;
}
export type RequestSplitEvent = DomainEventBase<'requestSplit'>;
export interface FileEvent extends DomainEventBase<'file'> {
  reason: IneligibilityReason;
}
export interface DismissEvent extends DomainEventBase<'dismiss'> {
  reason: DismissalReason;
  managementInspection?: boolean;
}
export type ReceiveEvent = DomainEventBase<'receive'>;
export interface ExtendInitialCheckEvent extends DomainEventBase<'extendInitialCheck'> {
  reason: string;
}

export type PetitionEvent =
  | ClassifyEvent
  | AcceptEvent
  | GuideEvent
  | ForwardEvent
  | ReturnToSenderEvent
  | UrgeEvent
  | RequestSplitEvent
  | FileEvent
  | DismissEvent
  | ReceiveEvent
  | ExtendInitialCheckEvent
  | DeadlineExpiredEvent
  | ReassignEvent;

export const PETITION_EVENT_TYPES = [
  'reassign',
  'classify',
  'accept',
  'guide',
  'forward',
  'returnToSender',
  'urge',
  'requestSplit',
  'file',
  'dismiss',
  'receive',
  'extendInitialCheck',
  'deadlineExpired',
] as const satisfies readonly PetitionEvent['type'][];
export type PetitionEventType = (typeof PETITION_EVENT_TYPES)[number];

/** Clock names in `context.clocks`. */
export const PETITION_CLOCKS = {
  processing: 'processing',
  processingCeiling: 'processingCeiling',
  receptionReply: 'receptionReply',
  denunciationInitialCheck: 'denunciationInitialCheck',
  denunciationForward: 'denunciationForward',
  forwardedDenunciationReport: 'forwardedDenunciationReport',
} as const;
export type PetitionClockName = (typeof PETITION_CLOCKS)[keyof typeof PETITION_CLOCKS];

/** State metadata read by the engine and the tests (CONVENTIONS §8). */
export interface PetitionStateMeta {
  title: string;
  /** Clocks that must be running, and not stopped, in this state. */
  clocks?: readonly PetitionClockName[];
}

// ---------------------------------------------------------------------------------------------
// Side effects
// ---------------------------------------------------------------------------------------------

/** `handOver`: the application moves the file and its attachments to another authority. */
export interface HandOverParams {
  from: AuthorityRef;
  to: AuthorityRef;
  reason: 'forward' | 'return';
}

/**
 * `remind`: a reminder to the holder that one of its periods ran out, or a written demand to a
 * lower authority that is overdue (đôn đốc).
 */
export type RemindParams =
  | { recipient: 'holder'; template: string; clock: PetitionClockName }
  | { recipient: 'lower_authority'; authority: AuthorityRef; template: string };

export type PetitionSideEffect =
  | { type: 'notify'; params: NotifyParams }
  | { type: 'openCase'; params: OpenCaseParams }
  | { type: 'handOver'; params: HandOverParams }
  | { type: 'remind'; params: RemindParams };
