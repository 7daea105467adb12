import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { Logger as NestPinoLogger } from 'nestjs-pino';
import type { AppConfig, Logger } from '@kntc/config';
import { pendingMigrations, withDataSource } from '@kntc/persistence';
import { WorkerAppModule } from '../worker-app.module';
import { StartupError } from './startup-error';

/**
 * The embedded PostgreSQL belongs to the API process that started it: a second process must
 * not start or stop it. With it, the API runs the background work itself (RUN_WORKER_IN_API).
 */
export const EMBEDDED_REFUSAL =
  'The worker runs on an external PostgreSQL only: set DATABASE_URL. With the embedded database, ' +
  '`npm start` already runs the deadline sweeper and the outbox dispatcher inside the API ' +
  '(RUN_WORKER_IN_API, on by default there).';

/** Checks the database and its schema, then starts the loops (no HTTP server). */
export async function startWorker(config: AppConfig, logger: Logger): Promise<INestApplicationContext> {
  const url = config.database.url;
  if (config.database.mode !== 'external' || !url) throw new StartupError(EMBEDDED_REFUSAL);
  // The worker never migrates: the API (MIGRATE_ON_START) or `npm run db:migrate` does.
  const pending = await withDataSource(url, pendingMigrations);
  if (pending.length > 0) {
    throw new StartupError(
      `${pending.length} database migration(s) are pending (${pending.join(', ')}). Run \`npm run db:migrate\` first.`,
    );
  }
  const app = await NestFactory.createApplicationContext(
    WorkerAppModule.register({ config, databaseUrl: url, logger }),
    { bufferLogs: true, abortOnError: false },
  );
  app.useLogger(app.get(NestPinoLogger));
  app.flushLogs();
  return app;
}
