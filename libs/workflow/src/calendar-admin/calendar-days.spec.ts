import { vietnamCalendar } from '@kntc/domain';
import { calendarDays, dayRangeIssues } from './calendar-days';

describe('calendarDays', () => {
  const calendar = vietnamCalendar();

  it('says why offices are closed: the National Day 2026 break with its swapped Monday', () => {
    // Thông báo 9441/TB-BNV: off Sat 29/8 – Wed 2/9/2026, Mon 31/8 swapped for Sat 22/8.
    const days = calendarDays(calendar, '2026-08-28', '2026-09-03');
    expect(days.map((d) => [d.date, d.working, d.dayOff?.kind ?? null])).toEqual([
      ['2026-08-28', true, null],
      ['2026-08-29', false, 'weekend'],
      ['2026-08-30', false, 'weekend'],
      ['2026-08-31', false, 'swapped_off'],
      ['2026-09-01', false, 'public_holiday'],
      ['2026-09-02', false, 'public_holiday'],
      ['2026-09-03', true, null],
    ]);
    expect(days[4].dayOff).toMatchObject({ occasion: 'national_day', estimated: false, confidence: 'secondary' });
    expect(days[4].dayOff?.source).toContain('9441/TB-BNV');
    expect(days[0].weekday).toBe('thứ Sáu');
  });

  it('marks a rest day worked in exchange (làm bù)', () => {
    const [saturday] = calendarDays(calendar, '2026-08-22', '2026-08-22');
    expect(saturday).toMatchObject({ working: true, dayOff: null, workedInstead: { offDate: '2026-08-31' } });
  });

  it('flags days fixed by the default rule as estimated (Tết 2031 is not announced)', () => {
    const tet = calendarDays(calendar, '2031-01-20', '2031-02-10').filter(
      (d) => d.dayOff?.occasion === 'lunar_new_year',
    );
    expect(tet.length).toBeGreaterThan(0);
    expect(tet.every((d) => d.dayOff?.estimated)).toBe(true);
  });
});

describe('dayRangeIssues', () => {
  it('accepts up to 400 days and refuses reversed or longer ranges', () => {
    expect(dayRangeIssues('2026-01-01', '2027-02-04')).toEqual([]);
    expect(dayRangeIssues('2026-01-01', '2027-02-05').map((i) => i.issue)).toEqual(['too_long']);
    expect(dayRangeIssues('2026-01-02', '2026-01-01').map((i) => i.issue)).toEqual(['before_from']);
  });
});
