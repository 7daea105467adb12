import { ConfigError, loadConfig } from '@kntc/config';

const load = (env: Record<string, string>) => loadConfig(env, '/srv/app');

describe('worker settings', () => {
  it('runs the background work inside the API with the embedded database, with the documented defaults', () => {
    expect(load({}).worker).toEqual({
      runInApi: true,
      sweeper: { intervalMs: 60_000, batchSize: 50, reminderWorkingDays: 2 },
      outbox: { intervalMs: 2_000, batchSize: 20, maxAttempts: 10 },
    });
  });

  it('leaves it to apps/worker with an external database, unless told otherwise', () => {
    const url = 'postgres://kntc:secret@db.example:5432/kntc';
    expect(load({ DATABASE_URL: url }).worker.runInApi).toBe(false);
    expect(load({ DATABASE_URL: url, RUN_WORKER_IN_API: 'true' }).worker.runInApi).toBe(true);
    expect(load({ RUN_WORKER_IN_API: 'off' }).worker.runInApi).toBe(false);
  });

  it('reads every setting from text', () => {
    const config = load({
      SWEEPER_INTERVAL_MS: '30000',
      SWEEPER_BATCH_SIZE: '10',
      REMINDER_WORKING_DAYS: '0',
      OUTBOX_INTERVAL_MS: '500',
      OUTBOX_BATCH_SIZE: '5',
      OUTBOX_MAX_ATTEMPTS: '3',
    });
    expect(config.worker).toMatchObject({
      sweeper: { intervalMs: 30_000, batchSize: 10, reminderWorkingDays: 0 },
      outbox: { intervalMs: 500, batchSize: 5, maxAttempts: 3 },
    });
  });

  it('names every invalid setting at once', () => {
    let error: unknown;
    try {
      load({
        SWEEPER_INTERVAL_MS: '10',
        OUTBOX_MAX_ATTEMPTS: '0',
        REMINDER_WORKING_DAYS: 'two',
        RUN_WORKER_IN_API: 'maybe',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['SWEEPER_INTERVAL_MS', 'OUTBOX_MAX_ATTEMPTS', 'REMINDER_WORKING_DAYS', 'RUN_WORKER_IN_API']) {
      expect(problems).toContain(name);
    }
  });
});
