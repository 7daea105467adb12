import { LOCKOUT_POLICY, lockStateAt, lockedUntilAfter, type LockState, type LockoutPolicy } from './lockout-policy';

interface Entry {
  failures: number;
  lockedUntil: Date | null;
}

/**
 * Lockout for usernames that do not exist, kept in memory. Without it, "locked after 5 failures"
 * would answer differently for real and unknown usernames and so reveal which accounts exist.
 * Bounded (oldest entries are forgotten first) so that a spray of random names cannot grow it
 * without limit; per process, which is enough to make enumeration slow, not impossible.
 */
export class UnknownUsernameThrottle {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly capacity = 10_000,
    private readonly policy: LockoutPolicy = LOCKOUT_POLICY,
  ) {}

  stateOf(username: string, now: Date): LockState {
    return lockStateAt(this.entries.get(username)?.lockedUntil ?? null, now);
  }

  recordFailure(username: string, now: Date): void {
    const failures = (this.entries.get(username)?.failures ?? 0) + 1;
    // Re-inserting moves the name to the end: the Map's order is the eviction order.
    this.entries.delete(username);
    this.entries.set(username, { failures, lockedUntil: lockedUntilAfter(failures, now, this.policy) });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
