import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthorityLevel, DutyDayStatus, IsoDate, LeaderPresence, VisitForm } from '@kntc/domain';

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
  form: VisitForm;
  status: DutyDayStatus;
  /** The last cancellation (kept when the day is planned again). */
  cancelledAt: Date | null;
  cancelledById: string | null;
  cancelReason: string | null;
  /** Online session: the day its notice went out, and who recorded that, when. */
  noticeSentOn: IsoDate | null;
  noticeRecordedAt: Date | null;
  noticeRecordedById: string | null;
}

export interface DutyVisitDayRow {
  authorityId: string;
  visitedOn: IsoDate;
  type: 'periodic' | 'ad_hoc';
  presence: LeaderPresence;
  visits: number;
}

const SCHEDULE_COLUMNS = `s.id, s.authority_id AS "authorityId", s.leader_id AS "leaderId", u.display_name AS "leaderName",
  to_char(s.planned_on, 'YYYY-MM-DD') AS "plannedOn", s.place, s.note, s.form, s.status,
  s.cancelled_at AS "cancelledAt", s.cancelled_by_id AS "cancelledById", s.cancel_reason AS "cancelReason",
  to_char(s.notice_sent_on, 'YYYY-MM-DD') AS "noticeSentOn", s.notice_recorded_at AS "noticeRecordedAt",
  s.notice_recorded_by_id AS "noticeRecordedById"`;

const SCHEDULE_FROM = `reception_duty_schedule s JOIN app_user u ON u.id = s.leader_id`;

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

  /**
   * Plans the days; a day already in the schedule is replanned (leader, place, note, form) and is
   * planned again if it was cancelled, keeping its last cancellation. Its notice is dropped when
   * the day was cancelled (the citizens must be told again) or is no longer online.
   */
  async upsertSchedule(rows: {
    authorityId: string;
    leaderId: string;
    days: readonly IsoDate[];
    place: string;
    note: string | null;
    form: VisitForm;
    createdById: string;
  }): Promise<DutyScheduleRow[]> {
    return this.dataSource.transaction(async (em) => {
      await em.query(
        `INSERT INTO reception_duty_schedule (authority_id, leader_id, planned_on, place, note, form, created_by_id)
         SELECT $1, $2, d, $4, $5, $6, $7 FROM unnest($3::date[]) AS d
         ON CONFLICT (authority_id, planned_on)
         DO UPDATE SET leader_id = EXCLUDED.leader_id, place = EXCLUDED.place, note = EXCLUDED.note,
           form = EXCLUDED.form, status = 'planned',
           notice_sent_on = CASE WHEN reception_duty_schedule.status = 'planned' AND EXCLUDED.form = 'online'
             THEN reception_duty_schedule.notice_sent_on END,
           notice_recorded_at = CASE WHEN reception_duty_schedule.status = 'planned' AND EXCLUDED.form = 'online'
             THEN reception_duty_schedule.notice_recorded_at END,
           notice_recorded_by_id = CASE WHEN reception_duty_schedule.status = 'planned' AND EXCLUDED.form = 'online'
             THEN reception_duty_schedule.notice_recorded_by_id END`,
        [rows.authorityId, rows.leaderId, rows.days, rows.place, rows.note, rows.form, rows.createdById],
      );
      return em.query<DutyScheduleRow[]>(
        `SELECT ${SCHEDULE_COLUMNS} FROM ${SCHEDULE_FROM}
          WHERE s.authority_id = $1 AND s.planned_on = ANY($2::date[]) ORDER BY s.planned_on`,
        [rows.authorityId, rows.days],
      );
    });
  }

  /** The authority's schedule rows for these days (planned or cancelled), by day. */
  async scheduleDays(authorityId: string, days: readonly IsoDate[]): Promise<DutyScheduleRow[]> {
    return this.dataSource.query<DutyScheduleRow[]>(
      `SELECT ${SCHEDULE_COLUMNS} FROM ${SCHEDULE_FROM}
        WHERE s.authority_id = $1 AND s.planned_on = ANY($2::date[]) ORDER BY s.planned_on`,
      [authorityId, days],
    );
  }

  /**
   * Cancels the planned days among `days`; a day already cancelled keeps its first cancellation.
   * The rows stay. Returns every row of `days`.
   */
  async cancelDays(command: {
    authorityId: string;
    days: readonly IsoDate[];
    reason: string;
    cancelledById: string;
  }): Promise<DutyScheduleRow[]> {
    return this.dataSource.transaction(async (em) => {
      await em.query(
        `UPDATE reception_duty_schedule
            SET status = 'cancelled', cancelled_at = now(), cancelled_by_id = $3, cancel_reason = $4
          WHERE authority_id = $1 AND planned_on = ANY($2::date[]) AND status = 'planned'`,
        [command.authorityId, command.days, command.cancelledById, command.reason],
      );
      return em.query<DutyScheduleRow[]>(
        `SELECT ${SCHEDULE_COLUMNS} FROM ${SCHEDULE_FROM}
          WHERE s.authority_id = $1 AND s.planned_on = ANY($2::date[]) ORDER BY s.planned_on`,
        [command.authorityId, command.days],
      );
    });
  }

  /** Records the day the notice of a planned online session went out (replacing an earlier record). */
  async recordNotice(command: {
    authorityId: string;
    day: IsoDate;
    sentOn: IsoDate;
    recordedById: string;
  }): Promise<DutyScheduleRow | undefined> {
    return this.dataSource.transaction(async (em) => {
      await em.query(
        `UPDATE reception_duty_schedule
            SET notice_sent_on = $3, notice_recorded_at = now(), notice_recorded_by_id = $4
          WHERE authority_id = $1 AND planned_on = $2 AND status = 'planned' AND form = 'online'`,
        [command.authorityId, command.day, command.sentOn, command.recordedById],
      );
      const [row] = await em.query<DutyScheduleRow[]>(
        `SELECT ${SCHEDULE_COLUMNS} FROM ${SCHEDULE_FROM} WHERE s.authority_id = $1 AND s.planned_on = $2`,
        [command.authorityId, command.day],
      );
      return row;
    });
  }

  /** Every schedule row of the window, planned or cancelled. */
  async schedules(authorityIds: readonly string[], from: IsoDate, to: IsoDate): Promise<DutyScheduleRow[]> {
    return this.dataSource.query<DutyScheduleRow[]>(
      `SELECT ${SCHEDULE_COLUMNS} FROM ${SCHEDULE_FROM}
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
