/**
 * Legal time in this engine is the civil date in Vietnam. Vietnam keeps UTC+7 all year
 * (no daylight saving), so an instant maps to a civil date by a fixed offset.
 */

/** A civil date, `YYYY-MM-DD`. */
export type IsoDate = string;
/** An instant with its offset, e.g. `2026-07-03T09:15:00+07:00` or `...Z`. */
export type IsoDateTime = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

export function isIsoDateTime(value: unknown): value is IsoDateTime {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}

function toUtcMs(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`not a civil date: ${String(date)}`);
  return Date.parse(`${date}T00:00:00Z`);
}

const fromUtcMs = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

/** The civil date in Vietnam at which an instant falls. */
export function vietnamDateOf(instant: IsoDateTime): IsoDate {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${String(instant)}`);
  return fromUtcMs(ms + VIETNAM_OFFSET_MS);
}

/** The last instant of a civil date in Vietnam (24:00 is when a period in days ends: BLDS Art. 148). */
export function endOfVietnamDay(date: IsoDate): IsoDateTime {
  return new Date(toUtcMs(date) + DAY_MS - VIETNAM_OFFSET_MS - 1).toISOString();
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

export const compareDates = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0);
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);
