import { NoticeDeliveryError } from './notice-channel';

export interface RetryPolicy {
  /** Deliveries tried before the message is set aside as dead. */
  maxAttempts: number;
  /** Wait after the first failure; doubled after each further one. */
  baseDelayMs: number;
  /** Longest wait between two tries. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 10, baseDelayMs: 10_000, maxDelayMs: 3_600_000 };

export type AfterFailure = { kind: 'retry'; at: Date } | { kind: 'dead' };

/**
 * What to do after the `attempts`-th delivery failed: try again after an exponential wait
 * (10 s, 20 s, 40 s … up to the cap) or give up once the attempts are spent.
 */
export function afterFailure(attempts: number, now: Date, policy: RetryPolicy): AfterFailure {
  if (attempts >= policy.maxAttempts) return { kind: 'dead' };
  const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return { kind: 'retry', at: new Date(now.getTime() + delay) };
}

/** outbox_message.last_error holds 500 characters; a short line is all an operator needs. */
const MAX_ERROR_LENGTH = 200;

/**
 * The failure as stored in last_error and logged: the channel's own vetted reason, otherwise
 * only the error's name and code (an SMTP or portal message may quote a recipient).
 */
export function describeDeliveryFailure(error: unknown): string {
  if (error instanceof NoticeDeliveryError) return error.reason.slice(0, MAX_ERROR_LENGTH);
  const e = error as { name?: unknown; code?: unknown } | null | undefined;
  const name = typeof e?.name === 'string' && e.name ? e.name : 'Error';
  const code = typeof e?.code === 'string' || typeof e?.code === 'number' ? ` ${e.code}` : '';
  return `${name}${code}`.slice(0, MAX_ERROR_LENGTH);
}
