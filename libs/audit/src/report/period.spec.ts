import { ValidationFailedError } from '@kntc/domain';
import { resolvePeriod } from './period';

describe('resolvePeriod', () => {
  it('gives the calendar windows of the periodic reports', () => {
    expect(resolvePeriod({ preset: 'month', year: 2026, month: 2 })).toMatchObject({
      from: '2026-02-01',
      to: '2026-02-28',
      label: 'Tháng 2 năm 2026',
    });
    expect(resolvePeriod({ preset: 'quarter', year: 2026, quarter: 2 })).toMatchObject({
      from: '2026-04-01',
      to: '2026-06-30',
      label: 'Quý II năm 2026',
    });
    expect(resolvePeriod({ preset: 'half', year: 2026 })).toMatchObject({ from: '2026-01-01', to: '2026-06-30' });
    expect(resolvePeriod({ preset: 'nine_months', year: 2026 })).toMatchObject({
      from: '2026-01-01',
      to: '2026-09-30',
    });
    expect(resolvePeriod({ preset: 'year', year: 2024 })).toMatchObject({ from: '2024-01-01', to: '2024-12-31' });
  });

  it('gives the National Assembly year as 1 August to 31 July (the "2022" report: 01/08/2021–31/07/2022)', () => {
    expect(resolvePeriod({ preset: 'assembly_year', year: 2022 })).toMatchObject({
      from: '2021-08-01',
      to: '2022-07-31',
    });
  });

  it('counts February of a leap year to the 29th', () => {
    expect(resolvePeriod({ preset: 'month', year: 2028, month: 2 }).to).toBe('2028-02-29');
  });

  it('takes a custom range as given and refuses a reversed one', () => {
    expect(resolvePeriod({ from: '2026-03-15', to: '2026-04-14' })).toMatchObject({
      preset: 'custom',
      label: 'Từ 15/03/2026 đến 14/04/2026',
    });
    expect(() => resolvePeriod({ from: '2026-04-15', to: '2026-04-14' })).toThrow(ValidationFailedError);
    expect(() => resolvePeriod({ preset: 'quarter', year: 2026, quarter: 5 })).toThrow(ValidationFailedError);
  });
});
