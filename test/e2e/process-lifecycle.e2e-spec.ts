import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  createEmptyDatabase,
  freePort,
  killSpawned,
  spawnApi,
  spawnCli,
  waitForReady,
  type TestDatabase,
} from '@kntc/testing';

jest.setTimeout(180_000);

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('the API process', () => {
  afterAll(() => killSpawned());

  it('refuses to start on invalid settings, naming every problem, without a stack trace', async () => {
    const proc = spawnApi({ DATABASE_URL: 'mysql://nope', PORT: 'eighty', LOG_LEVEL: 'chatty' });
    expect(await proc.exited).toBe(1);
    const out = proc.output();
    expect(out).toContain('Invalid configuration');
    for (const name of ['DATABASE_URL', 'PORT', 'LOG_LEVEL']) expect(out).toContain(name);
    noStack(out);
  });

  it('explains an unreachable external database', async () => {
    const port = await freePort();
    const proc = spawnApi({
      DATABASE_URL: `postgres://kntc:secret@127.0.0.1:${port}/kntc`,
      PORT: String(await freePort()),
    });
    expect(await proc.exited).toBe(1);
    expect(proc.output()).toContain('connection refused');
    expect(proc.output()).not.toContain('secret');
    noStack(proc.output());
  });

  describe('with an external PostgreSQL (DATABASE_URL)', () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createEmptyDatabase();
    });
    afterAll(() => db.drop());

    it('refuses to serve an unmigrated database, then runs after `db:migrate`', async () => {
      const port = await freePort();
      const first = spawnApi({ DATABASE_URL: db.url, PORT: String(port) });
      expect(await first.exited).toBe(1);
      expect(first.output()).toMatch(/migration\(s\) are pending.*npm run db:migrate/);

      const migrate = spawnCli(['migrate'], { DATABASE_URL: db.url });
      expect(await migrate.exited).toBe(0);

      const api = spawnApi({ DATABASE_URL: db.url, PORT: String(port) });
      try {
        await waitForReady(`http://127.0.0.1:${port}/health/ready`, api);
      } finally {
        api.child.kill('SIGTERM');
        expect(await api.exited).toBe(0);
      }
    });

    it('explains a port that is already taken', async () => {
      const blocker = createServer().listen(0, '127.0.0.1');
      await new Promise((r) => blocker.once('listening', r));
      const port = (blocker.address() as { port: number }).port;
      try {
        const proc = spawnApi({ DATABASE_URL: db.url, PORT: String(port) });
        expect(await proc.exited).toBe(1);
        expect(proc.output()).toContain(`Port ${port} is already in use`);
        noStack(proc.output());
      } finally {
        blocker.close();
      }
    });
  });

  describe('with the embedded PostgreSQL', () => {
    let dataDir: string;
    let env: Record<string, string>;
    beforeAll(async () => {
      const dir = await mkdtemp(join(tmpdir(), 'kntc-proc-'));
      await chmod(dir, 0o755);
      dataDir = join(dir, 'data');
      env = {
        DATA_DIR: dataDir,
        PORT: String(await freePort()),
        EMBEDDED_PG_PORT: String(await freePort()),
        DEMO_DATA: 'false',
      };
    });
    afterAll(() => rm(join(dataDir, '..'), { recursive: true, force: true }));

    const ready = () => `http://127.0.0.1:${env.PORT}/health/ready`;
    const pgUrl = () => `postgres://kntc:kntc-embedded@127.0.0.1:${env.EMBEDDED_PG_PORT}/kntc`;

    it('starts on a new data folder, survives SIGKILL with its data, and stops cleanly on SIGTERM', async () => {
      const first = spawnApi(env);
      await waitForReady(ready(), first);
      const client = new Client({ connectionString: pgUrl() });
      await client.connect();
      await client.query('CREATE TABLE kept (v text)');
      await client.query(`INSERT INTO kept VALUES ('still here')`);
      await client.end();

      first.child.kill('SIGKILL');
      await first.exited;
      // The killed app leaves its PostgreSQL running, holding the port and postmaster.pid.
      const orphanPid = Number((await readFile(join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0]);
      expect(() => process.kill(orphanPid, 0)).not.toThrow();

      const second = spawnApi(env);
      await waitForReady(ready(), second);
      const again = new Client({ connectionString: pgUrl() });
      await again.connect();
      expect((await again.query('SELECT v FROM kept')).rows).toEqual([{ v: 'still here' }]);
      await again.end();

      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
      expect(() => process.kill(orphanPid, 0)).toThrow();
      await expect(readFile(join(dataDir, 'pg', 'postmaster.pid'))).rejects.toThrow();
    });
  });
});
