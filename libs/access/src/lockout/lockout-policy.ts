/**
 * Backoff on failed sign-ins. The first attempts are free (people mistype); from the
 * `freeAttempts`-th consecutive failure on, the account is locked for a period that doubles with
 * each further failure, up to a ceiling. With the defaults an online guesser gets about ten guesses in
 * the first hour and one an hour after that, while an officer who mistyped waits minutes, not
 * until an administrator acts. A successful sign-in resets the count.
 */
export interface LockoutPolicy {
  /** Consecutive failures allowed before the first lock. */
  readonly freeAttempts: number;
  readonly firstLockSeconds: number;
  readonly maxLockSeconds: number;
}

export const LOCKOUT_POLICY: LockoutPolicy = { freeAttempts: 5, firstLockSeconds: 60, maxLockSeconds: 60 * 60 };

/** Seconds of lock after `failures` consecutive failures (0: not locked). */
export function lockSecondsAfter(failures: number, policy: LockoutPolicy = LOCKOUT_POLICY): number {
  if (failures < policy.freeAttempts) return 0;
  const doublings = failures - policy.freeAttempts;
  // 2 ** 31 overflows nothing in JS, but stop doubling once the ceiling is reached.
  if (doublings >= 31) return policy.maxLockSeconds;
  return Math.min(policy.firstLockSeconds * 2 ** doublings, policy.maxLockSeconds);
}

/** When the lock caused by the latest failure ends, or null when that failure does not lock. */
export function lockedUntilAfter(failures: number, now: Date, policy: LockoutPolicy = LOCKOUT_POLICY): Date | null {
  const seconds = lockSecondsAfter(failures, policy);
  return seconds > 0 ? new Date(now.getTime() + seconds * 1000) : null;
}

export type LockState = { locked: false } | { locked: true; retryAt: Date; retryAfterSeconds: number };

export function lockStateAt(lockedUntil: Date | null, now: Date): LockState {
  if (!lockedUntil || lockedUntil.getTime() <= now.getTime()) return { locked: false };
  return {
    locked: true,
    retryAt: lockedUntil,
    retryAfterSeconds: Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000),
  };
}
