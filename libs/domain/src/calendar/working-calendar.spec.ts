import { ValidationFailedError } from '../errors/domain-error';
import type { CalendarData, HolidayAnnouncement } from './calendar.types';
import { vietnamCalendar, vietnamCalendarData } from './vietnam-calendar';
import { WorkingCalendar } from './working-calendar';

const calendar = vietnamCalendar();
const kindOf = (date: string) => calendar.dayOff(date)?.kind ?? 'working';
const kindsOf = (dates: string[]) => dates.map(kindOf);

describe('weekends', () => {
  it('Saturday and Sunday are days off, Monday to Friday are working days', () => {
    // 2025-03-10 is a Monday; 15 and 16 March are Saturday and Sunday.
    expect(kindsOf(['2025-03-10', '2025-03-14', '2025-03-15', '2025-03-16'])).toEqual([
      'working',
      'working',
      'weekend',
      'weekend',
    ]);
    expect(calendar.dayOff('2025-03-15')?.name).toBe('Ngày nghỉ hằng tuần (thứ Bảy)');
  });
});

describe('2025, as announced', () => {
  it('Tết Dương lịch is Wednesday 01/01 only', () => {
    expect(kindsOf(['2024-12-31', '2025-01-01', '2025-01-02'])).toEqual(['working', 'public_holiday', 'working']);
  });

  it('Tết Ất Tỵ: off Saturday 25/01 to Sunday 02/02, the five Tết days 27–31/01, no swap', () => {
    expect(kindOf('2025-01-24')).toBe('working');
    expect(kindsOf(['2025-01-25', '2025-01-26'])).toEqual(['weekend', 'weekend']);
    expect(kindsOf(['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'])).toEqual(
      Array(5).fill('public_holiday'),
    );
    expect(kindsOf(['2025-02-01', '2025-02-02'])).toEqual(['weekend', 'weekend']);
    expect(kindOf('2025-02-03')).toBe('working');
    // The brief's swap of 27/01 for Saturday 15/02 is not in any source found: 15/02 stays a rest day.
    expect(kindOf('2025-02-15')).toBe('weekend');
    expect(calendar.swappedWorkingDay('2025-02-15')).toBeUndefined();
  });

  it('names Tết days by the lunar calendar (the last month of Giáp Thìn had 29 days)', () => {
    expect(calendar.dayOff('2025-01-28')?.name).toBe('Tết Âm lịch (29 tháng Chạp)');
    expect(calendar.dayOff('2025-01-29')?.name).toBe('Tết Âm lịch (mùng 1 Tết)');
    expect(calendar.dayOff('2025-01-29')?.source).toContain('8726/VPCP-KGVX');
    expect(calendar.dayOff('2025-01-29')?.estimated).toBeUndefined();
  });

  it('Giỗ Tổ Hùng Vương is Monday 07/04', () => {
    expect(calendar.dayOff('2025-04-07')).toMatchObject({ kind: 'public_holiday', occasion: 'hung_kings' });
  });

  it('30/4–1/5: off Wednesday 30/04 to Sunday 04/05, Friday 02/05 swapped for Saturday 26/04 (worked)', () => {
    expect(kindOf('2025-04-26')).toBe('working');
    expect(calendar.swappedWorkingDay('2025-04-26')?.offDate).toBe('2025-05-02');
    expect(kindsOf(['2025-04-29', '2025-04-30', '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04'])).toEqual([
      'working',
      'public_holiday',
      'public_holiday',
      'swapped_off',
      'weekend',
      'weekend',
    ]);
    expect(calendar.dayOff('2025-05-02')?.relatedDate).toBe('2025-04-26');
  });

  it('Quốc khánh: off Saturday 30/08 to Tuesday 02/09, holidays 01/09 and 02/09', () => {
    expect(kindsOf(['2025-08-29', '2025-08-30', '2025-08-31', '2025-09-01', '2025-09-02', '2025-09-03'])).toEqual([
      'working',
      'weekend',
      'weekend',
      'public_holiday',
      'public_holiday',
      'working',
    ]);
  });
});

