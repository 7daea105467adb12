import { createHash } from 'node:crypto';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';

interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

const names = new Map<string, string>();

/** One name per SQL text, so a connection prepares each text once (pg tracks what it prepared). */
function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `kntc_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs `text` as a named prepared statement: PostgreSQL parses and plans it once per connection
 * instead of on every call, which for the statements of the command path (recursive CTEs,
 * data-modifying CTEs) is most of their cost. Inside a transaction (`em` from
 * `dataSource.transaction`) it runs on the transaction's connection; otherwise on a connection
 * of the pool. Fixed texts only (a text made per call would prepare a statement per call).
 * Errors are TypeORM's QueryFailedError, as from `em.query`.
 */
export async function queryPrepared<T>(db: EntityManager | DataSource, text: string, values: unknown[]): Promise<T[]> {
  const manager = db instanceof DataSource ? db.manager : db;
  try {
    const client = manager.queryRunner
      ? ((await manager.queryRunner.connect()) as PgClient)
      : (manager.connection.driver as unknown as { master: PgClient }).master;
    return (await client.query({ name: nameOf(text), text, values })).rows as T[];
  } catch (error) {
    if (error instanceof QueryFailedError) throw error;
    throw new QueryFailedError(text, values, error as Error);
  }
}
