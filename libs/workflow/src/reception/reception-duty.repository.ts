import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthorityLevel, IsoDate, LeaderPresence } from '@kntc/domain';

export interface DutyAuthorityRow {
  id: string;
  code: string;
  name: string;
  level: AuthorityLevel;
}

export interface DutyScheduleRow {
  id: string;
  authorityId: string;
  leaderId: string;
  leaderName: string;
  plannedOn: IsoDate;
  place: string;
  note: string | null;
}

export interface DutyVisitDayRow {
  authorityId: string;
  visitedOn: IsoDate;
  type: 'periodic' | 'ad_hoc';
  presence: LeaderPresence;
  visits: number;
}

const SCHEDULE_COLUMNS = `s.id, s.authority_id AS "authorityId", s.leader_id AS "leaderId", u.display_name AS "leaderName",
  to_char(s.planned_on, 'YYYY-MM-DD') AS "plannedOn", s.place, s.note`;

/** SQL of the leaders' reception duty: the schedules, and the heads' receptions in the register. */
@Injectable()
export class ReceptionDutyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async authorities(ids: readonly string[]): Promise<DutyAuthorityRow[]> {
    return this.dataSource.query<DutyAuthorityRow[]>(
      `SELECT id, code, name, level FROM authority WHERE id = ANY($1::uuid[]) ORDER BY code`,
      [ids],
    );
  }

  /** Active users of the authority with the leader role, among `ids`. */
  async leadersOf(authorityId: string, ids: readonly string[]): Promise<Set<string>> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM app_user WHERE id = ANY($1::uuid[]) AND authority_id = $2 AND role = 'leader' AND disabled_at IS NULL`,
      [ids, authorityId],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Plans the days; a day already planned for the authority is replanned (leader, place, note). */
  async upsertSchedule(rows: {
    authorityId: string;
    leaderId: string;
    days: readonly IsoDate[];
    place: string;
    note: string | null;
    createdById: string;
  }): Promise<DutyScheduleRow[]> {
    return this.dataSource.transaction(async (em) => {
      await em.query(
        `INSERT INTO reception_duty_schedule (authority_id, leader_id, planned_on, place, note, created_by_id)
         SELECT $1, $2, d, $4, $5, $6 FROM unnest($3::date[]) AS d
         ON CONFLICT (authority_id, planned_on)
         DO UPDATE SET leader_id = EXCLUDED.leader_id, place = EXCLUDED.place, note = EXCLUDED.note`,
        [rows.authorityId, rows.leaderId, rows.days, rows.place, rows.note, rows.createdById],
      );
      return em.query<DutyScheduleRow[]>(
        `SELECT ${SCHEDULE_COLUMNS} FROM reception_duty_schedule s JOIN app_user u ON u.id = s.leader_id
          WHERE s.authority_id = $1 AND s.planned_on = ANY($2::date[]) ORDER BY s.planned_on`,
        [rows.authorityId, rows.days],
      );
    });
  }

  async schedules(authorityIds: readonly string[], from: IsoDate, to: IsoDate): Promise<DutyScheduleRow[]> {
    return this.dataSource.query<DutyScheduleRow[]>(
      `SELECT ${SCHEDULE_COLUMNS} FROM reception_duty_schedule s JOIN app_user u ON u.id = s.leader_id
        WHERE s.authority_id = ANY($1::uuid[]) AND s.planned_on BETWEEN $2::date AND $3::date
        ORDER BY s.planned_on, s.authority_id`,
      [authorityIds, from, to],
    );
  }

  /** The heads' receptions (định kỳ, đột xuất) entered in the register, per authority, day, type and presence. */
  async headReceptionDays(authorityIds: readonly string[], from: IsoDate, to: IsoDate): Promise<DutyVisitDayRow[]> {
    return this.dataSource.query<DutyVisitDayRow[]>(
      `SELECT v.receiving_authority_id AS "authorityId", to_char(v.visited_on, 'YYYY-MM-DD') AS "visitedOn",
              v.visit_type AS type, v.leader_presence AS presence, count(*)::int AS visits
         FROM reception_visit v
        WHERE v.receiving_authority_id = ANY($1::uuid[]) AND v.visited_on BETWEEN $2::date AND $3::date
          AND v.visit_type IN ('periodic', 'ad_hoc') AND v.leader_presence IS NOT NULL
        GROUP BY 1, 2, 3, 4 ORDER BY 2`,
      [authorityIds, from, to],
    );
  }
}
