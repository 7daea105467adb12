import './register-paths';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { runMigrations, startEmbeddedPostgres, type RunningPostgres } from '@kntc/persistence';
import { TEST_ENV, withDatabase } from '@kntc/testing';

declare global {
  var __kntcTestServer: { server: RunningPostgres; dir: string } | undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
  });
}

/**
 * One real PostgreSQL per test run: the embedded server (in a throw-away folder, fsync off),
 * or the server in TEST_DATABASE_URL. Migrations run once into a template database that
 * every test file clones.
 */
export default async function globalSetup(): Promise<void> {
  process.env.TZ = 'UTC';
  const runId = `${process.pid.toString(36)}${Date.now().toString(36)}`;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const dir = await mkdtemp(join(tmpdir(), 'kntc-test-'));
    await chmod(dir, 0o755); // PostgreSQL runs as the postgres user when we are root
    const server = await startEmbeddedPostgres({
      dataDir: join(dir, 'pg'),
      port: await freePort(),
      database: 'postgres',
      durable: false,
      log: () => undefined,
    });
    globalThis.__kntcTestServer = { server, dir };
    adminUrl = server.url;
  }
  const template = `kntc_tpl_${runId}`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE "${template}"`);
  await client.end();
  await runMigrations(withDatabase(adminUrl, template));
  process.env[TEST_ENV.adminUrl] = adminUrl;
  process.env[TEST_ENV.template] = template;
  process.env[TEST_ENV.prefix] = `kntc_t_${runId}`;
}
