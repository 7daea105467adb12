import { availableParallelism } from 'node:os';
import { ConfigError, loadConfig } from './app-config';

const load = (env: Record<string, string>) => loadConfig(env, '/srv/app');

function captureError(work: () => unknown): Error {
  try {
    work();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

describe('loadConfig', () => {
  it('runs on an embedded database with sensible defaults when nothing is set', () => {
    const config = load({});
    expect(config.database.mode).toBe('embedded');
    expect(config.database.migrateOnStart).toBe(true);
    expect(config.database.embedded).toEqual({ dataDir: '/srv/app/.data/pg', port: 54329 });
    expect(config.demoData).toBe(true);
    expect(config.http).toMatchObject({ host: '127.0.0.1', port: 3000, bodyLimit: '1mb' });
  });

  it('uses an external server, without migrating or demo data, when DATABASE_URL is set', () => {
    const config = load({ DATABASE_URL: 'postgres://kntc:secret@db.example:5432/kntc' });
    expect(config.database).toMatchObject({
      mode: 'external',
      url: 'postgres://kntc:secret@db.example:5432/kntc',
      migrateOnStart: false,
    });
    expect(config.demoData).toBe(false);
  });

  it('names every problem at once, not only the first', () => {
    const error = captureError(() =>
      load({
        DATABASE_URL: 'mysql://x',
        PORT: 'eighty',
        LOG_LEVEL: 'loud',
        BODY_LIMIT: 'huge',
        EMBEDDED_PG_PORT: '80',
      }),
    );
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['DATABASE_URL', 'PORT', 'LOG_LEVEL', 'BODY_LIMIT', 'EMBEDDED_PG_PORT']) {
      expect(problems).toContain(name);
    }
    expect((error as ConfigError).message).toMatch(/^Invalid configuration:/);
  });

  it('counts a đoàn đông người from 5 people unless told otherwise, and refuses a threshold below 2', () => {
    expect(load({}).reception).toEqual({ delegationMinPeople: 5 });
    expect(load({ RECEPTION_DELEGATION_MIN_PEOPLE: '10' }).reception).toEqual({ delegationMinPeople: 10 });
    const error = captureError(() => load({ RECEPTION_DELEGATION_MIN_PEOPLE: '1' }));
    expect((error as ConfigError).problems.join('\n')).toContain('RECEPTION_DELEGATION_MIN_PEOPLE');
  });

  it('never echoes a secret value in its messages', () => {
    const error = captureError(() => load({ JWT_SECRET: 'short-but-secret' }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain('JWT_SECRET');
    expect(error.message).not.toContain('short-but-secret');
  });

  it('requires the secrets in production with an external database', () => {
    expect(() => load({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@h:5432/d' })).toThrow(
      /JWT_SECRET[\s\S]*IDENTITY_KEYS/,
    );
  });

  it('serves HTTP from one process unless API_WORKERS asks for more, or for one per CPU with auto', () => {
    expect(load({}).http.workers).toBe(1);
    expect(load({ API_WORKERS: '3' }).http.workers).toBe(3);
    expect(load({ API_WORKERS: ' Auto ' }).http.workers).toBe(availableParallelism());
  });

  it.each(['0', '-2', 'two', '1.5', '65', ''])('refuses API_WORKERS=%j with the accepted values', (value) => {
    const error = captureError(() => load({ API_WORKERS: value }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain('API_WORKERS');
    expect(error.message).toContain('from 1 to 64, or auto');
  });

  it('accepts boolean and numeric settings written as text', () => {
    const config = load({ PORT: '8080', DEMO_DATA: 'false', MIGRATE_ON_START: 'yes', DATABASE_POOL_SIZE: '25' });
    expect(config.http.port).toBe(8080);
    expect(config.demoData).toBe(false);
    expect(config.database.migrateOnStart).toBe(true);
    expect(config.database.poolSize).toBe(25);
  });
});
