import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
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

/** Reads and writes the audit fact tables. Only the projector and the rebuild write here. */
@Injectable()
export class FactRepository {
  /**
   * The current versions of one stream's facts. No lock needed: the write path holds the
   * stream's row (compare-and-swap) until commit, so one stream's events are projected in turn.
   */
  async currentOf<T>(em: EntityManager, table: FactTable<T>, streamId: string): Promise<Stored<T>[]> {
    const rows = await em.query<Stored<T>[]>(
      `SELECT ${selectList(table)} FROM ${table.name}
        WHERE ${table.streamColumn} = $1 AND recorded_to = 'infinity'
        ORDER BY ${table.orderBy}`,
      [streamId],
    );
    return rows.map((r) => ({ ...r, recordedTo: OPEN_END }));
  }

  /** When the event was recorded (its `recorded_at`, the transaction's start time). */
  async recordedAtOf(em: EntityManager, eventId: string): Promise<Date> {
    const [row] = await em.query<{ recorded_at: Date }[]>(`SELECT recorded_at FROM domain_event WHERE id = $1`, [
      eventId,
    ]);
    return row.recorded_at;
  }

  async applyChanges<T>(
    em: EntityManager,
    table: FactTable<T>,
    current: Stored<T>[],
    changes: VersionChanges<T>,
    recordedAt: Date,
  ): Promise<void> {
    const idOf = new Map(current.map((c) => [table.keyOf(c), c.id]));
    const close = changes.close.map((k) => idOf.get(k)).filter((id): id is string => !!id);
    if (close.length > 0) {
      await em.query(`UPDATE ${table.name} SET recorded_to = $1 WHERE id = ANY($2::bigint[])`, [recordedAt, close]);
    }
    for (const version of changes.replace) {
      const sets = table.columns.map(([, c], i) => `${c} = $${i + 1}`).join(', ');
      const n = table.columns.length;
      await em.query(`UPDATE ${table.name} SET ${sets}, source_event_id = $${n + 1} WHERE id = $${n + 2}`, [
        ...table.columns.map(([p]) => version[p] ?? null),
        version.sourceEventId,
        idOf.get(table.keyOf(version)),
      ]);
    }
    await this.insert(em, table, changes.insert);
  }

  /** Multi-row INSERT in batches (the rebuild writes whole streams at once). */
  async insert<T>(em: EntityManager, table: FactTable<T>, versions: Versioned<T>[]): Promise<void> {
    const columns = allColumns(table);
    const batch = Math.floor(60_000 / columns.length);
    for (let start = 0; start < versions.length; start += batch) {
      const slice = versions.slice(start, start + batch);
      const params: unknown[] = [];
      const tuples = slice.map((v) => {
        const values = valuesOf(table, v);
        const placeholders = values.map((value) => {
          params.push(value);
          return `$${params.length}`;
        });
        return `(${placeholders.join(', ')})`;
      });
      await em.query(`INSERT INTO ${table.name} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, params);
    }
  }

  async truncateAll(em: EntityManager): Promise<void> {
    await em.query(`TRUNCATE audit_case_fact, audit_petition_fact RESTART IDENTITY`);
  }
}
