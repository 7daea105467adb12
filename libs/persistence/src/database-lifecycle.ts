import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { startEmbeddedPostgres } from './embedded/embedded-postgres.server';

export interface ProvisionedDatabase {
  readonly url: string;
  readonly mode: 'embedded' | 'external';
  stop(): Promise<void>;
}

export interface ProvisionOptions {
  mode: 'embedded' | 'external';
  url?: string;
  embedded: { dataDir: string; port: number };
  log: (message: string) => void;
}

/** Uses the configured server, or starts the embedded one when none is configured. */
export async function provisionDatabase(options: ProvisionOptions): Promise<ProvisionedDatabase> {
  if (options.mode === 'external') {
    if (!options.url) throw new Error('external database mode needs a URL');
    return { url: options.url, mode: 'external', stop: () => Promise.resolve() };
  }
  const server = await startEmbeddedPostgres({
    dataDir: options.embedded.dataDir,
    port: options.embedded.port,
    database: 'kntc',
    durable: true,
    log: options.log,
  });
  return { url: server.url, mode: 'embedded', stop: () => server.stop() };
}

async function withDataSource<T>(url: string, work: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = new DataSource(dataSourceOptions(url, 2, 'kntc-migrations'));
  await ds.initialize();
  try {
    return await work(ds);
  } finally {
    await ds.destroy();
  }
}

/** Applies pending migrations, each in its own transaction; returns the names applied. */
export function runMigrations(url: string): Promise<string[]> {
  return withDataSource(url, async (ds) => (await ds.runMigrations({ transaction: 'each' })).map((m) => m.name));
}

/** Names of committed migrations not yet applied to this database. */
export async function pendingMigrations(ds: DataSource): Promise<string[]> {
  const table = ds.options.migrationsTableName ?? 'migrations';
  const [exists] = await ds.query<{ t: string | null }[]>(`SELECT to_regclass($1) AS t`, [table]);
  const rows = exists?.t ? await ds.query<{ name: string }[]>(`SELECT name FROM "${table}"`) : [];
  const applied = new Set(rows.map((r) => r.name));
  return ds.migrations.map((m) => m.name ?? m.constructor.name).filter((n) => !applied.has(n));
}

/** SQL TypeORM would run to bring the schema in line with the entities: empty means no drift. */
export function schemaDrift(url: string): Promise<string[]> {
  return withDataSource(url, async (ds) => {
    const log = await ds.driver.createSchemaBuilder().log();
    return log.upQueries.map((q) => q.query);
  });
}

export { withDataSource };
