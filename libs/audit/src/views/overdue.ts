import { isIsoDate, ValidationFailedError, type IsoDate } from '@kntc/domain';

/** Where a page of the overdue list ends: the last row's due date, case code, unit and segment. */
export type OverdueKey = [dueOn: IsoDate, code: string, unitNo: number, segmentNo: number];

/**
 * The day the overdue list is judged on: the period's last day, or the day of the knowledge
 * cut-off (today, when none is given) if that is earlier — a case is not "overdue" on a day that
 * has not come yet. For a past period it is the period's last day, as in the report's line
 * "Trong đó quá hạn".
 */
export function overdueReferenceDay(periodTo: IsoDate, cutOffDay: IsoDate): IsoDate {
  return cutOffDay < periodTo ? cutOffDay : periodTo;
}

export function encodeOverdueCursor(key: OverdueKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeOverdueCursor(cursor: string | undefined): OverdueKey | undefined {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(key) &&
      key.length === 4 &&
      isIsoDate(key[0]) &&
      typeof key[1] === 'string' &&
      Number.isInteger(key[2]) &&
      Number.isInteger(key[3])
    ) {
      return key as OverdueKey;
    }
  } catch {
    // fall through: not base64url JSON
  }
  throw new ValidationFailedError([{ field: 'cursor', issue: 'invalid', message: 'Con trỏ trang không hợp lệ.' }]);
}
