import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { IsoDate } from '@kntc/domain';
import { CASE_METRIC_INDEX, PETITION_METRIC_INDEX } from '../report/metrics';
import { compilePredicate } from '../report/report.repository';
import type { LeagueCaseFigureRow, LeaguePetitionFigureRow } from './league';
import type { OverdueKey } from './overdue';
import { LEAGUE_CASE_KEYS } from './view-types';

const predicate = (index: typeof CASE_METRIC_INDEX, key: string) => {
  const metric = index.get(key);
  if (!metric) throw new Error(`no metric ${key}`);
  return metric.predicate;
};

/**
 * The report's own lines, compiled for these queries: `$2`/`$3` are the period's first and last
 * day. The overdue list compiles "Trong đó quá hạn" with its reference day as both bounds (the
 * line uses only the last day).
 */
const OVERDUE = compilePredicate(predicate(CASE_METRIC_INDEX, 'pendingOverdue'), '$2', '$2');
const SUSPENDED = compilePredicate(predicate(CASE_METRIC_INDEX, 'pendingSuspended'), '$2', '$2');
const caseLine = (key: string) => compilePredicate(predicate(CASE_METRIC_INDEX, key), '$2', '$3');
const RESOLVED = caseLine('resolved');
/** A unit held at some time in the period: still to resolve at its end, or handed over during it. */
const CASE_HELD = `(${caseLine('toResolve')}) OR (${caseLine('transferredOut')})`;
/** A đơn held at some time in the period (the line "Tổng số đơn"). */
const PETITION_HELD = compilePredicate(predicate(PETITION_METRIC_INDEX, 'total'), '$2', '$3');
const RECEIVED = compilePredicate(predicate(PETITION_METRIC_INDEX, 'received'), '$2', '$3');

const KNOWN_AT = (alias: string) => `${alias}.recorded_from <= $4 AND ${alias}.recorded_to > $4`;
const DAYS_TO_RESOLVE = `(f.end_on - f.accepted_on)::float8`;
const d = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/** Authority rows, their level group, and the whole scope, in one pass (level groups come from the caller). */
const GROUPS = `GROUP BY GROUPING SETS ((g.authority_id, g.level_group), (g.level_group), ())`;

const LEAGUE_CASE_SQL = `SELECT g.authority_id AS "authorityId", g.level_group AS "levelGroup",
       ${LEAGUE_CASE_KEYS.map((k) => `count(*) FILTER (WHERE ${caseLine(k)})::int AS "${k}"`).join(',\n       ')},
       percentile_cont(0.5) WITHIN GROUP (ORDER BY ${DAYS_TO_RESOLVE}) FILTER (WHERE ${RESOLVED}) AS "medianDays",
       percentile_cont(0.9) WITHIN GROUP (ORDER BY ${DAYS_TO_RESOLVE}) FILTER (WHERE ${RESOLVED}) AS "p90Days"
  FROM audit_case_fact f
  JOIN unnest($1::uuid[], $5::text[]) AS g(authority_id, level_group) ON g.authority_id = f.authority_id
 WHERE f.kind = ANY($6::text[]) AND ${KNOWN_AT('f')} AND (${CASE_HELD})
 ${GROUPS}`;

const LEAGUE_PETITION_SQL = `SELECT g.authority_id AS "authorityId", g.level_group AS "levelGroup",
       count(*) FILTER (WHERE ${RECEIVED})::int AS received
  FROM audit_petition_fact p
  JOIN unnest($1::uuid[], $5::text[]) AS g(authority_id, level_group) ON g.authority_id = p.authority_id
 WHERE $2::date <= $3::date AND ${KNOWN_AT('p')} AND (${PETITION_HELD})
 ${GROUPS}`;

export interface OverdueFilter {
  authorityIds: string[];
  kinds: string[];
  /** The reference day. */
  on: IsoDate;
  asOf: Date;
}

