import type { AuthorityLevel } from '../shared/authority';
import type { IsoDate } from '../shared/iso-date';

/**
 * Statutory rules as data. A rule set is the law in force over an interval; a case is judged
 * by the rule set of its time (see select-rule-set.ts for the transitional provisions).
 * Every value is argued, with the quoted text, in docs/law/rules.md.
 */
export const RULE_SET_IDS = ['VN-2019', 'VN-2025-07', 'VN-2026-07'] as const;
export type RuleSetId = (typeof RULE_SET_IDS)[number];

/** Periods written "ngày" are calendar days (BLDS Art. 145); "ngày làm việc" are working days. */
export type DurationUnit = 'calendar_days' | 'working_days';

/**
 * How the text we read was obtained, with the tags of the domain reference: `verified` [V] read in
 * the official text or the codification; `secondary` [S] a press or portal report of the text;
 * `unconfirmed` [U] inference. A source without a tag is verified.
 */
export type SourceConfidence = 'verified' | 'secondary' | 'unconfirmed';

export interface LegalSource {
  /** e.g. "Luật Khiếu nại 02/2011/QH13", "Nghị định 124/2020/NĐ-CP" */
  instrument: string;
  /** e.g. "Điều 28 khoản 1" */
  article: string;
  /** Amending instrument and its article, when the text in force comes from an amendment. */
  amendedBy?: string;
  confidence?: SourceConfidence;
}

/** `complex` = vụ việc phức tạp; `remote` = vùng sâu, vùng xa đi lại khó khăn. */
export type ClockVariant = 'base' | 'complex' | 'remote' | 'remoteComplex';

export const TIME_LIMIT_KEYS = [
  // Đơn (petition) processing and the notices that follow a reception
  'petition.processing', // xử lý đơn: no statutory period, an authority policy
  'petition.receptionReply', // trả lời sau tiếp công dân (Luật TCD Art. 28.1)
  'petition.forwarderResultNotice', // báo kết quả cho cơ quan của Quốc hội, đại biểu đã chuyển đơn (Luật TCD Art. 27.2)
  'petition.citizenResultRelay', // cơ quan đã chuyển đơn báo lại cho công dân (Luật TCD Art. 28.2)
  'petition.denunciationInitialCheck', // tiếp nhận, phân loại, kiểm tra ban đầu tố cáo (Luật TC Art. 24.1)
  'petition.denunciationForward', // chuyển tố cáo không thuộc thẩm quyền (Luật TC Art. 24.2)
  'petition.forwardedDenunciationReport', // báo kết quả tố cáo do cơ quan báo chí, cơ quan có thẩm quyền chuyển (Art. 26.2)
  'petition.processingCeiling', // quá 45 ngày không xử lý đơn (ND154/2026 Art. 41.3.b): escalation bound
  // Complaints (khiếu nại)
  'complaint.limitation', // thời hiệu khiếu nại (Luật KN Art. 9)
  'complaint.disciplinary.limitation.round1', // thời hiệu khiếu nại quyết định kỷ luật lần đầu (Art. 48)
  'complaint.disciplinary.limitation.round2', // thời hiệu lần hai (Art. 48)
  'complaint.disciplinary.limitation.round2Dismissal', // thời hiệu lần hai, kỷ luật buộc thôi việc (Art. 48)
  'complaint.acceptance', // thụ lý (Luật KN Arts. 27, 36.1, 50)
  'complaint.informationResponse', // cung cấp thông tin, tài liệu khi được yêu cầu (Arts. 13.2.c, 14.1.a, 15.1.a)
  'complaint.resolution.round1', // giải quyết lần đầu (Art. 28)
  'complaint.resolution.round2', // giải quyết lần hai (Art. 37)
  'complaint.resolution.disciplinary', // khiếu nại quyết định kỷ luật (Art. 50)
  'complaint.dialogueNotice', // thông báo đối thoại trước ít nhất (ND124 Art. 28.1 as amended by ND155)
  'complaint.suspensionNotice', // gửi quyết định tạm đình chỉ, đình chỉ, tiếp tục (ND124 Art. 28b as added by ND155)
  'complaint.terminationLapse', // thông báo đình chỉ mà sau 30 ngày không tiếp tục khiếu nại (Art. 11.8)
  'complaint.decisionSending.round1', // gửi quyết định lần đầu (Art. 32; ND124 Art. 29.2)
  'complaint.decisionSending.round2', // gửi quyết định lần hai (Arts. 41.1, 56.2; ND124 Art. 29.2)
  'complaint.publication', // công khai quyết định (ND124 Art. 29.3)
  'complaint.publicationMeetingNotice', // báo trước cuộc họp công khai (ND124 Art. 29.3.a)
  'complaint.publicationPosting', // thời gian niêm yết tối thiểu (ND124 Art. 29.3.b)
  'complaint.secondComplaintWindow', // thời hạn khiếu nại lần hai (Art. 33.1)
  'complaint.decisionFinality', // quyết định có hiệu lực pháp luật (Art. 44)
  'complaint.disciplinary.decisionFinality', // quyết định giải quyết khiếu nại kỷ luật có hiệu lực (Art. 57.1)
  'complaint.enforcement', // tổ chức thi hành (ND124 Art. 31.1)
  // Denunciations (tố cáo)
  'denunciation.acceptanceNotice', // thông báo thụ lý (Luật TC Art. 29.3)
  'denunciation.resolution', // thời hạn giải quyết (Art. 30.1)
  'denunciation.resolutionExtension', // mỗi lần gia hạn (Art. 30.2, 30.3)
  'denunciation.suspensionNotice', // gửi quyết định tạm đình chỉ, đình chỉ (Art. 34.4)
  'denunciation.conclusionSending', // gửi kết luận (Art. 35.3)
  'denunciation.conclusionHandling', // xử lý kết luận (Art. 36.1)
  'denunciation.handlingResultNotice', // báo kết quả xử lý kiến nghị cho người giải quyết tố cáo (Art. 36.3)
  'denunciation.publication', // công khai kết luận, quyết định xử lý (Art. 40.1)
  'denunciation.publicationPosting', // thời gian niêm yết, đăng tải tối thiểu (ND31 Art. 6.2)
  'denunciation.furtherReview', // xem xét tố cáo tiếp (Art. 37.2)
  'denunciation.overdueReport', // cấp trên yêu cầu báo cáo khi quá hạn (Art. 38.2)
  'denunciation.overdueReportReply', // người giải quyết gửi báo cáo (Art. 38.3)
  // Petitions and feedback (kiến nghị, phản ánh)
  'feedback.resolution', // no statutory period: an authority policy, marked as such
  // Citizen reception (tiếp công dân)
  'reception.refusalNotice', // thông báo từ chối tiếp (ND154/2026 Art. 4.3)
  'reception.onlineNotice', // thông báo tiếp trực tuyến trước (ND154/2026 Art. 23.1)
] as const;
export type TimeLimitKey = (typeof TIME_LIMIT_KEYS)[number];

