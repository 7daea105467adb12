import { ValidationFailedError } from '@kntc/domain';
import { decodeCursor, encodeCursor, pageOf } from './keyset-cursor';

const ID = '6f1c2f9e-2b7a-4d7e-9c2a-0d8f3a9b1c11';
const AT = '2026-08-28T03:00:00.123456Z';

describe('keyset cursors', () => {
  it('round-trips the sort key of the list it was issued for', () => {
    const cursor = encodeCursor('petitions', [AT, ID]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor('petitions', cursor, ['timestamp', 'uuid'])).toEqual([AT, ID]);
  });

  it('reads no cursor as the first page', () => {
    expect(decodeCursor('petitions', undefined, ['timestamp', 'uuid'])).toBeUndefined();
  });

  it.each([
    ['a cursor of another list', encodeCursor('cases', [AT, ID])],
    ['a key of the wrong shape', encodeCursor('petitions', [ID, AT])],
    ['a millisecond timestamp (would skip rows)', encodeCursor('petitions', ['2026-08-28T03:00:00.123Z', ID])],
    ['a key with an injected value', encodeCursor('petitions', [`${AT}'; DROP TABLE petition; --`, ID])],
    ['garbage', 'not-a-cursor!'],
    ['base64 that is not JSON', Buffer.from('hello').toString('base64url')],
  ])('refuses %s with a validation error on `cursor`', (_, cursor) => {
    let error: unknown;
    try {
      decodeCursor('petitions', cursor, ['timestamp', 'uuid']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationFailedError);
    expect((error as ValidationFailedError).details[0]).toMatchObject({ field: 'cursor', issue: 'invalid_cursor' });
  });

  it('accepts the open end of a due-date key and the stream types', () => {
    const cursor = encodeCursor('inbox.held', ['infinity', 'case', ID]);
    expect(decodeCursor('inbox.held', cursor, ['date', 'streamType', 'uuid'])).toEqual(['infinity', 'case', ID]);
    expect(() =>
      decodeCursor('inbox.held', encodeCursor('inbox.held', ['2026-02-30', 'case', ID]), [
        'date',
        'streamType',
        'uuid',
      ]),
    ).toThrow(ValidationFailedError);
  });

  it('serves `limit` rows and a cursor only when the query found one more', () => {
    const rows = [1, 2, 3].map((n) => ({ n, key: String(n) }));
    const full = pageOf(
      rows,
      2,
      'l',
      (r) => [r.key],
      (r) => r.n,
    );
    expect(full.items).toEqual([1, 2]);
    expect(decodeCursorUnchecked(full.nextCursor!)).toEqual({ l: 'l', k: ['2'] });
    expect(
      pageOf(
        rows,
        3,
        'l',
        (r) => [r.key],
        (r) => r.n,
      ),
    ).toEqual({ items: [1, 2, 3], nextCursor: null });
  });
});

const decodeCursorUnchecked = (cursor: string): unknown =>
  JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
