import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  CaseEntity,
  CustodyPeriodEntity,
  DomainEventEntity,
  OutboxMessageEntity,
  PetitionEntity,
  ReceptionVisitEntity,
  type StreamType,
} from '@kntc/persistence';
import type { StreamColumns } from './stream-projection';
import type { StreamRow } from './stream-row';

const ENTITY = { petition: PetitionEntity, case: CaseEntity, visit: ReceptionVisitEntity } as const;

export interface NewEvent {
  streamType: StreamType;
  streamId: string;
  seq: number;
  type: string;
  payload: Record<string, unknown>;
  stateBefore: string | null;
  stateAfter: string;
  actorUserId: string | null;
  actorRole: string;
  actorAuthorityId: string | null;
  holderAuthorityId: string;
  ruleSetId: string;
  machineId: string;
  machineVersion: string;
  occurredAt: Date;
  requestId: string | null;
}

export interface NewOutboxMessage {
  actionType: string;
  payload: Record<string, unknown>;
}

/** Every SQL statement of the write path. All take the transaction's EntityManager. */
@Injectable()
export class StreamRepository {
  async load(em: EntityManager, streamType: StreamType, id: string): Promise<StreamRow | undefined> {
    const row = await em.getRepository(ENTITY[streamType]).findOne({
      where: { id },
      select: {
        id: true,
        machineId: true,
        machineVersion: true,
        version: true,
        holderAuthorityId: true,
        snapshot: true,
      },
    });
    return row ? ({ ...row, streamType } as unknown as StreamRow) : undefined;
  }

  /**
   * The compare-and-swap: the row changes only if nobody changed it since it was read.
   * TypeORM's @VersionColumn does not check the version on update (typeorm#2848).
   */
  async compareAndSwap(
    em: EntityManager,
    streamType: StreamType,
    id: string,
    expectedVersion: number,
    snapshot: Record<string, unknown>,
    columns: StreamColumns,
  ): Promise<boolean> {
    const result = await em
      .createQueryBuilder()
      .update(ENTITY[streamType])
      .set({
        snapshot,
        version: () => 'version + 1',
        state: columns.state,
        holderAuthorityId: columns.holderAuthorityId,
        nextDueOn: columns.nextDueOn,
        ...columns.extra,
      } as never)
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    return result.affected === 1;
  }

  async currentVersion(em: EntityManager, streamType: StreamType, id: string): Promise<number | undefined> {
    const row = await em
      .getRepository(ENTITY[streamType])
      .findOne({ where: { id }, select: { id: true, version: true } });
    return row?.version;
  }

  async appendEvent(em: EntityManager, event: NewEvent): Promise<string> {
    const inserted = await em.getRepository(DomainEventEntity).insert(event as never);
    return String((inserted.identifiers[0] as { id: string | number }).id);
  }

  async enqueue(
    em: EntityManager,
    event: { id: string; streamType: StreamType; streamId: string },
    messages: NewOutboxMessage[],
    at: Date,
  ): Promise<void> {
    if (messages.length === 0) return;
    await em.getRepository(OutboxMessageEntity).insert(
      messages.map((m, index) => ({
        eventId: event.id,
        streamType: event.streamType,
        streamId: event.streamId,
        actionType: m.actionType,
        payload: m.payload,
        dedupeKey: `${event.id}:${index}`,
        // The application's time, not the database's: the same clock the worker reads.
        createdAt: at,
        availableAt: at,
      })) as never,
    );
  }

  /** Closes the open custody period, if any, and opens one at `authorityId`. */
  async moveCustody(
    em: EntityManager,
    streamType: StreamType,
    streamId: string,
    to: { authorityId: string; at: Date; reason: string; fromAuthorityId: string | null },
  ): Promise<void> {
    await em
      .createQueryBuilder()
      .update(CustodyPeriodEntity)
      .set({ untilAt: to.at })
      .where('stream_type = :streamType AND stream_id = :streamId AND until_at IS NULL', { streamType, streamId })
      .execute();
    await em.getRepository(CustodyPeriodEntity).insert({
      streamType,
      streamId,
      authorityId: to.authorityId,
      fromAt: to.at,
      untilAt: null,
      reason: to.reason,
      fromAuthorityId: to.fromAuthorityId,
    });
  }
}
