export interface SessionCacheLimits {
  /** Entries are read again after this long even if no change was heard (belt and braces). */
  readonly ttlMs: number;
  /** Past this many users the oldest stored entries go first. */
  readonly maxEntries: number;
}

export const SESSION_CACHE_LIMITS: SessionCacheLimits = { ttlMs: 30_000, maxEntries: 10_000 };

interface Entry<T> {
  value: T;
  storedAt: number;
}

/**
 * Sessions by user id. A read from the database may only be stored if nothing was invalidated
 * while it ran: take `generation()` before the read and hand it to `store`, which refuses it
 * after any eviction or clear since. Otherwise a change heard during the read would be
 * overwritten by the value from before it. Times are milliseconds on a monotonic clock.
 */
export class SessionCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private invalidations = 0;

  constructor(private readonly limits: SessionCacheLimits = SESSION_CACHE_LIMITS) {}

  generation(): number {
    return this.invalidations;
  }

  get(id: string, now: number): T | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (now - entry.storedAt < this.limits.ttlMs) return entry.value;
    this.entries.delete(id);
    return undefined;
  }

  /** False when something was invalidated after `generation` was taken: the value is dropped. */
  store(id: string, value: T, generation: number, now: number): boolean {
    if (generation !== this.invalidations) return false;
    // Re-inserting moves the id to the end: the Map's order is the eviction order.
    this.entries.delete(id);
    this.entries.set(id, { value, storedAt: now });
    while (this.entries.size > this.limits.maxEntries) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
    return true;
  }

  evict(id: string): void {
    this.invalidations++;
    this.entries.delete(id);
  }

  clear(): void {
    this.invalidations++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
