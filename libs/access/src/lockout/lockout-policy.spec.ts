import { LOCKOUT_POLICY, lockedUntilAfter, lockSecondsAfter, lockStateAt } from './lockout-policy';
import { UnknownUsernameThrottle } from './unknown-username-throttle';

const now = new Date('2026-03-02T02:00:00Z');
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe('lockout policy', () => {
  it('lets the first four failures through and locks at the fifth', () => {
    expect([1, 2, 3, 4].map((n) => lockSecondsAfter(n))).toEqual([0, 0, 0, 0]);
    expect(lockSecondsAfter(LOCKOUT_POLICY.freeAttempts)).toBe(60);
  });

  it('doubles the lock with each further failure, up to one hour', () => {
    expect([5, 6, 7, 8, 9, 10, 11, 12].map((n) => lockSecondsAfter(n))).toEqual([
      60, 120, 240, 480, 960, 1920, 3600, 3600,
    ]);
    expect(lockSecondsAfter(10_000)).toBe(3600);
  });

  it('never shrinks as failures grow', () => {
    for (let n = 0; n < 100; n++) expect(lockSecondsAfter(n + 1)).toBeGreaterThanOrEqual(lockSecondsAfter(n));
  });

  it('turns a failure count into the end of the lock', () => {
    expect(lockedUntilAfter(4, now)).toBeNull();
    expect(lockedUntilAfter(6, now)).toEqual(later(120));
  });

  it('says whether a lock holds, and for how many whole seconds', () => {
    expect(lockStateAt(null, now)).toEqual({ locked: false });
    expect(lockStateAt(now, now)).toEqual({ locked: false });
    expect(lockStateAt(later(-1), now)).toEqual({ locked: false });
    expect(lockStateAt(later(59.2), now)).toEqual({ locked: true, retryAt: later(59.2), retryAfterSeconds: 60 });
  });
});

describe('lockout of unknown usernames', () => {
  it('locks a name that does not exist exactly like a real account', () => {
    const throttle = new UnknownUsernameThrottle();
    for (let i = 0; i < 4; i++) throttle.recordFailure('ghost', now);
    expect(throttle.stateOf('ghost', now).locked).toBe(false);
    throttle.recordFailure('ghost', now);
    expect(throttle.stateOf('ghost', now)).toEqual({ locked: true, retryAt: later(60), retryAfterSeconds: 60 });
    expect(throttle.stateOf('ghost', later(60)).locked).toBe(false);
    expect(throttle.stateOf('other', now).locked).toBe(false);
  });

  it('forgets the oldest names first when full', () => {
    const throttle = new UnknownUsernameThrottle(3);
    for (let i = 0; i < 5; i++) throttle.recordFailure('a', now);
    throttle.recordFailure('b', now);
    throttle.recordFailure('c', now);
    throttle.recordFailure('a', now); // used again: now the newest
    throttle.recordFailure('d', now);
    expect(throttle.size).toBe(3);
    expect(throttle.stateOf('a', now).locked).toBe(true);
    throttle.recordFailure('e', now);
    throttle.recordFailure('f', now);
    throttle.recordFailure('g', now);
    expect(throttle.stateOf('a', now).locked).toBe(false);
  });
});
