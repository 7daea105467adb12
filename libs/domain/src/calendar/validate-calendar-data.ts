import { ValidationFailedError } from '../errors/domain-error';
import type { ErrorDetail } from '../errors/error-code';
import { dayOfWeek, isIsoDate } from '../shared/iso-date';
import type { CalendarData, HolidayAnnouncement } from './calendar.types';
import { HOLIDAY_OCCASIONS } from './calendar.types';

export const DEFAULT_WEEKLY_REST_DAYS: readonly number[] = [6, 0];
const CONFIDENCES = ['verified', 'secondary', 'unconfirmed'];

/** Identity of an announcement: a later one with the same key replaces an earlier one. */
export const announcementKey = (a: Pick<HolidayAnnouncement, 'year' | 'occasion' | 'name'>): string =>
  a.occasion === 'other' ? `${a.year}:other:${a.name ?? ''}` : `${a.year}:${a.occasion}`;

/**
 * Problems in calendar data an administrator typed, as error details (Vietnamese messages).
 * Checks shape and the facts the calendar relies on: a swap exchanges a weekday for a weekly
 * rest day, a compensatory day names a holiday of its announcement.
 */
export function calendarDataIssues(data: CalendarData): ErrorDetail[] {
  const issues: ErrorDetail[] = [];
  const add = (field: string, issue: string, message: string) => issues.push({ field, issue, message });
  if (typeof data !== 'object' || data === null || !Array.isArray(data.announcements)) {
    add('announcements', 'required', 'Thiếu danh sách thông báo lịch nghỉ.');
    return issues;
  }
  const rest = data.weeklyRestDays ?? DEFAULT_WEEKLY_REST_DAYS;
  if (
    !Array.isArray(rest) ||
    rest.length >= 7 ||
    new Set(rest).size !== rest.length ||
    rest.some((d) => !Number.isInteger(d) || d < 0 || d > 6)
  ) {
    add(
      'weeklyRestDays',
      'invalid',
      'Ngày nghỉ hằng tuần phải là các số 0 (Chủ nhật) đến 6 (thứ Bảy), không trùng nhau.',
    );
  }
  const isRest = (date: string) => rest.includes(dayOfWeek(date));
  const seen = new Set<string>();
  data.announcements.forEach((a, i) => {
    const at = `announcements[${i}]`;
    if (!Number.isInteger(a.year) || a.year < 1900 || a.year > 2199) {
      add(`${at}.year`, 'invalid', 'Năm không hợp lệ.');
      return;
    }
    if (!(HOLIDAY_OCCASIONS as readonly string[]).includes(a.occasion)) {
      add(`${at}.occasion`, 'invalid', 'Dịp nghỉ không hợp lệ.');
      return;
    }
    if (a.occasion === 'other' && !a.name?.trim()) add(`${at}.name`, 'required', 'Cần tên của ngày nghỉ.');
    if (typeof a.source !== 'string' || !a.source.trim()) {
      add(`${at}.source`, 'required', 'Cần nguồn (văn bản thông báo).');
    }
    if (!CONFIDENCES.includes(a.confidence)) add(`${at}.confidence`, 'invalid', 'Mức tin cậy không hợp lệ.');
    const key = announcementKey(a);
    if (seen.has(key)) add(at, 'duplicate', `Trùng thông báo cho ${key}.`);
    seen.add(key);

    const dateOk = (field: string, date: unknown): boolean => {
      if (!isIsoDate(date)) {
        add(field, 'invalid', `Ngày không hợp lệ: ${String(date)}.`);
        return false;
      }
      if (Math.abs(Number(date.slice(0, 4)) - a.year) > 1) {
        add(field, 'out_of_range', `Ngày ${date} không thuộc dịp nghỉ năm ${a.year}.`);
        return false;
      }
      return true;
    };
    if (!Array.isArray(a.holidays)) add(`${at}.holidays`, 'required', 'Thiếu danh sách ngày nghỉ lễ.');
    const holidays = Array.isArray(a.holidays) ? a.holidays : [];
    holidays.forEach((d, j) => dateOk(`${at}.holidays[${j}]`, d));
    (a.compensatory ?? []).forEach((c, j) => {
      const f = `${at}.compensatory[${j}]`;
      if (dateOk(`${f}.date`, c.date) && holidays.includes(c.date)) {
        add(`${f}.date`, 'conflict', 'Ngày nghỉ bù trùng ngày nghỉ lễ.');
      }
      if (!holidays.includes(c.for)) {
        add(`${f}.for`, 'invalid', 'Ngày nghỉ bù phải bù cho một ngày nghỉ lễ của thông báo.');
      }
    });
    (a.swaps ?? []).forEach((s, j) => {
      const f = `${at}.swaps[${j}]`;
      if (dateOk(`${f}.off`, s.off) && isRest(s.off)) {
        add(`${f}.off`, 'invalid', 'Ngày được nghỉ do hoán đổi phải là ngày làm việc.');
      }
      if (dateOk(`${f}.worked`, s.worked) && !isRest(s.worked)) {
        add(`${f}.worked`, 'invalid', 'Ngày làm bù phải là ngày nghỉ hằng tuần.');
      }
    });
  });
  return issues;
}

export function assertValidCalendarData(data: CalendarData): void {
  const issues = calendarDataIssues(data);
  if (issues.length) throw new ValidationFailedError(issues, 'Dữ liệu lịch ngày nghỉ không hợp lệ.');
}
