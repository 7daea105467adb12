export * from './calendar.types';
export { lunarNewYearOf, hungKingsDayOf } from './lunar-dates';
export { holidayName, defaultHolidaysOf, LABOUR_CODE_2019_FIRST_YEAR, OCCASION_TITLES } from './statutory-holidays';
export {
  calendarDataIssues,
  assertValidCalendarData,
  announcementKey,
  DEFAULT_WEEKLY_REST_DAYS,
} from './validate-calendar-data';
export { formatVietnameseDate, formatVietnameseDay, vietnameseWeekday } from './vietnamese-date-format';
export { VIETNAM_HOLIDAY_ANNOUNCEMENTS } from './vietnam-holidays';
export { mergeCalendarData, vietnamCalendar, vietnamCalendarData } from './vietnam-calendar';
export { WorkingCalendar } from './working-calendar';
