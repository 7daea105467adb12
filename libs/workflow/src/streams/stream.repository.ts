import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CaseEntity, PetitionEntity, queryPrepared, ReceptionVisitEntity, type StreamType } from '@kntc/persistence';
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

/** A read done with the row: a SQL expression evaluated on it (its columns, and `$1`, its id). */
export interface RowPrefetch {
  key: string;
  sql: string;
}

/**
 * The row as the write path loads it, with what the planners asked to read with it (by key),
 * when it was read (`now()` of the load: the event's `recorded_at`) and the plan epoch then.
 */
export type LoadedRow = StreamRow & { prefetched: Readonly<Record<string, unknown>>; readAt: Date; planEpoch: string };

/** The appended event: its id and `recorded_at` (when its stream was read, which the audit facts version on). */
export interface AppendedRow {
  eventId: string;
  recordedAt: Date;
}

/** domain_event's columns as the write path fills them, with their types (selected values need them). */
const EVENT_COLUMNS: readonly (readonly [string, string])[] = [
  ['stream_type', 'varchar'],
  ['stream_id', 'uuid'],
  ['seq', 'int'],
  ['type', 'varchar'],
  ['payload', 'jsonb'],
  ['state_before', 'varchar'],
  ['state_after', 'varchar'],
  ['actor_user_id', 'uuid'],
  ['actor_role', 'varchar'],
  ['actor_authority_id', 'uuid'],
  ['holder_authority_id', 'uuid'],
  ['rule_set_id', 'varchar'],
  ['machine_id', 'varchar'],
  ['machine_version', 'varchar'],
  ['occurred_at', 'timestamptz'],
  ['request_id', 'varchar'],
];

const eventColumns = EVENT_COLUMNS.map(([column]) => column).join(', ');

/** `$from::type, $from+1::type, …`: the event's values, in the order of EVENT_COLUMNS. */
const eventPlaceholders = (from: number) => EVENT_COLUMNS.map(([, type], i) => `$${from + i}::${type}`).join(', ');

const eventValues = (e: NewEvent): unknown[] => [
  e.streamType,
  e.streamId,
  e.seq,
  e.type,
  JSON.stringify(e.payload),
  e.stateBefore,
  e.stateAfter,
  e.actorUserId,
  e.actorRole,
  e.actorAuthorityId,
  e.holderAuthorityId,
  e.ruleSetId,
  e.machineId,
  e.machineVersion,
  e.occurredAt,
  e.requestId,
];

/**
 * The outbox rows of the event `event` (a CTE returning its id), from two array parameters; the
 * dedupe key is `<event id>:<index>`. Created and available at the application's time, not the
 * database's: the same clock the worker reads.
 */
const outboxCte = (from: number) => `,
  outbox AS (
    INSERT INTO outbox_message (event_id, stream_type, stream_id, action_type, payload, dedupe_key, created_at, available_at)
    SELECT event.id, $${from}::varchar, $${from + 1}::uuid, m.action_type, m.payload, event.id::text || ':' || (m.n - 1),
           $${from + 2}::timestamptz, $${from + 2}::timestamptz
      FROM event, unnest($${from + 3}::varchar[], $${from + 4}::jsonb[]) WITH ORDINALITY AS m(action_type, payload, n)
  )`;

const outboxValues = (event: NewEvent, messages: NewOutboxMessage[], at: Date): unknown[] => [
  event.streamType,
  event.streamId,
  at,
  messages.map((m) => m.actionType),
  messages.map((m) => JSON.stringify(m.payload)),
];

/**
 * Data-modifying statements made part of an event's statement, as CTEs over the CTE `event`
 * (writing nothing when it is empty), their parameters bound through `bind`.
 */
export type WritePlan = (bind: (value: unknown, type?: string) => string) => Promise<string[]>;
const NO_PLAN: WritePlan = () => Promise.resolve([]);

/** What a statement that appends an event returns, after its CTEs. */
const APPENDED = `
        SELECT id::text AS "eventId", recorded_at AS "recordedAt" FROM event`;

/**
 * Every SQL statement of the write path, as plain parameterised SQL run as prepared statements
 * (the texts are built once per stream type from the entities' metadata). All take the
 * transaction's EntityManager.
 */
