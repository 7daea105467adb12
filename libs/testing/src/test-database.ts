import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Set by the jest global setup: a server we may create databases on, and the migrated template. */
export const TEST_ENV = {
  adminUrl: 'KNTC_TEST_ADMIN_URL',
  template: 'KNTC_TEST_TEMPLATE',
  prefix: 'KNTC_TEST_DB_PREFIX',
} as const;

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const url = process.env[TEST_ENV.adminUrl];
  if (!url) throw new Error('No test database server: run the tests through jest (npm test), which starts one.');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file, cloned from the migrated template (fast: a file copy). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = process.env[TEST_ENV.template]!;
  const name = `${process.env[TEST_ENV.prefix]}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}" STRATEGY FILE_COPY`));
  const url = withDatabase(process.env[TEST_ENV.adminUrl]!, name);
  return {
    url,
    name,
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** An empty database (no migrations), for tests of the migrations themselves. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const name = `${process.env[TEST_ENV.prefix]}_e${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = withDatabase(process.env[TEST_ENV.adminUrl]!, name);
  return {
    url,
    name,
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
