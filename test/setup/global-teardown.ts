import './register-paths';
import { rm } from 'node:fs/promises';
import { Client } from 'pg';
import { TEST_ENV } from '@kntc/testing';

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env[TEST_ENV.adminUrl];
  if (adminUrl && process.env.TEST_DATABASE_URL) {
    // On a shared server, leave nothing behind.
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    const prefix = process.env[TEST_ENV.prefix]!;
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`,
      [`${prefix}%`, process.env[TEST_ENV.template]],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await client.end();
  }
  const embedded = globalThis.__kntcTestServer;
  if (embedded) {
    await embedded.server.stop();
    await rm(embedded.dir, { recursive: true, force: true });
  }
}
