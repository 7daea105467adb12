import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { StreamType } from '@kntc/persistence';
import { authorityColumns } from './authority-read.repository';

export interface EventRecord extends Record<string, unknown> {
  seq: number;
  type: string;
  payload: Record<string, unknown>;
  state_before: string | null;
  state_after: string;
  actor_role: string;
  rule_set_id: string;
  machine_id: string;
  machine_version: string;
  occurred_at: Date;
  recorded_at: Date;
}

export interface CustodyRecord extends Record<string, unknown> {
  from_at: Date;
  until_at: Date | null;
  reason: string;
}

/** The event log and the custody periods of one đơn or case. */
@Injectable()
export class StreamHistoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every event of the stream in order, with the acting authority (`actor_*`, absent for the engine). */
  timelineOf(streamType: StreamType, streamId: string): Promise<EventRecord[]> {
    return this.dataSource.query<EventRecord[]>(
      `SELECT e.seq, e.type, e.payload, e.state_before, e.state_after, e.actor_role, e.rule_set_id,
              e.machine_id, e.machine_version, e.occurred_at, e.recorded_at, ${authorityColumns('a', 'actor')}
         FROM domain_event e LEFT JOIN authority a ON a.id = e.actor_authority_id
        WHERE e.stream_type = $1 AND e.stream_id = $2
        ORDER BY e.seq`,
      [streamType, streamId],
    );
  }

  /** Who held the stream from when until when, oldest first (`holder_*`, `from_*` authorities). */
  custodyOf(streamType: StreamType, streamId: string): Promise<CustodyRecord[]> {
    return this.dataSource.query<CustodyRecord[]>(
      `SELECT cp.from_at, cp.until_at, cp.reason, ${authorityColumns('a', 'holder')}, ${authorityColumns('fa', 'from')}
         FROM custody_period cp
         JOIN authority a ON a.id = cp.authority_id
         LEFT JOIN authority fa ON fa.id = cp.from_authority_id
        WHERE cp.stream_type = $1 AND cp.stream_id = $2
        ORDER BY cp.from_at, cp.id`,
      [streamType, streamId],
    );
  }
}
