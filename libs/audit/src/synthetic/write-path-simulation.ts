import {
  applicableRuleSetId,
  applyEvent,
  computeDeadline,
  endOfVietnamDay,
  isPaused,
  openStream,
  ruleSetForEvent,
  TransitionNotAllowedError,
  vietnamDateOf,
  type Actor,
  type CaseKind,
  type Clock,
  type DomainAction,
  type IsoDate,
  type MachineId,
  type RuleSetId,
  type StoredSnapshot,
  type WorkingCalendar,
} from '@kntc/domain';
import { planSweep } from '@kntc/workflow';
// The write path's own pure pieces: the simulation must compute exactly what it computes.
import { caseOpening, type CaseDetails } from '../../../workflow/src/commands/case-opening';
import { actorColumns } from '../../../workflow/src/streams/actor-columns';
import { nextDueOn } from '../../../workflow/src/streams/next-due';
import { projectColumns, type StreamColumns } from '../../../workflow/src/streams/stream-projection';
import { snapshotColumn } from '../../../workflow/src/streams/stream-row';
import {
  OPEN_END,
  type CaseFact,
  type FactEvent,
  type PetitionFact,
  type StreamInfo,
  type Versioned,
} from '../facts/fact-rows';
import { CASE_FACT_TABLE, factFields, PETITION_FACT_TABLE, type FactTable } from '../facts/fact-tables';
import { evolveFacts, infoFromFacts, mayChangeFacts } from '../facts/stream-facts';
import { applyVersionChanges, versionChanges } from '../facts/versions';

/** One row of `domain_event`, as the write path appends it. `id` is a placeholder until written. */
export interface SimEvent {
  id: string;
  streamType: 'petition' | 'case';
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
  recordedAt: Date;
  requestId: string | null;
}

export interface SimCustody {
  authorityId: string;
  fromAt: Date;
  untilAt: Date | null;
  reason: string;
  fromAuthorityId: string | null;
}

/** What the write path keeps about one đơn or case: its row, its events, custody and audit facts. */
export interface SimStream<F> {
  streamType: 'petition' | 'case';
  id: string;
  machineId: MachineId;
  machineVersion: string;
  snapshot: StoredSnapshot;
  version: number;
  /** The row's columns after the last event; `nextDueOn` is filled by `finalColumns`. */
  columns: StreamColumns;
  /** When the last event happened (the row's next_due_on is computed as of that day). */
  lastAt: Date;
  /** The row's rule set (chosen at opening; the row keeps it). */
  ruleSetId: RuleSetId;
  info: StreamInfo;
  createdAt: Date;
  updatedAt: Date;
  events: SimEvent[];
  custody: SimCustody[];
  /** The current audit facts, in the order the evolve functions keep them. */
  facts: F[];
  /** Every version of every audit fact, as the projector would have written them. */
  factVersions: Versioned<F>[];
  /** Earliest due date of the running clocks whose expiry is not recorded (null: none). */
  nextExpiry: IsoDate | null;
  /** Clocks whose expiry the machine refused at the current version (the sweeper's memory). */
  refusedExpiries: Set<string>;
}

export interface PetitionRowInput {
  code: string;
  channel: string;
  forwardedByName: string | null;
  receivedAt: Date;
  summary: string;
  subjectArea: string;
  signatoryCount: number;
  fromReception: boolean;
  createdById: string;
}

export interface SimPetition extends SimStream<PetitionFact> {
  row: PetitionRowInput & { receivingAuthorityId: string; receivedOn: IsoDate };
  caseId: string | null;
}

export interface SimCase extends SimStream<CaseFact> {
  kind: CaseKind;
  code: string;
  originPetitionId: string;
  openedAt: Date;
  subjectArea: string;
  summary: string;
  linkedById: string;
}

/** Stored snapshots went through jsonb: undefined properties are gone, as in the database. */
const jsonRoundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const isOpen = (v: { recordedTo: Date }) => v.recordedTo.getTime() === OPEN_END.getTime();

/** Due dates of clocks, per calendar (a clock's due date depends on nothing else). */
const DUE_DATES = new WeakMap<WorkingCalendar, Map<string, IsoDate | null>>();

/** How the sweeper dates an expiry: the period ended at 24:00 of its due date. */
export const expiryInstant = (dueDate: IsoDate) => new Date(Date.parse(endOfVietnamDay(dueDate)) + 1);

