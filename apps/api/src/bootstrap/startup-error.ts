import { ConfigError } from '@kntc/config';
import { describeDatabaseError } from '@kntc/persistence';

/** A failure at start-up that the operator can fix; printed as one clear message, no stack. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** Turns the usual start-up failures into a sentence; undefined for the unexpected ones. */
export function describeStartupError(error: unknown, databaseUrl?: string): string | undefined {
  if (error instanceof ConfigError || error instanceof StartupError) return error.message;
  const e = error as NodeJS.ErrnoException & { port?: number };
  if (e?.code === 'EADDRINUSE' && e.syscall === 'listen') {
    return `Port ${e.port ?? ''} is already in use. Stop the other program or set PORT to a free port.`;
  }
  if (e?.code === 'EACCES' && e.syscall === 'listen') {
    return `Not allowed to listen on port ${e.port ?? ''}. Use a port above 1024 (PORT).`;
  }
  return describeDatabaseError(error, databaseUrl);
}
