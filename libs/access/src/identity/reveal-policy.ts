import type { Actor } from '@kntc/domain';

/** The protection flags of a party row. */
export interface RevealSubject {
  protected: boolean;
  protectionWaived: boolean;
}

/** Where the đơn is now: read from the database by the caller, never taken from a request. */
export interface RevealContext {
  /** The authority holding the case, or the đơn when no case is open yet (custody). */
  holderAuthorityId: string;
  /** The handler assigned to the case (null while none is, and for a đơn without a case). */
  assignedHandlerId: string | null;
}

export type RevealRule =
  | 'protected.resolving-leader'
  | 'protected.assigned-handler'
  | 'protected.unassigned-handler'
  | 'protected.reception-officer'
  | 'holder-staff'
  | 'other-authority'
  | 'inspector'
  | 'admin'
  | 'system';

export interface RevealDecision {
  allowed: boolean;
  rule: RevealRule;
  /** Why, with the article: shown to auditors, never to the citizen. */
  basis: string;
}

/** A denouncer whose identity the law protects: flagged, and protection not waived. */
export const isProtectedIdentity = (subject: RevealSubject): boolean => subject.protected && !subject.protectionWaived;

const decide = (allowed: boolean, rule: RevealRule, basis: string): RevealDecision => ({ allowed, rule, basis });

/**
 * Who may see a party's identity. Everything not allowed here sees the redacted view.
 * The order matters: the roles that never see identities are refused first, then anyone
 * outside the authority holding the đơn, and only then is protection looked at.
 */
export function revealPolicy(actor: Actor, subject: RevealSubject, context: RevealContext): RevealDecision {
  switch (actor.role) {
    case 'inspector':
      // Inspectors audit how đơn were handled (counts, deadlines, the reveal log), which needs
      // no identity; they are not among those who receive or resolve the đơn (Luật Tố cáo
      // Art. 56.1; ND154/2026 Art. 12.2 keeps every citizen's identity within that circle).
      return decide(
        false,
        'inspector',
        'Thanh tra kiểm tra số liệu và nhật ký, không xem nhân thân (Luật TC Điều 56.1; NĐ 154/2026 Điều 12.2)',
      );
    case 'admin':
      // Administrators manage accounts and reference data, not đơn (Luật Tố cáo Art. 8.3
      // forbids disclosure to anyone without a part in the resolution).
      return decide(false, 'admin', 'Quản trị hệ thống không tham gia xử lý đơn (Luật TC Điều 8.3)');
    case 'system':
      // A reveal is a person reading an identity, recorded against that person; a background
      // process has no one to record (Luật Tố cáo Art. 56.1, ND156/2026 Art. 22.2.b).
      return decide(false, 'system', 'Tiến trình hệ thống không xem nhân thân (Luật TC Điều 56.1)');
    case 'reception_officer':
    case 'handler':
    case 'leader':
      break;
  }

  if (actor.authority.id !== context.holderAuthorityId) {
    // Only the body that holds the đơn uses the identity; once it is forwarded or handed over,
    // the previous holder and every other body are asked to keep the secret, not given it
    // (Luật Tố cáo Art. 56.1 and 56.5; ND154/2026 Art. 12.2 for every citizen). This also covers
    // verifiers from another body, who get a file with the identity removed (Art. 56.2).
    return decide(
      false,
      'other-authority',
      'Cơ quan không thụ lý, giải quyết đơn (Luật TC Điều 56.1, 56.5; NĐ 154/2026 Điều 12.2)',
    );
  }

  if (!isProtectedIdentity(subject)) {
    // Complainants, petitioners and denouncers who waived protection: the staff of the holding
    // body need name and address to process the đơn and send the notices the law requires;
    // they keep them from everyone else (ND154/2026 Art. 12.2). A waiver lifts the denouncer
    // regime (Luật Tố cáo Art. 47: "trừ trường hợp người tố cáo tự tiết lộ"; ND156/2026
    // Art. 22.2.b), not the general duty of secrecy.
    return decide(true, 'holder-staff', 'Cán bộ của cơ quan đang giữ đơn (NĐ 154/2026 Điều 12.2; Luật TC Điều 47)');
  }

  switch (actor.role) {
    case 'leader':
      // The head resolving the tố cáo uses the identity while keeping it secret
      // (Luật Tố cáo Art. 56.1); every reveal is recorded.
      return decide(true, 'protected.resolving-leader', 'Người giải quyết tố cáo (Luật TC Điều 56.1)');
    case 'handler':
      if (actor.userId === context.assignedHandlerId) {
        // The officer assigned to advise the resolver on this case works on the full file
        // under the resolver's instruction (Luật Tố cáo Art. 56.1); every reveal is recorded.
        return decide(
          true,
          'protected.assigned-handler',
          'Cán bộ được giao tham mưu giải quyết vụ việc (Luật TC Điều 56.1)',
        );
      }
      // Any other handler, including one verifying: the file handed to verifiers has the
      // identity removed (Luật Tố cáo Art. 56.2; Art. 8.3; ND156/2026 Art. 22.2.b).
      return decide(
        false,
        'protected.unassigned-handler',
        'Không được giao vụ việc; hồ sơ xác minh đã lược bỏ nhân thân (Luật TC Điều 8.3, 56.2)',
      );
    case 'reception_officer':
      // Reception took the identity down; after hand-over the officer has no part in the
      // resolution and must keep the secret (ND154/2026 Art. 12.2; Luật Tố cáo Art. 8.3, 56.1).
      return decide(
        false,
        'protected.reception-officer',
        'Tiếp công dân đã chuyển giao; giữ bí mật người tố cáo (NĐ 154/2026 Điều 12.2; Luật TC Điều 8.3)',
      );
  }
}