/**
 * The engine's write path, in memory: the same machines, the same column projection, the same
 * case opening, custody moves and audit-fact versioning as `StreamWriter` (with the audit
 * projector listening) and the deadline sweeper, but nothing is written. The synthetic seed
 * runs a scenario through it, then copies the rows it kept. Ids of streams and events and the
 * codes are whatever the caller hands in (placeholders that the seed replaces per instance).
 */
export class WritePathSimulation {
  petition?: SimPetition;
  case?: SimCase;
  private nextEvent = 0;

  constructor(
    private readonly calendar: WorkingCalendar,
    private readonly ids: { petition: string; case: string; caseCode: string; eventId: (index: number) => string },
  ) {}

  /** Every event in the order it was appended (petition and case interleaved). */
  get eventCount(): number {
    return this.nextEvent;
  }

  /** Vào sổ đơn (PetitionIntakeService.record, without the parties). */
  intake(actor: Actor, input: PetitionRowInput & { forwardedBy?: { name: string } }, recordedAt: Date): SimPetition {
    const receivedOn = vietnamDateOf(input.receivedAt.toISOString());
    const ruleSetId = applicableRuleSetId('petition', 'processing', { received: receivedOn, event: receivedOn });
    const at = input.receivedAt;
    const opened = openStream('petition', {
      holder: actor.authority,
      receivedOn,
      channel: input.channel,
      fromReception: input.fromReception,
      ...(input.forwardedBy ? { forwardedBy: { name: input.forwardedBy.name } } : {}),
      meta: { at: at.toISOString(), actor, ruleSetId },
    });
    const snapshot = jsonRoundTrip(opened.snapshot);
    const petition: SimPetition = {
      streamType: 'petition',
      id: this.ids.petition,
      machineId: 'petition',
      machineVersion: snapshot.machineVersion,
      snapshot,
      version: 1,
      columns: this.columnsFor('petition', snapshot, at),
      lastAt: at,
      ruleSetId,
      info: { code: input.code, subjectArea: input.subjectArea, signatories: input.signatoryCount },
      createdAt: recordedAt,
      updatedAt: recordedAt,
      events: [],
      custody: [],
      facts: [],
      factVersions: [],
      refusedExpiries: new Set(),
      nextExpiry: null,
      row: { ...input, receivingAuthorityId: actor.authority.id, receivedOn },
      caseId: null,
    };
    this.petition = petition;
    this.appendOpening(petition, opened.to, actor, at, recordedAt, ruleSetId, null, {
      channel: input.channel,
      receivedOn,
      fromReception: input.fromReception,
      subjectArea: input.subjectArea,
    });
    return petition;
  }

  /**
   * One command through the write path (StreamWriter.applyIn): rule set of the day, machine,
   * columns, event, custody, facts, then the in-transaction effects (an accepted đơn opens its
   * case). Refused commands throw the machine's error, as the API would answer 409.
   */
  apply(
    stream: SimPetition | SimCase,
    actor: Actor,
    event: { type: string } & Record<string, unknown>,
    at: Date,
    recordedAt: Date,
    requestId: string | null = null,
  ): DomainAction[] {
    const stored = stream.snapshot;
    const meta = {
      at: at.toISOString(),
      actor,
      ruleSetId: ruleSetForEvent(stored, event.type, vietnamDateOf(at.toISOString())),
    };
    const result = applyEvent(stored, { ...event, meta });
    const snapshot = jsonRoundTrip(result.snapshot);
    const columns = this.columnsFor(stream.streamType, snapshot, at);
    const { type, ...payload } = event;
    const holderBefore = stream.columns.holderAuthorityId;
    const appended: SimEvent = {
      id: this.ids.eventId(this.nextEvent++),
      streamType: stream.streamType,
      streamId: stream.id,
      seq: stream.version + 1,
      type,
      payload: jsonRoundTrip(payload),
      stateBefore: result.from,
      stateAfter: result.to,
      ...actorColumns(actor),
      holderAuthorityId: columns.holderAuthorityId,
      ruleSetId: meta.ruleSetId,
      machineId: stream.machineId,
      machineVersion: stream.machineVersion,
      occurredAt: at,
      recordedAt,
      requestId,
    };
    stream.events.push(appended);
    stream.version += 1;
    stream.snapshot = snapshot;
    stream.columns = columns;
    stream.lastAt = at;
    stream.updatedAt = recordedAt;
    stream.refusedExpiries.clear();
    stream.nextExpiry = this.nextExpiryOf(snapshot);
    if (columns.holderAuthorityId !== holderBefore) {
      this.moveCustody(stream, columns.holderAuthorityId, at, type, holderBefore);
    }
    this.project(stream, appended, stored, snapshot, holderBefore);
    for (const action of result.actions) {
      if (action.type === 'openCase' && stream.streamType === 'petition') {
        this.openCase(stream as SimPetition, action, event as CaseDetails, meta.at, actor, recordedAt, requestId);
      }
    }
    return result.actions;
  }

