import type { AppConfig, Logger } from '@kntc/config';
import { loadDemoData } from '../../demo/load-demo-data';
import type { DemoLogins } from '../../demo/demo-logins';
import { banner } from '../banner';
import { createApiApp } from '../create-api-app';
import { holdShutdownSignals, installShutdown } from '../shutdown';
import { prepareDatabase, type PreparedDatabase } from '../start-api';
import { exitWithStartupMessage, explainStartupFailure } from '../startup-error';
import { ApiWorkerPool } from './api-worker-pool';
import { handoffEnvironment } from './worker-handoff';

/**
 * The demo data needs the whole application (its services write through the same commands as
 * the API). The primary builds one without listening or background loops, loads, and closes it.
 */
async function loadDemoDataOnce(prepared: PreparedDatabase, logger: Logger): Promise<DemoLogins | undefined> {
  if (!prepared.config.demoData) return undefined;
  const config: AppConfig = { ...prepared.config, worker: { ...prepared.config.worker, runInApi: false } };
  const app = await createApiApp(config, prepared.database.url, logger);
  try {
    return await loadDemoData(app, config, logger);
  } finally {
    await app.close();
  }
}

/** Database, migrations and secrets, then the demo data; the database is stopped again if any of it fails. */
async function prepareOnce(config: AppConfig, logger: Logger) {
  const prepared = await prepareDatabase(config, logger);
  try {
    return { ...prepared, demoLogins: await loadDemoDataOnce(prepared, logger) };
  } catch (error) {
    await prepared.database.stop().catch(() => undefined);
    throw error;
  }
}

/**
 * API_WORKERS > 1, in the primary: what must happen once (database, migrations, secrets, demo
 * data), then the workers, which serve HTTP on the shared port. The primary serves no request;
 * it hands connections out, restarts a worker that dies, and stops the database last.
 */
export async function runApiPrimary(config: AppConfig, logger: Logger): Promise<void> {
  const held = holdShutdownSignals();
  let prepared: Awaited<ReturnType<typeof prepareOnce>>;
  let pending: NodeJS.Signals | undefined;
  try {
    prepared = await prepareOnce(config, logger);
  } catch (error) {
    exitWithStartupMessage(explainStartupFailure(error, config.database.url, logger));
  } finally {
    pending = held.release();
  }
  const { database, demoLogins, config: withSecrets } = prepared;
  const secrets = { jwtSecret: withSecrets.secrets.jwtSecret!, identityKeys: withSecrets.secrets.identityKeys! };
  const workers = config.http.workers;
  const pool = new ApiWorkerPool(
    workers,
    (slot) => handoffEnvironment({ slot, databaseUrl: database.url }, secrets),
    logger,
    {
      onAllListening(url) {
        logger.info({ url, database: database.mode, workers }, 'api started');
        process.stdout.write(`${banner({ url, databaseMode: database.mode, demoLogins, workers })}\n`);
      },
      onFatal(message, duringStartup) {
        process.stderr.write(`\nThe KNTC API ${duringStartup ? 'could not start' : 'stopped'}.\n${message}\n\n`);
        shutdown('worker-failure', 1);
      },
    },
  );
  const shutdown = installShutdown({
    logger,
    timeoutMs: config.http.shutdownTimeoutMs,
    async stop() {
      const clean = await pool.stop();
      await database.stop();
      if (!clean) throw new Error('an API worker did not stop cleanly; see its log lines');
    },
    onTimeout: () => pool.kill(),
  });
  pool.start();
  if (pending) shutdown(pending);
}
