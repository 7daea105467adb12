import { ConfigError, type Logger } from '@kntc/config';
import { describeDatabaseError } from '@kntc/persistence';

/** A failure at start-up that the operator can fix; printed as one clear message, no stack. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** Turns the usual start-up failures into a sentence; undefined for the unexpected ones. */
export function describeStartupError(error: unknown, databaseUrl?: string): string | undefined {
  if (error instanceof ConfigError || error instanceof StartupError) return error.message;
  const e = error as NodeJS.ErrnoException & { port?: number };
  // A cluster worker's listen is done by the primary, whose failure comes back as a `bind` error.
  const listening = e?.syscall === 'listen' || e?.syscall === 'bind';
  if (e?.code === 'EADDRINUSE' && listening) {
    return `Port ${e.port ?? ''} is already in use. Stop the other program or set PORT to a free port.`;
  }
  if (e?.code === 'EACCES' && listening) {
    return `Not allowed to listen on port ${e.port ?? ''}. Use a port above 1024 (PORT).`;
  }
  return describeDatabaseError(error, databaseUrl);
}

/** The sentence to print for a failed start; an unexpected error is logged whole first. */
export function explainStartupFailure(error: unknown, databaseUrl: string | undefined, logger: Logger): string {
  const known = describeStartupError(error, databaseUrl);
  if (!known) logger.error({ err: error }, 'unexpected start-up failure');
  return known ?? 'Unexpected error; see the log line above.';
}

export function exitWithStartupMessage(message: string): never {
  process.stderr.write(`\nThe KNTC API could not start.\n${message}\n\n`);
  process.exit(1);
}
