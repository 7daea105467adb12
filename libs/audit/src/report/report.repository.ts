import { createHash } from 'node:crypto';
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

/** The same cells, each row counting +1 or −1 (its `sign`): what changed between two cut-offs. */
const signedCounts = (metrics: readonly MetricDef[], alias: string) =>
  metrics
    .map(
      (m) =>
        `coalesce(sum(${alias}.sign) FILTER (WHERE ${compilePredicate(m.predicate, '$2', '$3')}), 0)::int AS "${m.key}"`,
    )
    .join(',\n');

/** Versions known at the cut-off $4. */
const KNOWN_AT = (alias: string) => `${alias}.recorded_from <= $4 AND ${alias}.recorded_to > $4`;

/** Case facts that can count in a period: segments overlapping it, and decisions still to be carried out. */
const CASE_RELEVANT = `(f.start_on <= $3 AND (f.end_on IS NULL OR f.end_on >= $2))
  OR (f.resolution = 'decision' AND f.end_on < $2 AND (f.implemented_on IS NULL OR f.implemented_on >= $2))`;

const PETITION_RELEVANT = `(p.arrived_on <= $3 AND (p.end_on IS NULL OR p.end_on >= $2))
  OR (p.disposition = 'forward' AND p.end_on < $2 AND (p.reply_on IS NULL OR p.reply_on >= $2))`;

interface FactSource {
  subject: 'case' | 'petition';
  table: 'audit_case_fact' | 'audit_petition_fact';
  /** All facts known at $4 ($1 authorities, $2–$3 the period), grouped by authority (and kind). */
  full: string;
  /**
   * The versions that differ between the cut-offs $4 < $5: those recorded after $4 and still
   * current at $5 count $6, those current at $4 and closed by $5 count −$6.
   */
  delta: string;
  /** Identifies the metric definitions the stored aggregates were computed with. */
  definition: string;
}

function source(
  subject: FactSource['subject'],
  table: FactSource['table'],
  alias: string,
  metrics: readonly MetricDef[],
  relevant: string,
  group: string,
): FactSource {
  const select = `${alias}.authority_id AS "authorityId"${group === `${alias}.authority_id` ? '' : `, ${alias}.kind`}`;
  const full = `SELECT ${select}, ${counts(metrics)}
  FROM ${table} ${alias}
 WHERE ${alias}.authority_id = ANY($1::uuid[]) AND ${KNOWN_AT(alias)} AND (${relevant})
 GROUP BY ${group}`;
  const delta = `WITH ${alias} AS (
    SELECT v.*, $6::int AS sign FROM ${table} v
     WHERE v.recorded_from > $4 AND v.recorded_from <= $5 AND v.recorded_to > $5 AND v.authority_id = ANY($1::uuid[])
    UNION ALL
    SELECT v.*, -$6::int AS sign FROM ${table} v
     WHERE v.recorded_to > $4 AND v.recorded_to <= $5 AND v.recorded_from <= $4 AND v.authority_id = ANY($1::uuid[])
  )
  SELECT ${select}, ${signedCounts(metrics, alias)}
    FROM ${alias} WHERE $2::date <= $3::date AND (${relevant})
   GROUP BY ${group}`;
  return {
    subject,
    table,
    full,
    delta,
    definition: createHash('sha256').update(full).update(delta).digest('hex'),
  };
}

const CASE_SOURCE = source('case', 'audit_case_fact', 'f', CASE_METRICS, CASE_RELEVANT, 'f.authority_id, f.kind');
const PETITION_SOURCE = source(
  'petition',
  'audit_petition_fact',
  'p',
  PETITION_METRICS,
  PETITION_RELEVANT,
  'p.authority_id',
);

/**
 * A materialised aggregate is made as known this long before now: a transaction still running
 * then (and so invisible) could have recorded facts before its cut-off. Commands last
 * milliseconds; this leaves room for long ones (a reorganisation moving many files).
 */
const SETTLED_AFTER_MS = 10 * 60_000;
/** More changed versions than this between the aggregate and the cut-off asked for: make a new one. */
const MAX_CHANGES = 50_000;
/** Aggregates kept per subject, period and definition (the most recent). */
const KEPT = 6;

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

