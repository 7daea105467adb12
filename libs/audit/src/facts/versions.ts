import { OPEN_END, type Versioned } from './fact-rows';

/** What to do to the stored versions so that the current ones become `next`. */
export interface VersionChanges<T> {
  /** Current versions (by their key) that stop being current at `recordedAt`. */
  close: string[];
  /** Current versions written in the same transaction: replaced in place (no zero-length version). */
  replace: Versioned<T>[];
  insert: Versioned<T>[];
}

function sameFact<T extends object>(a: T, b: T, fields: readonly (keyof T)[]): boolean {
  return fields.every((f) => a[f] === b[f]);
}

/**
 * Versioning rule shared by the write path and the rebuild. A fact that changed is closed at
 * the event's `recorded_at` and its next version starts there, so a report run "as known at T"
 * sees exactly what had been recorded by T. Two changes in one transaction (same recorded_at)
 * collapse into one version.
 */
export function versionChanges<T extends object>(
  current: Versioned<T>[],
  next: T[],
  keyOf: (fact: T) => string,
  fields: readonly (keyof T)[],
  at: { recordedAt: Date; eventId: string },
): VersionChanges<T> {
  const byKey = new Map(current.map((c) => [keyOf(c), c]));
  const changes: VersionChanges<T> = { close: [], replace: [], insert: [] };
  const seen = new Set<string>();
  for (const fact of next) {
    const key = keyOf(fact);
    seen.add(key);
    const stored = byKey.get(key);
    const version: Versioned<T> = {
      ...fact,
      sourceEventId: at.eventId,
      recordedFrom: at.recordedAt,
      recordedTo: OPEN_END,
    };
    if (!stored) changes.insert.push(version);
    else if (sameFact(stored, fact, fields)) continue;
    else if (stored.recordedFrom.getTime() === at.recordedAt.getTime()) changes.replace.push(version);
    else {
      changes.close.push(key);
      changes.insert.push(version);
    }
  }
  for (const [key] of byKey) if (!seen.has(key)) changes.close.push(key);
  return changes;
}

/** Applies the changes to an in-memory history (the rebuild keeps each stream's versions in memory). */
export function applyVersionChanges<T extends object>(
  history: Versioned<T>[],
  changes: VersionChanges<T>,
  keyOf: (fact: T) => string,
  recordedAt: Date,
): Versioned<T>[] {
  const isCurrent = (v: Versioned<T>) => v.recordedTo.getTime() === OPEN_END.getTime();
  const close = new Set(changes.close);
  const replace = new Map(changes.replace.map((r) => [keyOf(r), r]));
  const updated = history.map((v) => {
    if (!isCurrent(v)) return v;
    const key = keyOf(v);
    if (replace.has(key)) return replace.get(key)!;
    if (close.has(key)) return { ...v, recordedTo: recordedAt };
    return v;
  });
  return [...updated, ...changes.insert];
}
