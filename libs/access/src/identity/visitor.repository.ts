import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SealedIdentity } from './identity-cipher';
import type { VisitRevealContext } from './visitor-reveal-policy';

/** Someone received at a visit, with their sealed identity and what a reveal decision needs of the visit. */
export interface VisitorForReveal {
  id: string;
  visitId: string;
  sealed: SealedIdentity | null;
  visit: VisitRevealContext;
}

/** Reads of reception_visitor for the identity vault (the register's writes live in libs/workflow). */
@Injectable()
export class VisitorRepository {
  async findForReveal(manager: EntityManager, visitId: string, visitorId: string): Promise<VisitorForReveal | null> {
    const [row] = await manager.query<
      {
        id: string;
        visit_id: string;
        identity_ciphertext: Buffer | null;
        identity_key_id: string | null;
        holder_authority_id: string;
        received_by_id: string;
        identity_protection_requested: boolean;
      }[]
    >(
      `SELECT r.id, r.visit_id, r.identity_ciphertext, r.identity_key_id,
              v.holder_authority_id, v.received_by_id, v.identity_protection_requested
         FROM reception_visitor r JOIN reception_visit v ON v.id = r.visit_id
        WHERE r.id = $1 AND r.visit_id = $2`,
      [visitorId, visitId],
    );
    if (!row) return null;
    return {
      id: row.id,
      visitId: row.visit_id,
      sealed:
        row.identity_ciphertext && row.identity_key_id
          ? { ciphertext: row.identity_ciphertext, keyId: row.identity_key_id }
          : null,
      visit: {
        holderAuthorityId: row.holder_authority_id,
        receivedById: row.received_by_id,
        protectedDenouncer: row.identity_protection_requested,
      },
    };
  }
}
