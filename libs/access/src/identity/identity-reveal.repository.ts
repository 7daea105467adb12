import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { IdentityRevealEntity } from '@kntc/persistence';

/**
 * One line of the reveal log: who saw which identity, when and why. No identity. The subject is a
 * party of a đơn (partyId, petitionId) or a person received at a visit (visitorId, visitId).
 */
export interface IdentityRevealRecord {
  id: string;
  partyId: string | null;
  petitionId: string | null;
  visitorId: string | null;
  visitId: string | null;
  userId: string;
  userRole: string;
  userAuthorityId: string;
  reason: string;
  revealedAt: Date;
  requestId: string | null;
}

export type NewIdentityReveal = Omit<
  IdentityRevealRecord,
  'id' | 'revealedAt' | 'partyId' | 'petitionId' | 'visitorId' | 'visitId'
> &
  ({ partyId: string; petitionId: string } | { visitorId: string; visitId: string });

export interface RevealLogQuery {
  /** Only reveals by users of this authority or any authority below it. */
  withinAuthorityId: string;
  partyId?: string;
  petitionId?: string;
  visitorId?: string;
  visitId?: string;
  userId?: string;
  userAuthorityId?: string;
  from?: Date;
  /** Exclusive. */
  to?: Date;
  /** Keyset paging: the last id of the previous page. */
  afterId?: string;
  limit: number;
}

/** SQL on identity_reveal, which the database keeps append-only: insert and read, nothing else. */
@Injectable()
export class IdentityRevealRepository {
  async record(manager: EntityManager, reveal: NewIdentityReveal): Promise<string> {
    const result = await manager.insert(IdentityRevealEntity, reveal);
    return String(result.identifiers[0].id);
  }

  async listWithinAuthority(manager: EntityManager, query: RevealLogQuery): Promise<IdentityRevealRecord[]> {
    const rows = await manager.query<
      {
        id: string;
        party_id: string | null;
        petition_id: string | null;
        visitor_id: string | null;
        visit_id: string | null;
        user_id: string;
        user_role: string;
        user_authority_id: string;
        reason: string;
        revealed_at: Date;
        request_id: string | null;
      }[]
    >(
      `WITH RECURSIVE scope(id) AS (
          SELECT id FROM authority WHERE id = $1
          UNION SELECT a.id FROM authority a JOIN scope s ON a.parent_id = s.id)
        SELECT r.id, r.party_id, r.petition_id, r.visitor_id, r.visit_id, r.user_id, r.user_role, r.user_authority_id, r.reason,
          r.revealed_at, r.request_id
        FROM identity_reveal r
        WHERE r.user_authority_id IN (SELECT id FROM scope)
          AND ($2::uuid IS NULL OR r.party_id = $2)
          AND ($3::uuid IS NULL OR r.petition_id = $3)
          AND ($4::uuid IS NULL OR r.user_id = $4)
          AND ($5::uuid IS NULL OR r.user_authority_id = $5)
          AND ($6::timestamptz IS NULL OR r.revealed_at >= $6)
          AND ($7::timestamptz IS NULL OR r.revealed_at < $7)
          AND ($8::bigint IS NULL OR r.id > $8)
          AND ($10::uuid IS NULL OR r.visitor_id = $10)
          AND ($11::uuid IS NULL OR r.visit_id = $11)
        ORDER BY r.id
        LIMIT $9`,
      [
        query.withinAuthorityId,
        query.partyId ?? null,
        query.petitionId ?? null,
        query.userId ?? null,
        query.userAuthorityId ?? null,
        query.from ?? null,
        query.to ?? null,
        query.afterId ?? null,
        query.limit,
        query.visitorId ?? null,
        query.visitId ?? null,
      ],
    );
    return rows.map((r) => ({
      id: String(r.id),
      partyId: r.party_id,
      petitionId: r.petition_id,
      visitorId: r.visitor_id,
      visitId: r.visit_id,
      userId: r.user_id,
      userRole: r.user_role,
      userAuthorityId: r.user_authority_id,
      reason: r.reason,
      revealedAt: r.revealed_at,
      requestId: r.request_id,
    }));
  }
}
