import type { AuthorityLevel } from '../shared/authority';
import type { ClockVariant, DurationUnit, RuleFeatures, RuleThresholds, TimeLimitKind } from './rule-set.types';
import type { AnchorDate, ProcedureKind } from './select-rule-set';

/** Vietnamese labels for the generated rules table (docs/law/rules.md). */
export const UNIT_LABELS: Record<DurationUnit, string> = {
  calendar_days: 'ngày',
  working_days: 'ngày làm việc',
};

export const KIND_LABELS: Record<TimeLimitKind, string> = {
  act_within: 'thời hạn thực hiện',
  notice_before: 'báo trước ít nhất',
  right_window: 'thời hiệu, thời hạn thực hiện quyền',
  effect_after: 'có hiệu lực sau',
  minimum_duration: 'thời gian tối thiểu',
};

export const VARIANT_LABELS: Record<Exclude<ClockVariant, 'base'>, string> = {
  complex: 'phức tạp',
  remote: 'vùng sâu, vùng xa',
  remoteComplex: 'vùng sâu, vùng xa và phức tạp',
};

export const LEVEL_LABELS: Record<AuthorityLevel, string> = {
  central: 'Trung ương (Thủ tướng Chính phủ)',
  ministry: 'Bộ trưởng',
  ministry_agency: 'Thủ trưởng cơ quan thuộc bộ',
  province: 'Chủ tịch UBND cấp tỉnh',
  provincial_agency: 'Thủ trưởng cơ quan chuyên môn thuộc UBND cấp tỉnh',
  provincial_agency_unit: 'Thủ trưởng đơn vị thuộc cơ quan chuyên môn cấp tỉnh',
  district: 'Chủ tịch UBND cấp huyện',
  district_agency: 'Thủ trưởng cơ quan thuộc UBND cấp huyện',
  commune: 'Chủ tịch UBND cấp xã',
  public_service_unit: 'Người đứng đầu đơn vị sự nghiệp công lập',
};

export const FEATURE_LABELS: Record<keyof RuleFeatures, string> = {
  districtLevel: 'Có cấp huyện',
  complaintSuspension: 'Tạm đình chỉ, đình chỉ giải quyết khiếu nại',
  complaintTerminationGrounds: 'Căn cứ đình chỉ giải quyết khiếu nại',
  complaintPartialWithdrawal: 'Rút một phần nội dung khiếu nại',
  onlineReception: 'Tiếp công dân trực tuyến',
  receptionRefusalGrounds: 'Căn cứ từ chối tiếp công dân',
  receptionRefusalNoticeGrounds: 'Căn cứ từ chối phải ra Thông báo từ chối tiếp công dân',
  complaintWithdrawalByMinutes: 'Rút khiếu nại bằng biên bản ghi nhận',
  complaintGroupPartialWithdrawal: 'Một số người trong nhiều người khiếu nại rút khiếu nại',
  complaintDialogue: 'Đối thoại (lần đầu / lần hai / kỷ luật)',
  complaintDialogueNoShowContinues: 'Vắng mặt đối thoại không lý do chính đáng vẫn tiếp tục giải quyết',
  complaintProxyNotarisation: 'Công chứng, chứng thực văn bản ủy quyền khiếu nại của cá nhân',
  denunciationPartialWithdrawal: 'Rút một phần nội dung tố cáo',
  denunciationContinueDespiteWithdrawal: 'Vẫn giải quyết tố cáo dù đã rút',
  denunciationWithdrawalMinutes: 'Rút tố cáo bằng biên bản',
  denunciationPmDelegationToInspectorGeneral: 'Thủ tướng ủy quyền Tổng Thanh tra Chính phủ giải quyết tố cáo',
};

export const THRESHOLD_LABELS: Record<keyof RuleThresholds, string> = {
  manySignatories: 'Đơn nhiều người đứng tên (từ … người)',
  representatives: 'Số người đại diện',
  denunciationExtensions: 'Số lần gia hạn giải quyết tố cáo',
  particularlyComplexMinCriteria: 'Vụ việc đặc biệt phức tạp (số tiêu chí tối thiểu)',
  leaderReception: 'Người đứng đầu tiếp công dân định kỳ',
};

export const VALUE_LABELS: Record<string, string> = {
  when_disputed: 'khi còn khác nhau',
  mandatory: 'bắt buộc',
  in_person_withdrawal: 'khi đến rút trực tiếp',
  any_working_session: 'khi làm việc với người giải quyết, người xác minh',
  withdrawn: 'rút toàn bộ',
  complainant_died_or_dissolved: 'chết, giải thể không có người kế thừa',
  no_object: 'không còn đối tượng, nội dung',
  court_accepted: 'Tòa án đã thụ lý, giải quyết',
  court_only: 'chỉ khởi kiện tại Tòa án',
  incapacitated: 'say, tâm thần, mất khả năng nhận thức',
  threatening_or_disorderly: 'đe dọa, xúc phạm, vi phạm nội quy',
  resolved_case_persisting: 'vụ việc đã giải quyết đúng, vẫn cố tình khiếu nại, tố cáo kéo dài',
  weapons: 'mang vũ khí, vật liệu nổ, chất nguy hiểm',
  security_check_refused: 'không chấp hành kiểm tra an ninh',
  unauthorised_recording: 'tự ý ghi âm, ghi hình, phát trực tiếp',
  incitement: 'kích động, lôi kéo, gây rối',
  no_legal_representative: 'không có năng lực hành vi đầy đủ, không có người đại diện',
  representation_unproven: 'không chứng minh được tư cách đại diện',
  outside_scope: 'nội dung không thuộc phạm vi khiếu nại, tố cáo, kiến nghị, phản ánh',
  feedback_already_answered: 'kiến nghị, phản ánh đã được trả lời, không có tình tiết mới',
  final_court_judgment: 'đã có bản án, quyết định của Tòa án có hiệu lực',
  handled_elsewhere: 'đang được cơ quan có thẩm quyền khác giải quyết',
  direct_superior: 'cấp trên trực tiếp',
};

export const PROCEDURE_LABELS: Record<ProcedureKind, string> = {
  petition: 'Xử lý đơn',
  reception: 'Tiếp công dân',
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
  feedback: 'Kiến nghị, phản ánh',
};

export const ANCHOR_LABELS: Record<AnchorDate, string> = {
  received: 'ngày nhận đơn',
  accepted: 'ngày thụ lý',
  event: 'ngày của sự kiện',
};
