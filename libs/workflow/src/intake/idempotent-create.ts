import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError, type Actor } from '@kntc/domain';
import type { IntakeRepository } from './intake.repository';

export interface IdempotentCreate<T> {
  actor: Actor;
  /** The client's Idempotency-Key; without one, every call creates. */
  key?: string;
  endpoint: string;
  /** The request as received: a retry must send the same. */
  input: unknown;
  /** What a new key should be used for, in the refusal ("mỗi đơn", "mỗi lượt tiếp"). */
  eachWhat: string;
  create: () => Promise<T>;
}

/**
 * A creation that a client may retry (Idempotency-Key), inside the caller's transaction: the first
 * call creates and stores its answer; a retry with the same request gets that answer back; the same
 * key with another request is refused.
 */
export async function createIdempotently<T>(
  em: EntityManager,
  keys: IntakeRepository,
  request: IdempotentCreate<T>,
): Promise<{ status: number; body: T; replayed: boolean }> {
  const { actor, key, endpoint } = request;
  if (key) {
    const requestHash = createHash('sha256').update(JSON.stringify(request.input)).digest('hex');
    const claim = await keys.claimIdempotencyKey(em, { userId: actor.userId, key, endpoint, requestHash });
    if (claim.kind === 'mismatch') {
      throw new DomainError('IDEMPOTENCY_CONFLICT', 'Khóa Idempotency-Key này đã được dùng cho một yêu cầu khác.', [
        { field: 'Idempotency-Key', issue: 'reused', message: `Dùng một khóa mới cho ${request.eachWhat}.` },
      ]);
    }
    if (claim.kind === 'replay') return { status: claim.status, body: claim.response as unknown as T, replayed: true };
  }
  const body = await request.create();
  if (key) await keys.storeIdempotentResponse(em, { userId: actor.userId, key, status: 201, response: body as never });
  return { status: 201, body, replayed: false };
}