  /**
   * The deadline sweeper up to the end of `day`: every clock whose due date passed on or before
   * `day − 1` gets its `deadlineExpired`, dated at the end of its due date and recorded just
   * after midnight, earliest first, re-planned after each (one expiry can change the others).
   */
  sweepThrough(stream: SimPetition | SimCase, day: IsoDate): void {
    for (let guard = 0; guard < 50; guard++) {
      // Nothing can expire before the earliest due date of the running clocks not yet expired.
      if (stream.nextExpiry === null || stream.nextExpiry >= day) return;
      // Due dates do not depend on the day they are computed (only the status does), so the
      // first of today's list is what the sweeper took on the day after that due date.
      const due = planSweep(stream.snapshot, {
        calendar: this.calendar,
        today: day,
        remindUntil: null,
        refused: stream.refusedExpiries,
      }).expire[0];
      if (!due) return;
      const holder = (stream.snapshot.context as { holder: Actor['authority'] }).holder;
      try {
        this.apply(
          stream,
          { userId: 'system', role: 'system', authority: holder },
          { type: 'deadlineExpired', clock: due.clock },
          expiryInstant(due.dueDate),
          new Date(expiryInstant(due.dueDate).getTime() + 60_000),
          'deadline-sweeper',
        );
      } catch (error) {
        if (!(error instanceof TransitionNotAllowedError)) throw error;
        stream.refusedExpiries.add(due.clock);
      }
    }
  }

  /** PetitionCommandsService.openCase: the case row, its first event and the link, in the accept's transaction. */
  private openCase(
    petition: SimPetition,
    action: DomainAction,
    event: CaseDetails,
    at: string,
    actor: Actor,
    recordedAt: Date,
    requestId: string | null,
  ): void {
    const kind = action.params.kind as CaseKind;
    const opening = caseOpening(kind, petition.snapshot.context as never, event, at);
    const openedAt = new Date(at);
    const opened = openStream(kind, { ...opening.input, meta: { at, actor, ruleSetId: opening.ruleSetId } });
    const snapshot = jsonRoundTrip(opened.snapshot);
    const kase: SimCase = {
      streamType: 'case',
      id: this.ids.case,
      machineId: kind,
      machineVersion: snapshot.machineVersion,
      snapshot,
      version: 1,
      columns: this.columnsFor('case', snapshot, openedAt),
      lastAt: openedAt,
      ruleSetId: opening.ruleSetId,
      info: { code: this.ids.caseCode, subjectArea: petition.row.subjectArea },
      createdAt: recordedAt,
      updatedAt: recordedAt,
      events: [],
      custody: [],
      facts: [],
      factVersions: [],
      refusedExpiries: new Set(),
      nextExpiry: null,
      kind,
      code: this.ids.caseCode,
      originPetitionId: petition.id,
      openedAt,
      subjectArea: petition.row.subjectArea,
      summary: petition.row.summary,
      linkedById: actor.userId,
    };
    this.case = kase;
    petition.caseId = kase.id;
    this.appendOpening(kase, opened.to, actor, openedAt, recordedAt, opening.ruleSetId, requestId, {
      petitionId: petition.id,
      kind,
    });
  }

  private appendOpening(
    stream: SimPetition | SimCase,
    to: string,
    actor: Actor,
    at: Date,
    recordedAt: Date,
    ruleSetId: RuleSetId,
    requestId: string | null,
    payload: Record<string, unknown>,
  ): void {
    const appended: SimEvent = {
      id: this.ids.eventId(this.nextEvent++),
      streamType: stream.streamType,
      streamId: stream.id,
      seq: 1,
      type: 'opened',
      payload,
      stateBefore: null,
      stateAfter: to,
      ...actorColumns(actor),
      holderAuthorityId: stream.columns.holderAuthorityId,
      ruleSetId,
      machineId: stream.snapshot.machineId,
      machineVersion: stream.snapshot.machineVersion,
      occurredAt: at,
      recordedAt,
      requestId,
    };
    stream.events.push(appended);
    stream.nextExpiry = this.nextExpiryOf(stream.snapshot);
    this.moveCustody(stream, stream.columns.holderAuthorityId, at, 'opened', null);
    this.project(stream, appended, null, stream.snapshot, null);
  }

