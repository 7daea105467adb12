import type { IsoDate } from '../shared/iso-date';
import { addDays, compareDates, dayOfWeek } from '../shared/iso-date';
import type {
  CalendarData,
  DayOff,
  DayOffKind,
  EstimatedPeriod,
  HolidayOccasion,
  PeriodEnd,
  SwappedWorkingDay,
  WorkingDaysResult,
} from './calendar.types';
import {
  compensationRuleOf,
  defaultHolidaysOf,
  ESTIMATE_SOURCE,
  holidayName,
  OCCASION_TITLES,
  STATUTORY_OCCASIONS,
  statuteConfidenceOf,
  statuteOf,
} from './statutory-holidays';
import { assertValidCalendarData, DEFAULT_WEEKLY_REST_DAYS } from './validate-calendar-data';
import { formatVietnameseDay, vietnameseWeekday } from './vietnamese-date-format';

interface YearTable {
  /** Holidays, compensatory and swapped days off; weekends are not stored. */
  daysOff: Map<IsoDate, DayOff>;
  /** Weekly rest days worked in exchange for a swapped day off. */
  worked: Map<IsoDate, SwappedWorkingDay>;
  estimated: EstimatedPeriod[];
}

/** When two facts fall on one date, the proof names the weightier one. */
const RANK: Record<DayOffKind, number> = { public_holiday: 3, compensatory: 2, swapped_off: 1, weekend: 0 };

/** How far around estimated days an announcement could still move days off or swap a Saturday. */
const ESTIMATE_MARGIN_DAYS = 14;

const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/**
 * The days public offices are open (ngày làm việc), built from plain data: weekly rest days,
 * the statutory holidays of the Labour Code for any year, and the Government's yearly
 * announcements (concrete Tết and Quốc khánh days, nghỉ bù, hoán đổi ngày làm việc).
 * Where no announcement exists yet the default rule fills in and marks the days `estimated`.
 */
export class WorkingCalendar {
  /** The data this calendar was built from (a frozen copy): store it to rebuild the same calendar. */
  readonly data: CalendarData;
  private readonly restDays: ReadonlySet<number>;
  private readonly tables = new Map<number, YearTable>();

  constructor(data: CalendarData) {
    assertValidCalendarData(data);
    this.data = deepFreeze(JSON.parse(JSON.stringify(data)) as CalendarData);
    this.restDays = new Set(this.data.weeklyRestDays ?? DEFAULT_WEEKLY_REST_DAYS);
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.dayOff(date) === undefined;
  }

  /** Why public offices are closed on this date, or undefined on a working day. */
  dayOff(date: IsoDate): DayOff | undefined {
    const table = this.table(yearOf(date));
    const entry = table.daysOff.get(date) ?? this.spilledFromPreviousYear(date);
    if (entry) return entry;
    if (this.restDays.has(dayOfWeek(date)) && !table.worked.has(date)) {
      return { date, kind: 'weekend', name: `Ngày nghỉ hằng tuần (${vietnameseWeekday(date)})` };
    }
    return undefined;
  }

  /** The rest-day-turned-working-day information, when this date is a làm bù Saturday. */
  swappedWorkingDay(date: IsoDate): SwappedWorkingDay | undefined {
    return this.table(yearOf(date)).worked.get(date);
  }

  /** Days off from `from` to `to`, both included. */
  daysOffBetween(from: IsoDate, to: IsoDate): DayOff[] {
    const result: DayOff[] = [];
    for (let d = from; d <= to; d = addDays(d, 1)) {
      const off = this.dayOff(d);
      if (off) result.push(off);
    }
    return result;
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate {
    let d = addDays(date, 1);
    while (!this.isWorkingDay(d)) d = addDays(d, 1);
    return d;
  }

  /** Working days in the interval after `from` up to and including `to` (0 when `to` <= `from`). */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    let count = 0;
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (this.isWorkingDay(d)) count++;
    return count;
  }

