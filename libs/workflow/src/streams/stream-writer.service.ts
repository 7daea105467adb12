import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  applyEvent,
  NotFoundError,
  openStream,
  ruleSetForEvent,
  vietnamDateOf,
  VersionConflictError,
  type Actor,
  type DomainAction,
  type EventMeta,
  type MachineId,
  type RuleSetId,
  type StoredSnapshot,
} from '@kntc/domain';
import { CASE_STREAM_TYPES, type CaseStreamType, type StreamType } from '@kntc/persistence';
import { CalendarService } from '../time/calendar.service';
import { ClockService } from '../time/clock.service';
import { actorColumns } from './actor-columns';
import { canActOn } from './can-act-on';
import { nextDueOn } from './next-due';
import { projectColumns, type StreamColumns } from './stream-projection';
import { snapshotColumn, storedSnapshotOf, type StreamRow } from './stream-row';
import { StreamRepository, type LoadedRow, type RowPrefetch } from './stream.repository';

export interface CommandRequest {
  streamType: StreamType;
  id: string;
  /** The version the client read (If-Match / expectedVersion). */
  expectedVersion: number;
  actor: Actor;
  requestId?: string;
  event: { type: string } & Record<string, unknown>;
  /** Commands the law gives a superior of the holder (competence still checked by the machine). */
  allowSuperior?: boolean;
  /**
   * When the event legally happened, if not now: only for the system's own events (the end of
   * a period is the day after its due date, however late the sweeper notices it).
   */
  occurredAt?: Date;
}

export interface CommandResult {
  streamType: StreamType;
  id: string;
  version: number;
  state: string;
  actions: DomainAction[];
  eventId: string;
}

/** A step performed inside the command's own transaction for one of its actions (e.g. `openCase`). */
export type TransactionalEffect = (
  em: EntityManager,
  effect: {
    action: DomainAction;
    /** The command's event (type and payload), e.g. the case details sent with `accept`. */
    event: CommandRequest['event'];
    row: StreamRow;
    snapshot: StoredSnapshot;
    meta: EventMeta;
    eventId: string;
    requestId?: string;
  },
) => Promise<void>;

export interface OpenRequest {
  streamType: StreamType;
  machineId: MachineId;
  /** Machine input without its `meta`: the writer adds the time, actor and rule set. */
  input: Record<string, unknown>;
  actor: Actor;
  requestId?: string;
  at?: Date;
  ruleSetId: RuleSetId;
  /** Inserts the type-specific row (petition or case) with these columns; returns its id. */
  insertRow: (em: EntityManager, stored: StoredSnapshot, columns: StreamColumns) => Promise<string>;
  eventPayload?: Record<string, unknown>;
}

/**
 * An event as the write path has just appended it, with the snapshots around it: what an
 * in-transaction listener (the audit facts) needs to keep its projections in step.
 */
export interface AppendedEvent<S extends StreamType = StreamType> {
  streamType: S;
  id: string;
  eventId: string;
  seq: number;
  type: string;
  payload: Record<string, unknown>;
  /** Null for the opening event. */
  before: StoredSnapshot | null;
  after: StoredSnapshot;
  holderBefore: string | null;
  holderAfter: string;
  occurredAt: Date;
  /**
   * The event row's `recorded_at`, when the event became known: when its stream was read
   * (an opening event: its transaction's start).
   */
  recordedAt: Date;
  ruleSetId: RuleSetId;
  actor: Actor;
}

/**
 * An event about to be stored, as a write planner sees it: everything but its id (the planned
 * writes read it from the CTE `event`), with what the planner asked to read with the row.
 */
export type PlannedEvent = Omit<AppendedEvent<CaseStreamType>, 'eventId'> & {
  /** What the planners asked to read with the stream's row (`planWrites`), by key. */
  prefetched: Readonly<Record<string, unknown>>;
};

/** Adds a parameter to the event's statement and returns its placeholder (cast to `type` if given). */
export type BindParameter = (value: unknown, type?: string) => string;

/**
 * Plans the writes a projection makes for an event of a đơn or a case (not its opening event:
 * listeners see those), before the event is stored. Each is a data-modifying SQL statement run
 * in the event's own statement, as a CTE: it reads the event's id from the CTE `event` and
 * must write nothing when `event` is empty (the compare-and-swap found a newer version).
 */
export type WritePlanner = (event: PlannedEvent, bind: BindParameter) => Promise<string[]>;

