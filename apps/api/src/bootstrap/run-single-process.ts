import type { AppConfig, Logger } from '@kntc/config';
import { banner } from './banner';
import { drainAndClose } from './graceful-shutdown';
import { holdShutdownSignals, installShutdown } from './shutdown';
import { startApi, type RunningApi } from './start-api';
import { exitWithStartupMessage, explainStartupFailure } from './startup-error';

/** API_WORKERS=1: the database, the HTTP server and the background loops in this one process. */
export async function runSingleProcess(config: AppConfig, logger: Logger): Promise<void> {
  const held = holdShutdownSignals();
  let running: RunningApi;
  let pending: NodeJS.Signals | undefined;
  try {
    running = await startApi(config, logger);
  } catch (error) {
    exitWithStartupMessage(explainStartupFailure(error, config.database.url, logger));
  } finally {
    pending = held.release();
  }
  const shutdown = installShutdown({
    logger,
    timeoutMs: config.http.shutdownTimeoutMs,
    stop: () => drainAndClose(running.app, () => running.database.stop()),
  });
  logger.info({ url: running.url, database: running.database.mode }, 'api started');
  process.stdout.write(
    `${banner({ url: running.url, databaseMode: running.database.mode, demoLogins: running.demoLogins, workers: 1 })}\n`,
  );
  if (pending) shutdown(pending);
}
