/**
 * Every number a report shows is a metric: a label, a written definition, and the SQL predicate
 * over one fact row that decides whether the row counts. The count and its drill-down use the
 * same predicate, so the list behind a number always has exactly that many rows. `:S` and `:E`
 * are the period's first and last day (inclusive).
 */
export interface MetricDef {
  key: string;
  label: string;
  definition: string;
  predicate: string;
}

/** A segment of a case unit held at some moment of the period. */
const OVERLAPS = `f.start_on <= :E AND (f.end_on IS NULL OR f.end_on >= :S)`;
const RESOLVED = `f.exit = 'resolved' AND f.end_on BETWEEN :S AND :E`;
const DECIDED = `${RESOLVED} AND f.resolution = 'decision'`;
const PENDING = `f.start_on <= :E AND (f.end_on IS NULL OR f.end_on > :E)`;
const ENDED = `f.exit = 'ended' AND f.end_on BETWEEN :S AND :E`;

const age = (from: number, to?: number) =>
  to === undefined
    ? `${PENDING} AND (:E::date - f.accepted_on) >= ${from}`
    : `${PENDING} AND (:E::date - f.accepted_on) BETWEEN ${from} AND ${to}`;

/** Case units (vụ việc) within the competence of the holding authority. */
export const CASE_METRICS: readonly MetricDef[] = [
  {
    key: 'carriedOver',
    label: 'Kỳ trước chuyển sang',
    definition:
      'Vụ việc đã thụ lý (hoặc nhận bàn giao) trước ngày đầu kỳ và chưa giải quyết xong đến hết ngày trước ngày đầu kỳ.',
    predicate: `f.start_on < :S AND (f.end_on IS NULL OR f.end_on >= :S)`,
  },
  {
    key: 'new',
    label: 'Thụ lý mới trong kỳ',
    definition:
      'Vụ việc có quyết định (thông báo) thụ lý trong kỳ; khiếu nại lần hai và tố cáo tiếp được giải quyết lại là vụ việc mới.',
    predicate: `f.entry = 'accepted' AND f.start_on BETWEEN :S AND :E`,
  },
  {
    key: 'newFurther',
    label: 'Trong đó tố cáo tiếp',
    definition: 'Vụ việc tố cáo tiếp được cấp trên thụ lý giải quyết lại trong kỳ.',
    predicate: `f.entry = 'accepted' AND f.start_on BETWEEN :S AND :E AND f.further`,
  },
  {
    key: 'transferredIn',
    label: 'Nhận bàn giao trong kỳ',
    definition:
      'Vụ việc đang giải quyết được bàn giao nguyên trạng đến trong kỳ (sắp xếp tổ chức) hoặc cấp trên lấy lên giải quyết.',
    predicate: `f.entry = 'transferred_in' AND f.start_on BETWEEN :S AND :E`,
  },
  {
    key: 'transferredOut',
    label: 'Bàn giao đi trong kỳ',
    definition:
      'Vụ việc đang giải quyết đã bàn giao cho cơ quan khác trong kỳ (sắp xếp tổ chức) hoặc bị cấp trên lấy lên giải quyết.',
    predicate: `f.exit = 'transferred_out' AND f.end_on BETWEEN :S AND :E`,
  },
  {
    key: 'toResolve',
    label: 'Tổng số vụ việc phải giải quyết',
    definition:
      'Kỳ trước chuyển sang + thụ lý mới + nhận bàn giao − bàn giao đi: vụ việc thuộc thẩm quyền mà cơ quan phải giải quyết trong kỳ.',
    predicate: `${OVERLAPS} AND (f.exit IS DISTINCT FROM 'transferred_out' OR f.end_on > :E)`,
  },
  {
    key: 'resolved',
    label: 'Đã giải quyết',
    definition:
      'Vụ việc kết thúc trong kỳ bằng quyết định giải quyết (kết luận, văn bản trả lời), rút toàn bộ hoặc đình chỉ.',
    predicate: RESOLVED,
  },
  {
    key: 'resolvedByDecision',
    label: 'Bằng quyết định, kết luận',
    definition:
      'Đã giải quyết bằng quyết định giải quyết khiếu nại, kết luận nội dung tố cáo hoặc văn bản trả lời kiến nghị, phản ánh.',
    predicate: DECIDED,
  },
  {
    key: 'resolvedWithdrawn',
    label: 'Rút toàn bộ nội dung',
    definition: 'Đã giải quyết do người khiếu nại, tố cáo rút toàn bộ nội dung (đình chỉ do rút).',
    predicate: `${RESOLVED} AND f.resolution = 'withdrawn'`,
  },
  {
    key: 'resolvedTerminated',
    label: 'Đình chỉ không do rút',
    definition: 'Đã giải quyết bằng quyết định đình chỉ vì lý do khác việc rút đơn.',
    predicate: `${RESOLVED} AND f.resolution = 'terminated'`,
  },
  {
    key: 'resolvedRound1',
    label: 'Giải quyết lần đầu',
    definition: 'Vụ việc khiếu nại lần đầu đã giải quyết trong kỳ.',
    predicate: `${RESOLVED} AND f.round = 1`,
  },
  {
    key: 'resolvedRound2',
    label: 'Giải quyết lần hai',
    definition: 'Vụ việc khiếu nại lần hai đã giải quyết trong kỳ.',
    predicate: `${RESOLVED} AND f.round = 2`,
  },
  {
    key: 'resolvedFurther',
    label: 'Tố cáo tiếp đã giải quyết',
    definition: 'Vụ việc tố cáo tiếp được cấp trên giải quyết lại, đã giải quyết trong kỳ.',
    predicate: `${RESOLVED} AND f.further`,
  },
  {
    key: 'outcomeCorrect',
    label: 'Đúng',
    definition: 'Quyết định, kết luận trong kỳ xác định khiếu nại, tố cáo đúng.',
    predicate: `${DECIDED} AND f.outcome = 'correct'`,
  },
  {
    key: 'outcomePartlyCorrect',
    label: 'Có đúng, có sai',
    definition: 'Quyết định, kết luận trong kỳ xác định khiếu nại, tố cáo đúng một phần.',
    predicate: `${DECIDED} AND f.outcome = 'partly_correct'`,
  },
  {
    key: 'outcomeIncorrect',
    label: 'Sai',
    definition: 'Quyết định, kết luận trong kỳ xác định khiếu nại sai, tố cáo sai (sai sự thật).',
    predicate: `${DECIDED} AND f.outcome = 'incorrect'`,
  },
  {
    key: 'outcomeNone',
    label: 'Không phân tích đúng, sai',
    definition: 'Văn bản trả lời kiến nghị, phản ánh: không có kết luận đúng, sai.',
    predicate: `${DECIDED} AND f.outcome IS NULL`,
  },
  {
    key: 'round2Upheld',
    label: 'Công nhận quyết định lần đầu',
    definition: 'Quyết định lần hai trong kỳ công nhận quyết định giải quyết lần đầu.',
    predicate: `${DECIDED} AND f.round = 2 AND f.effect_on_round1 = 'upheld'`,
  },
  {
    key: 'round2Amended',
    label: 'Sửa quyết định lần đầu',
    definition: 'Quyết định lần hai trong kỳ sửa quyết định giải quyết lần đầu.',
    predicate: `${DECIDED} AND f.round = 2 AND f.effect_on_round1 = 'amended'`,
  },
  {
    key: 'round2Annulled',
    label: 'Hủy quyết định lần đầu',
    definition: 'Quyết định lần hai trong kỳ hủy quyết định giải quyết lần đầu.',
    predicate: `${DECIDED} AND f.round = 2 AND f.effect_on_round1 = 'annulled'`,
  },
  {
    key: 'round2WithoutFirstDecision',
    label: 'Lần hai khi lần đầu quá hạn chưa giải quyết',
    definition:
      'Quyết định lần hai trong kỳ khi người có thẩm quyền lần đầu không giải quyết trong thời hạn (không có quyết định lần đầu để công nhận, sửa, hủy).',
    predicate: `${DECIDED} AND f.round = 2 AND f.effect_on_round1 IS NULL`,
  },
  {
    key: 'decidedRound2',
    label: 'Quyết định lần hai',
    definition: 'Vụ việc khiếu nại lần hai giải quyết trong kỳ bằng quyết định.',
    predicate: `${DECIDED} AND f.round = 2`,
  },
  {
    key: 'onTime',
    label: 'Đúng thời hạn',
    definition:
      'Đã giải quyết trong kỳ, ngày giải quyết không sau hạn giải quyết (tính cả gia hạn hợp pháp và thời gian tạm đình chỉ).',
    predicate: `${RESOLVED} AND f.on_time IS TRUE`,
  },
  {
    key: 'late',
    label: 'Quá thời hạn',
    definition: 'Đã giải quyết trong kỳ, sau hạn giải quyết.',
    predicate: `${RESOLVED} AND f.on_time IS FALSE`,
  },
  {
    key: 'timingUnknown',
    label: 'Không xác định được thời hạn',
    definition: 'Đã giải quyết trong kỳ nhưng không tính được hạn giải quyết (ví dụ: kết thúc khi đang tạm đình chỉ).',
    predicate: `${RESOLVED} AND f.on_time IS NULL`,
  },
  {
    key: 'endedOther',
    label: 'Kết thúc khác',
    definition:
      'Vụ việc kết thúc trong kỳ mà không được giải quyết: khởi kiện, chuyển cơ quan điều tra, khiếu nại lần hai khi lần đầu quá hạn, chuyển cơ quan khác.',
    predicate: ENDED,
  },
  {
    key: 'endedLawsuit',
    label: 'Người khiếu nại khởi kiện',
    definition: 'Kết thúc do người khiếu nại khởi kiện vụ án hành chính khi chưa có quyết định.',
    predicate: `${ENDED} AND f.exit_reason = 'lawsuit'`,
  },
  {
    key: 'endedInvestigation',
    label: 'Chuyển cơ quan điều tra',
    definition: 'Kết thúc do chuyển hồ sơ đến cơ quan điều tra, viện kiểm sát.',
    predicate: `${ENDED} AND f.exit_reason = 'transferred_to_investigation'`,
  },
  {
    key: 'endedSecondRound',
    label: 'Khiếu nại lần hai khi lần đầu quá hạn',
    definition:
      'Lần đầu kết thúc không có quyết định vì người khiếu nại khiếu nại lần hai sau khi hết thời hạn giải quyết.',
    predicate: `${ENDED} AND f.exit_reason = 'second_round_after_missed_deadline'`,
  },
  {
    key: 'endedForwarded',
    label: 'Chuyển cơ quan có thẩm quyền',
    definition: 'Kiến nghị, phản ánh đã thụ lý rồi chuyển cơ quan có thẩm quyền.',
    predicate: `${ENDED} AND f.exit_reason = 'forwarded'`,
  },
  {
    key: 'pending',
    label: 'Đang giải quyết cuối kỳ',
    definition: 'Vụ việc đã thụ lý, chưa giải quyết xong đến hết ngày cuối kỳ (chuyển kỳ sau).',
    predicate: PENDING,
  },
  {
    key: 'pendingOverdue',
    label: 'Trong đó quá hạn',
    definition: 'Đang giải quyết cuối kỳ và hạn giải quyết đã qua trước ngày cuối kỳ.',
    predicate: `${PENDING} AND f.due_on < :E`,
  },
  {
    key: 'pendingSuspended',
    label: 'Trong đó đang tạm đình chỉ',
    definition: 'Đang giải quyết cuối kỳ mà thời hạn đang tạm dừng (tạm đình chỉ), nên chưa có hạn.',
    predicate: `${PENDING} AND f.due_on IS NULL`,
  },
  {
    key: 'age0to30',
    label: 'Đến 30 ngày',
    definition: 'Đang giải quyết cuối kỳ, thụ lý từ 0 đến 30 ngày trước ngày cuối kỳ.',
    predicate: age(0, 30),
  },
  {
    key: 'age31to60',
    label: 'Từ 31 đến 60 ngày',
    definition: 'Đang giải quyết cuối kỳ, thụ lý từ 31 đến 60 ngày trước ngày cuối kỳ.',
    predicate: age(31, 60),
  },
  {
    key: 'age61to90',
    label: 'Từ 61 đến 90 ngày',
    definition: 'Đang giải quyết cuối kỳ, thụ lý từ 61 đến 90 ngày trước ngày cuối kỳ.',
    predicate: age(61, 90),
  },
  {
    key: 'age91to180',
    label: 'Từ 91 đến 180 ngày',
    definition: 'Đang giải quyết cuối kỳ, thụ lý từ 91 đến 180 ngày trước ngày cuối kỳ.',
    predicate: age(91, 180),
  },
  {
    key: 'ageOver180',
    label: 'Trên 180 ngày',
    definition: 'Đang giải quyết cuối kỳ, thụ lý hơn 180 ngày trước ngày cuối kỳ.',
    predicate: age(181),
  },
  {
    key: 'decisionsCarriedOver',
    label: 'Quyết định, kết luận kỳ trước chưa thực hiện xong',
    definition:
      'Quyết định, kết luận ban hành trước kỳ, đến đầu kỳ chưa thi hành (khiếu nại) hoặc chưa kết thúc theo dõi (tố cáo).',
    predicate: `f.exit = 'resolved' AND f.resolution = 'decision' AND f.end_on < :S AND (f.implemented_on IS NULL OR f.implemented_on >= :S)`,
  },
  {
    key: 'decisionsImplemented',
    label: 'Đã thực hiện xong',
    definition:
      'Quyết định, kết luận đã thi hành xong (khiếu nại) hoặc kết thúc theo dõi việc thực hiện (tố cáo) trong kỳ.',
    predicate: `f.exit = 'resolved' AND f.resolution = 'decision' AND f.implemented_on BETWEEN :S AND :E`,
  },
  {
    key: 'decisionsToImplement',
    label: 'Chưa thực hiện xong cuối kỳ',
    definition: 'Quyết định, kết luận ban hành đến hết kỳ, chưa thực hiện xong đến hết ngày cuối kỳ.',
    predicate: `f.exit = 'resolved' AND f.resolution = 'decision' AND f.end_on <= :E AND (f.implemented_on IS NULL OR f.implemented_on > :E)`,
  },
];

