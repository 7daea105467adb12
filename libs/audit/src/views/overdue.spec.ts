import { decodeOverdueCursor, encodeOverdueCursor, overdueReferenceDay } from './overdue';

describe('overdueReferenceDay', () => {
  it('is the last day of a period that has ended', () => {
    expect(overdueReferenceDay('2025-12-31', '2026-01-12')).toBe('2025-12-31');
  });

  it('is the day of the cut-off when the period has not ended yet', () => {
    expect(overdueReferenceDay('2025-12-31', '2025-11-20')).toBe('2025-11-20');
  });

  it('is the last day when the cut-off falls on it', () => {
    expect(overdueReferenceDay('2025-12-31', '2025-12-31')).toBe('2025-12-31');
  });
});

describe('overdue cursor', () => {
  it('gives back the key it was made from', () => {
    const key: [string, string, number, number] = ['2025-10-15', 'VV-2025-000007', 2, 1];
    expect(decodeOverdueCursor(encodeOverdueCursor(key))).toEqual(key);
  });

  it('is absent for the first page', () => {
    expect(decodeOverdueCursor(undefined)).toBeUndefined();
    expect(decodeOverdueCursor('')).toBeUndefined();
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['a drill-down cursor (three parts)', Buffer.from(JSON.stringify(['VV-1', 1, 1])).toString('base64url')],
    ['a date that does not exist', Buffer.from(JSON.stringify(['2025-02-30', 'VV-1', 1, 1])).toString('base64url')],
    [
      'a unit that is not an integer',
      Buffer.from(JSON.stringify(['2025-02-03', 'VV-1', 1.5, 1])).toString('base64url'),
    ],
  ])('refuses %s as a validation error', (_, cursor) => {
    expect(() => decodeOverdueCursor(cursor)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});
