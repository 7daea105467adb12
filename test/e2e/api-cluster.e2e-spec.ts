import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestDatabase,
  freePort,
  killSpawned,
  spawnApi,
  waitForReady,
  type SpawnedProcess,
  type TestDatabase,
} from '@kntc/testing';
import type { DemoLogins } from '../../apps/api/src/demo/demo-logins';

jest.setTimeout(90_000);

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

/** A new connection per request: the primary hands out connections, not requests, round-robin. */
function send(
  url: string,
  options: { method?: string; token?: string; body?: unknown } = {},
): Promise<{ status: number; body: unknown }> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: options.method ?? 'GET',
        agent: false,
        headers: {
          ...(payload ? { 'content-type': 'application/json' } : {}),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }));
      },
    );
    req.once('error', reject);
    req.end(payload);
  });
}

/** The JSON log lines the API wrote so far (the banner and other text are skipped). */
function logLines(proc: SpawnedProcess): Record<string, unknown>[] {
  return proc
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

async function waitFor(what: string, proc: SpawnedProcess, done: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline || proc.child.exitCode !== null) {
      throw new Error(`${what} did not happen. Output:\n${proc.output()}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the API with API_WORKERS=2 (cluster mode)', () => {
  let db: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    dir = await mkdtemp(join(tmpdir(), 'kntc-cluster-'));
    await chmod(dir, 0o755);
  });
  afterAll(async () => {
    killSpawned();
    await db.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves from two worker processes with the secrets and demo data made once, restarts a killed worker, and stops them all on SIGTERM', async () => {
    const base = `http://127.0.0.1:${await freePort()}`;
    const dataDir = join(dir, 'data');
    // No JWT_SECRET or IDENTITY_KEYS: the primary generates them into DATA_DIR and both workers must use them.
    const api = spawnApi({
      DATABASE_URL: db.url,
      PORT: new URL(base).port,
      DATA_DIR: dataDir,
      DEMO_DATA: 'true',
      RUN_WORKER_IN_API: 'true',
      API_WORKERS: '2',
    });
    await waitForReady(`${base}/health/ready`, api);
    await waitFor('the banner', api, () => api.output().includes('KNTC engine API is running'));
    expect(api.output()).toContain('2 workers share the port');

    const logins = JSON.parse(await readFile(join(dataDir, 'demo-logins.json'), 'utf8')) as DemoLogins;
    const { username, password } = logins.accounts[0];
    const login = await send(`${base}/auth/login`, { method: 'POST', body: { username, password } });
    expect(login.status).toBe(200);
    const token = (login.body as { accessToken: string }).accessToken;

    // A token signed by one worker is accepted by the other: they share the generated JWT secret.
    const statuses = [];
    for (let i = 0; i < 12; i++) statuses.push((await send(`${base}/auth/me`, { token })).status);
    expect(statuses).toEqual(Array(12).fill(200));
    const servedBy = new Set(
      logLines(api)
        .filter((l) => l.msg === 'request completed' && (l.req as { path: string }).path === '/auth/me')
        .map((l) => l.pid as number),
    );
    expect(servedBy.size).toBe(2);
    expect(servedBy).not.toContain(api.child.pid);
    // The demo is loaded once, by the primary; only worker 1 runs the background loops.
    expect(logLines(api).filter((l) => l.msg === 'demo data loaded')).toHaveLength(1);
    const loops = logLines(api).filter((l) => l.msg === 'deadline sweeper and outbox dispatcher started');
    expect(loops.map((l) => l.worker)).toEqual([1]);

    const [victim, survivor] = [...servedBy];
    process.kill(victim, 'SIGKILL');
    const replacement = () =>
      logLines(api).find(
        (l) => l.msg === 'API worker listening' && typeof l.workerPid === 'number' && !servedBy.has(l.workerPid),
      );
    await waitFor('a replacement worker', api, () => replacement() !== undefined);
    expect(logLines(api).some((l) => l.msg === 'API worker died; starting another' && l.workerPid === victim)).toBe(
      true,
    );
    const replacementPid = replacement()!.workerPid as number;
    for (let i = 0; i < 4; i++) expect((await send(`${base}/auth/me`, { token })).status).toBe(200);

    api.child.kill('SIGTERM');
    expect(await api.exited).toBe(0);
    for (const pid of [survivor, replacementPid]) expect(isAlive(pid)).toBe(false);
    expect(api.output().match(/KNTC engine API is running/g)).toHaveLength(1);
  });

  it('explains a port that is already taken once, for all workers, and exits 1', async () => {
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      const api = spawnApi({
        DATABASE_URL: db.url,
        PORT: String(port),
        DATA_DIR: join(dir, 'taken'),
        API_WORKERS: '2',
      });
      expect(await api.exited).toBe(1);
      expect(api.output().match(/could not start/g)).toHaveLength(1);
      expect(api.output()).toContain(`Port ${port} is already in use`);
      noStack(api.output());
    } finally {
      blocker.close();
    }
  });
});
