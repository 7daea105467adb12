import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { IsoDate } from '@kntc/domain';
import type { StreamType } from '@kntc/persistence';
import { authorityColumns } from './authority-read.repository';
import { isoDate, sortableTimestamp, SqlParams } from './sql';

export interface AwaitingReceiptRecord extends Record<string, unknown> {
  id: string;
  code: string;
  version: number;
  content_kind: string | null;
  summary: string;
  subject_area: string;
  next_due_on: IsoDate | null;
  due_key: string;
  forwarded_at: Date | null;
  forwarded_on: IsoDate | null;
  forwarded_by_role: string | null;
}

export interface HeldRecord {
  stream_type: StreamType;
  id: string;
  code: string;
  version: number;
  kind: string | null;
  state: string;
  machine_id: string;
  machine_version: string;
  summary: string;
  subject_area: string;
  next_due_on: IsoDate | null;
  due_key: string;
}

export interface ForwardRecordRow extends Record<string, unknown> {
  event_id: string;
  sort_at: string;
  occurred_at: Date;
  /** Which forward of the đơn this event is (1-based): each accepted `forward` appends one to `context.forwards`. */
  ordinal: number;
  petition_id: string;
  code: string;
  summary: string;
  state: string;
  machine_id: string;
  machine_version: string;
  status: 'active' | 'done';
  context: Record<string, unknown>;
  case_id: string | null;
  case_code: string | null;
  case_kind: string | null;
  case_state: string | null;
  case_machine_id: string | null;
  case_machine_version: string | null;
  case_status: 'active' | 'done' | null;
  case_outcome: string | null;
}

/** Open đơn and cases sort by due date, those without one last. */
const DUE_KEY = (column: string) => `COALESCE(${column}, 'infinity'::date)`;

