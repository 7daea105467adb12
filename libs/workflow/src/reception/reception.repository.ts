import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthorityRef, PetitionReplyView } from '@kntc/domain';
import { ReceptionVisitorEntity, ReceptionVisitPetitionEntity } from '@kntc/persistence';

/** SQL of the reception register's write side. Every method takes the transaction's manager. */
@Injectable()
export class ReceptionRepository {
  /** The next số thứ tự of the authority's register for the year; the row lock orders concurrent visits. */
  async nextSerial(em: EntityManager, authorityId: string, year: number): Promise<number> {
    const [row] = await em.query<{ last_serial: number }[]>(
      `INSERT INTO reception_register_counter (authority_id, year, last_serial) VALUES ($1, $2, 1)
       ON CONFLICT (authority_id, year) DO UPDATE SET last_serial = reception_register_counter.last_serial + 1
       RETURNING last_serial`,
      [authorityId, year],
    );
    return row.last_serial;
  }

  async authorityCode(em: EntityManager, authorityId: string): Promise<string> {
    const [row] = await em.query<{ code: string }[]>(`SELECT code FROM authority WHERE id = $1`, [authorityId]);
    return row.code;
  }

  /** Role of an active user of this authority, or undefined. */
  async activeUserRole(em: EntityManager, userId: string, authorityId: string): Promise<string | undefined> {
    const [row] = await em.query<{ role: string }[]>(
      `SELECT role FROM app_user WHERE id = $1 AND authority_id = $2 AND disabled_at IS NULL`,
      [userId, authorityId],
    );
    return row?.role;
  }

  async caseHeldBy(em: EntityManager, caseId: string, authorityId: string): Promise<boolean> {
    const rows = await em.query<unknown[]>(`SELECT 1 FROM kntc_case WHERE id = $1 AND holder_authority_id = $2`, [
      caseId,
      authorityId,
    ]);
    return rows.length === 1;
  }

  /** Of these đơn, those this authority received or holds (what its register may point to). */
  async petitionsOf(em: EntityManager, ids: string[], authorityId: string): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await em.query<{ id: string }[]>(
      `SELECT id FROM petition WHERE id = ANY($1::uuid[]) AND (holder_authority_id = $2 OR receiving_authority_id = $2)`,
      [ids, authorityId],
    );
    return new Set(rows.map((r) => r.id));
  }

  async insertVisitors(em: EntityManager, rows: Omit<ReceptionVisitorEntity, 'createdAt' | 'visit'>[]): Promise<void> {
    if (rows.length > 0) await em.getRepository(ReceptionVisitorEntity).insert(rows);
  }

  async linkPetitions(
    em: EntityManager,
    visitId: string,
    links: { petitionId: string; loggedAtVisit: boolean }[],
  ): Promise<void> {
    if (links.length === 0) return;
    await em
      .getRepository(ReceptionVisitPetitionEntity)
      .insert(links.map((l) => ({ visitId, petitionId: l.petitionId, loggedAtVisit: l.loggedAtVisit })));
  }

  /** Whether this authority holds the visit (before đơn are logged for it). */
  async visitHeldBy(em: EntityManager, visitId: string, authorityId: string): Promise<boolean> {
    const rows = await em.query<unknown[]>(`SELECT 1 FROM reception_visit WHERE id = $1 AND holder_authority_id = $2`, [
      visitId,
      authorityId,
    ]);
    return rows.length === 1;
  }

  /**
   * The visits still owing their Art. 28.1 reply at which this đơn was logged, locked for the
   * caller's transaction so that the reply the system sends for them cannot conflict.
   */
  async visitsAwaitingReplyOf(em: EntityManager, petitionId: string): Promise<AwaitingVisit[]> {
    return em.query<AwaitingVisit[]>(
      `SELECT v.id, v.version, v.snapshot -> 'context' -> 'holder' AS holder
         FROM reception_visit v
         JOIN reception_visit_petition vp ON vp.visit_id = v.id
        WHERE vp.petition_id = $1 AND vp.logged_at_visit AND v.state = 'awaitingReply'
        ORDER BY v.id
          FOR UPDATE OF v`,
      [petitionId],
    );
  }

  /** The đơn logged at a visit, with what tells whether each answered the citizen. */
  async petitionsLoggedAt(em: EntityManager, visitId: string): Promise<{ id: string; view: PetitionReplyView }[]> {
    const rows = await em.query<
      { id: string; clocks: PetitionReplyView['clocks']; custody: PetitionReplyView['custody'] }[]
    >(
      `SELECT p.id, p.snapshot -> 'context' -> 'clocks' AS clocks, p.snapshot -> 'context' -> 'custody' AS custody
         FROM petition p
         JOIN reception_visit_petition vp ON vp.petition_id = p.id
        WHERE vp.visit_id = $1 AND vp.logged_at_visit
        ORDER BY p.id`,
      [visitId],
    );
    return rows.map((r) => ({ id: r.id, view: { clocks: r.clocks ?? {}, custody: r.custody ?? [] } }));
  }
}

export interface AwaitingVisit {
  id: string;
  version: number;
  holder: AuthorityRef;
}
