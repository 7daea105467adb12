import { diffDeadlines, type Clocks, type IsoDate, type WorkingCalendar } from '@kntc/domain';
import { nextDueOn } from '../streams/next-due';

/** A clock whose due date moves with the calendar. */
export interface ClockChange {
  clock: string;
  rule: string;
  before: IsoDate | null;
  after: IsoDate | null;
  /** The new due date still depends on days off the Government has not announced. */
  estimated: boolean;
}

export interface DeadlineRecompute {
  clocks: ClockChange[];
  /** The stored earliest running due date, and the one under the new calendar. */
  nextDueOn: { before: IsoDate | null; after: IsoDate | null };
}

/**
 * What a calendar change does to one open đơn or case: which of its clocks still in play (not
 * stopped) move from the old calendar to the new, and the earliest running due date it should
 * now store. Null when neither moves. `storedNextDueOn` is compared rather than recomputed under
 * the old calendar, so a stale column is repaired even when the old calendar is not known.
 */
export function recomputeDeadlines(
  clocks: Clocks | undefined,
  storedNextDueOn: IsoDate | null,
  oldCalendar: WorkingCalendar,
  newCalendar: WorkingCalendar,
  asOf: IsoDate,
): DeadlineRecompute | null {
  const inPlay = Object.fromEntries(Object.entries(clocks ?? {}).filter(([, c]) => !c.stoppedOn));
  const changes = diffDeadlines(inPlay, oldCalendar, newCalendar, asOf).map((c) => ({
    clock: c.name,
    rule: c.after.rule,
    before: c.before.dueDate ?? null,
    after: c.after.dueDate ?? null,
    estimated: c.after.estimated,
  }));
  const after = nextDueOn(clocks, newCalendar, asOf);
  if (changes.length === 0 && after === storedNextDueOn) return null;
  return { clocks: changes, nextDueOn: { before: storedNextDueOn, after } };
}