/**
 * Runs inside the command's transaction after each appended event of a đơn or a case that it
 * is concerned with; a failure undoes the command. Reception visits are not case-engine
 * streams: listeners do not see them.
 */
export type EventListener = (em: EntityManager, event: AppendedEvent<CaseStreamType>) => Promise<void>;

/**
 * Whether a listener has anything to do for an event, decided before the event is stored
 * (pure, from the event alone): a command no listener, effect or planner needs a transaction
 * for is written in one statement, without BEGIN and COMMIT.
 */
export type ListenerConcern = (event: Omit<AppendedEvent<CaseStreamType>, 'eventId' | 'recordedAt'>) => boolean;

/**
 * A read a planner needs with every event of a stream type: a SQL expression evaluated on the
 * stream's row (its columns, and `$1`, its id).
 */
export interface PlannerPrefetch extends RowPrefetch {
  streamType: CaseStreamType;
}

const isCaseEvent = <E extends { streamType: StreamType }>(e: E): e is E & { streamType: CaseStreamType } =>
  (CASE_STREAM_TYPES as readonly StreamType[]).includes(e.streamType);

const STREAM_NOUNS: Record<StreamType, string> = { petition: 'đơn', case: 'vụ việc', visit: 'lượt tiếp công dân' };

/** Side effects delivered after commit by the worker. The others happen in the transaction. */
const OUTBOX_ACTIONS = new Set(['notify', 'remind', 'handOver']);

/** A command decided on the row it read, ready to be stored. */
interface Decision {
  command: CommandRequest;
  row: LoadedRow;
  at: Date;
  meta: EventMeta;
  result: ReturnType<typeof applyEvent>;
  columns: StreamColumns;
  event: Omit<AppendedEvent, 'eventId' | 'recordedAt'>;
  listeners: EventListener[];
}

/** The row was read before a rebuild of what planners read: plan again. */
class PlanEpochChanged extends Error {}

/**
 * The one write path. Every command is one transaction: load the row; check scope and version;
 * let the machine decide; compare-and-swap the row on its version, appending the event,
 * queueing its outbox messages, moving custody and making the planned writes (the audit facts)
 * in the same statement; run the listeners and in-transaction effects. Nothing external is
 * called inside, so a failure anywhere leaves no trace.
 *
 * The row is read on its own, before any transaction: the compare-and-swap proves nothing of
 * the stream changed since, and the plan epoch that nothing planners read was rebuilt. When no
 * listener or effect has work for the event, the statement alone is the transaction (two round
 * trips in all); otherwise it runs with them in one transaction.
 */