/** Spells of đơn at the authority that holds them. */
const P_PROCESSED = `p.exit = 'processed' AND p.end_on BETWEEN :S AND :E`;
const P_ELIGIBLE = `${P_PROCESSED} AND p.eligible IS TRUE`;
const P_RECEIVED = `p.entry IN ('received', 'forwarded_in', 'returned') AND p.arrived_on BETWEEN :S AND :E`;
const P_CARRIED = `p.arrived_on < :S AND (p.end_on IS NULL OR p.end_on >= :S)`;
const ONE = `p.signatories = 1`;
const MANY = `p.signatories >= 2`;
const OTHER = `p.signatories = 0`;

const disposition = (key: string, value: string, label: string, scope: 'all' | 'eligible' | 'ineligible') => ({
  key,
  label,
  definition: `Đơn ${scope === 'eligible' ? 'đủ điều kiện ' : scope === 'ineligible' ? 'không đủ điều kiện ' : ''}đã xử lý trong kỳ bằng: ${label.toLowerCase()}.`,
  predicate: `${scope === 'eligible' ? P_ELIGIBLE : scope === 'ineligible' ? `${P_PROCESSED} AND p.eligible IS FALSE` : P_PROCESSED} AND p.disposition = '${value}'`,
});

const DISPOSITIONS: [string, string, string][] = [
  ['Accept', 'accept', 'Đề xuất thụ lý (thuộc thẩm quyền)'],
  ['Guide', 'guide', 'Hướng dẫn'],
  ['Forward', 'forward', 'Chuyển đơn'],
  ['Urge', 'urge', 'Đôn đốc giải quyết'],
  ['Return', 'returnToSender', 'Trả lại đơn'],
  ['Split', 'requestSplit', 'Hướng dẫn tách đơn'],
  ['File', 'file', 'Lưu đơn'],
  ['Dismiss', 'dismiss', 'Không xử lý'],
];

