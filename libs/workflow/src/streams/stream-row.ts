import type { StateValue } from 'xstate';
import type { MachineId, StoredSnapshot } from '@kntc/domain';
import type { StreamType } from '@kntc/persistence';

/** The part of a petition or case row the write path needs. */
export interface StreamRow {
  id: string;
  streamType: StreamType;
  machineId: MachineId;
  machineVersion: string;
  version: number;
  holderAuthorityId: string;
  snapshot: { value: StateValue; context: Record<string, unknown>; status?: 'active' | 'done' };
}

export const storedSnapshotOf = (row: StreamRow): StoredSnapshot => ({
  machineId: row.machineId,
  machineVersion: row.machineVersion,
  value: row.snapshot.value,
  context: row.snapshot.context,
  status: row.snapshot.status ?? 'active',
});

/** What is persisted in the `snapshot` jsonb column. */
export const snapshotColumn = (s: StoredSnapshot) => ({ value: s.value, context: s.context, status: s.status });

/** Every machine keeps the authority holding it in `context.holder`. */
export function holderIdOf(s: StoredSnapshot): string {
  const holder = (s.context as { holder?: { id?: unknown } }).holder;
  if (typeof holder?.id !== 'string') throw new Error(`${s.machineId} snapshot has no holder`);
  return holder.id;
}
