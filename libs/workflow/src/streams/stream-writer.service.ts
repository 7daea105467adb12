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
import { canActOn } from './can-act-on';
import { nextDueOn } from './next-due';
import { projectColumns, type StreamColumns } from './stream-projection';
import { snapshotColumn, storedSnapshotOf, type StreamRow } from './stream-row';
import { StreamRepository } from './stream.repository';

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
  ruleSetId: RuleSetId;
  actor: Actor;
}

/**
 * Runs inside the command's transaction after each appended event of a đơn or a case; a failure
 * undoes the command. Reception visits are not case-engine streams: listeners do not see them.
 */
export type EventListener = (em: EntityManager, event: AppendedEvent<CaseStreamType>) => Promise<void>;

const isCaseEvent = (e: AppendedEvent): e is AppendedEvent<CaseStreamType> =>
  (CASE_STREAM_TYPES as readonly StreamType[]).includes(e.streamType);

const STREAM_NOUNS: Record<StreamType, string> = { petition: 'đơn', case: 'vụ việc', visit: 'lượt tiếp công dân' };

/** Side effects delivered after commit by the worker. The others happen in the transaction. */
const OUTBOX_ACTIONS = new Set(['notify', 'remind', 'handOver']);

/**
 * The one write path. Every command is one transaction: load the row; check scope and
 * version; let the machine decide; compare-and-swap the row on its version; append the
 * event; move custody; run in-transaction effects; queue the outbox. Nothing external is
 * called inside, so a failure anywhere leaves no trace.
 */
@Injectable()
export class StreamWriter {
  private readonly effects = new Map<string, TransactionalEffect>();
  private readonly listeners: EventListener[] = [];

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
   * Registers a listener called in the same transaction after every appended event, so a
   * projection (e.g. the audit facts) can never disagree with the log. libs/workflow knows no
   * listener: the module that owns one registers it at init.
   */
  onEvent(listener: EventListener): void {
    this.listeners.push(listener);
  }

  async apply(command: CommandRequest, em?: EntityManager): Promise<CommandResult> {
    if (em) return this.applyIn(em, command);
    return this.dataSource.transaction((tx) => this.applyIn(tx, command));
  }

  async open(
    request: OpenRequest,
    em?: EntityManager,
  ): Promise<{ id: string; version: number; state: string; actions: DomainAction[] }> {
    if (em) return this.openIn(em, request);
    return this.dataSource.transaction((tx) => this.openIn(tx, request));
  }

  private async applyIn(em: EntityManager, command: CommandRequest): Promise<CommandResult> {
    const { streamType, id, expectedVersion, actor } = command;
    const row = await this.streams.load(em, streamType, id);
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
    const swapped = await this.streams.compareAndSwap(
      em,
      streamType,
      id,
      expectedVersion,
      snapshotColumn(result.snapshot),
      columns,
    );
    if (!swapped) {
      throw new VersionConflictError(
        expectedVersion,
        (await this.streams.currentVersion(em, streamType, id)) ?? expectedVersion,
      );
    }
    const { type, ...payload } = command.event;
    const eventId = await this.streams.appendEvent(em, {
      streamType,
      streamId: id,
      seq: expectedVersion + 1,
      type,
      payload,
      stateBefore: result.from,
      stateAfter: result.to,
      actorUserId: actor.role === 'system' ? null : actor.userId,
      actorRole: actor.role,
      actorAuthorityId: actor.role === 'system' ? null : actor.authority.id,
      holderAuthorityId: columns.holderAuthorityId,
      ruleSetId: meta.ruleSetId,
      machineId: row.machineId,
      machineVersion: row.machineVersion,
      occurredAt: at,
      requestId: command.requestId ?? null,
    });
    if (columns.holderAuthorityId !== row.holderAuthorityId) {
      await this.streams.moveCustody(em, streamType, id, {
        authorityId: columns.holderAuthorityId,
        at,
        reason: type,
        fromAuthorityId: row.holderAuthorityId,
      });
    }
    await this.notifyListeners(em, {
      streamType,
      id,
      eventId,
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
    });
    await this.runEffects(em, result.actions, {
      event: command.event,
      row,
      snapshot: result.snapshot,
      meta,
      eventId,
      requestId: command.requestId,
    });
    await this.streams.enqueue(em, { id: eventId, streamType, streamId: id }, this.outboxMessages(result.actions), at);
    return { streamType, id, version: expectedVersion + 1, state: columns.state, actions: result.actions, eventId };
  }

  private async openIn(em: EntityManager, request: OpenRequest) {
    const at = request.at ?? this.clock.now();
    const meta: EventMeta = { at: at.toISOString(), actor: request.actor, ruleSetId: request.ruleSetId };
    const opened = openStream(request.machineId, { ...request.input, meta });
    const columns = await this.columnsFor(request.streamType, opened.snapshot, at);
    const id = await request.insertRow(em, opened.snapshot, columns);
    const actor = request.actor;
    const eventId = await this.streams.appendEvent(em, {
      streamType: request.streamType,
      streamId: id,
      seq: 1,
      type: 'opened',
      payload: request.eventPayload ?? {},
      stateBefore: null,
      stateAfter: opened.to,
      actorUserId: actor.role === 'system' ? null : actor.userId,
      actorRole: actor.role,
      actorAuthorityId: actor.role === 'system' ? null : actor.authority.id,
      holderAuthorityId: columns.holderAuthorityId,
      ruleSetId: meta.ruleSetId,
      machineId: opened.snapshot.machineId,
      machineVersion: opened.snapshot.machineVersion,
      occurredAt: at,
      requestId: request.requestId ?? null,
    });
    await this.streams.moveCustody(em, request.streamType, id, {
      authorityId: columns.holderAuthorityId,
      at,
      reason: 'opened',
      fromAuthorityId: null,
    });
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
      ruleSetId: meta.ruleSetId,
      actor,
    });
    await this.streams.enqueue(
      em,
      { id: eventId, streamType: request.streamType, streamId: id },
      this.outboxMessages(opened.actions),
      at,
    );
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
    for (const listener of this.listeners) await listener(em, event);
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