export interface OverdueRow {
  caseId: string;
  code: string;
  kind: string;
  round: number | null;
  unitNo: number;
  segmentNo: number;
  authorityId: string;
  authorityCode: string;
  authorityName: string;
  authorityLevel: string;
  heldSince: IsoDate;
  daysHeld: number;
  acceptedOn: IsoDate;
  dueOn: IsoDate;
  daysOverdue: number;
}

export interface LeagueFilter {
  authorityIds: string[];
  /** The level group of each authority, in the same order. */
  levelGroups: string[];
  kinds: string[];
  from: IsoDate;
  to: IsoDate;
  asOf: Date;
}

/** The inspector views' queries, over the same facts and the same report lines as the reports. */
@Injectable()
export class InspectorViewsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Open units past due on the reference day, most late first (earliest due date), then by case code. */
  overdueCases(filter: OverdueFilter, after: OverdueKey | undefined, limit: number): Promise<OverdueRow[]> {
    const keyset = after ? `AND (f.due_on, f.case_code, f.unit_no, f.segment_no) > ($5::date, $6, $7, $8)` : '';
    return this.dataSource.query<OverdueRow[]>(
      `SELECT f.case_id AS "caseId", f.case_code AS code, f.kind, f.round::int AS round, f.unit_no::int AS "unitNo",
              f.segment_no::int AS "segmentNo", a.id AS "authorityId", a.code AS "authorityCode",
              a.name AS "authorityName", a.level AS "authorityLevel", ${d('f.start_on')} AS "heldSince",
              ($2::date - f.start_on) AS "daysHeld", ${d('f.accepted_on')} AS "acceptedOn", ${d('f.due_on')} AS "dueOn",
              ($2::date - f.due_on) AS "daysOverdue"
         FROM audit_case_fact f JOIN authority a ON a.id = f.authority_id
        WHERE f.authority_id = ANY($1::uuid[]) AND f.kind = ANY($3::text[]) AND ${KNOWN_AT('f')} AND (${OVERDUE})
              ${keyset}
        ORDER BY f.due_on, f.case_code, f.unit_no, f.segment_no
        LIMIT ${after ? '$9' : '$5'}`,
      [filter.authorityIds, filter.on, filter.kinds, filter.asOf, ...(after ?? []), limit],
    );
  }

  /** How many units are past due on the reference day, and how many are suspended (no due date) then. */
  async countOverdue(filter: OverdueFilter): Promise<{ overdue: number; suspended: number }> {
    const [row] = await this.dataSource.query<{ overdue: number; suspended: number }[]>(
      `SELECT count(*) FILTER (WHERE ${OVERDUE})::int AS overdue, count(*) FILTER (WHERE ${SUSPENDED})::int AS suspended
         FROM audit_case_fact f
        WHERE f.authority_id = ANY($1::uuid[]) AND f.kind = ANY($3::text[]) AND ${KNOWN_AT('f')}
          AND ((${OVERDUE}) OR (${SUSPENDED}))`,
      [filter.authorityIds, filter.on, filter.kinds, filter.asOf],
    );
    return row;
  }

  /** Case lines and days to resolve, per authority, per level group and for the whole scope. */
  leagueCaseFigures(filter: LeagueFilter): Promise<LeagueCaseFigureRow[]> {
    return this.dataSource.query<LeagueCaseFigureRow[]>(LEAGUE_CASE_SQL, [
      filter.authorityIds,
      filter.from,
      filter.to,
      filter.asOf,
      filter.levelGroups,
      filter.kinds,
    ]);
  }

  /** Đơn received, per authority, per level group and for the whole scope. */
  leaguePetitionFigures(filter: LeagueFilter): Promise<LeaguePetitionFigureRow[]> {
    return this.dataSource.query<LeaguePetitionFigureRow[]>(LEAGUE_PETITION_SQL, [
      filter.authorityIds,
      filter.from,
      filter.to,
      filter.asOf,
      filter.levelGroups,
    ]);
  }
}
