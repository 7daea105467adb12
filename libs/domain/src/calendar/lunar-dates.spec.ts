import { hungKingsDayOf, lunarNewYearOf, tetDayLabel } from './lunar-dates';

describe('lunar dates (Vietnamese calendar, UTC+7)', () => {
  it('gives mùng 1 Tết for any year', () => {
    expect([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027].map(lunarNewYearOf)).toEqual([
      '2019-02-05',
      '2020-01-25',
      '2021-02-12',
      '2022-02-01',
      '2023-01-22',
      '2024-02-10',
      '2025-01-29',
      '2026-02-17',
      '2027-02-06',
    ]);
  });

  it('follows the Vietnamese, not the Chinese, calendar where they differ', () => {
    // Tết Ất Sửu 1985 fell on 21/01/1985 in Vietnam (20/02 in China); Đinh Hợi 2007 on 17/02 (18/02).
    expect(lunarNewYearOf(1985)).toBe('1985-01-21');
    expect(lunarNewYearOf(2007)).toBe('2007-02-17');
  });

  it('gives Giỗ Tổ Hùng Vương (10/3 âm lịch)', () => {
    expect([2023, 2024, 2025, 2026].map(hungKingsDayOf)).toEqual([
      '2023-04-29',
      '2024-04-18',
      '2025-04-07',
      '2026-04-26',
    ]);
  });

  it('labels the days around Tết (month 12 of Giáp Thìn had 29 days, of Quý Mão 30)', () => {
    expect(tetDayLabel('2025-01-28', 2025)).toBe('29 tháng Chạp');
    expect(tetDayLabel('2024-02-09', 2024)).toBe('30 tháng Chạp');
    expect(tetDayLabel('2026-02-22', 2026)).toBe('mùng 6 Tết');
  });
});
