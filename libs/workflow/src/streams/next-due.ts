import { computeDeadline, isPaused, type Clock, type Clocks, type IsoDate, type WorkingCalendar } from '@kntc/domain';

/** Past this many clocks a calendar's memo starts again (a bound, not a working set). */
const MEMO_LIMIT = 10_000;

/**
 * Due dates already computed, per calendar (a new calendar, after an administrator's change,
 * starts a new memo) and per clock and day: a pure computation, and the same clocks come back
 * with every command on a stream, so the write path does not count the same working days and
 * explain the same deadline again each time.
 */
const memo = new WeakMap<WorkingCalendar, Map<string, IsoDate | null>>();

function dueDateOf(clock: Clock, calendar: WorkingCalendar, asOf: IsoDate): IsoDate | null {
  let known = memo.get(calendar);
  if (!known) {
    known = new Map();
    memo.set(calendar, known);
  }
  const key = `${asOf} ${JSON.stringify(clock)}`;
  let due = known.get(key);
  if (due === undefined) {
    due = computeDeadline(clock, { calendar, asOf }).derivation.dueDate ?? null;
    if (known.size >= MEMO_LIMIT) known.clear();
    known.set(key, due);
  }
  return due;
}

/**
 * The earliest due date among the clocks still running (not stopped, not paused): what the
 * deadline sweeper and the overdue lists query. Null when nothing runs.
 */
export function nextDueOn(clocks: Clocks | undefined, calendar: WorkingCalendar, asOf: IsoDate): IsoDate | null {
  if (!clocks) return null;
  let earliest: IsoDate | null = null;
  for (const clock of Object.values(clocks)) {
    if (clock.stoppedOn || isPaused(clock)) continue;
    const due = dueDateOf(clock, calendar, asOf);
    if (due !== null && (earliest === null || due < earliest)) earliest = due;
  }
  return earliest;
}
