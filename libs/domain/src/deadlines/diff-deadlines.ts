import type { WorkingCalendar } from '../calendar/working-calendar';
import type { IsoDate } from '../shared/iso-date';
import type { Clocks } from './clock';
import { computeDeadline } from './compute-deadline';
import type { Deadline } from './deadline.types';

export interface DeadlineChange {
  /** Clock name in the case. */
  name: string;
  before: Deadline;
  after: Deadline;
}

/**
 * The clocks whose due date moves when the calendar data changes (a holiday or swap announced
 * late, an administrator's correction), so the application can notify and re-schedule them.
 */
export function diffDeadlines(
  clocks: Clocks,
  oldCalendar: WorkingCalendar,
  newCalendar: WorkingCalendar,
  asOf: IsoDate,
): DeadlineChange[] {
  return Object.entries(clocks).flatMap(([name, clock]) => {
    const before = computeDeadline(clock, { calendar: oldCalendar, asOf });
    const after = computeDeadline(clock, { calendar: newCalendar, asOf });
    return before.dueDate === after.dueDate ? [] : [{ name, before, after }];
  });
}
