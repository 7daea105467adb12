import type { IsoDate } from '../shared/iso-date';
import { addDays, dayOfWeek } from '../shared/iso-date';
import type { Confidence, HolidayOccasion } from './calendar.types';
import { hungKingsDayOf, lunarNewYearOf, tetDayLabel } from './lunar-dates';
import { formatVietnameseDate } from './vietnamese-date-format';

/** Bộ luật Lao động 45/2019/QH14 is in force from 01/01/2021; before, BLLĐ 10/2012/QH13 (one Quốc khánh day). */
export const LABOUR_CODE_2019_FIRST_YEAR = 2021;

/** The occasions the default rule fills in for a year that has no announcement for them. */
export const STATUTORY_OCCASIONS: readonly HolidayOccasion[] = [
  'new_year',
  'lunar_new_year',
  'hung_kings',
  'reunification',
  'labour_day',
  'national_day',
];

export const OCCASION_TITLES: Record<HolidayOccasion, string> = {
  new_year: 'Tết Dương lịch',
  lunar_new_year: 'Tết Âm lịch',
  hung_kings: 'Giỗ Tổ Hùng Vương',
  reunification: 'Ngày Chiến thắng 30/4',
  labour_day: 'Ngày Quốc tế lao động 1/5',
  national_day: 'Quốc khánh 2/9',
  culture_day: 'Ngày Văn hóa Việt Nam 24/11',
  other: 'Ngày nghỉ theo thông báo',
};

export const statuteOf = (year: number): string =>
  year >= LABOUR_CODE_2019_FIRST_YEAR
    ? 'Bộ luật Lao động 45/2019/QH14, Điều 112 khoản 1'
    : 'Bộ luật Lao động 10/2012/QH13, Điều 115 khoản 1';

export const compensationRuleOf = (year: number): string =>
  year >= LABOUR_CODE_2019_FIRST_YEAR
    ? 'Bộ luật Lao động 45/2019/QH14, Điều 111 khoản 3'
    : 'Bộ luật Lao động 10/2012/QH13, Điều 115 khoản 3';

/** The 2019 Code was read in /work/shared/law; the 2012 Code's article numbers are from memory. */
export const statuteConfidenceOf = (year: number): Confidence =>
  year >= LABOUR_CODE_2019_FIRST_YEAR ? 'verified' : 'unconfirmed';

export const ESTIMATE_SOURCE =
  'Quy tắc mặc định của hệ thống: chưa có thông báo lịch nghỉ của Thủ tướng Chính phủ (BLLĐ 2019 Điều 112 khoản 3)';

/** Vietnamese name of one holiday day, used for announced and default days alike. */
export function holidayName(occasion: HolidayOccasion, date: IsoDate, year: number, customName?: string): string {
  switch (occasion) {
    case 'lunar_new_year':
      return `Tết Âm lịch (${tetDayLabel(date, year)})`;
    case 'hung_kings':
      return 'Giỗ Tổ Hùng Vương (10/3 âm lịch)';
    case 'national_day':
      return date.endsWith('-09-02')
        ? 'Quốc khánh (02/09)'
        : `Quốc khánh (ngày liền kề ${formatVietnameseDate(date).slice(0, 5)})`;
    case 'other':
      return customName ?? OCCASION_TITLES.other;
    default:
      return OCCASION_TITLES[occasion];
  }
}

export interface DefaultHoliday {
  date: IsoDate;
  /** Set where the Prime Minister fixes the day each year (Art. 112.3) and the rule guesses it. */
  estimated: boolean;
}

/**
 * Tết: the last two days of the old lunar year and mùng 1–3. Every decision from 2019 to 2026
 * gave civil servants exactly the days off this yields once weekends are compensated (the
 * labels differ in some years, the days off do not); see docs/law/calendar.md.
 */
function defaultTet(year: number): IsoDate[] {
  const first = lunarNewYearOf(year);
  return [-2, -1, 0, 1, 2].map((k) => addDays(first, k));
}

/**
 * Quốc khánh adjacent day: 3/9 when 2/9 is a Monday or Thursday (it joins a weekend: 2021,
 * 2024), 1/9 otherwise (2022, 2023, 2025, 2026).
 */
function defaultNationalDayAdjacent(year: number): IsoDate {
  const day = `${year}-09-02`;
  const weekday = dayOfWeek(day);
  return weekday === 1 || weekday === 4 ? addDays(day, 1) : addDays(day, -1);
}

/** The holidays the statute (and the default rule where it leaves the choice) gives one occasion of one year. */
export function defaultHolidaysOf(year: number, occasion: HolidayOccasion): DefaultHoliday[] {
  const fixed = (date: IsoDate): DefaultHoliday[] => [{ date, estimated: false }];
  switch (occasion) {
    case 'new_year':
      return fixed(`${year}-01-01`);
    case 'lunar_new_year':
      return defaultTet(year).map((date) => ({ date, estimated: true }));
    case 'hung_kings':
      return fixed(hungKingsDayOf(year));
    case 'reunification':
      return fixed(`${year}-04-30`);
    case 'labour_day':
      return fixed(`${year}-05-01`);
    case 'national_day':
      return year >= LABOUR_CODE_2019_FIRST_YEAR
        ? [...fixed(`${year}-09-02`), { date: defaultNationalDayAdjacent(year), estimated: true }].sort((a, b) =>
            a.date < b.date ? -1 : 1,
          )
        : fixed(`${year}-09-02`);
    default:
      return [];
  }
}