/**
 * What the number of days measures, so the deadline engine knows which way to count:
 * - `act_within`: the authority must act within N days after the start event (thời hạn);
 * - `notice_before`: a notice must go out at least N days before the event it announces;
 * - `right_window`: a party may act within N days (thời hiệu; thời hạn khiếu nại lần hai);
 * - `effect_after`: a legal effect arises once N days have passed (có hiệu lực pháp luật sau);
 * - `minimum_duration`: something must stay in place at least N days (niêm yết).
 */
export const TIME_LIMIT_KINDS = [
  'act_within',
  'notice_before',
  'right_window',
  'effect_after',
  'minimum_duration',
] as const;
export type TimeLimitKind = (typeof TIME_LIMIT_KINDS)[number];

export interface TimeLimitRule {
  key: TimeLimitKey;
  /** Vietnamese title shown in deadline proofs and reports. */
  title: string;
  unit: DurationUnit;
  /** Length by variant; a missing variant falls back to `base` (or `complex` for `remoteComplex`). */
  days: { base: number } & Partial<Record<Exclude<ClockVariant, 'base'>, number>>;
  source: LegalSource[];
  /** Absent means `act_within`. */
  kind?: TimeLimitKind;
  /** What starts the period, in Vietnamese as the text says it (e.g. "ngày thụ lý"). */
  countedFrom?: string;
  /** Why the encoding is what it is, when the text needed interpretation (see docs/law/rules.md). */
  note?: string;
  /** true when no statute fixes the period and it is an authority's own policy. */
  policy?: boolean;
}

/** Đối thoại: only when the request and the verification result still differ, or always. */
export type DialogueRequirement = 'when_disputed' | 'mandatory';