/** The queries of an authority's inbox (hộp đơn) and of its follow-up of forwarded đơn (theo dõi). */
@Injectable()
export class InboxReadRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Đơn forwarded to the authority that it has not received yet, due soonest first. While a đơn
   * is `forwarded` the sender still holds it (`sender_*`); the last `forward` event says when and by whom.
   */
  awaitingReceiptBy(authorityId: string, page: { limit: number; after?: string[] }): Promise<AwaitingReceiptRecord[]> {
    const q = new SqlParams();
    const where = [`p.state = 'forwarded'`, `p.snapshot->'context'->'forwardedTo'->>'id' = ${q.add(authorityId)}`];
    if (page.after) {
      where.push(
        `(${DUE_KEY('p.next_due_on')}, p.id) > (${q.add(page.after[0])}::date, ${q.add(page.after[1])}::uuid)`,
      );
    }
    return this.dataSource.query<AwaitingReceiptRecord[]>(
      `SELECT p.id, p.code, p.version, p.content_kind, p.summary, p.subject_area,
              ${isoDate('p.next_due_on')} AS next_due_on, ${DUE_KEY('p.next_due_on')}::text AS due_key,
              f.occurred_at AS forwarded_at, f.actor_role AS forwarded_by_role,
              p.snapshot->'context'->'forwards'->-1->>'on' AS forwarded_on,
              ${authorityColumns('h', 'sender')}
         FROM petition p
         JOIN authority h ON h.id = p.holder_authority_id
         LEFT JOIN LATERAL (
           SELECT e.occurred_at, e.actor_role FROM domain_event e
            WHERE e.stream_type = 'petition' AND e.stream_id = p.id AND e.type = 'forward'
            ORDER BY e.seq DESC LIMIT 1) f ON true
        WHERE ${where.join(' AND ')}
        ORDER BY ${DUE_KEY('p.next_due_on')}, p.id
        LIMIT ${q.add(page.limit + 1)}`,
      q.values,
    );
  }

  /**
   * Open đơn and cases the authority holds, due soonest first (ties: cases before đơn, then id).
   * A đơn it forwarded and that waits at the receiver is not its work any more (the clocks then
   * running are the receiver's): it is in the follow-up instead.
   */
  heldBy(authorityId: string, page: { limit: number; after?: string[] }): Promise<HeldRecord[]> {
    const q = new SqlParams();
    const holder = q.add(authorityId);
    const after = page.after
      ? `WHERE (s.due, s.stream_type, s.id) > (${q.add(page.after[0])}::date, ${q.add(page.after[1])}::text, ${q.add(page.after[2])}::uuid)`
      : '';
    return this.dataSource.query<HeldRecord[]>(
      `SELECT s.stream_type, s.id, s.code, s.version, s.kind, s.state, s.machine_id, s.machine_version, s.summary,
              s.subject_area, ${isoDate('s.next_due_on')} AS next_due_on, s.due::text AS due_key
         FROM (
           SELECT 'petition'::text AS stream_type, p.id, p.code, p.version, p.content_kind AS kind, p.state, p.machine_id,
                  p.machine_version, p.summary, p.subject_area, p.next_due_on, ${DUE_KEY('p.next_due_on')} AS due
             FROM petition p
            WHERE p.holder_authority_id = ${holder}::uuid AND COALESCE(p.snapshot->>'status', 'active') = 'active'
              AND p.state <> 'forwarded'
           UNION ALL
           SELECT 'case'::text, c.id, c.code, c.version, c.kind, c.state, c.machine_id, c.machine_version, c.summary,
                  c.subject_area, c.next_due_on, ${DUE_KEY('c.next_due_on')}
             FROM kntc_case c
            WHERE c.holder_authority_id = ${holder}::uuid AND COALESCE(c.snapshot->>'status', 'active') = 'active'
         ) s
        ${after}
        ORDER BY s.due, s.stream_type, s.id
        LIMIT ${q.add(page.limit + 1)}`,
      q.values,
    );
  }

  /**
   * The chuyển đơn the authority made, newest first, with where each đơn is now and its case.
   * Driven by the event log: one `forward` event per forward; the sender is both the actor's
   * authority and the holder after the event (a forward does not move custody until received).
   */
  forwardsBy(authorityId: string, page: { limit: number; after?: string[] }): Promise<ForwardRecordRow[]> {
    const q = new SqlParams();
    const sender = q.add(authorityId);
    const where = [
      `e.stream_type = 'petition'`,
      `e.type = 'forward'`,
      `e.actor_authority_id = ${sender}::uuid`,
      `e.holder_authority_id = ${sender}::uuid`,
    ];
    if (page.after) {
      where.push(`(e.occurred_at, e.id) < (${q.add(page.after[0])}::timestamptz, ${q.add(page.after[1])}::bigint)`);
    }
    return this.dataSource.query<ForwardRecordRow[]>(
      `SELECT e.id::text AS event_id, ${sortableTimestamp('e.occurred_at')} AS sort_at, e.occurred_at,
              (SELECT count(*) FROM domain_event e2
                WHERE e2.stream_type = 'petition' AND e2.stream_id = e.stream_id AND e2.type = 'forward'
                  AND e2.seq <= e.seq)::int AS ordinal,
              p.id AS petition_id, p.code, p.summary, p.state, p.machine_id, p.machine_version,
              COALESCE(p.snapshot->>'status', 'active') AS status, p.snapshot->'context' AS context,
              ${authorityColumns('h', 'holder')},
              c.id AS case_id, c.code AS case_code, c.kind AS case_kind, c.state AS case_state,
              c.machine_id AS case_machine_id, c.machine_version AS case_machine_version,
              c.snapshot->>'status' AS case_status, c.outcome AS case_outcome
         FROM domain_event e
         JOIN petition p ON p.id = e.stream_id
         JOIN authority h ON h.id = p.holder_authority_id
         LEFT JOIN kntc_case c ON c.id = p.case_id
        WHERE ${where.join(' AND ')}
        ORDER BY e.occurred_at DESC, e.id DESC
        LIMIT ${q.add(page.limit + 1)}`,
      q.values,
    );
  }
}
