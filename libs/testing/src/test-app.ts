import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import type { DynamicModule, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createLogger, loadConfig, type AppConfig } from '@kntc/config';
import { AppModule } from '../../../apps/api/src/app.module';
import { configureApp } from '../../../apps/api/src/configure-app';
import { createTestDatabase, type TestDatabase } from './test-database';

/** Log lines captured from a test app, parsed. */
export class LogCapture extends Writable {
  readonly lines: Record<string, unknown>[] = [];
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) this.lines.push(JSON.parse(line));
    done();
  }
  get text(): string {
    return this.lines.map((l) => JSON.stringify(l)).join('\n');
  }
}

export interface TestApp {
  app: NestExpressApplication;
  db: TestDatabase;
  config: AppConfig;
  logs: LogCapture;
  close(): Promise<void>;
}

/**
 * The whole API as main.ts builds it (same module, same configureApp), on a fresh database
 * cloned from the migrated template. `extraModules` can add test-only routes.
 */
export async function createTestApp(
  options: {
    env?: Record<string, string>;
    extraModules?: (Type | DynamicModule)[];
    /** Providers to replace, e.g. the ClockService with a FixedClock. */
    overrides?: { provide: unknown; useValue: unknown }[];
  } = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATABASE_URL: db.url,
    JWT_SECRET: randomBytes(32).toString('hex'),
    IDENTITY_KEYS: `t1:${randomBytes(32).toString('base64')}`,
    ...options.env,
  });
  const logs = new LogCapture();
  const logger = createLogger(config.logLevel, 'api', logs);
  let builder = Test.createTestingModule({
    imports: [AppModule.register({ config, databaseUrl: db.url, logger }), ...(options.extraModules ?? [])],
  });
  for (const o of options.overrides ?? []) builder = builder.overrideProvider(o.provide).useValue(o.useValue);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, bufferLogs: true });
  configureApp(app, config);
  await app.init();
  return {
    app,
    db,
    config,
    logs,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
