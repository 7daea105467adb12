/**
 * Lượt tiếp công dân: what the sổ tiếp công dân records about a visit (Luật TCD Art. 25.2;
 * ND154/2026 Art. 27.1).
 */

/** Loại tiếp công dân: thường xuyên, định kỳ, đột xuất. */
export const VISIT_TYPES = [
  'regular', // tiếp thường xuyên: by the officers assigned to the reception place (Luật TCD Arts. 10, 15, 16)
  'periodic', // tiếp định kỳ: the head on the scheduled days (Arts. 12.5, 15.2.c, 18.2)
  'ad_hoc', // tiếp đột xuất: the head, when a case requires it (Art. 18.3)
] as const;
export type VisitType = (typeof VISIT_TYPES)[number];

/** Hình thức tiếp công dân (Luật TCD Art. 3a, added by Luật 136/2025 from 2026-07-01). */
export const VISIT_FORMS = ['in_person', 'online'] as const;
export type VisitForm = (typeof VISIT_FORMS)[number];

/**
 * For a head's reception (định kỳ, đột xuất): the head received in person, or someone else received
 * on the head's behalf. The law wants the head in person (Luật TCD Art. 18.2 "trực tiếp tiếp");
 * the register keeps the fact so compliance can be measured.
 */
export const LEADER_PRESENCE = ['in_person', 'delegated'] as const;
export type LeaderPresence = (typeof LEADER_PRESENCE)[number];

/** What came of a visit (việc tiếp nhận, xử lý vụ việc: Luật TCD Art. 25.2, 26). */
export const VISIT_RESULTS = [
  'received', // nội dung được tiếp nhận: đơn vào sổ (or linked) for processing (Art. 26.1.a, 26.2.a)
  'guided', // hướng dẫn đến cơ quan có thẩm quyền (Art. 26.1.b, 26.2.b; ND154 Art. 15.2)
  'answered', // giải thích, trả lời trực tiếp; yêu cầu chấp hành quyết định đã giải quyết đúng (Art. 26.1.d)
  'refused', // từ chối tiếp (Art. 9; ND154 Art. 4)
] as const;
export type VisitResult = (typeof VISIT_RESULTS)[number];

/** The four answers of Luật TCD Art. 28.1, due within 10 working days of a reception. */
export const RECEPTION_REPLY_KINDS = [
  'accepted', // a) đã được thụ lý để giải quyết
  'extended', // b) việc xem xét để thụ lý cần kéo dài thời gian do cần xác minh thêm
  'refused', // c) từ chối thụ lý (không thuộc thẩm quyền, không đủ điều kiện thụ lý)
  'forwarded', // d) đã được chuyển đến cơ quan có thẩm quyền giải quyết
] as const;
export type ReceptionReplyKind = (typeof RECEPTION_REPLY_KINDS)[number];

/** Art. 28.1: "trả lời trực tiếp hoặc thông báo bằng văn bản". */
export const REPLY_FORMS = ['in_person', 'written'] as const;
export type ReplyForm = (typeof REPLY_FORMS)[number];

export const VISIT_TYPE_LABELS: Record<VisitType, string> = {
  regular: 'Tiếp thường xuyên',
  periodic: 'Tiếp định kỳ',
  ad_hoc: 'Tiếp đột xuất',
};

export const VISIT_RESULT_LABELS: Record<VisitResult, string> = {
  received: 'Tiếp nhận đơn, nội dung để xử lý',
  guided: 'Hướng dẫn',
  answered: 'Giải thích, trả lời trực tiếp',
  refused: 'Từ chối tiếp',
};

export const RECEPTION_REPLY_LABELS: Record<ReceptionReplyKind, string> = {
  accepted: 'Đã thụ lý để giải quyết',
  extended: 'Cần kéo dài thời gian xem xét để thụ lý',
  refused: 'Từ chối thụ lý',
  forwarded: 'Đã chuyển cơ quan có thẩm quyền',
};