export const PETITION_METRICS: readonly MetricDef[] = [
  {
    key: 'total',
    label: 'Tổng số đơn',
    definition: 'Kỳ trước chuyển sang + tiếp nhận trong kỳ + nhận bàn giao trong kỳ.',
    predicate: `p.arrived_on <= :E AND (p.end_on IS NULL OR p.end_on >= :S)`,
  },
  {
    key: 'carriedOver',
    label: 'Kỳ trước chuyển sang',
    definition: 'Đơn đến cơ quan trước ngày đầu kỳ, chưa xử lý xong đến hết ngày trước ngày đầu kỳ.',
    predicate: P_CARRIED,
  },
  {
    key: 'carriedOverOne',
    label: 'Kỳ trước: một người đứng tên',
    definition: 'Đơn kỳ trước chuyển sang có một người đứng tên.',
    predicate: `${P_CARRIED} AND ${ONE}`,
  },
  {
    key: 'carriedOverMany',
    label: 'Kỳ trước: nhiều người đứng tên',
    definition: 'Đơn kỳ trước chuyển sang có từ hai người đứng tên trở lên.',
    predicate: `${P_CARRIED} AND ${MANY}`,
  },
  {
    key: 'carriedOverOther',
    label: 'Kỳ trước: đơn khác',
    definition: 'Đơn kỳ trước chuyển sang không có người ký tên (nặc danh, không ký).',
    predicate: `${P_CARRIED} AND ${OTHER}`,
  },
  {
    key: 'received',
    label: 'Tiếp nhận trong kỳ',
    definition:
      'Đơn đến cơ quan trong kỳ: vào sổ tại cơ quan, được cơ quan khác chuyển đến, hoặc bị trả lại để xử lý tiếp.',
    predicate: P_RECEIVED,
  },
  {
    key: 'receivedOne',
    label: 'Trong kỳ: một người đứng tên',
    definition: 'Đơn tiếp nhận trong kỳ có một người đứng tên.',
    predicate: `${P_RECEIVED} AND ${ONE}`,
  },
  {
    key: 'receivedMany',
    label: 'Trong kỳ: nhiều người đứng tên',
    definition: 'Đơn tiếp nhận trong kỳ có từ hai người đứng tên trở lên.',
    predicate: `${P_RECEIVED} AND ${MANY}`,
  },
  {
    key: 'receivedOther',
    label: 'Trong kỳ: đơn khác',
    definition: 'Đơn tiếp nhận trong kỳ không có người ký tên (nặc danh, không ký).',
    predicate: `${P_RECEIVED} AND ${OTHER}`,
  },
  {
    key: 'receivedDirect',
    label: 'Vào sổ tại cơ quan',
    definition:
      'Đơn tiếp nhận trong kỳ do cơ quan vào sổ (trực tiếp, bưu chính, trực tuyến, cơ quan ngoài hệ thống chuyển).',
    predicate: `${P_RECEIVED} AND p.entry = 'received'`,
  },
  {
    key: 'receivedForwardedIn',
    label: 'Do cơ quan khác chuyển đến',
    definition: 'Đơn tiếp nhận trong kỳ do cơ quan khác trong hệ thống chuyển đến.',
    predicate: `${P_RECEIVED} AND p.entry = 'forwarded_in'`,
  },
  {
    key: 'receivedReturned',
    label: 'Bị trả lại để xử lý tiếp',
    definition: 'Đơn đã chuyển đi nhưng bị nơi nhận trả lại trong kỳ.',
    predicate: `${P_RECEIVED} AND p.entry = 'returned'`,
  },
  {
    key: 'receivedFromReception',
    label: 'Qua tiếp công dân',
    definition: 'Đơn vào sổ trong kỳ tại buổi tiếp công dân.',
    predicate: `${P_RECEIVED} AND p.entry = 'received' AND p.from_reception`,
  },
  {
    key: 'transferredIn',
    label: 'Nhận bàn giao trong kỳ',
    definition: 'Đơn chưa xử lý xong được bàn giao nguyên trạng đến trong kỳ do sắp xếp tổ chức.',
    predicate: `p.entry = 'transferred_in' AND p.arrived_on BETWEEN :S AND :E`,
  },
  {
    key: 'transferredOut',
    label: 'Bàn giao đi trong kỳ',
    definition: 'Đơn chưa xử lý xong đã bàn giao cho cơ quan kế thừa trong kỳ do sắp xếp tổ chức.',
    predicate: `p.exit = 'transferred_out' AND p.end_on BETWEEN :S AND :E`,
  },
  {
    key: 'processed',
    label: 'Số đơn đã xử lý',
    definition:
      'Đơn cơ quan đã xử lý xong trong kỳ (đề xuất thụ lý, hướng dẫn, chuyển, trả lại, đôn đốc, tách, lưu, không xử lý).',
    predicate: P_PROCESSED,
  },
  {
    key: 'eligible',
    label: 'Đủ điều kiện xử lý',
    definition: 'Đơn đã xử lý trong kỳ, được phân loại đủ điều kiện xử lý.',
    predicate: P_ELIGIBLE,
  },
  {
    key: 'ineligible',
    label: 'Không đủ điều kiện xử lý',
    definition: 'Đơn đã xử lý trong kỳ, được phân loại không đủ điều kiện xử lý.',
    predicate: `${P_PROCESSED} AND p.eligible IS FALSE`,
  },
  {
    key: 'eligibleComplaint',
    label: 'Khiếu nại',
    definition: 'Đơn đủ điều kiện đã xử lý trong kỳ có nội dung khiếu nại.',
    predicate: `${P_ELIGIBLE} AND p.content_kind = 'complaint'`,
  },
  {
    key: 'eligibleDenunciation',
    label: 'Tố cáo',
    definition: 'Đơn đủ điều kiện đã xử lý trong kỳ có nội dung tố cáo.',
    predicate: `${P_ELIGIBLE} AND p.content_kind = 'denunciation'`,
  },
  {
    key: 'eligibleFeedback',
    label: 'Kiến nghị, phản ánh',
    definition: 'Đơn đủ điều kiện đã xử lý trong kỳ có nội dung kiến nghị, phản ánh.',
    predicate: `${P_ELIGIBLE} AND p.content_kind = 'feedback'`,
  },
  {
    key: 'eligibleMixed',
    label: 'Nhiều nội dung',
    definition: 'Đơn đủ điều kiện đã xử lý trong kỳ có nhiều nội dung khác nhau.',
    predicate: `${P_ELIGIBLE} AND p.content_kind = 'mixed'`,
  },
  {
    key: 'eligibleWithinCompetence',
    label: 'Thuộc thẩm quyền',
    definition: 'Đơn đủ điều kiện đã xử lý trong kỳ, thuộc thẩm quyền giải quyết của cơ quan.',
    predicate: `${P_ELIGIBLE} AND p.within_competence IS TRUE`,
  },
  {
    key: 'eligibleOutsideCompetence',
    label: 'Không thuộc thẩm quyền',
    definition: 'Đơn đủ điều kiện đã xử lý trong kỳ, không thuộc thẩm quyền giải quyết của cơ quan.',
    predicate: `${P_ELIGIBLE} AND p.within_competence IS FALSE`,
  },
  ...DISPOSITIONS.map(([suffix, value, label]) => disposition(`disposition${suffix}`, value, label, 'all')),
  ...DISPOSITIONS.map(([suffix, value, label]) => disposition(`eligible${suffix}`, value, label, 'eligible')),
  ...DISPOSITIONS.map(([suffix, value, label]) => disposition(`ineligible${suffix}`, value, label, 'ineligible')),
  {
    key: 'forwardRepliesReceived',
    label: 'Văn bản phúc đáp nhận được do chuyển đơn',
    definition: 'Đơn cơ quan đã chuyển đi (bất kỳ kỳ nào) mà nơi nhận đã xử lý hoặc trả lại trong kỳ.',
    predicate: `p.disposition = 'forward' AND p.reply_on BETWEEN :S AND :E`,
  },
  {
    key: 'forwardAwaitingReply',
    label: 'Đơn đã chuyển chưa có phúc đáp cuối kỳ',
    definition: 'Đơn đã chuyển đi đến hết kỳ mà đến hết ngày cuối kỳ nơi nhận chưa xử lý.',
    predicate: `p.disposition = 'forward' AND p.end_on <= :E AND (p.reply_on IS NULL OR p.reply_on > :E)`,
  },
  {
    key: 'pending',
    label: 'Chưa xử lý xong cuối kỳ',
    definition: 'Đơn cơ quan đang giữ, chưa xử lý xong đến hết ngày cuối kỳ (chuyển kỳ sau).',
    predicate: `p.arrived_on <= :E AND (p.end_on IS NULL OR p.end_on > :E)`,
  },
];

export const metricIndex = (metrics: readonly MetricDef[]) => new Map(metrics.map((m) => [m.key, m]));
export const CASE_METRIC_INDEX = metricIndex(CASE_METRICS);
export const PETITION_METRIC_INDEX = metricIndex(PETITION_METRICS);
