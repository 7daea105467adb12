import {
  applyEvent,
  openStream,
  vietnamDateOf,
  type Actor,
  type AuthorityRef,
  type CaseKind,
  type Role,
  type StoredSnapshot,
  type WorkingCalendar,
} from '@kntc/domain';
// The same function the write path used to open the case: the replay must build the same input.
import { caseOpening, type CaseDetails } from '../../../workflow/src/commands/case-opening';
import {
  OPEN_END,
  type CaseFact,
  type FactEvent,
  type PetitionFact,
  type StreamInfo,
  type Versioned,
} from '../facts/fact-rows';
import { CASE_FACT_TABLE, factFields, PETITION_FACT_TABLE, type FactTable } from '../facts/fact-tables';
import { evolveFacts } from '../facts/stream-facts';
import { applyVersionChanges, versionChanges } from '../facts/versions';

/** One row of the event log, as the rebuild reads it. */
export interface LoggedEvent {
  id: string;
  streamId: string;
  seq: number;
  type: string;
  payload: Record<string, unknown>;
  holderAuthorityId: string;
  actorUserId: string | null;
  actorRole: string;
  actorAuthorityId: string | null;
  ruleSetId: string;
  machineId: string;
  occurredAt: Date;
  recordedAt: Date;
}

export interface PetitionRow {
  id: string;
  code: string;
  subjectArea: string;
  signatoryCount: number;
  receivedOn: string;
  channel: string;
  fromReception: boolean;
  forwardedByName: string | null;
  snapshot: { value: unknown; context: unknown; status?: string };
  machineVersion: string;
}

export interface CaseRow {
  id: string;
  code: string;
  kind: CaseKind;
  subjectArea: string;
  originPetitionId: string;
  snapshot: { value: unknown; context: unknown; status?: string };
  machineVersion: string;
}

export type RefOf = (authorityId: string) => AuthorityRef;

/** The stream's replay: every event's facts versioned, and whether the end state matches the stored one. */
export interface Replayed<T> {
  versions: Versioned<T>[];
  matches: boolean;
  /** Snapshots after each `accept` of a đơn: the case it opened starts from there. */
  accepted?: { snapshot: StoredSnapshot; event: LoggedEvent };
}

/** Stored snapshots went through jsonb: undefined properties are gone. The replay does the same. */
const jsonRoundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sameSnapshot(replayed: StoredSnapshot, stored: PetitionRow['snapshot']): boolean {
  return (
    canonical({ value: replayed.value, context: replayed.context, status: replayed.status }) ===
    canonical({ value: stored.value, context: stored.context, status: stored.status ?? 'active' })
  );
}

function actorOf(e: LoggedEvent, before: StoredSnapshot | null, refOf: RefOf): Actor {
  if (e.actorRole === 'system' || !e.actorAuthorityId) {
    const holder = (before?.context as { holder?: AuthorityRef } | undefined)?.holder ?? refOf(e.holderAuthorityId);
    return { userId: e.actorUserId ?? 'system', role: 'system', authority: holder };
  }
  return { userId: e.actorUserId ?? 'system', role: e.actorRole as Role, authority: refOf(e.actorAuthorityId) };
}

function metaOf(e: LoggedEvent, before: StoredSnapshot | null, refOf: RefOf) {
  return { at: e.occurredAt.toISOString(), actor: actorOf(e, before, refOf), ruleSetId: e.ruleSetId as never };
}

class FactFold<T extends object> {
  facts: T[] = [];
  versions: Versioned<T>[] = [];
  constructor(private readonly table: FactTable<T>) {}

  step(next: T[], e: LoggedEvent): void {
    if (next === this.facts) return;
    const changes = versionChanges(this.versions.filter(isOpen), next, this.table.keyOf, factFields(this.table), {
      recordedAt: e.recordedAt,
      eventId: e.id,
    });
    this.versions = applyVersionChanges(this.versions, changes, this.table.keyOf, e.recordedAt);
    this.facts = next;
  }
}

const isOpen = (v: { recordedTo: Date }) => v.recordedTo.getTime() === OPEN_END.getTime();

function factEvent(
  streamType: FactEvent['streamType'],
  e: LoggedEvent,
  before: StoredSnapshot | null,
  after: StoredSnapshot,
): FactEvent {
  return {
    streamType,
    streamId: e.streamId,
    eventId: e.id,
    type: e.type,
    payload: e.payload,
    before,
    after,
    holderBefore: (before?.context as { holder?: { id: string } } | undefined)?.holder?.id ?? null,
    holderAfter: e.holderAuthorityId,
    on: vietnamDateOf(e.occurredAt.toISOString()),
  };
}

/** Replays a đơn through its machine, event by event, folding its facts as the write path did. */
export function replayPetition(row: PetitionRow, events: LoggedEvent[], refOf: RefOf): Replayed<PetitionFact> {
  const fold = new FactFold(PETITION_FACT_TABLE);
  const info: StreamInfo = { code: row.code, subjectArea: row.subjectArea, signatories: row.signatoryCount };
  let snapshot: StoredSnapshot | null = null;
  let accepted: Replayed<PetitionFact>['accepted'];
  for (const e of events) {
    const before: StoredSnapshot | null = snapshot;
    const after: StoredSnapshot =
      e.type === 'opened'
        ? openStream('petition', {
            holder: refOf(e.holderAuthorityId),
            receivedOn: row.receivedOn,
            channel: row.channel,
            fromReception: row.fromReception,
            ...(row.forwardedByName ? { forwardedBy: { name: row.forwardedByName } } : {}),
            meta: metaOf(e, null, refOf),
          }).snapshot
        : applyEvent(before!, { type: e.type, ...e.payload, meta: metaOf(e, before, refOf) }).snapshot;
    snapshot = jsonRoundTrip(after);
    fold.step(evolveFacts.petition(fold.facts, factEvent('petition', e, before, snapshot), info), e);
    if (e.type === 'accept') accepted = { snapshot, event: e };
  }
  return { versions: fold.versions, matches: !!snapshot && sameSnapshot(snapshot, row.snapshot), accepted };
}

/** Replays a case from the đơn that opened it (same opening input as `openCase` built). */
export function replayCase(
  row: CaseRow,
  events: LoggedEvent[],
  origin: NonNullable<Replayed<PetitionFact>['accepted']>,
  refOf: RefOf,
  calendar: WorkingCalendar,
): Replayed<CaseFact> {
  const fold = new FactFold(CASE_FACT_TABLE);
  const info: StreamInfo = { code: row.code, subjectArea: row.subjectArea };
  let snapshot: StoredSnapshot | null = null;
  for (const e of events) {
    const before: StoredSnapshot | null = snapshot;
    let after: StoredSnapshot;
    if (e.type === 'opened') {
      const acceptEvent = { type: 'accept', ...origin.event.payload } as unknown as CaseDetails;
      const opening = caseOpening(
        row.kind,
        origin.snapshot.context as unknown as Parameters<typeof caseOpening>[1],
        acceptEvent,
        e.occurredAt.toISOString(),
      );
      after = openStream(row.kind, { ...opening.input, meta: metaOf(e, null, refOf) }).snapshot;
    } else {
      after = applyEvent(before!, { type: e.type, ...e.payload, meta: metaOf(e, before, refOf) }).snapshot;
    }
    snapshot = jsonRoundTrip(after);
    fold.step(evolveFacts.case(fold.facts, factEvent('case', e, before, snapshot), info, calendar), e);
  }
  return { versions: fold.versions, matches: !!snapshot && sameSnapshot(snapshot, row.snapshot) };
}
