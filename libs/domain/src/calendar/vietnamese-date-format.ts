import type { IsoDate } from '../shared/iso-date';
import { dayOfWeek } from '../shared/iso-date';

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** `27/01/2025`, the way dates are written in Vietnamese administrative documents. */
export function formatVietnameseDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

export const vietnameseWeekday = (date: IsoDate): string => WEEKDAYS[dayOfWeek(date)];

/** `thứ Hai 27/01/2025`. */
export const formatVietnameseDay = (date: IsoDate): string =>
  `${vietnameseWeekday(date)} ${formatVietnameseDate(date)}`;
