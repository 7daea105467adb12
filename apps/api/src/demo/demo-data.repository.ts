import type { DataSource } from 'typeorm';
import type { StreamType } from '@kntc/persistence';
import type { DemoAuthority, DemoSuccession } from './demo-province';

/**
 * The few queries of the demo loader. The authority tree is written directly: it is set-up data
 * with no workflow of its own, and the province root can only be created by the operator. Every
 * đơn and case goes through the services instead, so their events are in the log.
 */
export class DemoDataRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Writes the demo authorities and their successions, in one transaction, if the database has
   * no authority at all; returns their ids by code, or null when the database already has data.
   * The advisory lock makes two instances starting on the same empty database load it once.
   */
  createTreeIfNoAuthorityExists(
    authorities: readonly DemoAuthority[],
    successions: readonly DemoSuccession[],
  ): Promise<Map<string, string> | null> {
    return this.dataSource.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('kntc:demo-data'))`);
      const [{ any }] = await em.query<{ any: boolean }[]>(`SELECT EXISTS (SELECT 1 FROM authority) AS any`);
      if (any) return null;
      const ids = new Map<string, string>();
      for (const a of authorities) {
        const parentId = a.parent ? ids.get(a.parent) : null;
        if (parentId === undefined) throw new Error(`demo authority ${a.code}: parent ${a.parent} must come first`);
        const [row] = await em.query<{ id: string }[]>(
          `INSERT INTO authority (code, name, level, parent_id, admin_unit_code, remote, valid_from, valid_until)
           VALUES ($1, $2, $3, $4, NULL, $5, $6, $7) RETURNING id`,
          [a.code, a.name, a.level, parentId, a.remote ?? false, a.validFrom, a.validUntil ?? null],
        );
        ids.set(a.code, row.id);
      }
      for (const s of successions) {
        await em.query(
          `INSERT INTO authority_succession (predecessor_id, successor_id, effective_on, kind, legal_basis)
           VALUES ($1, $2, $3, $4, $5)`,
          [ids.get(s.predecessor), ids.get(s.successor), s.effectiveOn, s.kind, s.legalBasis],
        );
      }
      return ids;
    });
  }

  /** Whether this id is the demo province of this database (stored logins belong to it). */
  async isDemoProvince(id: string, code: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(`SELECT 1 FROM authority WHERE id::text = $1 AND code = $2`, [
      id,
      code,
    ]);
    return rows.length === 1;
  }

  /** The case an accepted đơn opened (its `origin` link). */
  async caseOpenedFrom(petitionId: string): Promise<string> {
    const [row] = await this.dataSource.query<{ case_id: string }[]>(
      `SELECT case_id FROM case_petition WHERE petition_id = $1 AND relation = 'origin'`,
      [petitionId],
    );
    if (!row) throw new Error(`no case was opened from đơn ${petitionId}`);
    return row.case_id;
  }

  /** The version a command must name; the deadline sweeper may have moved it since the last step. */
  async currentVersion(streamType: StreamType, id: string): Promise<number> {
    const table = streamType === 'petition' ? 'petition' : 'kntc_case';
    const [row] = await this.dataSource.query<{ version: number }[]>(`SELECT version FROM ${table} WHERE id = $1`, [
      id,
    ]);
    if (!row) throw new Error(`${streamType} ${id} does not exist`);
    return row.version;
  }
}
