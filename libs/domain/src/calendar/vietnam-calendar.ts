import type { CalendarData } from './calendar.types';
import { announcementKey } from './validate-calendar-data';
import { VIETNAM_HOLIDAY_ANNOUNCEMENTS } from './vietnam-holidays';
import { WorkingCalendar } from './working-calendar';

/**
 * `extra` on top of `base`: an announcement for the same year and occasion replaces the base
 * one (an administrator's correction wins), others are added; `extra.weeklyRestDays` wins.
 */
export function mergeCalendarData(base: CalendarData, extra: CalendarData): CalendarData {
  const byKey = new Map(base.announcements.map((a) => [announcementKey(a), a]));
  for (const a of extra.announcements) byKey.set(announcementKey(a), a);
  const weeklyRestDays = extra.weeklyRestDays ?? base.weeklyRestDays;
  return { ...(weeklyRestDays ? { weeklyRestDays } : {}), announcements: [...byKey.values()] };
}

/** The built-in data: Saturday and Sunday off, and the announcements of 2019–2026. */
export const vietnamCalendarData = (): CalendarData => ({
  announcements: structuredClone(VIETNAM_HOLIDAY_ANNOUNCEMENTS),
});

/** The working calendar of Vietnamese public offices, with administrator data merged in. */
export function vietnamCalendar(extra?: CalendarData): WorkingCalendar {
  const base = vietnamCalendarData();
  return new WorkingCalendar(extra ? mergeCalendarData(base, extra) : base);
}
