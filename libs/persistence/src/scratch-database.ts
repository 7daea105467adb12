import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from './embedded/embedded-postgres.server';

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
  });

/**
 * A throw-away, empty database: on the server in `serverUrl` when given (created and dropped
 * there), otherwise on a temporary embedded PostgreSQL. Used to compare entities with migrations.
 */
export async function withScratchDatabase<T>(
  serverUrl: string | undefined,
  work: (url: string) => Promise<T>,
): Promise<T> {
  if (serverUrl) {
    const name = `kntc_scratch_${process.pid}_${Date.now().toString(36)}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    try {
      const u = new URL(serverUrl);
      u.pathname = `/${name}`;
      return await work(u.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }
  const dir = await mkdtemp(join(tmpdir(), 'kntc-scratch-'));
  await chmod(dir, 0o755);
  const server = await startEmbeddedPostgres({
    dataDir: join(dir, 'pg'),
    port: await freePort(),
    database: 'scratch',
    durable: false,
    log: () => undefined,
  });
  try {
    return await work(server.url);
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
