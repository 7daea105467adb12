import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CasePetitionEntity, IdempotencyRecordEntity } from '@kntc/persistence';

export type IdempotencyClaim =
  { kind: 'claimed' } | { kind: 'replay'; status: number; response: Record<string, unknown> } | { kind: 'mismatch' };

/** SQL of petition intake and case opening. */
@Injectable()
export class IntakeRepository {
  /** Số đơn: `DON-<year>-<number>`, unique and ordered (gaps possible). */
  async nextPetitionCode(em: EntityManager, year: number): Promise<string> {
    const [row] = await em.query<{ n: string }[]>(`SELECT nextval('petition_number_seq') AS n`);
    return `DON-${year}-${row.n.padStart(6, '0')}`;
  }

  /** Số vụ việc: `VV-<year>-<number>`. */
  async nextCaseCode(em: EntityManager, year: number): Promise<string> {
    const [row] = await em.query<{ n: string }[]>(`SELECT nextval('case_number_seq') AS n`);
    return `VV-${year}-${row.n.padStart(6, '0')}`;
  }

  /**
   * Claims an Idempotency-Key for this user. A concurrent request with the same key waits on
   * the primary key until the first commits, then replays its stored answer.
   */
  async claimIdempotencyKey(
    em: EntityManager,
    claim: { userId: string; key: string; endpoint: string; requestHash: string },
  ): Promise<IdempotencyClaim> {
    const inserted = await em.query<{ key: string }[]>(
      `INSERT INTO idempotency_record (user_id, key, endpoint, request_hash, status, response)
       VALUES ($1, $2, $3, $4, 0, '{}') ON CONFLICT (user_id, key) DO NOTHING RETURNING key`,
      [claim.userId, claim.key, claim.endpoint, claim.requestHash],
    );
    if (inserted.length === 1) return { kind: 'claimed' };
    const existing = await em
      .getRepository(IdempotencyRecordEntity)
      .findOneByOrFail({ userId: claim.userId, key: claim.key });
    if (existing.endpoint !== claim.endpoint || existing.requestHash !== claim.requestHash) return { kind: 'mismatch' };
    return { kind: 'replay', status: existing.status, response: existing.response };
  }

  async storeIdempotentResponse(
    em: EntityManager,
    record: { userId: string; key: string; status: number; response: Record<string, unknown> },
  ): Promise<void> {
    await em
      .getRepository(IdempotencyRecordEntity)
      .update(
        { userId: record.userId, key: record.key },
        { status: record.status, response: record.response as never },
      );
  }

  /**
   * Identity protection follows the content: a tố cáo (or a đơn that may contain one) keeps its
   * parties protected; a complaint or kiến nghị does not, unless the đơn is later reclassified.
   */
  async setPartyProtection(em: EntityManager, petitionId: string, protect: boolean): Promise<void> {
    await em.query(
      `UPDATE party SET protected = $2 WHERE petition_id = $1 AND NOT protection_waived AND NOT anonymous`,
      [petitionId, protect],
    );
  }

  async linkPetitionToCase(
    em: EntityManager,
    link: { caseId: string; petitionId: string; relation: string; at: Date; byUserId: string },
  ): Promise<void> {
    await em.getRepository(CasePetitionEntity).insert({
      caseId: link.caseId,
      petitionId: link.petitionId,
      relation: link.relation,
      linkedAt: link.at,
      linkedById: link.byUserId,
    });
    await em.query(`UPDATE petition SET case_id = $2 WHERE id = $1`, [link.petitionId, link.caseId]);
  }

  /** Codes and states of candidate duplicates, for the officer to compare. */
  async describePetitions(
    em: EntityManager,
    ids: string[],
  ): Promise<
    {
      id: string;
      code: string;
      state: string;
      caseId: string | null;
      caseCode: string | null;
      caseState: string | null;
    }[]
  > {
    if (ids.length === 0) return [];
    return em.query(
      `SELECT p.id, p.code, p.state, c.id AS "caseId", c.code AS "caseCode", c.state AS "caseState"
         FROM petition p LEFT JOIN kntc_case c ON c.id = p.case_id
        WHERE p.id = ANY($1::uuid[]) ORDER BY p.received_at, p.id`,
      [ids],
    );
  }

  /** The case's holder, for attaching a đơn to a case of the same authority. */
  async caseHolder(
    em: EntityManager,
    caseId: string,
  ): Promise<{ holderAuthorityId: string; state: string } | undefined> {
    const [row] = await em.query<{ holder_authority_id: string; state: string }[]>(
      `SELECT holder_authority_id, state FROM kntc_case WHERE id = $1`,
      [caseId],
    );
    return row ? { holderAuthorityId: row.holder_authority_id, state: row.state } : undefined;
  }
}
