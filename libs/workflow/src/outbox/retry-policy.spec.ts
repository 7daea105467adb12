import { NoticeDeliveryError } from './notice-channel';
import { afterFailure, describeDeliveryFailure, type RetryPolicy } from './retry-policy';

const policy: RetryPolicy = { maxAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 5_000 };
const now = new Date('2026-08-03T02:00:00Z');
const waitAfter = (attempts: number) => {
  const next = afterFailure(attempts, now, policy);
  return next.kind === 'retry' ? next.at.getTime() - now.getTime() : next.kind;
};

describe('afterFailure', () => {
  it('doubles the wait after each failure, up to the cap', () => {
    expect([1, 2, 3, 4].map(waitAfter)).toEqual([1_000, 2_000, 4_000, 5_000]);
  });

  it('gives up once the attempts are spent', () => {
    expect(waitAfter(5)).toBe('dead');
    expect(waitAfter(6)).toBe('dead');
  });

  it('gives up at once when only one attempt is allowed', () => {
    expect(afterFailure(1, now, { ...policy, maxAttempts: 1 })).toEqual({ kind: 'dead' });
  });
});

describe('describeDeliveryFailure', () => {
  it("keeps a channel's vetted reason", () => {
    expect(describeDeliveryFailure(new NoticeDeliveryError('smtp 451 greylisted'))).toBe('smtp 451 greylisted');
  });

  it('keeps only the name and code of any other error, never its message', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED for nguyen.van.a@example.vn'), {
      code: 'ECONNREFUSED',
    });
    expect(describeDeliveryFailure(error)).toBe('Error ECONNREFUSED');
    expect(describeDeliveryFailure(new TypeError('Nguyễn Văn A has no address'))).toBe('TypeError');
    expect(describeDeliveryFailure('boom')).toBe('Error');
  });

  it('stays short', () => {
    expect(describeDeliveryFailure(new NoticeDeliveryError('x'.repeat(1000))).length).toBe(200);
  });
});
