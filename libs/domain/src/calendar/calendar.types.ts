import type { IsoDate } from '../shared/iso-date';

/**
 * How sure we are of an announced fact, with the tags of the domain reference:
 * `verified` [V] read in the official text; `secondary` [S] press or portal report of it;
 * `unconfirmed` [U] memory or inference.
 */
export type Confidence = 'verified' | 'secondary' | 'unconfirmed';

/**
 * The occasions of BLLĐ 2019 Art. 112.1 (ngày nghỉ lễ, tết), plus `culture_day` (24/11, decided
 * in principle by the Politburo, not yet in the Labour Code) and `other` for anything an
 * administrator must add by hand.
 */
export const HOLIDAY_OCCASIONS = [
  'new_year', // Tết Dương lịch
  'lunar_new_year', // Tết Âm lịch
  'hung_kings', // Giỗ Tổ Hùng Vương
  'reunification', // Ngày Chiến thắng 30/4
  'labour_day', // Ngày Quốc tế lao động 1/5
  'national_day', // Quốc khánh 2/9
  'culture_day', // Ngày Văn hóa Việt Nam 24/11
  'other',
] as const;
export type HolidayOccasion = (typeof HOLIDAY_OCCASIONS)[number];

/**
 * What the Government announced for one occasion of one year (the Prime Minister's decision
 * relayed by a Bộ LĐTBXH / Bộ Nội vụ notice). It replaces the default rule for that occasion
 * and year entirely, so it lists every holiday day of the occasion, not only the changes.
 */
export interface HolidayAnnouncement {
  /** Gregorian year of the occasion (for Tết, the year of mùng 1). */
  year: number;
  occasion: HolidayOccasion;
  /** Vietnamese name of an `other` occasion (required there); known occasions have fixed names. */
  name?: string;
  /** The paid holidays (ngày nghỉ lễ, tết) of the occasion. */
  holidays: IsoDate[];
  /**
   * Nghỉ bù, when the notice fixes it. Omitted: computed by BLLĐ Art. 111.3 (next working day).
   * When given, no compensatory day is computed for this announcement's holidays.
   */
  compensatory?: { date: IsoDate; for: IsoDate }[];
  /** Hoán đổi ngày làm việc for cán bộ, công chức, viên chức: a weekday off, a rest day worked. */
  swaps?: { off: IsoDate; worked: IsoDate }[];
  /** The instrument, e.g. "Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ". */
  source: string;
  url?: string;
  confidence: Confidence;
  note?: string;
}

/** Everything a working calendar is built from; plain JSON so administrators' additions can be stored. */
export interface CalendarData {
  /** Weekly rest days of public offices, 0 = Sunday … 6 = Saturday. Default: Saturday and Sunday. */
  weeklyRestDays?: number[];
  announcements: HolidayAnnouncement[];
}

export type DayOffKind = 'weekend' | 'public_holiday' | 'compensatory' | 'swapped_off';

export interface DayOff {
  date: IsoDate;
  /** Vietnamese, shown in deadline proofs. */
  name: string;
  kind: DayOffKind;
  occasion?: HolidayOccasion;
  /** Fixed by the default rule because the Prime Minister's decision is not in the data yet. */
  estimated?: boolean;
  source?: string;
  confidence?: Confidence;
  /** `compensatory`: the holiday it makes up for; `swapped_off`: the rest day worked instead. */
  relatedDate?: IsoDate;
}

/** A weekly rest day worked in exchange for a swapped day off (làm bù): a working day. */
export interface SwappedWorkingDay {
  date: IsoDate;
  name: string;
  /** The weekday taken off in exchange. */
  offDate: IsoDate;
  occasion: HolidayOccasion;
  source: string;
  confidence: Confidence;
}

/**
 * Dates where the default rule stands in for a decision not yet announced (Tết days, the
 * Quốc khánh adjacent day): the actual days off, and any swap, may fall anywhere in it.
 */
export interface EstimatedPeriod {
  year: number;
  occasion: HolidayOccasion;
  from: IsoDate;
  to: IsoDate;
  /** Vietnamese explanation for the deadline proof. */
  reason: string;
}

export interface WorkingDaysResult {
  /** The n-th working day after the start. */
  end: IsoDate;
  /** Days off passed over while counting, in date order. */
  skipped: DayOff[];
}

export interface PeriodEnd {
  /** Start + n calendar days (BLDS Art. 147: the first day is not counted). */
  nominalEnd: IsoDate;
  /** The nominal end, or the next working day when it is a day off (BLDS Art. 148.5). */
  end: IsoDate;
  /** The days off from the nominal end up to the day before `end`. */
  rolledOver: DayOff[];
}
