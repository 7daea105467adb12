import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { HolidayAnnouncement, HolidayOccasion, IsoDate } from '@kntc/domain';
import type { StreamType } from '@kntc/persistence';

const TABLE: Record<StreamType, string> = { petition: 'petition', case: 'kntc_case', visit: 'reception_visit' };

export interface StoredAnnouncement {
  announcement: HolidayAnnouncement;
  storedAt: Date;
  storedById: string | null;
}

/** An open đơn or case as the recompute needs it. */
export interface OpenStreamDeadlines {
  id: string;
  code: string;
  state: string;
  version: number;
  nextDueOn: IsoDate | null;
  clocks: Record<string, unknown> | null;
  holderId: string;
  holderCode: string;
  holderName: string;
}

/** The key column `name`: the occasion's name for `other`, '' for the statutory occasions. */
export const announcementName = (a: { occasion: HolidayOccasion; name?: string }): string =>
  a.occasion === 'other' ? (a.name ?? '') : '';

/** The administrators' calendar announcements, and the denormalised due dates a calendar change moves. */
@Injectable()
export class CalendarAdminRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async listAnnouncements(year?: number): Promise<StoredAnnouncement[]> {
    return this.dataSource.query<StoredAnnouncement[]>(
      `SELECT announcement, created_at AS "storedAt", created_by_id AS "storedById"
         FROM calendar_announcement
        WHERE $1::int IS NULL OR year = $1::int
        ORDER BY year, occasion, name`,
      [year ?? null],
    );
  }

  /** Adds the announcement of its year and occasion, or replaces the stored one; true when it replaced one. */
  async putAnnouncement(a: HolidayAnnouncement, storedById: string, at: Date): Promise<boolean> {
    const [row] = await this.dataSource.query<{ inserted: boolean }[]>(
      `INSERT INTO calendar_announcement (year, occasion, name, announcement, created_by_id, created_at)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6)
       ON CONFLICT (year, occasion, name) DO UPDATE
          SET announcement = EXCLUDED.announcement, created_by_id = EXCLUDED.created_by_id, created_at = EXCLUDED.created_at
       RETURNING (xmax = 0) AS inserted`,
      [a.year, a.occasion, announcementName(a), JSON.stringify(a), storedById, at],
    );
    return !row.inserted;
  }

  /** True when there was one to delete. */
  async deleteAnnouncement(year: number, occasion: HolidayOccasion, name: string): Promise<boolean> {
    // TypeORM answers an UPDATE or DELETE on PostgreSQL with [rows, affected].
    const [, affected] = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM calendar_announcement WHERE year = $1 AND occasion = $2 AND name = $3`,
      [year, occasion, name],
    );
    return affected > 0;
  }

  /** One page of open đơn or cases (machine not in a final state), by id after `afterId`. */
  async openStreamsPage(streamType: StreamType, afterId: string | null, limit: number): Promise<OpenStreamDeadlines[]> {
    return this.dataSource.query<OpenStreamDeadlines[]>(
      `SELECT t.id, t.code, t.state, t.version, to_char(t.next_due_on, 'YYYY-MM-DD') AS "nextDueOn",
              t.snapshot -> 'context' -> 'clocks' AS clocks,
              a.id AS "holderId", a.code AS "holderCode", a.name AS "holderName"
         FROM ${TABLE[streamType]} t JOIN authority a ON a.id = t.holder_authority_id
        WHERE (t.snapshot ->> 'status') IS DISTINCT FROM 'done'
          AND ($1::uuid IS NULL OR t.id > $1::uuid)
        ORDER BY t.id
        LIMIT $2`,
      [afterId, limit],
    );
  }

  /**
   * Sets next_due_on outside the write path. Allowed only because the column is a projection of
   * the snapshot and the calendar, and the snapshot stores no due date (clock.ts): a calendar
   * change alters no snapshot, no event and no version, only this derived column. The version
   * guard leaves alone any row a command changed meanwhile (the write path already recomputed it
   * under the new calendar). Returns the ids updated.
   */
  async updateNextDueOn(
    streamType: StreamType,
    updates: readonly { id: string; version: number; nextDueOn: IsoDate | null }[],
  ): Promise<Set<string>> {
    if (updates.length === 0) return new Set();
    const [rows] = await this.dataSource.query<[{ id: string }[], number]>(
      `UPDATE ${TABLE[streamType]} t SET next_due_on = u.next_due_on
         FROM unnest($1::uuid[], $2::int[], $3::date[]) AS u(id, version, next_due_on)
        WHERE t.id = u.id AND t.version = u.version
        RETURNING t.id`,
      [updates.map((u) => u.id), updates.map((u) => u.version), updates.map((u) => u.nextDueOn)],
    );
    return new Set(rows.map((r) => r.id));
  }
}
