import type { DayOff } from '../calendar/calendar.types';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { DurationUnit } from '../rules/rule-set.types';
import type { IsoDate } from '../shared/iso-date';
import { addDays, daysBetween, maxDate } from '../shared/iso-date';
import type { DeadlinePause } from './deadline.types';

export interface PauseInput {
  from: IsoDate;
  to?: IsoDate;
  reason: string;
}

export interface PeriodCount {
  /** An applicable suspension is still open: the period has no end yet. */
  open: boolean;
  nominalEnd?: IsoDate;
  due?: IsoDate;
  pauses: DeadlinePause[];
  skipped: DayOff[];
  rolledOver: DayOff[];
}

/**
 * Counts `total` days of `unit` after `start`, leaving out suspensions.
 *
 * A suspension decided on day P and lifted on day R leaves out the days after P up to and
 * including R: BLDS Art. 147 applied to both events (the day of an event is not counted in
 * the period it starts), so P still counts and counting resumes the day after R. For calendar
 * days this moves the end by exactly R − P days. If nothing was left to count when the
 * suspension came (decided on the last day, or in the roll-over days after it) the period
 * ends on R, or the next working day. A suspension decided after the period ended changes
 * nothing. Overlapping suspensions are merged.
 */
export function countPeriod(
  calendar: WorkingCalendar,
  unit: DurationUnit,
  start: IsoDate,
  total: number,
  pauses: readonly PauseInput[],
): PeriodCount {
  const unitsIn = (from: IsoDate, to: IsoDate): number =>
    unit === 'calendar_days' ? Math.max(0, daysBetween(from, to)) : calendar.workingDaysBetween(from, to);
  const endFrom = (anchor: IsoDate, remaining: number): IsoDate =>
    unit === 'calendar_days' || remaining === 0
      ? calendar.rollOver(addDays(anchor, remaining)).end
      : calendar.addWorkingDays(anchor, remaining).end;

  const sorted = [...pauses].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const results: DeadlinePause[] = [];
  const notCounted: { after: IsoDate; upTo: IsoDate }[] = [];
  let anchor = start;
  let remaining = total;

  for (const [i, p] of sorted.entries()) {
    if (p.from > endFrom(anchor, remaining)) {
      results.push({ ...p, applied: false });
      continue;
    }
    const from = maxDate(p.from, anchor);
    remaining -= Math.min(remaining, unitsIn(anchor, from));
    const countedBefore = total - remaining;
    if (!p.to) {
      results.push({ ...p, applied: true, countedBefore });
      // Later suspensions cannot start before this one ends; they are shown but not counted.
      sorted.slice(i + 1).forEach((q) => results.push({ ...q, applied: false }));
      return { open: true, pauses: results, skipped: [], rolledOver: [] };
    }
    const to = maxDate(p.to, from);
    results.push({ ...p, applied: true, countedBefore, daysNotCounted: unitsIn(from, to) });
    notCounted.push({ after: from, upTo: to });
    anchor = to;
  }

  const nominalEnd = addDays(anchor, unit === 'calendar_days' ? remaining : 0);
  const due = endFrom(anchor, remaining);
  const inPause = (d: IsoDate) => notCounted.some((n) => d > n.after && d <= n.upTo);
  if (unit === 'calendar_days') {
    return {
      open: false,
      nominalEnd,
      due,
      pauses: results,
      skipped: [],
      rolledOver: calendar.rollOver(nominalEnd).rolledOver,
    };
  }
  const skipped = calendar.daysOffBetween(addDays(start, 1), due).filter((d) => !inPause(d.date));
  return { open: false, due, pauses: results, skipped, rolledOver: [] };
}
