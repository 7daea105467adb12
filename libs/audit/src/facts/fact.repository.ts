import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { queryPrepared } from '@kntc/persistence';
import { OPEN_END, type Versioned } from './fact-rows';
import type { FactTable } from './fact-tables';
import type { VersionChanges } from './versions';

/** A version as read back, with its row id. */
export type StoredFact<T> = Versioned<T> & { id: string };
type Stored<T> = StoredFact<T>;

const selectList = <T>(table: FactTable<T>) =>
  [
    ...table.columns.map(([p, c, type]) =>
      type === 'date'
        ? `to_char(${c}, 'YYYY-MM-DD') AS "${p}"`
        : type === 'int'
          ? `${c}::int AS "${p}"`
          : `${c} AS "${p}"`,
    ),
    'id::text AS id',
    'source_event_id::text AS "sourceEventId"',
    'recorded_from AS "recordedFrom"',
  ].join(', ');

const allColumns = <T>(table: FactTable<T>) => [
  ...table.columns.map(([, c]) => c),
  'source_event_id',
  'recorded_from',
  'recorded_to',
];

const valuesOf = <T>(table: FactTable<T>, v: Versioned<T>): unknown[] => [
  ...table.columns.map(([p]) => v[p] ?? null),
  v.sourceEventId,
  v.recordedFrom,
  v.recordedTo.getTime() === OPEN_END.getTime() ? 'infinity' : v.recordedTo,
];

/** The PostgreSQL type of each kind of fact column, for typed parameters. */
const SQL_TYPES = { uuid: 'uuid', text: 'text', int: 'int', bool: 'boolean', date: 'date' } as const;

/** Rows per INSERT: PostgreSQL takes at most 65,535 parameters per statement. */
const batchSize = <T>(table: FactTable<T>) => Math.floor(60_000 / allColumns(table).length);

/** INSERT of these versions, its placeholders numbered after the first `offset` parameters. */
function insertStatement<T>(
  table: FactTable<T>,
  versions: Versioned<T>[],
  offset: number,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const tuples = versions.map((v) => {
    const placeholders = valuesOf(table, v).map((value) => {
      params.push(value);
      return `$${offset + params.length}`;
    });
    return `(${placeholders.join(', ')})`;
  });
  return { sql: `INSERT INTO ${table.name} (${allColumns(table).join(', ')}) VALUES ${tuples.join(', ')}`, params };
}

/** Reads and writes the audit fact tables. Only the projector and the rebuild write here. */
@Injectable()
export class FactRepository {
  /**
   * The current versions of one stream's facts, as one SQL expression over the stream id
   * `streamId` (a parameter): a JSON array, for the write path to read with the stream's row
   * (StreamWriter.planWrites). No lock needed: the compare-and-swap that follows fails if any
   * event of the stream was stored in between.
   */
  currentOfJson<T>(table: FactTable<T>, streamId: string): string {
    const order = table.orderBy
      .split(',')
      .map((column) => table.columns.find(([, c]) => c === column.trim())![0])
      .map((property) => `f."${property}"`)
      .join(', ');
    return `(SELECT coalesce(json_agg(f ORDER BY ${order}), '[]') FROM (
       SELECT ${selectList(table)} FROM ${table.name}
        WHERE ${table.streamColumn} = ${streamId} AND recorded_to = 'infinity') f)`;
  }

  /** The versions `currentOfJson` read (JSON has no timestamps: `recordedFrom` comes back as text). */
  currentFromJson<T>(json: unknown): Stored<T>[] {
    return (json as (Omit<Stored<T>, 'recordedFrom'> & { recordedFrom: string })[]).map((r) => ({
      ...r,
      recordedFrom: new Date(r.recordedFrom),
      recordedTo: OPEN_END,
    })) as Stored<T>[];
  }

