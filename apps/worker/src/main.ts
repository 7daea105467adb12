import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { createLogger, loadConfig, type AppConfig, type Logger } from '@kntc/config';
import { describeStartupError } from './bootstrap/startup-error';
import { startWorker } from './bootstrap/start-worker';

function fail(message: string): never {
  process.stderr.write(`\nThe KNTC worker could not start.\n${message}\n\n`);
  process.exit(1);
}

/** Let both loops finish the batch in hand, then release the database. */
function installShutdown(app: INestApplicationContext, config: AppConfig, logger: Logger, pending?: NodeJS.Signals) {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down: finishing the current batch');
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.http.shutdownTimeoutMs).unref();
    app
      .close()
      .then(() => {
        logger.info('stopped');
        process.exit(0);
      })
      .catch((err: unknown) => {
        logger.error({ err }, 'error during shutdown');
        process.exit(1);
      });
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  if (pending) shutdown(pending);
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    fail(describeStartupError(error) ?? String(error));
  }
  const logger = createLogger(config.logLevel, 'worker');
  let pending: NodeJS.Signals | undefined;
  const remember = (signal: NodeJS.Signals) => (pending = signal);
  process.on('SIGTERM', remember);
  process.on('SIGINT', remember);
  let app: INestApplicationContext;
  try {
    app = await startWorker(config, logger);
  } catch (error) {
    const known = describeStartupError(error, config.database.url);
    if (!known) logger.error({ err: error }, 'unexpected start-up failure');
    fail(known ?? 'Unexpected error; see the log line above.');
  } finally {
    process.off('SIGTERM', remember);
    process.off('SIGINT', remember);
  }
  installShutdown(app, config, logger, pending);
  const { sweeper, outbox } = config.worker;
  logger.info({ sweeperIntervalMs: sweeper.intervalMs, outboxIntervalMs: outbox.intervalMs }, 'worker started');
  process.stdout.write(
    `\n  KNTC worker is running: deadline sweeper every ${sweeper.intervalMs / 1000} s, ` +
      `outbox every ${outbox.intervalMs / 1000} s, database external (DATABASE_URL)\n\n`,
  );
}

void main();