  /** The n-th working day after `from` (the day of `from` is not counted: BLDS Art. 147). */
  addWorkingDays(from: IsoDate, n: number): WorkingDaysResult {
    assertCount(n);
    const skipped: DayOff[] = [];
    let d = from;
    for (let counted = 0; counted < n;) {
      d = addDays(d, 1);
      const off = this.dayOff(d);
      if (off) skipped.push(off);
      else counted++;
    }
    return { end: d, skipped };
  }

  /**
   * End of a period of n calendar days (ngày): counting starts the day after `from` (BLDS
   * Art. 147); a period whose last day is a day off ends at the end of the next working day
   * (Art. 148.5).
   */
  endOfPeriodInDays(from: IsoDate, n: number): PeriodEnd {
    assertCount(n);
    const nominalEnd = addDays(from, n);
    return { nominalEnd, ...this.rollOver(nominalEnd) };
  }

  /** `date` if it is a working day, else the next working day, with the days off passed over. */
  rollOver(date: IsoDate): { end: IsoDate; rolledOver: DayOff[] } {
    const rolledOver: DayOff[] = [];
    let end = date;
    for (let off = this.dayOff(end); off; off = this.dayOff(end)) {
      rolledOver.push(off);
      end = addDays(end, 1);
    }
    return { end, rolledOver };
  }

  /** Periods where days off are estimated and could still move, overlapping `from`..`to`. */
  estimatedPeriodsBetween(from: IsoDate, to: IsoDate): EstimatedPeriod[] {
    const result: EstimatedPeriod[] = [];
    for (let y = yearOf(from) - 1; y <= yearOf(to) + 1; y++) {
      for (const p of this.table(y).estimated) if (p.from <= to && p.to >= from) result.push(p);
    }
    return result;
  }

  private spilledFromPreviousYear(date: IsoDate): DayOff | undefined {
    return date.slice(5, 7) === '01' ? this.table(yearOf(date) - 1).daysOff.get(date) : undefined;
  }

  private table(year: number): YearTable {
    let table = this.tables.get(year);
    if (!table) {
      table = this.build(year);
      this.tables.set(year, table);
    }
    return table;
  }

