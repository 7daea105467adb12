import { ConfigError } from '@kntc/config';
import { describeDatabaseError } from '@kntc/persistence';

/** A failure at start-up that the operator can fix; printed as one clear message, no stack. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** Turns the usual start-up failures into a sentence; undefined for the unexpected ones. */
export function describeStartupError(error: unknown, databaseUrl?: string): string | undefined {
  if (error instanceof ConfigError || error instanceof StartupError) return error.message;
  return describeDatabaseError(error, databaseUrl);
}