@Injectable()
export class StreamRepository {
  private readonly sql = new Map<string, string>();

  /**
   * The row, and in the same statement (so at the same snapshot) the reads planners asked for
   * (`prefetch`: SQL expressions on the row), by key.
   */
  async load(
    em: EntityManager,
    streamType: StreamType,
    id: string,
    prefetch: readonly RowPrefetch[] = [],
  ): Promise<LoadedRow | undefined> {
    const sql = this.text(`load:${streamType}:${prefetch.map((p) => p.key).join(',')}`, () => {
      const table = this.tableOf(em, streamType);
      const extra = prefetch.map((p, i) => `, ${p.sql} AS "prefetch${i}"`).join('');
      return `SELECT id, machine_id AS "machineId", machine_version AS "machineVersion", version,
                     holder_authority_id AS "holderAuthorityId", snapshot, now() AS "readAt",
                     (SELECT last_value FROM stream_plan_epoch)::text AS "planEpoch"${extra}
                FROM ${table} WHERE id = $1`;
    });
    const [found] = await queryPrepared<Record<string, unknown>>(em, sql, [id]);
    if (!found) return undefined;
    const prefetched: Record<string, unknown> = {};
    prefetch.forEach((p, i) => {
      prefetched[p.key] = found[`prefetch${i}`];
      delete found[`prefetch${i}`];
    });
    return { ...(found as Omit<LoadedRow, 'streamType' | 'prefetched'>), streamType, prefetched };
  }

  /**
   * The compare-and-swap and the event it records, in one statement: the row changes only if
   * nobody changed it since it was read (TypeORM's @VersionColumn does not check the version
   * on update, typeorm#2848), and the event, its outbox messages and the planned writes
   * (`plan`: data-modifying statements over the CTE `event`, with their parameters bound
   * through `bind`) happen only if it did. Null when the version or the plan epoch no longer
   * matches: nothing was written. On its own (no transaction) the statement is the transaction.
   */
  async swapAndAppend(
    em: EntityManager,
    swap: {
      expectedVersion: number;
      snapshot: Record<string, unknown>;
      columns: StreamColumns;
      event: NewEvent;
      outbox: NewOutboxMessage[];
      at: Date;
      /** When the row was read: the event's `recorded_at`. */
      recordedAt: Date;
      /** The plan epoch the row was read in: planned writes are good only in that epoch. */
      planEpoch: string;
    },
    plan: WritePlan = NO_PLAN,
  ): Promise<AppendedRow | null> {
    const { event, columns } = swap;
    const extraKeys = Object.keys(columns.extra);
    const withOutbox = swap.outbox.length > 0;
    const ctes = this.text(`swap:${event.streamType}:${extraKeys.join(',')}:${withOutbox}`, () => {
      const meta = em.connection.getMetadata(ENTITY[event.streamType]);
      const columnOf = (property: string) => {
        const column = meta.findColumnWithPropertyName(property);
        if (!column) throw new Error(`${meta.tableName} has no column for ${property}`);
        return column.databaseName;
      };
      const extra = extraKeys.map((k, i) => `, ${columnOf(k)} = $${9 + i}`).join('');
      const from = 9 + extraKeys.length;
      return `WITH swapped AS (
          UPDATE ${meta.tableName}
             SET snapshot = $3, version = version + 1, state = $4, holder_authority_id = $5,
                 next_due_on = $6${extra}, updated_at = now()
           WHERE id = $1 AND version = $2 AND (SELECT last_value FROM stream_plan_epoch) = $8::bigint
       RETURNING id
        ),
        event AS (
          INSERT INTO domain_event (${eventColumns}, recorded_at)
          SELECT ${eventPlaceholders(from)}, $7::timestamptz FROM swapped
       RETURNING id, recorded_at
        )${withOutbox ? outboxCte(from + EVENT_COLUMNS.length) : ''}`;
    });
    const params: unknown[] = [
      event.streamId,
      swap.expectedVersion,
      JSON.stringify(swap.snapshot),
      columns.state,
      columns.holderAuthorityId,
      columns.nextDueOn,
      swap.recordedAt,
      swap.planEpoch,
      ...extraKeys.map((k) => columns.extra[k]),
      ...eventValues(event),
      ...(withOutbox ? outboxValues(event, swap.outbox, swap.at) : []),
    ];
    return this.appendWithPlan(em, ctes, params, plan);
  }

