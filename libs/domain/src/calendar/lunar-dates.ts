import Holidays from 'date-holidays';
import type { IsoDate } from '../shared/iso-date';
import { daysBetween } from '../shared/iso-date';

/**
 * Lunar dates come from date-holidays' Vietnamese calendar (UTC+7, so it differs from the
 * Chinese calendar in years like 1985 and 2007). Only the dates are used, not its holiday list:
 * it knows two Tết days and one Quốc khánh day, while the Labour Code gives five and two.
 */
interface LunarYear {
  /** Mùng 1 Tết of the lunar year that starts in this Gregorian year. */
  newYear: IsoDate;
  /** 10 tháng 3 âm lịch. */
  hungKings: IsoDate;
  /** 23 tháng Chạp of the lunar year that ends in this Gregorian year (ông Công ông Táo). */
  kitchenGods: IsoDate;
}

const RULES = {
  newYear: 'vietnamese 1-0-1',
  hungKings: 'vietnamese 3-0-10',
  kitchenGods: 'vietnamese 12-0-23',
} as const;

let source: Holidays | undefined;
const cache = new Map<number, LunarYear>();

/**
 * Only the three rules we read, on an instance without a country: the country's other lunar
 * observances make each year several times slower. The lunar calendar fixes its own offset
 * (UTC+7), so the dates do not depend on the process time zone.
 */
function lunarSource(): Holidays {
  const holidays = new Holidays();
  for (const rule of Object.values(RULES)) holidays.setHoliday(rule, { name: rule, type: 'public' });
  return holidays;
}

function lunarYear(year: number): LunarYear {
  const hit = cache.get(year);
  if (hit) return hit;
  source ??= lunarSource();
  const found = new Map(source.getHolidays(year).map((h) => [h.rule, h.date.slice(0, 10)]));
  const pick = (rule: string): IsoDate => {
    const date = found.get(rule);
    if (!date) throw new RangeError(`no lunar date ${rule} in ${year}`);
    return date;
  };
  const result: LunarYear = {
    newYear: pick(RULES.newYear),
    hungKings: pick(RULES.hungKings),
    kitchenGods: pick(RULES.kitchenGods),
  };
  cache.set(year, result);
  return result;
}

/** Mùng 1 Tết Nguyên đán falling in this Gregorian year. */
export const lunarNewYearOf = (year: number): IsoDate => lunarYear(year).newYear;

/** Giỗ Tổ Hùng Vương (10/3 âm lịch) in this Gregorian year. */
export const hungKingsDayOf = (year: number): IsoDate => lunarYear(year).hungKings;

/**
 * Vietnamese label of a day around Tết (e.g. "29 tháng Chạp", "mùng 3 Tết"), for proofs.
 * The last month has 29 or 30 days, so the label before mùng 1 is counted from the 23rd.
 */
export function tetDayLabel(date: IsoDate, year: number): string {
  const { newYear, kitchenGods } = lunarYear(year);
  const offset = daysBetween(newYear, date);
  if (offset >= 0) return offset < 10 ? `mùng ${offset + 1} Tết` : `ngày ${offset + 1} tháng Giêng`;
  const dayOfLastMonth = 23 + daysBetween(kitchenGods, date);
  return `${dayOfLastMonth} tháng Chạp`;
}
