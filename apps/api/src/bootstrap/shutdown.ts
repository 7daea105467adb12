import type { Logger } from '@kntc/config';

export type StopReason = NodeJS.Signals | 'worker-failure';

/**
 * A signal during start-up (initdb can take seconds) is kept, to be honoured once there is
 * something to stop cleanly. `release` stops listening and returns the signal, if any came.
 */
export function holdShutdownSignals(): { release(): NodeJS.Signals | undefined } {
  let pending: NodeJS.Signals | undefined;
  const remember = (signal: NodeJS.Signals) => (pending = signal);
  process.on('SIGTERM', remember);
  process.on('SIGINT', remember);
  return {
    release() {
      process.off('SIGTERM', remember);
      process.off('SIGINT', remember);
      return pending;
    },
  };
}

export interface ShutdownOptions {
  logger: Logger;
  timeoutMs: number;
  /** Stop taking work, finish what is in hand, release the database; rejects if that went wrong. */
  stop: () => Promise<void>;
  /** Last resort before the forced exit (e.g. kill the worker processes). */
  onTimeout?: () => void;
}

/**
 * One orderly stop per process, whatever asks first; the process exits when it is done, or
 * with code 1 once SHUTDOWN_TIMEOUT_MS has passed. SIGTERM and SIGINT trigger it.
 */
export function installShutdown(options: ShutdownOptions): (reason: StopReason, exitCode?: number) => void {
  const { logger } = options;
  let closing = false;
  const shutdown = (reason: StopReason, exitCode = 0) => {
    if (closing) return;
    closing = true;
    logger.info(
      reason === 'worker-failure' ? { reason } : { signal: reason },
      'shutting down: finishing in-flight requests',
    );
    setTimeout(() => {
      options.onTimeout?.();
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, options.timeoutMs).unref();
    options
      .stop()
      .then(() => {
        logger.info('stopped');
        process.exit(exitCode);
      })
      .catch((err: unknown) => {
        logger.error({ err }, 'error during shutdown');
        process.exit(1);
      });
  };
  // Node passes the signal's number as a second argument: it must not become the exit code.
  const onSignal = (signal: NodeJS.Signals) => shutdown(signal);
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return shutdown;
}
