import type { ClockService } from '@kntc/workflow';

/**
 * Runs `work` with the application's clock set by `travelTo`, then gives the clock back.
 *
 * Why the demo needs it: only the intake takes a date from the caller; every command is dated
 * "now" by the write path. Written at today's date, a complaint could never be closed (its
 * decision becomes final only 30 days after it is received, Luật Khiếu nại Art. 44), no case
 * could be overdue in verification, and every decision would be dated today. So the demo replays
 * its months on the clock the whole application shares, through the same services: the events,
 * custody and deadlines come out exactly as if officers had worked on those days.
 *
 * The clock is only moved before the HTTP server listens, and always forward; the in-process
 * deadline sweeper, if it runs meanwhile, sees the same time as the writes, so it records
 * expiries as it would have on those days.
 */
export async function withClockAt<T>(
  clock: ClockService,
  work: (travelTo: (instant: Date) => void) => Promise<T>,
): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(clock, 'now');
  let current = clock.now();
  Object.defineProperty(clock, 'now', { configurable: true, writable: true, value: () => new Date(current) });
  try {
    return await work((instant) => {
      current = instant;
    });
  } finally {
    if (own) Object.defineProperty(clock, 'now', own);
    else delete (clock as { now?: unknown }).now;
  }
}