describe('2026, as announced', () => {
  it('Tết Dương lịch: off Thursday 01/01 to Sunday 04/01, Friday 02/01 swapped for Saturday 10/01', () => {
    expect(kindsOf(['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05'])).toEqual([
      'public_holiday',
      'swapped_off',
      'weekend',
      'weekend',
      'working',
    ]);
    expect(kindOf('2026-01-10')).toBe('working');
    expect(calendar.swappedWorkingDay('2026-01-10')?.offDate).toBe('2026-01-02');
  });

  it('Tết Bính Ngọ: off Saturday 14/02 to Sunday 22/02, Tết days 16–20/02', () => {
    expect(kindOf('2026-02-13')).toBe('working');
    expect(kindsOf(['2026-02-14', '2026-02-15'])).toEqual(['weekend', 'weekend']);
    expect(kindsOf(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'])).toEqual(
      Array(5).fill('public_holiday'),
    );
    expect(kindsOf(['2026-02-21', '2026-02-22', '2026-02-23'])).toEqual(['weekend', 'weekend', 'working']);
    expect(calendar.dayOff('2026-02-17')?.source).toContain('9441/TB-BNV');
  });

  it('Giỗ Tổ on Sunday 26/04 gives nghỉ bù on Monday 27/04 (BLLĐ Art. 111.3)', () => {
    expect(kindOf('2026-04-26')).toBe('public_holiday');
    expect(calendar.dayOff('2026-04-27')).toMatchObject({ kind: 'compensatory', relatedDate: '2026-04-26' });
    expect(kindOf('2026-04-28')).toBe('working');
  });

  it('30/04 (Thursday) and 01/05 (Friday) are holidays, with no swap', () => {
    expect(kindsOf(['2026-04-29', '2026-04-30', '2026-05-01', '2026-05-04'])).toEqual([
      'working',
      'public_holiday',
      'public_holiday',
      'working',
    ]);
  });

  it('Quốc khánh: off Saturday 29/08 to Wednesday 02/09, Monday 31/08 swapped for Saturday 22/08', () => {
    expect(kindOf('2026-08-22')).toBe('working');
    expect(kindsOf(['2026-08-29', '2026-08-30', '2026-08-31', '2026-09-01', '2026-09-02', '2026-09-03'])).toEqual([
      'weekend',
      'weekend',
      'swapped_off',
      'public_holiday',
      'public_holiday',
      'working',
    ]);
  });

  it('24/11 (Ngày Văn hóa Việt Nam) is a working day until its legal act is entered', () => {
    expect(kindOf('2026-11-24')).toBe('working');
  });
});

describe('compensatory days (nghỉ bù)', () => {
  it('a run of holidays on a weekend takes consecutive working days (2023)', () => {
    // Giỗ Tổ Sat 29/04, 30/04 Sun, 01/05 Mon holiday → bù Tue 02/05 (for 29/04), Wed 03/05 (for 30/04).
    expect(calendar.dayOff('2023-05-02')).toMatchObject({ kind: 'compensatory', relatedDate: '2023-04-29' });
    expect(calendar.dayOff('2023-05-03')).toMatchObject({ kind: 'compensatory', relatedDate: '2023-04-30' });
    expect(kindOf('2023-05-04')).toBe('working');
  });

  it('Tết days on a weekend are made up after Tết (2024: off 08–14/02)', () => {
    // Mùng 1 Sat 10/02, mùng 2 Sun 11/02, mùng 3 Mon 12/02 → bù Tue 13/02, Wed 14/02.
    expect(kindsOf(['2024-02-13', '2024-02-14', '2024-02-15'])).toEqual(['compensatory', 'compensatory', 'working']);
  });

  it('Tết Dương lịch on a Sunday gives Monday (2023)', () => {
    expect(calendar.dayOff('2023-01-02')).toMatchObject({ kind: 'compensatory', relatedDate: '2023-01-01' });
  });

  it('a swap announced for the new year can fall in the previous year (31/12/2018)', () => {
    expect(kindOf('2018-12-31')).toBe('swapped_off');
    expect(kindOf('2019-01-05')).toBe('working');
  });
});

describe('any year from the lunar calendar and the default rule', () => {
  it('2027 (not announced): Tết = the last two days of Bính Ngọ and mùng 1–3, estimated', () => {
    // Mùng 1 Đinh Mùi is Saturday 06/02/2027: holidays Thu 04/02 .. Mon 08/02; Sat 06 and Sun 07 are
    // weekly rest days → bù Tue 09/02 and Wed 10/02. Thursday 11/02 is a working day.
    expect(kindsOf(['2027-02-03', '2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'])).toEqual([
      'working',
      'public_holiday',
      'public_holiday',
      'public_holiday',
      'public_holiday',
      'public_holiday',
    ]);
    expect(kindsOf(['2027-02-09', '2027-02-10', '2027-02-11'])).toEqual(['compensatory', 'compensatory', 'working']);
    expect(calendar.dayOff('2027-02-06')).toMatchObject({ name: 'Tết Âm lịch (mùng 1 Tết)', estimated: true });
    expect(calendar.dayOff('2027-02-10')?.estimated).toBe(true);
  });

  it('2027: fixed-date holidays are statutory, not estimated; 01/05 Saturday gives Monday 03/05', () => {
    expect(calendar.dayOff('2027-01-01')?.kind).toBe('public_holiday');
    expect(calendar.dayOff('2027-01-01')?.estimated).toBeUndefined();
    expect(calendar.dayOff('2027-04-16')?.occasion).toBe('hung_kings');
    expect(calendar.dayOff('2027-04-16')?.estimated).toBeUndefined();
    expect(calendar.dayOff('2027-05-03')).toMatchObject({ kind: 'compensatory', relatedDate: '2027-05-01' });
  });

  it('2027: 02/09 is a Thursday, so the estimated adjacent day is Friday 03/09', () => {
    expect(calendar.dayOff('2027-09-02')?.estimated).toBeUndefined();
    expect(calendar.dayOff('2027-09-03')).toMatchObject({ kind: 'public_holiday', estimated: true });
    expect(kindOf('2027-09-01')).toBe('working');
  });

  it('2028: Tết on Wednesday 26/01 gives Monday 24/01 to Friday 28/01; Giỗ Tổ is Tuesday 04/04', () => {
    expect(kindsOf(['2028-01-21', '2028-01-24', '2028-01-28', '2028-01-31'])).toEqual([
      'working',
      'public_holiday',
      'public_holiday',
      'working',
    ]);
    expect(calendar.dayOff('2028-04-04')?.occasion).toBe('hung_kings');
  });

  it('before 2021 (BLLĐ 2012) Quốc khánh is one day', () => {
    // 02/09/2020 is a Wednesday; Thursday 03/09 and Tuesday 01/09 are working days.
    expect(kindsOf(['2020-09-01', '2020-09-02', '2020-09-03'])).toEqual(['working', 'public_holiday', 'working']);
  });

  it('estimated periods tell the proof where the days off may still move', () => {
    const periods = calendar.estimatedPeriodsBetween('2027-02-01', '2027-02-01');
    expect(periods.map((p) => p.occasion)).toEqual(['lunar_new_year']);
    expect(periods[0]?.reason).toContain('Chưa có thông báo lịch nghỉ Tết Âm lịch năm 2027');
    expect(calendar.estimatedPeriodsBetween('2026-02-01', '2026-03-01')).toEqual([]);
  });
});

describe('counting helpers', () => {
  it('addWorkingDays starts the day after and skips Tết 2025', () => {
    // From Fri 24/01/2025: 25/01 – 02/02 are nine days off, so the 1st working day is Mon 03/02.
    const r = calendar.addWorkingDays('2025-01-24', 1);
    expect(r.end).toBe('2025-02-03');
    expect(r.skipped.map((d) => d.date)).toEqual([
      '2025-01-25',
      '2025-01-26',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
    ]);
  });

  it('addWorkingDays counts a swapped Saturday as a working day (26/04/2025)', () => {
    // From Thu 24/04/2025: Fri 25 = 1, Sat 26 (làm bù) = 2, Sun 27 off, Mon 28 = 3.
    expect(calendar.addWorkingDays('2025-04-24', 3).end).toBe('2025-04-28');
  });

  it('endOfPeriodInDays: a period ending on Saturday ends on Monday (BLDS Art. 148.5)', () => {
    // 02/10/2025 + 30 days = Sat 01/11/2025 → Mon 03/11/2025.
    expect(calendar.endOfPeriodInDays('2025-10-02', 30)).toEqual({
      nominalEnd: '2025-11-01',
      end: '2025-11-03',
      rolledOver: [
        { date: '2025-11-01', kind: 'weekend', name: 'Ngày nghỉ hằng tuần (thứ Bảy)' },
        { date: '2025-11-02', kind: 'weekend', name: 'Ngày nghỉ hằng tuần (Chủ nhật)' },
      ],
    });
  });

  it('endOfPeriodInDays: a period ending in Tết rolls over the whole break', () => {
    // 01/01/2025 + 30 days = Fri 31/01/2025 (mùng 3 Tết) → 31/01, 01/02, 02/02 off → Mon 03/02.
    const r = calendar.endOfPeriodInDays('2025-01-01', 30);
    expect(r.nominalEnd).toBe('2025-01-31');
    expect(r.end).toBe('2025-02-03');
    expect(r.rolledOver).toHaveLength(3);
  });

  it('a period ending on a working day is not moved', () => {
    // 01/04/2025 + 45 = Fri 16/05/2025.
    expect(calendar.endOfPeriodInDays('2025-04-01', 45)).toEqual({
      nominalEnd: '2025-05-16',
      end: '2025-05-16',
      rolledOver: [],
    });
  });
});

describe('data', () => {
  const cultureDay2026: HolidayAnnouncement = {
    year: 2026,
    occasion: 'culture_day',
    holidays: ['2026-11-24'],
    source: 'Văn bản thể chế hóa Nghị quyết 80-NQ/TW (giả định cho kiểm thử)',
    confidence: 'verified',
  };

  it('an administrator can add a holiday, and the calendar is rebuilt from JSON', () => {
    const withCultureDay = vietnamCalendar({ announcements: [cultureDay2026] });
    expect(withCultureDay.dayOff('2026-11-24')).toMatchObject({
      kind: 'public_holiday',
      name: 'Ngày Văn hóa Việt Nam 24/11',
    });
    const rebuilt = new WorkingCalendar(JSON.parse(JSON.stringify(withCultureDay.data)) as CalendarData);
    expect(rebuilt.dayOff('2026-11-24')?.kind).toBe('public_holiday');
    expect(rebuilt.dayOff('2026-08-31')?.kind).toBe('swapped_off');
  });

  it("an administrator's announcement replaces the estimate for that occasion and year", () => {
    const announced = vietnamCalendar({
      announcements: [
        {
          year: 2027,
          occasion: 'lunar_new_year',
          holidays: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'],
          source: 'Thông báo giả định',
          confidence: 'secondary',
        },
      ],
    });
    // Holidays Fri 05 .. Tue 09/02; Sat 06 and Sun 07 → bù Wed 10 and Thu 11/02; Thu 04/02 works.
    expect(announced.isWorkingDay('2027-02-04')).toBe(true);
    expect(announced.dayOff('2027-02-11')).toMatchObject({ kind: 'compensatory', relatedDate: '2027-02-07' });
    expect(announced.dayOff('2027-02-05')?.estimated).toBeUndefined();
    expect(announced.estimatedPeriodsBetween('2027-02-01', '2027-02-28')).toEqual([]);
  });

  it('rejects a swap whose worked day is not a weekly rest day', () => {
    const bad: CalendarData = {
      announcements: [
        {
          year: 2030,
          occasion: 'new_year',
          holidays: ['2030-01-01'],
          swaps: [{ off: '2030-01-02', worked: '2030-01-07' }], // 07/01/2030 is a Monday
          source: 'x',
          confidence: 'secondary',
        },
      ],
    };
    expect(() => new WorkingCalendar(bad)).toThrow(ValidationFailedError);
  });

  it('rejects two announcements for the same occasion and year in one data set', () => {
    const twice = { ...vietnamCalendarData() };
    twice.announcements = [...twice.announcements, { ...cultureDay2026 }, { ...cultureDay2026 }];
    expect(() => new WorkingCalendar(twice)).toThrow(ValidationFailedError);
  });

  it('the data it exposes cannot be changed behind its back', () => {
    expect(Object.isFrozen(calendar.data.announcements)).toBe(true);
  });
});