  private moveCustody(
    stream: SimPetition | SimCase,
    authorityId: string,
    at: Date,
    reason: string,
    fromAuthorityId: string | null,
  ): void {
    const open = stream.custody.find((c) => c.untilAt === null);
    if (open) open.untilAt = at;
    stream.custody.push({ authorityId, fromAt: at, untilAt: null, reason, fromAuthorityId });
  }

  /**
   * The earliest due date among the running clocks whose expiry is not recorded: before it the
   * sweeper has nothing to do. Only a shortcut (planSweep decides); due dates do not depend on
   * the day they are computed, so they are memoised per clock.
   */
  private nextExpiryOf(snapshot: StoredSnapshot): IsoDate | null {
    const clocks = (snapshot.context as { clocks?: Record<string, Clock> }).clocks ?? {};
    let earliest: IsoDate | null = null;
    for (const clock of Object.values(clocks)) {
      if (clock.stoppedOn || clock.expiredOn || isPaused(clock)) continue;
      const due = this.dueOf(clock);
      if (due && (earliest === null || due < earliest)) earliest = due;
    }
    return earliest;
  }

  private dueOf(clock: Clock): IsoDate | null {
    let memo = DUE_DATES.get(this.calendar);
    if (!memo) DUE_DATES.set(this.calendar, (memo = new Map<string, IsoDate | null>()));
    const key = JSON.stringify(clock);
    let due = memo.get(key);
    if (due === undefined) {
      due = computeDeadline(clock, { calendar: this.calendar, asOf: clock.startedOn }).dueDate ?? null;
      memo.set(key, due);
    }
    return due;
  }

  /** The row's columns as the write path left them: next_due_on as of the day of the last event. */
  finalColumns(stream: SimPetition | SimCase): StreamColumns {
    const clocks = (stream.snapshot.context as { clocks?: never }).clocks;
    const due = nextDueOn(clocks, this.calendar, vietnamDateOf(stream.lastAt.toISOString()));
    return projectColumns(stream.streamType, stream.snapshot, due, stream.lastAt);
  }

  /** Columns of an intermediate state: what the events need (state, holder); next_due_on comes at the end. */
  private columnsFor(streamType: 'petition' | 'case', snapshot: StoredSnapshot, at: Date): StreamColumns {
    return projectColumns(streamType, snapshot, null, at);
  }

  /** The audit projector's step (AuditProjector.project), on this stream's facts kept in memory. */
  private project(
    stream: SimPetition | SimCase,
    e: SimEvent,
    before: StoredSnapshot | null,
    after: StoredSnapshot,
    holderBefore: string | null,
  ): void {
    if (!mayChangeFacts(e.streamType, e.type)) return;
    const factEvent: FactEvent = {
      streamType: e.streamType,
      streamId: e.streamId,
      eventId: e.id,
      type: e.type,
      payload: e.payload,
      before,
      after,
      holderBefore,
      holderAfter: e.holderAuthorityId,
      on: vietnamDateOf(e.occurredAt.toISOString()),
    };
    if (stream.streamType === 'petition') {
      const p = stream as SimPetition;
      this.fold(PETITION_FACT_TABLE, p, evolveFacts.petition(p.facts, factEvent, infoFromFacts(p.facts) ?? p.info), e);
    } else {
      const c = stream as SimCase;
      const next = evolveFacts.case(c.facts, factEvent, infoFromFacts(c.facts) ?? c.info, this.calendar);
      this.fold(CASE_FACT_TABLE, c, next, e);
    }
  }

  /** The rebuild's fold (replay.ts FactFold): the same versioning rule the projector applies. */
  private fold<T extends object>(table: FactTable<T>, stream: SimStream<T>, next: T[], e: SimEvent): void {
    if (next === stream.facts) return;
    const changes = versionChanges(stream.factVersions.filter(isOpen), next, table.keyOf, factFields(table), {
      recordedAt: e.recordedAt,
      eventId: e.id,
    });
    stream.factVersions = applyVersionChanges(stream.factVersions, changes, table.keyOf, e.recordedAt);
    stream.facts = next;
  }
}

/** The row columns of a stream as written, for the copy (snapshot as stored in jsonb). */
export const storedSnapshotColumn = snapshotColumn;
