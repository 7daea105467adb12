import type { StreamType } from '@kntc/persistence';

/** One outbox message handed to a channel. */
export interface OutboxDelivery {
  id: string;
  eventId: string;
  streamType: StreamType;
  streamId: string;
  /** `notify`, `remind` or `handOver`. */
  actionType: string;
  /** The action's params: recipient roles, template keys, clocks, authority ids; never identities. */
  payload: Record<string, unknown>;
  /**
   * Stable across redeliveries. Delivery is at least once (a crash between delivering and
   * recording it delivers again), so a channel that must not repeat itself drops keys it has seen.
   */
  dedupeKey: string;
  /** 1 for the first try. */
  attempt: number;
}

/**
 * Where notices, reminders and hand-overs go once their transaction has committed. `deliver`
 * resolves when the message is safely handed over; it rejects to have it retried later. It must
 * time out on its own (well under the claim lease): a call that never settles holds the pass, and
 * a graceful shutdown, up to SHUTDOWN_TIMEOUT_MS.
 */
export interface NoticeChannel {
  deliver(message: OutboxDelivery): Promise<void>;
}

/** Injection token of the NoticeChannel the dispatcher uses. */
export const NOTICE_CHANNEL = Symbol('NOTICE_CHANNEL');

/**
 * A failure whose `reason` the channel vouches contains no personal data (e.g. `smtp 451`,
 * `portal timeout`): it is stored in outbox_message.last_error and logged. Any other error is
 * recorded by its name and code only, because external systems echo addresses and names.
 */
export class NoticeDeliveryError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'NoticeDeliveryError';
  }
}
