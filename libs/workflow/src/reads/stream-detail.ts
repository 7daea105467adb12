import type { StateValue } from 'xstate';
import { streamDeadlines, type IsoDate, type MachineId, type StoredSnapshot, type WorkingCalendar } from '@kntc/domain';
import { ROLE_LABELS } from '@kntc/access';
import type { Role } from '@kntc/domain';
import { authorityFrom, requiredAuthorityFrom } from './authority-read.repository';
import { custodyReasonLabel, DEADLINE_STATUS_LABELS, topStateTitle } from './read-labels';
import type { CustodyPeriodView, DeadlineView, TimelineEntryView } from './read-models';
import type { CustodyRecord, EventRecord } from './stream-history.repository';

/** The snapshot column of a row, as the engine stores it (stream-row.ts). */
export function storedSnapshotOfRow(row: {
  machine_id: string;
  machine_version: string;
  snapshot: { value: unknown; context: Record<string, unknown>; status?: 'active' | 'done' };
}): StoredSnapshot {
  return {
    machineId: row.machine_id as MachineId,
    machineVersion: row.machine_version,
    value: row.snapshot.value as StateValue,
    context: row.snapshot.context,
    status: row.snapshot.status ?? 'active',
  };
}

/** Every clock of the stream, with its status, due date and proof, judged at `asOf`. */
export function deadlinesOf(stored: StoredSnapshot, calendar: WorkingCalendar, asOf: IsoDate): DeadlineView[] {
  return Object.entries(streamDeadlines(stored, { calendar, asOf })).map(([clock, d]) => ({
    clock,
    rule: d.rule,
    ruleSetId: d.ruleSetId,
    status: d.status,
    statusLabel: DEADLINE_STATUS_LABELS[d.status],
    dueDate: d.dueDate ?? null,
    dueAt: d.dueAt ?? null,
    estimated: d.estimated,
    derivation: d.derivation,
  }));
}

export const roleLabel = (role: string): string => ROLE_LABELS[role as Role] ?? role;

export function timelineOf(events: readonly EventRecord[]): TimelineEntryView[] {
  return events.map((e) => ({
    seq: e.seq,
    type: e.type,
    occurredAt: e.occurred_at.toISOString(),
    recordedAt: e.recorded_at.toISOString(),
    actorRole: e.actor_role,
    actorRoleLabel: roleLabel(e.actor_role),
    actorAuthority: authorityFrom(e, 'actor'),
    stateBefore: e.state_before,
    stateAfter: e.state_after,
    stateAfterTitle: topStateTitle(e.machine_id, e.machine_version, e.state_after),
    ruleSetId: e.rule_set_id,
    machineId: e.machine_id,
    machineVersion: e.machine_version,
    payload: e.payload,
  }));
}

export function custodyOf(records: readonly CustodyRecord[], machineId: string): CustodyPeriodView[] {
  return records.map((c) => ({
    authority: requiredAuthorityFrom(c, 'holder'),
    from: c.from_at.toISOString(),
    until: c.until_at ? c.until_at.toISOString() : null,
    reason: c.reason,
    reasonLabel: custodyReasonLabel(machineId, c.reason),
    fromAuthority: authorityFrom(c, 'from'),
  }));
}

/** A due date before today (in Vietnam) is overdue. */
export const isOverdue = (nextDueOn: IsoDate | null, today: IsoDate): boolean =>
  nextDueOn !== null && nextDueOn < today;
