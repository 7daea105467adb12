import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { IsoDate } from '@kntc/domain';
import type { ReceptionCellRow } from './build-reception-rows';
import type { DutyDayRow } from './duty-rows';
import { RECEPTION_METRICS, receptionPredicate, type ReceptionMetricDef } from './reception-metrics';

/**
 * A visit counts once its registration was recorded by the cut-off: the first event of its
 * stream. What the figures read (day, type, form, people, head's presence, the case) is written
 * at registration and never changed, so a run with a cut-off is frozen.
 */
const KNOWN_AT = (asOf: string) => `EXISTS (SELECT 1 FROM domain_event e
   WHERE e.stream_type = 'visit' AND e.stream_id = v.id AND e.seq = 1 AND e.recorded_at <= ${asOf})`;

const aggregate = (m: ReceptionMetricDef) => {
  const where = receptionPredicate(m, '$5');
  switch (m.measure) {
    case 'count':
      return `count(*) FILTER (WHERE ${where})::int AS "${m.key}"`;
    case 'people':
      return `coalesce(sum(v.people_count) FILTER (WHERE ${where}), 0)::int AS "${m.key}"`;
    case 'cases':
      // A repeat visit about a case the engine holds is that case; any other visit is its own vụ việc.
      return `count(DISTINCT coalesce(v.case_id, v.id)) FILTER (WHERE ${where})::int AS "${m.key}"`;
  }
};

const CELLS_SQL = `SELECT v.receiving_authority_id AS "authorityId", ${RECEPTION_METRICS.map(aggregate).join(',\n  ')}
  FROM reception_visit v
 WHERE v.receiving_authority_id = ANY($1::uuid[]) AND v.visited_on BETWEEN $2::date AND $3::date
   AND ${KNOWN_AT('$4')}
 GROUP BY v.receiving_authority_id`;

/** A visit behind a reception figure: register columns only, never who came. */
export interface ReceptionDrillRow {
  id: string;
  code: string;
  serialNo: number;
  authorityId: string;
  visitedOn: IsoDate;
  type: string;
  form: string;
  peopleCount: number;
  leaderPresence: string | null;
  caseId: string | null;
  result: string | null;
}

/** The reception figures' SQL: counts by authority over the register, and the visits behind a count. */
@Injectable()
export class ReceptionFiguresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async cells(
    authorityIds: readonly string[],
    from: IsoDate,
    to: IsoDate,
    asOf: Date,
    delegationMinPeople: number,
  ): Promise<ReceptionCellRow[]> {
    return this.dataSource.query<ReceptionCellRow[]>(CELLS_SQL, [authorityIds, from, to, asOf, delegationMinPeople]);
  }

  /**
   * The heads' periodic receptions (tiếp định kỳ with the head's presence) known at the cut-off,
   * one row per authority, day and presence: the days held towards the duty.
   */
  async headReceptionDays(
    authorityIds: readonly string[],
    from: IsoDate,
    to: IsoDate,
    asOf: Date,
  ): Promise<DutyDayRow[]> {
    return this.dataSource.query<DutyDayRow[]>(
      `SELECT v.receiving_authority_id AS "authorityId", to_char(v.visited_on, 'YYYY-MM-DD') AS "visitedOn",
              v.leader_presence AS presence
         FROM reception_visit v
        WHERE v.receiving_authority_id = ANY($1::uuid[]) AND v.visited_on BETWEEN $2::date AND $3::date
          AND v.visit_type = 'periodic' AND v.leader_presence IS NOT NULL AND ${KNOWN_AT('$4')}
        GROUP BY 1, 2, 3 ORDER BY 2, 1, 3`,
      [authorityIds, from, to, asOf],
    );
  }

  /** The visits behind one metric, in keyset pages by (ngày tiếp, id). */
  async visits(q: {
    authorityIds: readonly string[];
    from: IsoDate;
    to: IsoDate;
    asOf: Date;
    delegationMinPeople: number;
    metric: ReceptionMetricDef;
    after?: { visitedOn: IsoDate; id: string };
    limit: number;
  }): Promise<ReceptionDrillRow[]> {
    return this.dataSource.query<ReceptionDrillRow[]>(
      `SELECT v.id, v.code, v.serial_no AS "serialNo", v.receiving_authority_id AS "authorityId",
              to_char(v.visited_on, 'YYYY-MM-DD') AS "visitedOn", v.visit_type AS type, v.form,
              v.people_count AS "peopleCount", v.leader_presence AS "leaderPresence", v.case_id AS "caseId", v.result
         FROM reception_visit v
        WHERE v.receiving_authority_id = ANY($1::uuid[]) AND v.visited_on BETWEEN $2::date AND $3::date
          AND ${KNOWN_AT('$4')} AND $5::int IS NOT NULL AND (${receptionPredicate(q.metric, '$5')})
          AND ($6::date IS NULL OR (v.visited_on, v.id) > ($6::date, $7::uuid))
        ORDER BY v.visited_on, v.id
        LIMIT $8`,
      [
        q.authorityIds,
        q.from,
        q.to,
        q.asOf,
        q.delegationMinPeople,
        q.after?.visitedOn ?? null,
        q.after?.id ?? null,
        q.limit,
      ],
    );
  }
}
