import { ValidationFailedError } from '@kntc/domain';
import { revealLogPageOf, revealLogWindow } from './reveal-log-page';

describe('revealLogWindow', () => {
  it('reads civil dates in Vietnam, both ends included', () => {
    const window = revealLogWindow('2026-08-03', '2026-08-04');
    // 00:00 on 3/8 in Vietnam is 17:00 on 2/8 UTC; the window ends where 5/8 begins.
    expect(window.from?.toISOString()).toBe('2026-08-02T17:00:00.000Z');
    expect(window.to?.toISOString()).toBe('2026-08-04T17:00:00.000Z');
  });

  it('covers a single day when both ends are the same date, across a month end', () => {
    const window = revealLogWindow('2026-08-31', '2026-08-31');
    expect([window.from?.toISOString(), window.to?.toISOString()]).toEqual([
      '2026-08-30T17:00:00.000Z',
      '2026-08-31T17:00:00.000Z',
    ]);
  });

  it('leaves an open end open', () => {
    expect(revealLogWindow()).toEqual({});
    expect(revealLogWindow(undefined, '2026-12-31')).toEqual({ to: new Date('2026-12-31T17:00:00Z') });
    expect(revealLogWindow('2027-01-01')).toEqual({ from: new Date('2026-12-31T17:00:00Z') });
  });

  it('refuses a reversed range', () => {
    expect(() => revealLogWindow('2026-08-05', '2026-08-04')).toThrow(ValidationFailedError);
  });
});

describe('revealLogPageOf', () => {
  const lines = (n: number) => Array.from({ length: n }, (_, i) => ({ id: String(i + 1) }));

  it('gives the id of the last line shown as the cursor when one more line came back', () => {
    expect(revealLogPageOf(lines(3), 2)).toEqual({ items: [{ id: '1' }, { id: '2' }], nextCursor: '2' });
  });

  it('has no next page when the page is not over-full', () => {
    expect(revealLogPageOf(lines(2), 2)).toEqual({ items: [{ id: '1' }, { id: '2' }], nextCursor: null });
    expect(revealLogPageOf([], 20)).toEqual({ items: [], nextCursor: null });
  });
});