interface StoredAggregate {
  id?: string;
  asOf: Date;
  /** The fact table's last id when it was made: a later row recorded before `asOf` makes it stale. */
  lastFactId: string;
  rows: CellRow[];
}

const keyOf = (row: { authorityId: string; kind?: string }) => `${row.authorityId}|${row.kind ?? ''}`;

/** Sums rows cell by cell (by authority and kind); rows that sum to nothing are kept (a report shows them as zeros). */
function addRows(base: CellRow[], ...changes: CellRow[][]): CellRow[] {
  const out = new Map(base.map((r) => [keyOf(r), { ...r }]));
  for (const rows of changes) {
    for (const row of rows) {
      const target = out.get(keyOf(row));
      if (!target) {
        out.set(keyOf(row), { ...row });
        continue;
      }
      for (const [k, v] of Object.entries(row)) {
        if (k !== 'authorityId' && k !== 'kind') target[k] = (target[k] ?? 0) + Number(v);
      }
    }
  }
  return [...out.values()];
}

/**
 * The report's queries: one aggregate per fact table, grouped by authority (and kind).
 *
 * A full pass over a province-year's facts costs seconds at a million cases, so its result is
 * kept (audit_report_aggregate): the cells of that period for those authorities as known at a
 * cut-off C. A later request with cut-off T starts from the kept cells and adds exactly what
 * changed between C and T — the versions recorded in between and still current at T, minus
 * those current at C and closed in between (T before C works the same way backwards) — counted
 * by the same predicates, so the figures are those of the full pass. An aggregate is used only
 * for the same period and metric definitions, authorities it covers, fact tables not rewritten
 * since (a rebuild truncates them) and no row added since with an earlier recording time (a bulk
 * load of past facts); when too much changed since, a new one is made.
 */
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
    return this.cells(CASE_SOURCE, authorityIds, from, to, asOf);
  }

  petitionCells(authorityIds: string[], from: IsoDate, to: IsoDate, asOf: Date): Promise<CellRow[]> {
    return this.cells(PETITION_SOURCE, authorityIds, from, to, asOf);
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

  /** Drops every kept aggregate (benchmarks measure the full pass with it). */
  async forgetAggregates(): Promise<void> {
    await this.dataSource.query(`DELETE FROM audit_report_aggregate`);
  }

  private async cells(src: FactSource, ids: string[], from: IsoDate, to: IsoDate, asOf: Date): Promise<CellRow[]> {
    if (ids.length === 0) return [];
    const kept = await this.nearestAggregate(src, ids, from, to, asOf);
    if (
      kept &&
      (await this.stillComplete(src, kept)) &&
      (await this.changesBetween(src, kept.asOf, asOf)) <= MAX_CHANGES
    ) {
      return this.withChanges(src, kept, ids, from, to, asOf);
    }
    // A full pass at a settled cut-off (kept for the next requests), then the changes since.
    const now = await this.now();
    const settled = new Date(Math.min(asOf.getTime(), now.getTime() - SETTLED_AFTER_MS));
    const [{ id: lastFactId }] = await this.dataSource.query<{ id: string }[]>(
      `SELECT coalesce(max(id), 0)::text AS id FROM ${src.table}`,
    );
    const rows = await this.dataSource.query<CellRow[]>(src.full, [ids, from, to, settled]);
    const aggregate = { asOf: settled, lastFactId, rows };
    await this.keep(src, ids, from, to, aggregate);
    return this.withChanges(src, aggregate, ids, from, to, asOf);
  }

  /** The kept cells (of the requested authorities) plus the changes from their cut-off to `asOf`. */
  private async withChanges(
    src: FactSource,
    kept: StoredAggregate,
    ids: string[],
    from: IsoDate,
    to: IsoDate,
    asOf: Date,
  ): Promise<CellRow[]> {
    const wanted = new Set(ids);
    const base = kept.rows.filter((r) => wanted.has(r.authorityId));
    if (kept.asOf.getTime() === asOf.getTime()) return base;
    const forward = asOf.getTime() > kept.asOf.getTime();
    const [lo, hi] = forward ? [kept.asOf, asOf] : [asOf, kept.asOf];
    const changes = await this.dataSource.query<CellRow[]>(src.delta, [ids, from, to, lo, hi, forward ? 1 : -1]);
    return addRows(base, changes);
  }

  /**
   * Facts are recorded at the time of their transaction, after the aggregate's cut-off. A row
   * added since it was made but dated before its cut-off (a transaction older than the margin,
   * or a bulk load of past facts) was not counted in it: the aggregate is dropped.
   */
  private async stillComplete(src: FactSource, kept: StoredAggregate): Promise<boolean> {
    const [{ stale }] = await this.dataSource.query<{ stale: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM ${src.table} WHERE id > $1 AND recorded_from <= $2) AS stale`,
      [kept.lastFactId, kept.asOf],
    );
    if (stale) await this.dataSource.query(`DELETE FROM audit_report_aggregate WHERE id = $1`, [kept.id]);
    return !stale;
  }

  /** Versions recorded or closed between the two cut-offs (counted up to MAX_CHANGES + 1 each way). */
  private async changesBetween(src: FactSource, a: Date, b: Date): Promise<number> {
    const [lo, hi] = a.getTime() < b.getTime() ? [a, b] : [b, a];
    if (lo.getTime() === hi.getTime()) return 0;
    const [row] = await this.dataSource.query<{ n: number }[]>(
      `SELECT (SELECT count(*) FROM (SELECT 1 FROM ${src.table} WHERE recorded_from > $1 AND recorded_from <= $2 LIMIT $3) a)::int
            + (SELECT count(*) FROM (SELECT 1 FROM ${src.table} WHERE recorded_to > $1 AND recorded_to <= $2 LIMIT $3) b)::int AS n`,
      [lo, hi, MAX_CHANGES + 1],
    );
    return row.n;
  }

  /** The kept aggregate nearest to `asOf` that can answer this request, if any. */
  private async nearestAggregate(
    src: FactSource,
    ids: string[],
    from: IsoDate,
    to: IsoDate,
    asOf: Date,
  ): Promise<StoredAggregate | undefined> {
    const [row] = await this.dataSource.query<StoredAggregate[]>(
      `SELECT id, as_of AS "asOf", last_fact_id::text AS "lastFactId", rows FROM audit_report_aggregate
        WHERE subject = $1 AND period_from = $2 AND period_to = $3 AND definition = $4
          AND authority_ids @> $5::uuid[]
          AND fact_table_node = (SELECT relfilenode FROM pg_class WHERE oid = $6::regclass)
        ORDER BY abs(extract(epoch FROM as_of - $7::timestamptz)), as_of DESC
        LIMIT 1`,
      [src.subject, from, to, src.definition, ids, src.table, asOf],
    );
    return row;
  }

  private async keep(src: FactSource, ids: string[], from: IsoDate, to: IsoDate, aggregate: StoredAggregate) {
    await this.dataSource.query(
      `INSERT INTO audit_report_aggregate
         (subject, period_from, period_to, definition, authority_ids, fact_table_node, as_of, last_fact_id, rows)
       VALUES ($1, $2, $3, $4, $5::uuid[], (SELECT relfilenode FROM pg_class WHERE oid = $6::regclass), $7, $8, $9::jsonb)`,
      [
        src.subject,
        from,
        to,
        src.definition,
        ids,
        src.table,
        aggregate.asOf,
        aggregate.lastFactId,
        JSON.stringify(aggregate.rows),
      ],
    );
    await this.dataSource.query(
      `DELETE FROM audit_report_aggregate
        WHERE subject = $1 AND period_from = $2 AND period_to = $3 AND id NOT IN (
          SELECT id FROM audit_report_aggregate WHERE subject = $1 AND period_from = $2 AND period_to = $3
           ORDER BY created_at DESC, id DESC LIMIT $4)`,
      [src.subject, from, to, KEPT],
    );
  }
}