  async currentVersion(em: EntityManager, streamType: StreamType, id: string): Promise<number | undefined> {
    const sql = this.text(
      `version:${streamType}`,
      () => `SELECT version FROM ${this.tableOf(em, streamType)} WHERE id = $1`,
    );
    const [row] = await queryPrepared<{ version: number }>(em, sql, [id]);
    return row?.version;
  }

  /**
   * The first event of a stream (its row was just inserted), with its outbox messages and the
   * planned writes (`plan`, as for `swapAndAppend`), in one statement.
   */
  async appendEvent(
    em: EntityManager,
    event: NewEvent,
    outbox: NewOutboxMessage[],
    at: Date,
    plan: WritePlan = NO_PLAN,
  ): Promise<AppendedRow> {
    const withOutbox = outbox.length > 0;
    const ctes = this.text(
      `append:${withOutbox}`,
      () => `WITH event AS (
          INSERT INTO domain_event (${eventColumns}) VALUES (${eventPlaceholders(1)})
       RETURNING id, recorded_at
        )${withOutbox ? outboxCte(1 + EVENT_COLUMNS.length) : ''}`,
    );
    const params = [...eventValues(event), ...(withOutbox ? outboxValues(event, outbox, at) : [])];
    return (await this.appendWithPlan(em, ctes, params, plan))!;
  }

  /** Runs `ctes` (ending with the CTE `event`) with the planned writes as further CTEs; the appended event, if any. */
  private async appendWithPlan(
    em: EntityManager,
    ctes: string,
    params: unknown[],
    plan: WritePlan,
  ): Promise<AppendedRow | null> {
    const bind = (value: unknown, type?: string) => {
      params.push(value);
      return type ? `$${params.length}::${type}` : `$${params.length}`;
    };
    const planned = (await plan(bind)).map((write, i) => `,\n        planned${i} AS (${write})`);
    const [row] = await queryPrepared<AppendedRow>(em, `${ctes}${planned.join('')}${APPENDED}`, params);
    return row ?? null;
  }

  /**
   * A custody move as writes for the event's own statement (`plan`): the open custody period, if
   * any, is closed and one opens at `authorityId` (the close does not see the new one), only if
   * the event is stored.
   */
  plannedCustodyMove(
    streamType: StreamType,
    streamId: string,
    to: { authorityId: string; at: Date; reason: string; fromAuthorityId: string | null },
    bind: (value: unknown, type?: string) => string,
  ): string[] {
    const [type, id, at] = [bind(streamType, 'varchar'), bind(streamId, 'uuid'), bind(to.at, 'timestamptz')];
    return [
      `UPDATE custody_period SET until_at = ${at}
        WHERE stream_type = ${type} AND stream_id = ${id} AND until_at IS NULL AND EXISTS (SELECT 1 FROM event)`,
      `INSERT INTO custody_period (stream_type, stream_id, authority_id, from_at, until_at, reason, from_authority_id)
       SELECT ${type}, ${id}, ${bind(to.authorityId, 'uuid')}, ${at}, NULL, ${bind(to.reason, 'varchar')},
              ${bind(to.fromAuthorityId, 'uuid')} FROM event`,
    ];
  }

  /**
   * A new plan epoch: what planners read with rows before now must not be written. For a
   * rebuild of what they read, in its transaction, once the old rows are gone.
   */
  async advancePlanEpoch(em: EntityManager): Promise<void> {
    await em.query(`SELECT nextval('stream_plan_epoch')`);
  }

  private tableOf(em: EntityManager, streamType: StreamType): string {
    return em.connection.getMetadata(ENTITY[streamType]).tableName;
  }

  private text(key: string, build: () => string): string {
    let sql = this.sql.get(key);
    if (sql === undefined) {
      sql = build();
      this.sql.set(key, sql);
    }
    return sql;
  }
}
