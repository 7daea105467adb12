import {
  addDays,
  daysBetween,
  vietnameseWeekday,
  type Confidence,
  type DayOffKind,
  type HolidayOccasion,
  type IsoDate,
  type WorkingCalendar,
} from '@kntc/domain';

/** The longest range one request may list: a year and a little more. */
export const MAX_CALENDAR_DAYS = 400;

/** One day as the working calendar sees it, with why offices are closed. */
export interface CalendarDayView {
  date: IsoDate;
  /** Vietnamese weekday, e.g. "thứ Hai". */
  weekday: string;
  working: boolean;
  /** Why offices are closed; null on a working day. */
  dayOff: {
    kind: DayOffKind;
    name: string;
    occasion: HolidayOccasion | null;
    /** Fixed by the default rule because the Prime Minister's decision is not in the data yet. */
    estimated: boolean;
    source: string | null;
    confidence: Confidence | null;
    /** The holiday a nghỉ bù makes up for, or the rest day worked for a swapped day off. */
    relatedDate: IsoDate | null;
  } | null;
  /** A weekly rest day worked instead of a swapped weekday off (làm bù); null otherwise. */
  workedInstead: { name: string; offDate: IsoDate; source: string; confidence: Confidence } | null;
}

/** Every day from `from` to `to`, both included. */
export function calendarDays(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): CalendarDayView[] {
  const days: CalendarDayView[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const off = calendar.dayOff(date);
    const worked = calendar.swappedWorkingDay(date);
    days.push({
      date,
      weekday: vietnameseWeekday(date),
      working: off === undefined,
      dayOff: off
        ? {
            kind: off.kind,
            name: off.name,
            occasion: off.occasion ?? null,
            estimated: off.estimated === true,
            source: off.source ?? null,
            confidence: off.confidence ?? null,
            relatedDate: off.relatedDate ?? null,
          }
        : null,
      workedInstead: worked
        ? { name: worked.name, offDate: worked.offDate, source: worked.source, confidence: worked.confidence }
        : null,
    });
  }
  return days;
}

/** Problems with a requested range, as error details (Vietnamese). */
export function dayRangeIssues(from: IsoDate, to: IsoDate) {
  if (to < from) return [{ field: 'to', issue: 'before_from', message: 'Ngày kết thúc phải từ ngày bắt đầu trở đi.' }];
  if (daysBetween(from, to) + 1 > MAX_CALENDAR_DAYS) {
    return [{ field: 'to', issue: 'too_long', message: `Mỗi lần xem tối đa ${MAX_CALENDAR_DAYS} ngày.` }];
  }
  return [];
}
