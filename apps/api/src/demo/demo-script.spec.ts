import type { IsoDate } from '@kntc/domain';
import { on, scheduleScript, scriptProblems, vietnamInstant, workingDayBefore, type DemoScenario } from './demo-script';

/** Mon–Fri, except the listed holidays. */
const calendar = (holidays: IsoDate[] = []) => ({
  isWorkingDay: (date: IsoDate) => {
    const day = new Date(`${date}T00:00:00Z`).getUTCDay();
    return day !== 0 && day !== 6 && !holidays.includes(date);
  },
});

const petition = { channel: 'post' as const, summary: 'Đơn thử', subjectArea: 'khac' as const, petitioners: [] };

describe('workingDayBefore', () => {
  it('counts back working days only, skipping weekends and holidays', () => {
    // Monday 2026-11-23: 1 back is Friday 20/11, 5 back is Monday 16/11.
    expect(workingDayBefore(calendar(), '2026-11-23', 1)).toBe('2026-11-20');
    expect(workingDayBefore(calendar(), '2026-11-23', 5)).toBe('2026-11-16');
    expect(workingDayBefore(calendar(['2026-11-20']), '2026-11-23', 1)).toBe('2026-11-19');
  });

  it('counts from a weekend day as from the Friday after it', () => {
    expect(workingDayBefore(calendar(), '2026-11-22', 1)).toBe('2026-11-20');
  });
});

describe('vietnamInstant', () => {
  it('reads the time as Vietnam time (UTC+7)', () => {
    expect(vietnamInstant('2026-11-20', '08:30').toISOString()).toBe('2026-11-20T01:30:00.000Z');
    // 06:00 in Vietnam is still the previous day in UTC.
    expect(vietnamInstant('2026-11-20', '06:00').toISOString()).toBe('2026-11-19T23:00:00.000Z');
  });
});

describe('scheduleScript', () => {
  const dayOf = (day: number) => workingDayBefore(calendar(), '2026-11-23', day);

  it('puts every step of every scenario on one timeline, earliest first', () => {
    const a: DemoScenario = {
      title: 'A',
      steps: [on(5, '09:00', 'x').intake(petition), on(1, '09:00', 'x').petition({ type: 'classify' })],
    };
    const b: DemoScenario = {
      title: 'B',
      steps: [on(3, '10:00', 'y').intake(petition), on(3, '11:00', 'y').petition({ type: 'file' })],
    };
    const timeline = scheduleScript([a, b], dayOf);
    expect(timeline.map((s) => `${s.scenario.title}${s.stepNumber}@${s.at.toISOString()}`)).toEqual([
      'A1@2026-11-16T02:00:00.000Z',
      'B1@2026-11-18T03:00:00.000Z',
      'B2@2026-11-18T04:00:00.000Z',
      'A2@2026-11-20T02:00:00.000Z',
    ]);
  });

  it('keeps the order of the script for steps at the same instant', () => {
    const first: DemoScenario = { title: 'first', steps: [on(2, '09:00', 'x').intake(petition)] };
    const second: DemoScenario = { title: 'second', steps: [on(2, '09:00', 'x').intake(petition)] };
    expect(scheduleScript([first, second], dayOf).map((s) => s.scenario.title)).toEqual(['first', 'second']);
    expect(scheduleScript([second, first], dayOf).map((s) => s.scenario.title)).toEqual(['second', 'first']);
  });
});

describe('scriptProblems', () => {
  const known = { usernames: ['x'], authorityCodes: ['DEMO-A'] };

  it('accepts a well-formed scenario', () => {
    const ok: DemoScenario = {
      title: 'ok',
      steps: [on(3, '08:00', 'x').intake(petition), on(2, '08:00', 'x').petition({ type: 'forward', to: 'DEMO-A' })],
    };
    expect(scriptProblems([ok], known)).toEqual([]);
  });

  it('names each mistake the database would only find half-way through', () => {
    const bad: DemoScenario = {
      title: 'bad',
      steps: [
        on(2, '08:00', 'x').petition({ type: 'classify' }),
        on(3, '08:00', 'x').intake(petition),
        on(0, '8:00', 'nobody').petition({ type: 'forward', to: 'ELSEWHERE' }),
      ],
    };
    expect(scriptProblems([bad], known)).toEqual([
      '"bad": the first step must record the đơn',
      '"bad" step 2: one đơn per scenario',
      '"bad" step 2: goes back in time',
      '"bad" step 3: day must be a whole number ≥ 1',
      '"bad" step 3: time must be HH:MM',
      '"bad" step 3: unknown account nobody',
      '"bad" step 3: to must be a demo authority code',
    ]);
  });

  it('refuses two steps out of order on the same day', () => {
    const late: DemoScenario = {
      title: 'late',
      steps: [on(2, '10:00', 'x').intake(petition), on(2, '09:00', 'x').petition({ type: 'classify' })],
    };
    expect(scriptProblems([late], known)).toEqual(['"late" step 2: goes back in time']);
  });
});
