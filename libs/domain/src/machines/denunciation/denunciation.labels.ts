import type {
  Complexity,
  ComplexityCriterion,
  Conclusion,
  DenunciationOutcome,
  HandlingMeasure,
  ReResolutionGround,
  RefusalReason,
  SuspensionGround,
  TakeOverGround,
  TerminationGround,
  WithdrawalContinueGround,
  WithdrawalForm,
  WithdrawalMinutesSetting,
  WithdrawalScope,
} from './denunciation.types';

/** Vietnamese labels shown to officers, worded after the articles they come from. */

export const COMPLEXITY_LABELS: Record<Complexity, string> = {
  normal: 'Vụ việc không phức tạp',
  complex: 'Vụ việc phức tạp',
  particularly_complex: 'Vụ việc đặc biệt phức tạp',
};

export const COMPLEXITY_CRITERION_LABELS: Record<ComplexityCriterion, string> = {
  several_locations: 'Tố cáo về một nội dung nhưng phải xác minh từ 02 địa điểm trở lên',
  several_contents: 'Tố cáo có từ 02 nội dung phải xác minh trở lên',
  many_denouncers_or_affected:
    'Nhiều người tố cáo về cùng một nội dung hoặc nội dung tố cáo liên quan đến quyền và lợi ích của nhiều người',
  foreign_element: 'Tố cáo có yếu tố nước ngoài',
  several_managing_bodies: 'Nội dung tố cáo liên quan đến trách nhiệm quản lý của nhiều cơ quan, tổ chức',
  divergent_opinions: 'Các cơ quan, tổ chức có liên quan trong quá trình giải quyết tố cáo còn ý kiến khác nhau',
  conflicting_evidence:
    'Có tài liệu, chứng cứ mâu thuẫn với nhau cần có thời gian kiểm tra, xác minh, đánh giá hoặc tham khảo ý kiến của các cơ quan chuyên môn',
};

export const CONCLUSION_LABELS: Record<Conclusion, string> = {
  correct: 'Tố cáo đúng',
  partly_correct: 'Tố cáo đúng một phần',
  untrue: 'Tố cáo sai sự thật',
};

export const REFUSAL_REASON_LABELS: Record<RefusalReason, string> = {
  form_noncompliant: 'Tố cáo không được thực hiện theo quy định tại Điều 23 Luật Tố cáo',
  no_legal_capacity: 'Người tố cáo không có đủ năng lực hành vi dân sự và không có người đại diện theo pháp luật',
  not_competent: 'Vụ việc không thuộc thẩm quyền giải quyết của cơ quan tiếp nhận',
  no_basis_to_identify: 'Nội dung tố cáo không có cơ sở để xác định người vi phạm, hành vi vi phạm pháp luật',
  complaint_resolver_without_evidence:
    'Tố cáo người đã giải quyết khiếu nại đúng thẩm quyền, trình tự nhưng không cung cấp được thông tin, tài liệu, chứng cứ về hành vi vi phạm',
};

export const SUSPENSION_GROUND_LABELS: Record<SuspensionGround, string> = {
  awaiting_other_result:
    'Cần đợi kết quả giải quyết của cơ quan, tổ chức, cá nhân khác hoặc đợi kết quả giải quyết vụ việc khác có liên quan',
  awaiting_expert_reassessment: 'Cần đợi kết quả giám định bổ sung, giám định lại',
};

export const TERMINATION_GROUND_LABELS: Record<TerminationGround, string> = {
  withdrawn: 'Người tố cáo rút toàn bộ nội dung tố cáo',
  denounced_died: 'Người bị tố cáo là cá nhân đã chết và nội dung tố cáo chỉ liên quan đến trách nhiệm của người đó',
  already_decided:
    'Vụ việc đã được giải quyết bằng bản án, quyết định của Tòa án hoặc quyết định của cơ quan có thẩm quyền đã có hiệu lực',
};

