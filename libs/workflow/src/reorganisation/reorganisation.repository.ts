import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthorityRecord } from '@kntc/access';
import type { IsoDate } from '@kntc/domain';
import type { StreamType, SuccessionKind } from '@kntc/persistence';
import type { StreamRow } from '../streams/stream-row';
import type { OpenStreamFact, SuccessionFact } from './plan-reorganisation';

// An open visit moves to the successor (what it owes), its register line stays (docs/law/reception.md).
const TABLE: Record<StreamType, string> = { petition: 'petition', case: 'kntc_case', visit: 'reception_visit' };

const AUTHORITY_COLUMNS = `a.id, a.code, a.name, a.level, a.parent_id AS "parentId", a.admin_unit_code AS "adminUnitCode",
  a.remote, to_char(a.valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(a.valid_until, 'YYYY-MM-DD') AS "validUntil"`;

/** Open: the machine has not reached a final state (status `done`). */
const IS_OPEN = `(t.snapshot ->> 'status') IS DISTINCT FROM 'done'`;

const OPEN_STREAMS = (streamType: StreamType, where: string) =>
  `SELECT '${streamType}' AS "streamType", t.id, t.code, t.state, t.holder_authority_id AS "holderId"
     FROM ${TABLE[streamType]} t WHERE ${IS_OPEN} AND ${where}`;

/** A claimed petition or case: the write path's row plus what the report shows. */
export interface ClaimedStream extends StreamRow {
  code: string;
  state: string;
  open: boolean;
}

/** Every SQL statement of a reorganisation; all run in its transaction. */
@Injectable()
export class ReorganisationRepository {
  /**
   * The authorities with these ids, locked: two runs of the same reorganisation (or two that
   * touch the same authority) are serialised, so the second sees what the first did. NO KEY
   * UPDATE, so that officers' commands, whose rows only reference these authorities, do not wait.
   */
  async lockAuthorities(em: EntityManager, ids: readonly string[]): Promise<AuthorityRecord[]> {
    if (ids.length === 0) return [];
    return em.query<AuthorityRecord[]>(
      `SELECT ${AUTHORITY_COLUMNS} FROM authority a WHERE a.id = ANY($1::uuid[]) ORDER BY a.id FOR NO KEY UPDATE`,
      [ids],
    );
  }

  async authoritiesWithCodes(em: EntityManager, codes: readonly string[]): Promise<AuthorityRecord[]> {
    if (codes.length === 0) return [];
    return em.query<AuthorityRecord[]>(
      `SELECT ${AUTHORITY_COLUMNS} FROM authority a WHERE a.code = ANY($1::varchar[])`,
      [codes],
    );
  }

  async childrenOf(em: EntityManager, parentIds: readonly string[]): Promise<AuthorityRecord[]> {
    if (parentIds.length === 0) return [];
    return em.query<AuthorityRecord[]>(
      `SELECT ${AUTHORITY_COLUMNS} FROM authority a WHERE a.parent_id = ANY($1::uuid[]) ORDER BY a.code`,
      [parentIds],
    );
  }

  async successionsFrom(em: EntityManager, predecessorIds: readonly string[]): Promise<SuccessionFact[]> {
    if (predecessorIds.length === 0) return [];
    return em.query<SuccessionFact[]>(
      `SELECT predecessor_id AS "predecessorId", successor_id AS "successorId", kind,
              to_char(effective_on, 'YYYY-MM-DD') AS "effectiveOn"
         FROM authority_succession WHERE predecessor_id = ANY($1::uuid[])`,
      [predecessorIds],
    );
  }

  /** Open đơn, cases and visits these authorities hold, by code. */
  async openStreamsHeldBy(em: EntityManager, authorityIds: readonly string[]): Promise<OpenStreamFact[]> {
    if (authorityIds.length === 0) return [];
    const where = 't.holder_authority_id = ANY($1::uuid[])';
    return em.query<OpenStreamFact[]>(
      `${OPEN_STREAMS('petition', where)} UNION ALL ${OPEN_STREAMS('case', where)}
       UNION ALL ${OPEN_STREAMS('visit', where)} ORDER BY code`,
      [authorityIds],
    );
  }

  /** Open đơn and cases forwarded to these authorities and not yet received there (the sender holds them). */
  async openStreamsAwaitingReceiptAt(em: EntityManager, authorityIds: readonly string[]): Promise<OpenStreamFact[]> {
    if (authorityIds.length === 0) return [];
    const where = `NOT (t.holder_authority_id = ANY($1::uuid[]))
      AND ((t.snapshot -> 'context' -> 'forwardedTo' ->> 'id') = ANY($1::text[])
        OR (t.snapshot -> 'context' -> 'pendingReceiver' ->> 'id') = ANY($1::text[]))`;
    return em.query<OpenStreamFact[]>(
      `${OPEN_STREAMS('petition', where)} UNION ALL ${OPEN_STREAMS('case', where)} ORDER BY code`,
      [authorityIds],
    );
  }

  /**
   * Locks these rows for the move. A row an officer's command holds is skipped, not waited for:
   * the report says so and a second run moves it.
   */
  async claimStreams(em: EntityManager, streamType: StreamType, ids: readonly string[]): Promise<ClaimedStream[]> {
    if (ids.length === 0) return [];
    const rows = await em.query<Omit<ClaimedStream, 'streamType'>[]>(
      `SELECT t.id, t.code, t.state, t.version, t.machine_id AS "machineId", t.machine_version AS "machineVersion",
              t.holder_authority_id AS "holderAuthorityId", t.snapshot, ${IS_OPEN} AS open
         FROM ${TABLE[streamType]} t
        WHERE t.id = ANY($1::uuid[])
        ORDER BY t.id
          FOR NO KEY UPDATE SKIP LOCKED`,
      [ids],
    );
    return rows.map((r) => ({ ...r, streamType }));
  }

  /** Records a succession unless the pair already is; true when this call recorded it. */
  async recordSuccession(
    em: EntityManager,
    s: { predecessorId: string; successorId: string; effectiveOn: IsoDate; kind: SuccessionKind; legalBasis: string },
  ): Promise<boolean> {
    const inserted = await em.query<{ id: string }[]>(
      `INSERT INTO authority_succession (predecessor_id, successor_id, effective_on, kind, legal_basis)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (predecessor_id, successor_id) DO NOTHING
       RETURNING id`,
      [s.predecessorId, s.successorId, s.effectiveOn, s.kind, s.legalBasis],
    );
    return inserted.length === 1;
  }

  async moveUnder(em: EntityManager, authorityId: string, parentId: string): Promise<void> {
    await em.query(`UPDATE authority SET parent_id = $2, updated_at = now() WHERE id = $1`, [authorityId, parentId]);
  }

  /** Ends the authority's validity on `on` (the first day it no longer exists), unless it already ended by then. */
  async endValidity(em: EntityManager, authorityId: string, on: IsoDate): Promise<void> {
    await em.query(
      `UPDATE authority SET valid_until = $2, updated_at = now()
        WHERE id = $1 AND (valid_until IS NULL OR valid_until > $2::date)`,
      [authorityId, on],
    );
  }
}