  /**
   * `applyChanges` as statements for the event's own statement (StreamWriter.planWrites): each
   * takes the event's id from the CTE `event` and writes nothing when it is empty. Parameters
   * go through `bind`, typed, so the statement's text depends only on the shape of the changes.
   */
  plannedChanges<T>(
    table: FactTable<T>,
    current: Stored<T>[],
    changes: VersionChanges<T>,
    recordedAt: Date,
    bind: (value: unknown, type: string) => string,
  ): string[] {
    const idOf = new Map(current.map((c) => [table.keyOf(c), c.id]));
    const columnValues = (v: Versioned<T>) => table.columns.map(([p, , type]) => bind(v[p] ?? null, SQL_TYPES[type]));
    const writes = changes.replace.map((version) => {
      const values = columnValues(version);
      const sets = table.columns.map(([, c], i) => `${c} = ${values[i]}`).join(', ');
      const id = bind(idOf.get(table.keyOf(version)), 'bigint');
      return `UPDATE ${table.name} SET ${sets}, source_event_id = event.id FROM event WHERE ${table.name}.id = ${id}`;
    });
    const close = changes.close.map((k) => idOf.get(k)).filter((id): id is string => !!id);
    if (close.length > 0) {
      writes.push(
        `UPDATE ${table.name} SET recorded_to = ${bind(recordedAt, 'timestamptz')}
          WHERE id = ANY(${bind(close, 'bigint[]')}) AND EXISTS (SELECT 1 FROM event)`,
      );
    }
    for (const version of changes.insert) {
      const [recordedFrom, recordedTo] = valuesOf(table, version).slice(-2);
      const values = [
        ...columnValues(version),
        'event.id',
        bind(recordedFrom, 'timestamptz'),
        bind(recordedTo, 'timestamptz'),
      ];
      writes.push(`INSERT INTO ${table.name} (${allColumns(table).join(', ')}) SELECT ${values.join(', ')} FROM event`);
    }
    return writes;
  }

  async applyChanges<T>(
    em: EntityManager,
    table: FactTable<T>,
    current: Stored<T>[],
    changes: VersionChanges<T>,
    recordedAt: Date,
  ): Promise<void> {
    const idOf = new Map(current.map((c) => [table.keyOf(c), c.id]));
    for (const version of changes.replace) {
      const sets = table.columns.map(([, c], i) => `${c} = $${i + 1}`).join(', ');
      const n = table.columns.length;
      await queryPrepared(em, `UPDATE ${table.name} SET ${sets}, source_event_id = $${n + 1} WHERE id = $${n + 2}`, [
        ...table.columns.map(([p]) => version[p] ?? null),
        version.sourceEventId,
        idOf.get(table.keyOf(version)),
      ]);
    }
    const close = changes.close.map((k) => idOf.get(k)).filter((id): id is string => !!id);
    if (close.length === 0) return this.insert(em, table, changes.insert);
    if (changes.insert.length === 0 || changes.insert.length > batchSize(table)) {
      await queryPrepared(em, `UPDATE ${table.name} SET recorded_to = $1 WHERE id = ANY($2::bigint[])`, [
        recordedAt,
        close,
      ]);
      return this.insert(em, table, changes.insert);
    }
    // One statement: the closed versions and their successors (a new recorded_from, so the
    // version key never collides whichever part runs first). Prepared: an event changes a
    // stream's facts by a handful of versions, so there are few distinct texts.
    const insert = insertStatement(table, changes.insert, 2);
    await queryPrepared(
      em,
      `WITH closed AS (UPDATE ${table.name} SET recorded_to = $1 WHERE id = ANY($2::bigint[])) ${insert.sql}`,
      [recordedAt, close, ...insert.params],
    );
  }

  /** Multi-row INSERT in batches (the rebuild writes whole streams at once). */
  async insert<T>(em: EntityManager, table: FactTable<T>, versions: Versioned<T>[]): Promise<void> {
    const batch = batchSize(table);
    for (let start = 0; start < versions.length; start += batch) {
      const { sql, params } = insertStatement(table, versions.slice(start, start + batch), 0);
      await em.query(sql, params);
    }
  }

  async truncateAll(em: EntityManager): Promise<void> {
    await em.query(`TRUNCATE audit_case_fact, audit_petition_fact RESTART IDENTITY`);
  }
}