export const WITHDRAWAL_CONTINUE_GROUND_LABELS: Record<WithdrawalContinueGround, string> = {
  signs_of_violation: 'Hành vi bị tố cáo có dấu hiệu vi phạm pháp luật',
  coerced: 'Việc rút tố cáo do người tố cáo bị đe dọa, ép buộc, mua chuộc',
  slander: 'Người tố cáo lợi dụng việc tố cáo để vu khống, xúc phạm, gây thiệt hại cho người bị tố cáo',
};

export const WITHDRAWAL_FORM_LABELS: Record<WithdrawalForm, string> = {
  letter: 'Đơn rút tố cáo (Mẫu số 02)',
  minutes: 'Biên bản ghi nhận việc rút tố cáo (Mẫu số 03)',
};

export const WITHDRAWAL_MINUTES_SETTING_LABELS: Record<WithdrawalMinutesSetting, string> = {
  withdrawal_visit: 'Người tố cáo đến cơ quan trực tiếp rút tố cáo',
  working_session: 'Khi làm việc với người giải quyết, người kiểm tra điều kiện thụ lý hoặc người xác minh',
};

export const WITHDRAWAL_SCOPE_LABELS: Record<WithdrawalScope, string> = {
  all: 'Rút toàn bộ nội dung tố cáo',
  part: 'Rút một phần nội dung tố cáo',
};

export const HANDLING_MEASURE_LABELS: Record<HandlingMeasure, string> = {
  restore_rights: 'Khôi phục quyền và lợi ích hợp pháp của người bị tố cáo',
  handle_false_denouncer: 'Xử lý hoặc kiến nghị xử lý người cố ý tố cáo sai sự thật',
  impose_measures: 'Áp dụng biện pháp xử lý theo thẩm quyền',
  recommend_measures: 'Kiến nghị cơ quan, tổ chức, cá nhân có thẩm quyền xử lý',
  transfer_to_investigation: 'Chuyển hồ sơ đến Cơ quan điều tra hoặc Viện kiểm sát nhân dân có thẩm quyền',
};

export const RE_RESOLUTION_GROUND_LABELS: Record<ReResolutionGround, string> = {
  inaccurate_or_biased: 'Kết quả xác minh hoặc kết luận nội dung tố cáo thiếu chính xác hoặc thiếu khách quan',
  missed_evidence: 'Bỏ sót, bỏ lọt thông tin, tài liệu, chứng cứ quan trọng',
  wrong_law: 'Áp dụng không đúng pháp luật trong quá trình xác minh hoặc kết luận',
  wrong_competence: 'Việc giải quyết tố cáo trước đó không đúng thẩm quyền; cấp trên giải quyết theo thẩm quyền',
};

export const TAKE_OVER_GROUND_LABELS: Record<TakeOverGround, string> = {
  serious_violation: 'Việc giải quyết tố cáo của cấp dưới có vi phạm pháp luật nghiêm trọng',
  not_objective: 'Việc giải quyết tố cáo của cấp dưới có dấu hiệu không khách quan',
};

export const DENUNCIATION_OUTCOME_LABELS: Record<DenunciationOutcome, string> = {
  not_accepted: 'Không thụ lý tố cáo',
  forwarded: 'Đã chuyển tố cáo đến cơ quan có thẩm quyền',
  transferred_to_investigation: 'Đã chuyển hồ sơ đến Cơ quan điều tra, Viện kiểm sát',
  withdrawn_before_acceptance: 'Người tố cáo rút tố cáo trước khi thụ lý',
  terminated_withdrawn: 'Đình chỉ giải quyết: người tố cáo rút toàn bộ tố cáo',
  terminated_denounced_died: 'Đình chỉ giải quyết: người bị tố cáo đã chết',
  terminated_already_decided: 'Đình chỉ giải quyết: vụ việc đã được giải quyết bằng bản án, quyết định có hiệu lực',
  correct: 'Kết thúc: tố cáo đúng',
  partly_correct: 'Kết thúc: tố cáo đúng một phần',
  untrue: 'Kết thúc: tố cáo sai sự thật',
  previous_resolution_upheld: 'Không giải quyết lại: việc giải quyết tố cáo trước đó đúng pháp luật',
};