/** What changed in the procedures, as switches the machines consult. */
export interface RuleFeatures {
  /** cấp huyện exists (before 2025-07-01). */
  districtLevel: boolean;
  /** Tạm đình chỉ / đình chỉ việc giải quyết khiếu nại (Luật KN Art. 11a, from L136/2025). */
  complaintSuspension: boolean;
  /** Grounds of đình chỉ giải quyết khiếu nại available in this rule set. */
  complaintTerminationGrounds: ComplaintTerminationGround[];
  /** Rút một phần nội dung khiếu nại (Luật KN Art. 10 as amended). */
  complaintPartialWithdrawal: boolean;
  /** Tiếp công dân trực tuyến (Luật TCD Art. 3a, from L136/2025). */
  onlineReception: boolean;
  /** Grounds on which a person may be refused at the reception place (Luật TCD Art. 9; ND154/2026 Art. 4.1). */
  receptionRefusalGrounds: ReceptionRefusalGround[];
  /**
   * Grounds whose refusal needs a written Thông báo từ chối tiếp công dân (Mẫu 01/TCD); the other
   * grounds are explained to the citizen on the spot (ND154/2026 Art. 4.2, 4.3; TT 06/2014 Art. 4).
   */
  receptionRefusalNoticeGrounds: ReceptionRefusalGround[];
  /** Rút khiếu nại bằng biên bản ghi nhận ý kiến khi làm việc (Luật KN Art. 10.1 as amended); otherwise only by đơn. */
  complaintWithdrawalByMinutes: boolean;
  /**
   * Some of many complainants withdraw and the case goes on for the others; all withdraw, đình chỉ
   * (ND124 Art. 7a, added by ND155/2026). false: no text provides for it.
   */
  complaintGroupPartialWithdrawal: boolean;
  /** When a dialogue must be held (Luật KN Arts. 30.1, 39, 53, 55.3; ND124 Art. 28). */
  complaintDialogue: { round1: DialogueRequirement; round2: DialogueRequirement; disciplinary: DialogueRequirement };
  /** The complainant invited to a dialogue stays away without a valid reason: resolution goes on (Art. 30.6). */
  complaintDialogueNoShowContinues: boolean;
  /**
   * Văn bản ủy quyền khiếu nại của cá nhân phải công chứng, chứng thực (ND124 Art. 5.3). `endsOn`: first
   * day it is no longer required (ND155/2026 Art. 21.2), inside this rule set's interval; null: never.
   */
  complaintProxyNotarisation: { requiredForIndividuals: boolean; endsOn: IsoDate | null };
  /** Rút một phần nội dung tố cáo (Luật TC Art. 33.1). */
  denunciationPartialWithdrawal: boolean;
  /** Withdrawn, yet still resolved on signs of violation, coercion or slander (Luật TC Art. 33.3). */
  denunciationContinueDespiteWithdrawal: boolean;
  /**
   * When a withdrawal may be recorded in minutes instead of a đơn: only when the denouncer comes to
   * withdraw in person (ND31 Art. 4.1 original), or at any working session with the resolver,
   * the checker or the verifier (Luật TC Art. 33.1 as amended; ND31 Art. 4.2 as amended).
   */
  denunciationWithdrawalMinutes: 'in_person_withdrawal' | 'any_working_session';
  /** Thủ tướng may authorise the Tổng Thanh tra Chính phủ to accept and conclude (Luật TC Art. 13.8.c). */
  denunciationPmDelegationToInspectorGeneral: boolean;
}

/**
 * Từ chối tiếp công dân. Luật TCD Art. 9.1–9.3, then the cases ND154/2026 Art. 4.1.a–k adds under
 * Art. 9.4 ("những trường hợp khác theo quy định của pháp luật") from 2026-07-01.
 */
