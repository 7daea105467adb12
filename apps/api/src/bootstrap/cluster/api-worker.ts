import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig, type AppConfig } from '@kntc/config';
import { createApiApp } from '../create-api-app';
import { drainAndClose } from '../graceful-shutdown';
import { holdShutdownSignals, installShutdown } from '../shutdown';
import { listenApi } from '../start-api';
import { describeStartupError, exitWithStartupMessage, explainStartupFailure } from '../startup-error';
import { createClusterLogger } from './cluster-logger';
import type { WorkerHandoff, WorkerReport } from './worker-handoff';

function report(message: WorkerReport, then?: () => void): void {
  process.send?.(message, undefined, {}, () => then?.());
}

/** The primary prints the message once, for the whole API, and decides what happens next. */
function reportStartupFailure(message: string): void {
  if (!process.send) exitWithStartupMessage(message);
  report({ kind: 'startup-failed', message }, () => process.exit(1));
}

/**
 * API_WORKERS > 1, in a worker: the HTTP application on the database the primary provisioned and
 * migrated (no migrations, demo data or database server of its own), listening on the shared port.
 */
export async function runApiWorker(handoff: WorkerHandoff): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    return reportStartupFailure(describeStartupError(error) ?? String(error));
  }
  const logger = createClusterLogger(config.logLevel, { role: 'worker', worker: handoff.slot });
  // The sweeper and the outbox are safe in several processes (SKIP LOCKED), but one is enough.
  const runsBackgroundLoops = config.worker.runInApi && handoff.slot === 1;
  const workerConfig: AppConfig = { ...config, worker: { ...config.worker, runInApi: runsBackgroundLoops } };
  const held = holdShutdownSignals();
  let app: NestExpressApplication;
  let url: string;
  let pending: NodeJS.Signals | undefined;
  try {
    app = await createApiApp(workerConfig, handoff.databaseUrl, logger);
    url = await listenApi(app, config);
  } catch (error) {
    return reportStartupFailure(explainStartupFailure(error, handoff.databaseUrl, logger));
  } finally {
    pending = held.release();
  }
  const shutdown = installShutdown({
    logger,
    timeoutMs: config.http.shutdownTimeoutMs,
    // The database belongs to the primary.
    stop: () => drainAndClose(app, () => Promise.resolve()),
  });
  report({ kind: 'listening', url });
  if (pending) shutdown(pending);
}
