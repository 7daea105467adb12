import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '@kntc/persistence';

export interface ScratchDatabase {
  url: string;
  label: string;
  /** The embedded server's data folder (none for DATABASE_URL). */
  dataDir?: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer()
      .once('error', fail)
      .listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => done(port));
      });
  });
}

/**
 * A database a benchmark may fill and throw away: a new database on DATABASE_URL's server, dropped
 * at the end; or an embedded, durable server (fsync on) in `work`, started with `settings` (which
 * PostgreSQL reads only at start: set, then restart).
 */
export async function provisionScratchDatabase(
  work: string,
  options: { name: string; settings: readonly (readonly [string, string])[]; log: (m: string) => void },
): Promise<ScratchDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const name = `${options.name}_${process.pid}`;
    const admin = new Client({ connectionString: external });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const u = new URL(external);
    u.pathname = `/${name}`;
    return {
      url: u.toString(),
      label: `DATABASE_URL (${u.hostname}), scratch database ${name}`,
      async stop() {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const dataDir = join(work, 'pg');
  const serverOptions = { dataDir, port: await freePort(), database: 'kntc_bench', durable: true, log: options.log };
  let server = await startEmbeddedPostgres(serverOptions);
  const admin = new Client({ connectionString: server.url });
  await admin.connect();
  for (const [name, value] of options.settings) await admin.query(`ALTER SYSTEM SET ${name} = '${value}'`);
  await admin.end();
  await server.stop();
  server = await startEmbeddedPostgres(serverOptions);
  return {
    url: server.url,
    label: `embedded PostgreSQL 18 (fsync on; ${options.settings.map(([k, v]) => `${k}=${v}`).join(', ')})`,
    dataDir,
    stop: () => server.stop(),
  };
}