export const RECEPTION_REFUSAL_GROUNDS = [
  'incapacitated', // say do dùng chất kích thích, tâm thần, mất khả năng nhận thức (Art. 9.1)
  'threatening_or_disorderly', // đe dọa, xúc phạm, vi phạm nội quy nơi tiếp công dân (Art. 9.2)
  'resolved_case_persisting', // vụ việc đã giải quyết đúng, đã rà soát, vẫn cố tình khiếu nại, tố cáo kéo dài (Art. 9.3)
  'weapons', // mang vũ khí, vật liệu nổ không chấp hành gửi, giao nộp (ND154 Art. 4.1.a)
  'security_check_refused', // không chấp hành kiểm tra an ninh (Art. 4.1.b)
  'unauthorised_recording', // tự ý ghi âm, ghi hình, phát trực tiếp (Art. 4.1.c)
  'incitement', // kích động, lôi kéo, gây rối (Art. 4.1.d)
  'no_legal_representative', // không có năng lực hành vi dân sự đầy đủ, không có người đại diện (Art. 4.1.đ)
  'representation_unproven', // không xuất trình được giấy tờ chứng minh tư cách đại diện (Art. 4.1.e)
  'outside_scope', // nội dung không thuộc phạm vi khiếu nại, tố cáo, kiến nghị, phản ánh (Art. 4.1.g)
  'feedback_already_answered', // kiến nghị, phản ánh đã được trả lời, không có tình tiết mới (Art. 4.1.h)
  'final_court_judgment', // đã có bản án, quyết định có hiệu lực, không thuộc trường hợp xem xét lại (Art. 4.1.i)
  'handled_elsewhere', // đang được cơ quan có thẩm quyền khác thụ lý, giải quyết (Art. 4.1.k)
] as const;
export type ReceptionRefusalGround = (typeof RECEPTION_REFUSAL_GROUNDS)[number];

export const COMPLAINT_TERMINATION_GROUNDS = [
  'withdrawn', // người khiếu nại rút toàn bộ khiếu nại
  'complainant_died_or_dissolved', // chết / giải thể mà không có người kế thừa
  'no_object', // không còn đối tượng, nội dung để giải quyết
  'court_accepted', // Tòa án đã thụ lý hoặc giải quyết
] as const;
export type ComplaintTerminationGround = (typeof COMPLAINT_TERMINATION_GROUNDS)[number];

export interface CompetenceRules {
  /**
   * Level whose head resolves the second complaint when the first was resolved at `level`;
   * 'court_only' where the law gives no second administrative round (e.g. a minister).
   * A level the table omits follows the direct superior (public service units: ND124 Art. 14.2).
   */
  complaintRound2: Partial<Record<AuthorityLevel, AuthorityLevel | 'court_only'>>;
  /**
   * Level whose head resolves a denunciation against the head or deputy head of an authority at
   * `level`. A level the table omits follows the direct superior (Luật TC Art. 12.1).
   */
  denunciationAgainstHead: Partial<Record<AuthorityLevel, AuthorityLevel>>;
}

/** Leaders' periodic reception (tiếp công dân định kỳ): at least `days` per `per`. */
export interface ReceptionDuty {
  days: number;
  per: 'week' | 'month';
}

export interface RuleThresholds {
  /** Đơn có nhiều người đứng tên: this many signatories or more. */
  manySignatories: number;
  /**
   * Representatives for many complainants on the same content: from `minPeople` (when given) to
   * `maxPeople` people, between `minRepresentatives` and `maxRepresentatives` representatives.
   */
  representatives: {
    minPeople?: number;
    maxPeople: number | null;
    minRepresentatives: number;
    maxRepresentatives: number;
  }[];
  /** Gia hạn giải quyết tố cáo: how many extensions each case may have (Luật TC Art. 30.2, 30.3). */
  denunciationExtensions: { complex: number; particularlyComplex: number };
  /** Vụ việc đặc biệt phức tạp: at least this many criteria of vụ việc phức tạp (ND31 Art. 3.3). */
  particularlyComplexMinCriteria: number;
  /** Periodic reception by the head of an authority at each level. */
  leaderReception: Partial<Record<AuthorityLevel, ReceptionDuty>>;
}

/** Where the features, competence and thresholds of a rule set come from. */
export interface RuleProvenance {
  features: Record<keyof RuleFeatures, LegalSource[]>;
  competence: Record<keyof CompetenceRules, LegalSource[]>;
  thresholds: Record<keyof RuleThresholds, LegalSource[]>;
}

export interface RuleSet {
  id: RuleSetId;
  title: string;
  /** First day in force. */
  effectiveFrom: IsoDate;
  /** First day no longer in force (exclusive); absent for the current set. */
  effectiveUntil?: IsoDate;
  /** The instruments this set is drawn from. */
  instruments: string[];
  timeLimits: Partial<Record<TimeLimitKey, TimeLimitRule>>;
  features: RuleFeatures;
  competence: CompetenceRules;
  thresholds: RuleThresholds;
  provenance?: RuleProvenance;
}
