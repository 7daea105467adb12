import { Inject, Injectable, Logger } from '@nestjs/common';
import { ClockService } from '../time/clock.service';
import { NOTICE_CHANNEL, type NoticeChannel, type OutboxDelivery } from './notice-channel';
import { OutboxRepository } from './outbox.repository';
import { afterFailure, DEFAULT_RETRY_POLICY, describeDeliveryFailure, type RetryPolicy } from './retry-policy';

export interface DispatchOptions {
  /** Messages claimed per statement. */
  batchSize?: number;
  /** Overrides of the retry policy (max attempts, backoff base and cap). */
  retry?: Partial<RetryPolicy>;
  /** Aborting stops the pass once the batch in hand is delivered. */
  signal?: AbortSignal;
}

export interface DispatchReport {
  delivered: number;
  /** Failed deliveries scheduled for another try. */
  retried: number;
  /** Messages given up on after their last attempt. */
  dead: number;
}

export const DISPATCH_DEFAULTS = { batchSize: 20 } as const;

/**
 * How long a claimed message stays invisible to other dispatchers. Longer than any sane delivery:
 * if this dispatcher dies mid-batch, its messages become due again after it (at least once).
 */
export const CLAIM_LEASE_MS = 5 * 60_000;

/**
 * Delivers the outbox: the notices, reminders and hand-overs the write path queued in the same
 * transaction as their events. Delivery is at least once: a crash between `deliver` and the
 * UPDATE that records it delivers the message again after the lease, with the same dedupe key.
 */
@Injectable()
export class OutboxDispatcher {
  private readonly logger = new Logger('OutboxDispatcher');

  constructor(
    private readonly repository: OutboxRepository,
    @Inject(NOTICE_CHANNEL) private readonly channel: NoticeChannel,
    private readonly clock: ClockService,
  ) {}

  async dispatch(options: DispatchOptions = {}): Promise<DispatchReport> {
    const batchSize = options.batchSize ?? DISPATCH_DEFAULTS.batchSize;
    const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    const report: DispatchReport = { delivered: 0, retried: 0, dead: 0 };
    while (!options.signal?.aborted) {
      const now = this.clock.now();
      const batch = await this.repository.claimDue(now, new Date(now.getTime() + CLAIM_LEASE_MS), batchSize);
      for (const message of batch) await this.deliver(message, policy, report);
      if (batch.length < batchSize) break;
    }
    return report;
  }

  private async deliver(message: OutboxDelivery, policy: RetryPolicy, report: DispatchReport): Promise<void> {
    const about = {
      outboxId: message.id,
      actionType: message.actionType,
      streamType: message.streamType,
      streamId: message.streamId,
      attempt: message.attempt,
    };
    try {
      await this.channel.deliver(message);
    } catch (error) {
      const lastError = describeDeliveryFailure(error);
      const next = afterFailure(message.attempt, this.clock.now(), policy);
      if (next.kind === 'retry') {
        await this.repository.scheduleRetry(message.id, message.attempt, next.at, lastError);
        report.retried++;
        this.logger.warn({ ...about, lastError, retryAt: next.at.toISOString() }, 'delivery failed; will retry');
      } else {
        await this.repository.markDead(message.id, message.attempt, lastError);
        report.dead++;
        this.logger.error({ ...about, lastError }, 'delivery failed for the last time; message set aside as dead');
      }
      return;
    }
    await this.repository.markDelivered(message.id, this.clock.now());
    report.delivered++;
  }
}
