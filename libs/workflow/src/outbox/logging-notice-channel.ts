import { Injectable, Logger } from '@nestjs/common';
import type { NoticeChannel, OutboxDelivery } from './notice-channel';

/** Payload fields that are codes, never personal data, and help an operator follow a notice. */
const LOGGED_FIELDS = ['recipient', 'template', 'within', 'clock', 'rule', 'dueDate', 'reason'] as const;

/**
 * The default channel until notices have a home of their own: one structured log line per
 * message, with codes and ids only, so the message counts as delivered and operators can see it.
 */
@Injectable()
export class LoggingNoticeChannel implements NoticeChannel {
  private readonly logger = new Logger('NoticeChannel');

  deliver(message: OutboxDelivery): Promise<void> {
    this.logger.log(
      {
        outboxId: message.id,
        actionType: message.actionType,
        streamType: message.streamType,
        streamId: message.streamId,
        dedupeKey: message.dedupeKey,
        attempt: message.attempt,
        ...pickCodes(message.payload),
      },
      'notice delivered (log channel)',
    );
    return Promise.resolve();
  }
}

function pickCodes(payload: Record<string, unknown>): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const field of LOGGED_FIELDS) {
    const value = payload[field];
    if (typeof value === 'string') picked[field] = value;
  }
  // handOver carries authorities (refs or ids): log the ids.
  for (const side of ['from', 'to'] as const) {
    const value = payload[side] as { id?: unknown } | string | undefined;
    const id = typeof value === 'string' ? value : value?.id;
    if (typeof id === 'string') picked[`${side}AuthorityId`] = id;
  }
  return picked;
}
