import { computeDeadlines, isPaused, type Clocks, type IsoDate, type WorkingCalendar } from '@kntc/domain';

/**
 * The earliest due date among the clocks still running (not stopped, not paused): what the
 * deadline sweeper and the overdue lists query. Null when nothing runs.
 */
export function nextDueOn(clocks: Clocks | undefined, calendar: WorkingCalendar, asOf: IsoDate): IsoDate | null {
  if (!clocks) return null;
  const running = Object.fromEntries(Object.entries(clocks).filter(([, c]) => !c.stoppedOn && !isPaused(c)));
  const due = Object.values(computeDeadlines(running, { calendar, asOf }))
    .map((d) => d.derivation.dueDate)
    .filter((d): d is IsoDate => typeof d === 'string')
    .sort();
  return due[0] ?? null;
}
