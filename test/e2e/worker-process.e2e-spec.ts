import { DataSource } from 'typeorm';
import {
  createEmptyDatabase,
  createTestDatabase,
  freePort,
  killSpawned,
  spawnEntry,
  type TestDatabase,
} from '@kntc/testing';
import { FixedClock, StreamWriter } from '@kntc/workflow';
import { openComplaint, seedAuthorities, vnMorning, workflowModule } from '../medium/worker.fixtures';

jest.setTimeout(120_000);

const spawnWorker = (env: Record<string, string>) => spawnEntry('apps/worker/src/main.ts', [], env);
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

/** Polls `check` until it returns true, or fails with the worker's output. */
async function eventually(check: () => Promise<boolean>, output: () => string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`condition not met in ${timeoutMs} ms. Worker output:\n${output()}`);
}

describe('the worker process', () => {
  afterAll(() => killSpawned());

  it('refuses invalid settings, naming every problem, without a stack trace', async () => {
    const proc = spawnWorker({
      DATABASE_URL: 'postgres://u:p@127.0.0.1:1/x',
      SWEEPER_INTERVAL_MS: '5',
      OUTBOX_MAX_ATTEMPTS: '0',
    });
    expect(await proc.exited).toBe(1);
    expect(proc.output()).toContain('Invalid configuration');
    for (const name of ['SWEEPER_INTERVAL_MS', 'OUTBOX_MAX_ATTEMPTS']) expect(proc.output()).toContain(name);
    noStack(proc.output());
  });

  it('explains that it needs an external database, and that `npm start` already does its work', async () => {
    const proc = spawnWorker({ EMBEDDED_PG_PORT: String(await freePort()) });
    expect(await proc.exited).toBe(1);
    expect(proc.output()).toContain('set DATABASE_URL');
    expect(proc.output()).toContain('RUN_WORKER_IN_API');
    noStack(proc.output());
  });

  it('refuses an unmigrated database', async () => {
    const db = await createEmptyDatabase();
    try {
      const proc = spawnWorker({ DATABASE_URL: db.url });
      expect(await proc.exited).toBe(1);
      expect(proc.output()).toMatch(/migration\(s\) are pending.*npm run db:migrate/);
    } finally {
      await db.drop();
    }
  });

  describe('on a migrated external database', () => {
    let db: TestDatabase;
    let ds: DataSource;
    let caseId: string;
    let close: () => Promise<void>;

    beforeAll(async () => {
      db = await createTestDatabase();
      // A complaint received on Mon 03/08/2026: its acceptance period ended on 12/08/2026.
      const moduleRef = await workflowModule(db.url, new FixedClock(vnMorning('2026-08-03')));
      ds = moduleRef.get(DataSource);
      await seedAuthorities(ds);
      caseId = await openComplaint(ds, moduleRef.get(StreamWriter), '2026-08-03');
      close = () => moduleRef.close();
    });
    afterAll(async () => {
      await close();
      await db.drop();
    });

    it('records the passed deadline, delivers its reminder, and stops cleanly on SIGTERM', async () => {
      const worker = spawnWorker({
        DATABASE_URL: db.url,
        SWEEPER_INTERVAL_MS: '1000',
        OUTBOX_INTERVAL_MS: '200',
        LOG_LEVEL: 'info',
      });
      try {
        await eventually(async () => {
          const rows = await ds.query<{ delivered: boolean }[]>(
            `SELECT o.processed_at IS NOT NULL AS delivered
               FROM domain_event e JOIN outbox_message o ON o.event_id = e.id
              WHERE e.stream_id = $1 AND e.type = 'deadlineExpired' AND o.action_type = 'remind'`,
            [caseId],
          );
          return rows.length === 1 && rows[0].delivered;
        }, worker.output);
      } finally {
        worker.child.kill('SIGTERM');
      }
      expect(await worker.exited).toBe(0);
      const out = worker.output();
      expect(out).toContain('KNTC worker is running');
      expect(out).toContain('notice delivered (log channel)');
      expect(out).toContain('"msg":"stopped"');
      const [{ count }] = await ds.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM domain_event WHERE stream_id = $1 AND type = 'deadlineExpired'`,
        [caseId],
      );
      expect(count).toBe(1);
    });
  });
});
