import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { OutboxDelivery } from './notice-channel';

type UpdateResult<T> = [T[], number];

/**
 * The SQL of the outbox dispatcher. A claimed message is leased rather than kept locked: the
 * claim moves `available_at` past the lease and counts the attempt, in one short statement, so
 * delivery (which may be slow, and is outside the database) holds no transaction open.
 *
 * States of a message: pending (`processed_at IS NULL`, `available_at` ≤ now), leased or waiting
 * to retry (`available_at` in the future), delivered (`processed_at` set), dead (`processed_at IS
 * NULL`, `available_at = 'infinity'`).
 */
@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Claims up to `limit` due messages that no other dispatcher holds, oldest first. */
  async claimDue(now: Date, leaseUntil: Date, limit: number): Promise<OutboxDelivery[]> {
    const [rows] = await this.dataSource.query<UpdateResult<OutboxDelivery>>(
      `UPDATE outbox_message o
          SET attempts = o.attempts + 1, available_at = $2
         FROM (SELECT id FROM outbox_message
                WHERE processed_at IS NULL AND available_at <= $1
                ORDER BY available_at, id
                LIMIT $3
                FOR UPDATE SKIP LOCKED) due
        WHERE o.id = due.id
    RETURNING o.id, o.event_id AS "eventId", o.stream_type AS "streamType", o.stream_id AS "streamId",
              o.action_type AS "actionType", o.payload, o.dedupe_key AS "dedupeKey", o.attempts AS attempt`,
      [now, leaseUntil, limit],
    );
    return rows.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  }

  /** Records the delivery, even if the lease ran out meanwhile: a later claim would only repeat it. */
  async markDelivered(id: string, at: Date): Promise<void> {
    await this.dataSource.query(`UPDATE outbox_message SET processed_at = $2 WHERE id = $1 AND processed_at IS NULL`, [
      id,
      at,
    ]);
  }

  /**
   * Schedules the next try. `attempt` fences a stale failure: if the lease ran out and another
   * dispatcher claimed the message again, that claim's outcome wins.
   */
  async scheduleRetry(id: string, attempt: number, availableAt: Date, lastError: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_message SET available_at = $3, last_error = $4
        WHERE id = $1 AND attempts = $2 AND processed_at IS NULL`,
      [id, attempt, availableAt, lastError],
    );
  }

  /** Sets the message aside for good: never claimed again, kept for an operator to inspect. */
  async markDead(id: string, attempt: number, lastError: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_message SET available_at = 'infinity', last_error = $3
        WHERE id = $1 AND attempts = $2 AND processed_at IS NULL`,
      [id, attempt, lastError],
    );
  }
}
