/** Positional parameters for a query assembled from optional filters. */
export class SqlParams {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder (`$n`). */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A LIKE pattern matching `text` anywhere, with the LIKE wildcards in it taken literally. */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Timestamps as the exact text PostgreSQL sorts on (UTC, microseconds): what a keyset cursor
 * must carry, since a JS Date would round to milliseconds and skip or repeat rows.
 */
export const sortableTimestamp = (column: string): string =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** A civil date as `YYYY-MM-DD` text (node-pg would turn a DATE into a local-midnight Date). */
export const isoDate = (column: string): string => `to_char(${column}, 'YYYY-MM-DD')`;

/**
 * The read side's scope rule, in one place for the detail, the lists and the candidates. A đơn
 * is visible to the authorities `ids` (uuid[] parameter) when one of them holds it now, held it
 * at any time (custody_period), or was sent it by a chuyển đơn (now waiting in its inbox, or
 * earlier and sent back: `context.forwards[].to`).
 */
export const petitionVisibleTo = (p: string, ids: string): string => `(
  ${p}.holder_authority_id = ANY(${ids}::uuid[])
  OR EXISTS (SELECT 1 FROM custody_period vcp
              WHERE vcp.stream_type = 'petition' AND vcp.stream_id = ${p}.id AND vcp.authority_id = ANY(${ids}::uuid[]))
  OR EXISTS (SELECT 1 FROM jsonb_array_elements(COALESCE(${p}.snapshot->'context'->'forwards', '[]'::jsonb)) vf
              WHERE vf->'to'->>'id' = ANY(${ids}::uuid[]::text[])))`;

/** The same rule for a case: holder now or earlier, or the authority a tố cáo case was forwarded to. */
export const caseVisibleTo = (c: string, ids: string): string => `(
  ${c}.holder_authority_id = ANY(${ids}::uuid[])
  OR EXISTS (SELECT 1 FROM custody_period vcp
              WHERE vcp.stream_type = 'case' AND vcp.stream_id = ${c}.id AND vcp.authority_id = ANY(${ids}::uuid[]))
  OR ${c}.snapshot->'context'->'forwardedTo'->>'id' = ANY(${ids}::uuid[]::text[]))`;

/**
 * Case-insensitive substring match on Vietnamese text. The database's C locale folds only ASCII
 * (`ILIKE` would not match "ĐẤT" with "đất"); ICU's lower() folds every Vietnamese letter. Written
 * as `lower(column) LIKE lower(pattern)` so a trigram index on the same expression can serve it.
 */
export const vietnameseContains = (column: string, pattern: string): string =>
  `lower(${column} COLLATE "und-x-icu") LIKE lower(${pattern}::text COLLATE "und-x-icu")`;
