import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { IsoDate } from '@kntc/domain';
import type { StreamType } from '@kntc/persistence';
import type { StreamRow } from '../streams/stream-row';

const TABLE: Record<StreamType, string> = { petition: 'petition', case: 'kntc_case', visit: 'reception_visit' };

/** A petition or case the sweeper may have work on, with the key that orders the pass. */
export interface SweepCandidate extends StreamRow {
  nextDueOn: IsoDate;
}

/** Where a pass over one table has got to (keyset: next_due_on, id). */
export interface SweepCursor {
  nextDueOn: IsoDate;
  id: string;
}

export interface NewReminder {
  streamType: StreamType;
  streamId: string;
  /** The reminder hangs on the event that produced this version (outbox_message.event_id is required). */
  version: number;
  payload: Record<string, unknown>;
  dedupeKey: string;
  at: Date;
}

const ROW_COLUMNS = `t.id, t.version, t.machine_id AS "machineId", t.machine_version AS "machineVersion",
  t.holder_authority_id AS "holderAuthorityId", t.snapshot`;

/**
 * Only a prefilter, so that petitions and cases whose every running clock already has its expiry
 * recorded (the usual "overdue" state, which keeps next_due_on in the past) are not read on every
 * pass. The sweep plan decides; this must never exclude a row the plan would act on.
 */
const HAS_UNEXPIRED_RUNNING_CLOCK = `EXISTS (
  SELECT 1 FROM jsonb_each(CASE WHEN jsonb_typeof(t.snapshot -> 'context' -> 'clocks') = 'object'
                                THEN t.snapshot -> 'context' -> 'clocks' ELSE '{}'::jsonb END) AS c(name, clock)
  WHERE (c.clock ->> 'stoppedOn') IS NULL
    AND (c.clock ->> 'expiredOn') IS NULL
    AND NOT jsonb_path_exists(c.clock, '$.pauses[*] ? (!exists(@.to))'))`;

/** The SQL of the deadline sweeper. */
@Injectable()
export class DeadlineSweepRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One page of rows whose earliest running due date is on or before `dueBy`, after `cursor`,
   * read without locks: most of them need nothing, and only those that do are locked.
   */
  async readCandidates(
    streamType: StreamType,
    dueBy: IsoDate,
    cursor: SweepCursor | undefined,
    limit: number,
  ): Promise<SweepCandidate[]> {
    const rows = await this.dataSource.query<Omit<SweepCandidate, 'streamType'>[]>(
      `SELECT ${ROW_COLUMNS}, to_char(t.next_due_on, 'YYYY-MM-DD') AS "nextDueOn"
         FROM ${TABLE[streamType]} t
        WHERE t.next_due_on <= $1::date
          AND ($2::date IS NULL OR (t.next_due_on, t.id) > ($2::date, $3::uuid))
          AND ${HAS_UNEXPIRED_RUNNING_CLOCK}
        ORDER BY t.next_due_on, t.id
        LIMIT $4`,
      [dueBy, cursor?.nextDueOn ?? null, cursor?.id ?? null, limit],
    );
    return rows.map((r) => ({ ...r, streamType }));
  }

  /** Which of these reminders are already queued (delivered or not). */
  async queuedDedupeKeys(keys: string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = await this.dataSource.query<{ dedupe_key: string }[]>(
      `SELECT dedupe_key FROM outbox_message WHERE dedupe_key = ANY($1::varchar[])`,
      [keys],
    );
    return new Set(rows.map((r) => r.dedupe_key));
  }

  /**
   * Claims rows for this transaction: a row another sweeper or an officer's command holds is
   * skipped, not waited for, and comes back on the next pass. NO KEY UPDATE is the lock the
   * write path's UPDATE takes anyway, and unlike FOR UPDATE it does not block inserts that only
   * reference the row (a petition joining a case).
   */
  async claim(em: EntityManager, streamType: StreamType, ids: string[]): Promise<StreamRow[]> {
    if (ids.length === 0) return [];
    const rows = await em.query<Omit<StreamRow, 'streamType'>[]>(
      `SELECT ${ROW_COLUMNS} FROM ${TABLE[streamType]} t
        WHERE t.id = ANY($1::uuid[])
        ORDER BY t.id
        FOR NO KEY UPDATE SKIP LOCKED`,
      [ids],
    );
    return rows.map((r) => ({ ...r, streamType }));
  }

  /** Re-reads a claimed row after the sweeper changed it (the lock is already ours). */
  async reload(em: EntityManager, streamType: StreamType, id: string): Promise<StreamRow | undefined> {
    const [row] = await em.query<Omit<StreamRow, 'streamType'>[]>(
      `SELECT ${ROW_COLUMNS} FROM ${TABLE[streamType]} t WHERE t.id = $1`,
      [id],
    );
    return row ? { ...row, streamType } : undefined;
  }

  /** Queues a reminder unless one with the same key exists; true when this call queued it. */
  async queueReminderOnce(em: EntityManager, reminder: NewReminder): Promise<boolean> {
    const inserted = await em.query<{ id: string }[]>(
      `INSERT INTO outbox_message
         (event_id, stream_type, stream_id, action_type, payload, dedupe_key, created_at, available_at)
       SELECT e.id, $1::varchar, $2::uuid, 'remind', $3::jsonb, $4::varchar, $5::timestamptz, $5::timestamptz
         FROM domain_event e
        WHERE e.stream_type = $1::varchar AND e.stream_id = $2::uuid AND e.seq = $6::int
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [
        reminder.streamType,
        reminder.streamId,
        JSON.stringify(reminder.payload),
        reminder.dedupeKey,
        reminder.at,
        reminder.version,
      ],
    );
    return inserted.length === 1;
  }
}