  private build(year: number): YearTable {
    const daysOff = new Map<IsoDate, DayOff>();
    const worked = new Map<IsoDate, SwappedWorkingDay>();
    // Frozen: callers get these objects from the cache.
    const put = (day: DayOff) => {
      const current = daysOff.get(day.date);
      if (!current || RANK[day.kind] > RANK[current.kind]) daysOff.set(day.date, Object.freeze(day));
    };
    const inYear = (date: IsoDate) => yearOf(date) === year;
    const holidays: { day: DayOff; compensate: boolean }[] = [];

    const covered = new Set<HolidayOccasion>();
    for (const a of this.data.announcements) {
      if (a.year === year && a.occasion !== 'other') covered.add(a.occasion);
      const facts = { occasion: a.occasion, source: a.source, confidence: a.confidence };
      for (const date of a.holidays) {
        if (!inYear(date)) continue;
        const name = holidayName(a.occasion, date, a.year, a.name);
        holidays.push({ day: { date, name, kind: 'public_holiday', ...facts }, compensate: !a.compensatory });
      }
      for (const c of a.compensatory ?? []) {
        if (!inYear(c.date)) continue;
        const name = compensatoryName(holidayName(a.occasion, c.for, a.year, a.name), c.for);
        put({ date: c.date, name, kind: 'compensatory', relatedDate: c.for, ...facts });
      }
      for (const s of a.swaps ?? []) {
        const occasionTitle = a.occasion === 'other' ? (a.name ?? OCCASION_TITLES.other) : OCCASION_TITLES[a.occasion];
        if (inYear(s.off)) {
          const name = `Nghỉ hoán đổi ngày làm việc dịp ${occasionTitle} (làm bù ${formatVietnameseDay(s.worked)})`;
          put({ date: s.off, name, kind: 'swapped_off', relatedDate: s.worked, ...facts });
        }
        if (inYear(s.worked)) {
          const name = `Ngày làm việc bù cho ngày nghỉ hoán đổi ${formatVietnameseDay(s.off)}`;
          const day = {
            date: s.worked,
            name,
            offDate: s.off,
            occasion: a.occasion,
            source: a.source,
            confidence: a.confidence,
          };
          worked.set(s.worked, Object.freeze(day));
        }
      }
    }

    for (const occasion of STATUTORY_OCCASIONS) {
      if (covered.has(occasion)) continue;
      for (const h of defaultHolidaysOf(year, occasion)) {
        const day: DayOff = {
          date: h.date,
          name: holidayName(occasion, h.date, year),
          kind: 'public_holiday',
          occasion,
          source: h.estimated ? ESTIMATE_SOURCE : statuteOf(year),
          confidence: h.estimated ? 'unconfirmed' : statuteConfidenceOf(year),
          ...(h.estimated ? { estimated: true } : {}),
        };
        holidays.push({ day, compensate: true });
      }
    }

    // Two occasions on one date (e.g. Giỗ Tổ on 30/4) give one day off, so one nghỉ bù at most.
    const unique = [...new Map(holidays.map((h) => [h.day.date, h])).values()];
    unique.sort((a, b) => compareDates(a.day.date, b.day.date));
    unique.forEach((h) => put(h.day));

    // Art. 111.3, in date order so a run of holidays on a weekend takes consecutive working days.
    // A nghỉ bù after 31/12 is looked up in the next year's own table (never back in this one).
    const isFree = (date: IsoDate): boolean => {
      const t = inYear(date) ? { daysOff, worked } : this.table(yearOf(date));
      return t.daysOff.has(date) || (this.restDays.has(dayOfWeek(date)) && !t.worked.has(date));
    };
    for (const { day, compensate } of unique) {
      if (!compensate || !this.restDays.has(dayOfWeek(day.date)) || worked.has(day.date)) continue;
      let date = addDays(day.date, 1);
      while (isFree(date)) date = addDays(date, 1);
      put({
        date,
        name: compensatoryName(day.name, day.date),
        kind: 'compensatory',
        ...(day.occasion ? { occasion: day.occasion } : {}),
        relatedDate: day.date,
        source: compensationRuleOf(year),
        confidence: day.estimated ? 'unconfirmed' : (day.confidence ?? statuteConfidenceOf(year)),
        ...(day.estimated ? { estimated: true } : {}),
      });
    }

    return { daysOff, worked, estimated: estimatedPeriods(year, [...daysOff.values()]) };
  }
}

function compensatoryName(holiday: string, date: IsoDate): string {
  return `Nghỉ bù ${holiday}, trùng ngày nghỉ hằng tuần ${formatVietnameseDay(date)}`;
}

function estimatedPeriods(year: number, days: DayOff[]): EstimatedPeriod[] {
  const byOccasion = new Map<HolidayOccasion, IsoDate[]>();
  for (const d of days) {
    if (!d.estimated || !d.occasion) continue;
    byOccasion.set(d.occasion, [...(byOccasion.get(d.occasion) ?? []), d.date]);
  }
  return [...byOccasion].map(([occasion, dates]) => {
    dates.sort(compareDates);
    return {
      year,
      occasion,
      from: addDays(dates[0], -ESTIMATE_MARGIN_DAYS),
      to: addDays(dates[dates.length - 1], ESTIMATE_MARGIN_DAYS),
      reason:
        `Chưa có thông báo lịch nghỉ ${OCCASION_TITLES[occasion]} năm ${year} của Thủ tướng Chính phủ; ` +
        'ngày nghỉ trong khoảng này được ước tính theo quy tắc mặc định và có thể thay đổi.',
    };
  });
}

function assertCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`a number of days must be a whole number >= 0: ${n}`);
}
