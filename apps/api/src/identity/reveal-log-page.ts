import { addDays, ValidationFailedError, type IsoDate } from '@kntc/domain';

/** The instants the reveal log is read between: `from` inclusive, `to` exclusive. */
export interface RevealLogWindow {
  from?: Date;
  to?: Date;
}

/**
 * An inspector asks for reveals by civil date in Vietnam, both ends included; the log stores
 * instants. Vietnam keeps UTC+7 all year, so a date starts at 00:00+07:00 and the day after
 * `to` starts where the window ends. A reversed range is refused rather than answered empty,
 * so a typo is not mistaken for "nobody looked".
 */
export function revealLogWindow(from?: IsoDate, to?: IsoDate): RevealLogWindow {
  if (from && to && from > to) {
    throw new ValidationFailedError([
      {
        field: 'from',
        issue: 'range_reversed',
        message: 'Ngày bắt đầu của khoảng lọc phải trước hoặc bằng ngày kết thúc.',
      },
    ]);
  }
  return {
    ...(from ? { from: startOfVietnamDay(from) } : {}),
    ...(to ? { to: startOfVietnamDay(addDays(to, 1)) } : {}),
  };
}

const startOfVietnamDay = (date: IsoDate): Date => new Date(`${date}T00:00:00+07:00`);

/** A page of the log and the cursor of the next one (the id of its last line), when there is one. */
export interface RevealLogPage<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * The vault is asked for one line more than the page holds: whether it came back tells if a
 * next page exists without counting the log.
 */
export function revealLogPageOf<T extends { id: string }>(lines: readonly T[], limit: number): RevealLogPage<T> {
  const items = lines.slice(0, limit);
  return { items, nextCursor: lines.length > limit ? items[items.length - 1].id : null };
}