@Injectable()
export class StreamWriter {
  private readonly effects = new Map<string, TransactionalEffect>();
  private readonly listeners: { listener: EventListener; concerns: ListenerConcern }[] = [];
  private readonly planners: WritePlanner[] = [];
  private readonly prefetch: Record<StreamType, RowPrefetch[]> = { petition: [], case: [], visit: [] };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly streams: StreamRepository,
    private readonly calendars: CalendarService,
    private readonly clock: ClockService,
  ) {}

  /** Registers the in-transaction handler of an action type (e.g. `openCase` by the petition module). */
  onAction(actionType: string, effect: TransactionalEffect): void {
    this.effects.set(actionType, effect);
  }

  /**
   * Registers a listener called in the same transaction after every appended event it is
   * concerned with, so a projection can never disagree with the log. libs/workflow knows no
   * listener: the module that owns one registers it at init.
   */
  onEvent(listener: EventListener, concerns: ListenerConcern): void {
    this.listeners.push({ listener, concerns });
  }

  /**
   * For a rebuild of what planners read (the audit facts), in its transaction, after the old
   * rows are gone: commands that read them before are planned again.
   */
  advancePlanEpoch(em: EntityManager): Promise<void> {
    return this.streams.advancePlanEpoch(em);
  }

  /**
   * Registers a write planner (e.g. the audit facts): its writes for every event of a đơn or a
   * case after the opening one go into the event's own statement, so they commit or fail with
   * it at no extra round trip. `prefetch` are the reads it needs, done by the statement that
   * loads the row and handed to it in `event.prefetched`. They are read at the row's snapshot,
   * before the compare-and-swap, and are still true when the swap succeeds: nothing of the
   * stream changed in between, since whatever is written about a stream is written by a
   * transaction that swaps its row, and nothing was rebuilt, since a rebuild advances the plan
   * epoch the swap checks (`advancePlanEpoch`).
   */
  planWrites(planner: WritePlanner, prefetch: readonly PlannerPrefetch[] = []): void {
    const keys = new Set(Object.values(this.prefetch).flatMap((list) => list.map((p) => p.key)));
    for (const { streamType, key, sql } of prefetch) {
      if (keys.has(key)) throw new Error(`prefetch key ${key} is already registered`);
      this.prefetch[streamType].push({ key, sql });
    }
    this.planners.push(planner);
  }

  async apply(command: CommandRequest, em?: EntityManager): Promise<CommandResult> {
    for (let attempt = 1; ; attempt++) {
      // In the caller's transaction, the row's read holds what it read against a rebuild.
      const decision = await this.decide(em ?? this.dataSource.manager, command);
      try {
        if (em) return await this.store(em, decision);
        return this.needsTransaction(decision)
          ? await this.dataSource.transaction((tx) => this.store(tx, decision))
          : await this.store(this.dataSource.manager, decision);
      } catch (error) {
        if (!(error instanceof PlanEpochChanged)) throw error;
        // A rebuild ran between the read and the write: read again (a rebuild is rare and long).
        if (em || attempt >= 3) throw new VersionConflictError(command.expectedVersion, decision.row.version);
      }
    }
  }

  async open(
    request: OpenRequest,
    em?: EntityManager,
  ): Promise<{ id: string; version: number; state: string; actions: DomainAction[] }> {
    if (em) return this.openIn(em, request);
    return this.dataSource.transaction((tx) => this.openIn(tx, request));
  }

  /** Reads the row and lets the machine decide: everything but the writes. */
  private async decide(em: EntityManager, command: CommandRequest): Promise<Decision> {
    const { streamType, id, expectedVersion, actor } = command;
    const row = await this.streams.load(em, streamType, id, this.prefetch[streamType]);
    if (!row || !canActOn(actor, row.snapshot.context, command.allowSuperior ?? false)) {
      throw new NotFoundError(STREAM_NOUNS[streamType], id);
    }
    if (row.version !== expectedVersion) throw new VersionConflictError(expectedVersion, row.version);
    const at = command.occurredAt && actor.role === 'system' ? command.occurredAt : this.clock.now();
    const stored = storedSnapshotOf(row);
    const meta: EventMeta = {
      at: at.toISOString(),
      actor,
      ruleSetId: ruleSetForEvent(stored, command.event.type, vietnamDateOf(at.toISOString())),
    };
    const result = applyEvent(stored, { ...command.event, meta });
    const columns = await this.columnsFor(streamType, result.snapshot, at);
    const { type, ...payload } = command.event;
    const event = {
      streamType,
      id,
      seq: expectedVersion + 1,
      type,
      payload,
      before: stored,
      after: result.snapshot,
      holderBefore: row.holderAuthorityId,
      holderAfter: columns.holderAuthorityId,
      occurredAt: at,
      ruleSetId: meta.ruleSetId,
      actor,
    };
    const listeners = isCaseEvent(event) ? this.listeners.filter((l) => l.concerns(event)).map((l) => l.listener) : [];
    return { command, row, at, meta, result, columns, event, listeners };
  }

  private needsTransaction(decision: Decision): boolean {
    return decision.listeners.length > 0 || decision.result.actions.some((a) => this.effects.has(a.type));
  }

  /** The writes of a decided command: one statement, then its listeners and effects if any. */
  private async store(em: EntityManager, decision: Decision): Promise<CommandResult> {
    const { command, row, at, meta, result, columns, event } = decision;
    const { streamType, id, expectedVersion } = command;
    const recordedAt = row.readAt;
    const appended = await this.streams.swapAndAppend(
      em,
      {
        expectedVersion,
        snapshot: snapshotColumn(result.snapshot),
        columns,
        event: {
          streamType,
          streamId: id,
          seq: event.seq,
          type: event.type,
          payload: event.payload,
          stateBefore: result.from,
          stateAfter: result.to,
          ...actorColumns(command.actor),
          holderAuthorityId: columns.holderAuthorityId,
          ruleSetId: meta.ruleSetId,
          machineId: row.machineId,
          machineVersion: row.machineVersion,
          occurredAt: at,
          requestId: command.requestId ?? null,
        },
        outbox: this.outboxMessages(result.actions),
        at,
        recordedAt,
        planEpoch: row.planEpoch,
      },
      async (bind) => {
        const writes: string[] = [];
        if (columns.holderAuthorityId !== row.holderAuthorityId) {
          const to = {
            authorityId: columns.holderAuthorityId,
            at,
            reason: event.type,
            fromAuthorityId: row.holderAuthorityId,
          };
          writes.push(...this.streams.plannedCustodyMove(streamType, id, to, bind));
        }
        if (!isCaseEvent(event)) return writes;
        for (const plan of this.planners) {
          writes.push(...(await plan({ ...event, recordedAt, prefetched: row.prefetched }, bind)));
        }
        return writes;
      },
    );
    if (!appended) {
      const current = await this.streams.currentVersion(em, streamType, id);
      if (current === expectedVersion) throw new PlanEpochChanged();
      throw new VersionConflictError(expectedVersion, current ?? expectedVersion);
    }
    const { eventId } = appended;
    const stored = { ...event, eventId, recordedAt: appended.recordedAt };
    if (isCaseEvent(stored)) for (const listener of decision.listeners) await listener(em, stored);
    await this.runEffects(em, result.actions, {
      event: command.event,
      row,
      snapshot: result.snapshot,
      meta,
      eventId,
      requestId: command.requestId,
    });
    return { streamType, id, version: expectedVersion + 1, state: columns.state, actions: result.actions, eventId };
  }

  private async openIn(em: EntityManager, request: OpenRequest) {
    const at = request.at ?? this.clock.now();
    const meta: EventMeta = { at: at.toISOString(), actor: request.actor, ruleSetId: request.ruleSetId };
    const opened = openStream(request.machineId, { ...request.input, meta });
    const columns = await this.columnsFor(request.streamType, opened.snapshot, at);
    const id = await request.insertRow(em, opened.snapshot, columns);
    const actor = request.actor;
    const { eventId, recordedAt } = await this.streams.appendEvent(
      em,
      {
        streamType: request.streamType,
        streamId: id,
        seq: 1,
        type: 'opened',
        payload: request.eventPayload ?? {},
        stateBefore: null,
        stateAfter: opened.to,
        ...actorColumns(actor),
        holderAuthorityId: columns.holderAuthorityId,
        ruleSetId: meta.ruleSetId,
        machineId: opened.snapshot.machineId,
        machineVersion: opened.snapshot.machineVersion,
        occurredAt: at,
        requestId: request.requestId ?? null,
      },
      this.outboxMessages(opened.actions),
      at,
      (bind) => {
        const to = { authorityId: columns.holderAuthorityId, at, reason: 'opened', fromAuthorityId: null };
        return Promise.resolve(this.streams.plannedCustodyMove(request.streamType, id, to, bind));
      },
    );
    await this.notifyListeners(em, {
      streamType: request.streamType,
      id,
      eventId,
      seq: 1,
      type: 'opened',
      payload: request.eventPayload ?? {},
      before: null,
      after: opened.snapshot,
      holderBefore: null,
      holderAfter: columns.holderAuthorityId,
      occurredAt: at,
      recordedAt,
      ruleSetId: meta.ruleSetId,
      actor,
    });
    return { id, version: 1, state: columns.state, actions: opened.actions };
  }

  private async columnsFor(streamType: StreamType, snapshot: StoredSnapshot, at: Date): Promise<StreamColumns> {
    const calendar = await this.calendars.calendar();
    const clocks = (snapshot.context as { clocks?: never }).clocks;
    const due = nextDueOn(clocks, calendar, vietnamDateOf(at.toISOString()));
    return projectColumns(streamType, snapshot, due, at);
  }

  private async notifyListeners(em: EntityManager, event: AppendedEvent): Promise<void> {
    if (!isCaseEvent(event)) return;
    for (const { listener, concerns } of this.listeners) if (concerns(event)) await listener(em, event);
  }

  private async runEffects(
    em: EntityManager,
    actions: DomainAction[],
    context: Omit<Parameters<TransactionalEffect>[1], 'action'>,
  ): Promise<void> {
    for (const action of actions) {
      const effect = this.effects.get(action.type);
      if (effect) await effect(em, { ...context, action });
    }
  }

  private outboxMessages(actions: DomainAction[]) {
    return actions.filter((a) => OUTBOX_ACTIONS.has(a.type)).map((a) => ({ actionType: a.type, payload: a.params }));
  }
}
