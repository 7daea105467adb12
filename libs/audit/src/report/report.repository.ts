import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { IsoDate } from '@kntc/domain';
import { CASE_METRICS, PETITION_METRICS, type MetricDef } from './metrics';
import type { AuthorityInfo } from './report-types';

/** `:S`/`:E` in a metric's predicate become the query's period parameters. */
export const compilePredicate = (predicate: string, s: string, e: string) =>
  predicate.replaceAll(':S', `${s}::date`).replaceAll(':E', `${e}::date`);

const counts = (metrics: readonly MetricDef[]) =>
  metrics
    .map((m) => `count(*) FILTER (WHERE ${compilePredicate(m.predicate, '$2', '$3')})::int AS "${m.key}"`)
    .join(',\n');

/** Versions known at the cut-off $4. */
const KNOWN_AT = (alias: string) => `${alias}.recorded_from <= $4 AND ${alias}.recorded_to > $4`;

/** Case facts that can count in a period: segments overlapping it, and decisions still to be carried out. */
const CASE_RELEVANT = `(f.start_on <= $3 AND (f.end_on IS NULL OR f.end_on >= $2))
  OR (f.resolution = 'decision' AND f.end_on < $2 AND (f.implemented_on IS NULL OR f.implemented_on >= $2))`;

const PETITION_RELEVANT = `(p.arrived_on <= $3 AND (p.end_on IS NULL OR p.end_on >= $2))
  OR (p.disposition = 'forward' AND p.end_on < $2 AND (p.reply_on IS NULL OR p.reply_on >= $2))`;

const CASE_SQL = `SELECT f.authority_id AS "authorityId", f.kind, ${counts(CASE_METRICS)}
  FROM audit_case_fact f
 WHERE f.authority_id = ANY($1::uuid[]) AND ${KNOWN_AT('f')} AND (${CASE_RELEVANT})
 GROUP BY f.authority_id, f.kind`;

const PETITION_SQL = `SELECT p.authority_id AS "authorityId", ${counts(PETITION_METRICS)}
  FROM audit_petition_fact p
 WHERE p.authority_id = ANY($1::uuid[]) AND ${KNOWN_AT('p')} AND (${PETITION_RELEVANT})
 GROUP BY p.authority_id`;

export type CellRow = { authorityId: string; kind?: string } & Record<string, number>;

export interface DeclarationRow {
  id: string;
  authorityId: string;
  subject: string;
  periodFrom: IsoDate;
  periodTo: IsoDate;
  figures: Record<string, number>;
  source: string;
  declaredAt: Date;
}

/** The report's queries: one aggregate per fact table, grouped by authority (and kind). */
@Injectable()
export class ReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async now(): Promise<Date> {
    const [row] = await this.dataSource.query<{ now: Date }[]>(`SELECT now() AS now`);
    return row.now;
  }

  /** The authority and everything ever under it, dissolved units included (past periods need them). */
  subtree(rootId: string): Promise<AuthorityInfo[]> {
    return this.dataSource.query<AuthorityInfo[]>(
      `WITH RECURSIVE tree AS (
         SELECT id, 0 AS depth FROM authority WHERE id = $1
         UNION ALL
         SELECT a.id, t.depth + 1 FROM authority a JOIN tree t ON a.parent_id = t.id WHERE t.depth < 20
       )
       SELECT a.id, a.code, a.name, a.level, a.parent_id AS "parentId",
              to_char(a.valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(a.valid_until, 'YYYY-MM-DD') AS "validUntil"
         FROM authority a JOIN tree t ON t.id = a.id
        ORDER BY a.code`,
      [rootId],
    );
  }

  caseCells(authorityIds: string[], from: IsoDate, to: IsoDate, asOf: Date): Promise<CellRow[]> {
    return this.dataSource.query<CellRow[]>(CASE_SQL, [authorityIds, from, to, asOf]);
  }

  petitionCells(authorityIds: string[], from: IsoDate, to: IsoDate, asOf: Date): Promise<CellRow[]> {
    return this.dataSource.query<CellRow[]>(PETITION_SQL, [authorityIds, from, to, asOf]);
  }

  /** Declarations in force at the cut-off whose span meets the period. */
  declarations(authorityIds: string[], from: IsoDate, to: IsoDate, asOf: Date): Promise<DeclarationRow[]> {
    return this.dataSource.query<DeclarationRow[]>(
      `SELECT id, authority_id AS "authorityId", subject, to_char(period_from, 'YYYY-MM-DD') AS "periodFrom",
              to_char(period_to, 'YYYY-MM-DD') AS "periodTo", figures, source, declared_at AS "declaredAt"
         FROM audit_opening_balance
        WHERE authority_id = ANY($1::uuid[]) AND period_from <= $3 AND period_to >= $2
          AND declared_at <= $4 AND (superseded_at IS NULL OR superseded_at > $4)
        ORDER BY authority_id, subject, period_from`,
      [authorityIds, from, to, asOf],
    );
  }
}
