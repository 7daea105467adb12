import 'reflect-metadata';
import { createLogger, loadConfig, type AppConfig, type Logger } from '@kntc/config';
import { drainAndClose } from './bootstrap/graceful-shutdown';
import { describeStartupError } from './bootstrap/startup-error';
import { startApi, type RunningApi } from './bootstrap/start-api';
import { demoLoginLines } from './demo/demo-logins';

function fail(message: string): never {
  process.stderr.write(`\nThe KNTC API could not start.\n${message}\n\n`);
  process.exit(1);
}

/** Stop taking requests, let those in flight finish, then release the database. */
function installShutdown(running: RunningApi, config: AppConfig, logger: Logger, pending?: NodeJS.Signals): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.http.shutdownTimeoutMs).unref();
    drainAndClose(running.app, () => running.database.stop())
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

function banner(running: RunningApi): string {
  return [
    '',
    `  KNTC engine API is running: ${running.url}`,
    `    health     ${running.url}/health/ready`,
    `    API docs   ${running.url}/docs`,
    `    database   ${running.database.mode === 'embedded' ? 'embedded PostgreSQL (.data/pg)' : 'external (DATABASE_URL)'}`,
    ...(running.demoLogins ? demoLoginLines(running.demoLogins) : []),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    fail(describeStartupError(error) ?? String(error));
  }
  const logger = createLogger(config.logLevel, 'api');
  // A signal during start-up (initdb can take seconds) is honoured once the database can be stopped cleanly.
  let pending: NodeJS.Signals | undefined;
  const remember = (signal: NodeJS.Signals) => (pending = signal);
  process.on('SIGTERM', remember);
  process.on('SIGINT', remember);
  let running: RunningApi;
  try {
    running = await startApi(config, logger);
  } catch (error) {
    const known = describeStartupError(error, config.database.url);
    if (!known) logger.error({ err: error }, 'unexpected start-up failure');
    fail(known ?? 'Unexpected error; see the log line above.');
  } finally {
    process.off('SIGTERM', remember);
    process.off('SIGINT', remember);
  }
  installShutdown(running, config, logger, pending);
  logger.info({ url: running.url, database: running.database.mode }, 'api started');
  process.stdout.write(`${banner(running)}\n`);
}

void main();
