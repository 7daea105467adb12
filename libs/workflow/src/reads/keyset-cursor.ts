import { isIsoDate, ValidationFailedError } from '@kntc/domain';

/** A page request: at most `limit` items after the opaque `cursor` (none: the first page). */
export interface PageRequest {
  limit: number;
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** What each position of a cursor's key holds, so a forged or stale cursor is refused, not run. */
export type KeyPart = 'timestamp' | 'date' | 'uuid' | 'bigint' | 'streamType';

const CHECKS: Record<KeyPart, (v: unknown) => boolean> = {
  // The exact text PostgreSQL gave for the sort column (microseconds), never a JS Date (milliseconds).
  timestamp: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(v),
  date: (v) => v === 'infinity' || isIsoDate(v),
  uuid: (v) => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  bigint: (v) => typeof v === 'string' && /^\d{1,19}$/.test(v),
  streamType: (v) => v === 'petition' || v === 'case',
};

/**
 * Keyset pagination: the cursor is the sort key of the last item served (with its id as the
 * tie-breaker), base64url-encoded JSON tagged with the list it belongs to. Opaque to clients;
 * it never carries anything the item itself did not show.
 */
export function encodeCursor(list: string, key: readonly string[]): string {
  return Buffer.from(JSON.stringify({ l: list, k: key }), 'utf8').toString('base64url');
}

/** The key of a cursor issued for `list`, checked against `shape`; undefined when there is none. */
export function decodeCursor(
  list: string,
  cursor: string | undefined,
  shape: readonly KeyPart[],
): string[] | undefined {
  if (cursor === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = /^[A-Za-z0-9_-]{1,1000}$/.test(cursor)
      ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
      : null;
  } catch {
    parsed = null;
  }
  const p = parsed as { l?: unknown; k?: unknown } | null;
  const key = p?.k;
  const valid =
    p?.l === list &&
    Array.isArray(key) &&
    key.length === shape.length &&
    shape.every((part, i) => CHECKS[part](key[i]));
  if (!valid) {
    throw new ValidationFailedError([
      {
        field: 'cursor',
        issue: 'invalid_cursor',
        message: 'Con trỏ phân trang không hợp lệ; hãy tải lại trang đầu.',
      },
    ]);
  }
  return key as string[];
}

/**
 * Cuts the `limit + 1` rows a query fetched into a page: the extra row only says that there is
 * a next page, whose cursor is the key of the last row served.
 */
export function pageOf<R, T>(
  rows: readonly R[],
  limit: number,
  list: string,
  keyOf: (row: R) => string[],
  map: (row: R) => T,
): Page<T> {
  const served = rows.slice(0, limit);
  const last = served[served.length - 1];
  return {
    items: served.map(map),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(list, keyOf(last)) : null,
  };
}
