import type { Actor } from '@kntc/domain';

/** Where a visit is and what it was about: read from the database by the caller, never from a request. */
export interface VisitRevealContext {
  /** The authority that holds the visit (the one that received the citizen, or its successor). */
  holderAuthorityId: string;
  /** The officer or leader who received the citizen. */
  receivedById: string;
  /** The citizen asked that their identity be protected, for content that may be a tố cáo. */
  protectedDenouncer: boolean;
}

export type VisitorRevealRule =
  | 'visit.receiver'
  | 'visit.leader'
  | 'visit.reception-staff'
  | 'visit.protected-other-officer'
  | 'visit.handler'
  | 'other-authority'
  | 'inspector'
  | 'admin'
  | 'system';

export interface VisitorRevealDecision {
  allowed: boolean;
  rule: VisitorRevealRule;
  /** Why, with the article: shown to auditors, never to the citizen. */
  basis: string;
}

const decide = (allowed: boolean, rule: VisitorRevealRule, basis: string): VisitorRevealDecision => ({
  allowed,
  rule,
  basis,
});

/**
 * Who may see the identity of someone received at a visit (the sổ tiếp công dân's họ tên, địa
 * chỉ: Luật TCD Art. 25.2). ND154/2026 Art. 12.2 binds reception staff to keep it secret; the
 * register's own people need it to answer the citizen (Art. 28.1) and to issue a refusal notice.
 * What the đơn logged at the visit need travels with the đơn (its own sealed parties), so those
 * who resolve cases never need the register.
 */
export function visitorRevealPolicy(actor: Actor, visit: VisitRevealContext): VisitorRevealDecision {
  switch (actor.role) {
    case 'inspector':
      return decide(
        false,
        'inspector',
        'Thanh tra kiểm tra sổ tiếp công dân qua số liệu, không xem nhân thân (NĐ 154/2026 Điều 12.2)',
      );
    case 'admin':
      return decide(false, 'admin', 'Quản trị hệ thống không tham gia tiếp công dân (NĐ 154/2026 Điều 12.2)');
    case 'system':
      return decide(false, 'system', 'Tiến trình hệ thống không xem nhân thân');
    case 'handler':
      // Handlers work from the đơn, which carries its own petitioners.
      return decide(
        false,
        'visit.handler',
        'Cán bộ xử lý nhận thông tin qua đơn đã vào sổ, không qua sổ tiếp công dân (NĐ 154/2026 Điều 12.2)',
      );
    case 'reception_officer':
    case 'leader':
      break;
  }
  if (actor.authority.id !== visit.holderAuthorityId) {
    return decide(false, 'other-authority', 'Cơ quan không giữ sổ tiếp của lượt tiếp này (NĐ 154/2026 Điều 12.2)');
  }
  if (actor.userId === visit.receivedById) {
    return decide(true, 'visit.receiver', 'Người đã trực tiếp tiếp công dân (Luật TCD Điều 25, 28)');
  }
  if (actor.role === 'leader') {
    return decide(true, 'visit.leader', 'Người đứng đầu cơ quan tiếp công dân (Luật TCD Điều 28; NĐ 154/2026 Điều 25)');
  }
  if (visit.protectedDenouncer) {
    // Luật Tố cáo Art. 47, 56.1: only those with a part in receiving or resolving the tố cáo.
    return decide(
      false,
      'visit.protected-other-officer',
      'Người tố cáo yêu cầu giữ bí mật; chỉ người đã tiếp và người đứng đầu được xem (Luật TC Điều 47, 56.1)',
    );
  }
  return decide(
    true,
    'visit.reception-staff',
    'Cán bộ tiếp công dân của cơ quan, để trả lời công dân (Luật TCD Điều 28; NĐ 154/2026 Điều 12.2)',
  );
}
