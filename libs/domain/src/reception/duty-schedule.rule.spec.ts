import { vietnamCalendar } from '../calendar/vietnam-calendar';
import {
  dutyDayCancellationProblem,
  dutyDayFormProblem,
  onlineNoticeDateProblem,
  onlineSessionNotice,
  workingDaysBack,
} from './duty-schedule.rule';

const calendar = vietnamCalendar();

describe('workingDaysBack: counting working days before a day', () => {
  it.each([
    // Monday 20/07/2026: Mon 13 … Fri 17, the weekend 18–19 passed over
    ['2026-07-20', 5, '2026-07-13', ['2026-07-19', '2026-07-18']],
    // Thursday 10/09/2026: the weekend only
    ['2026-09-10', 5, '2026-09-03', ['2026-09-06', '2026-09-05']],
    // Tuesday 08/09/2026: Quốc khánh 01–02/09, the swapped Monday 31/08 and two weekends in between
    [
      '2026-09-08',
      5,
      '2026-08-27',
      ['2026-09-06', '2026-09-05', '2026-09-02', '2026-09-01', '2026-08-31', '2026-08-30', '2026-08-29'],
    ],
    // Friday 28/08/2026: Saturday 22/08 is worked in exchange for 31/08 (làm bù), so it counts
    ['2026-08-28', 5, '2026-08-22', ['2026-08-23']],
    ['2026-09-08', 0, '2026-09-08', []],
  ])('%s minus %i working days is %s', (from, n, end, skipped) => {
    const r = workingDaysBack(calendar, from, n);
    expect([r.end, r.skipped.map((d) => d.date)]).toEqual([end, skipped]);
  });

  it('refuses a negative or fractional count', () => {
    expect(() => workingDaysBack(calendar, '2026-09-08', -1)).toThrow(RangeError);
    expect(() => workingDaysBack(calendar, '2026-09-08', 1.5)).toThrow(RangeError);
  });
});

describe('onlineSessionNotice (ND154/2026 Art. 23.1)', () => {
  const session = { on: '2026-09-08', today: '2026-08-20' };

  it('is due five working days before the session, across Quốc khánh', () => {
    expect(onlineSessionNotice(calendar, { ...session, sentOn: null })).toMatchObject({
      dueOn: '2026-08-27',
      sentOn: null,
      status: 'pending',
      workingDays: 5,
      ruleSetId: 'VN-2026-07',
      source: [expect.objectContaining({ article: 'Điều 23 khoản 1' })],
    });
  });

  it.each([
    ['2026-08-27', '2026-09-01', 'sent_on_time'], // on the due day
    ['2026-08-10', '2026-09-01', 'sent_on_time'],
    ['2026-08-28', '2026-09-01', 'sent_late'],
    [null, '2026-08-28', 'pending'], // past the due day, the session still ahead
    [null, '2026-09-08', 'missing'], // the session day has come
    [null, '2026-09-30', 'missing'],
  ] as const)('sent %s, today %s: %s', (sentOn, today, status) => {
    expect(onlineSessionNotice(calendar, { on: session.on, sentOn, today })?.status).toBe(status);
  });

  it('does not exist before 2026-07-01 (no online reception, no such notice)', () => {
    expect(onlineSessionNotice(calendar, { on: '2026-06-30', sentOn: null, today: '2026-06-01' })).toBeUndefined();
  });
});

describe('dutyDayCancellationProblem', () => {
  const today = '2026-08-28';

  it('lets a day ahead, or today before anyone was received, be cancelled', () => {
    expect(dutyDayCancellationProblem('2026-09-08', today, false)).toBeUndefined();
    expect(dutyDayCancellationProblem(today, today, false)).toBeUndefined();
  });

  it('refuses a day in the past, held or not, and a day already held', () => {
    expect(dutyDayCancellationProblem('2026-08-27', today, false)).toMatchObject({
      field: 'days',
      issue: 'day_past',
      day: '2026-08-27',
      message: expect.stringContaining('27/08/2026'),
    });
    expect(dutyDayCancellationProblem('2026-08-27', today, true)?.issue).toBe('day_past');
    expect(dutyDayCancellationProblem(today, today, true)?.issue).toBe('day_held');
  });
});

describe('dutyDayFormProblem', () => {
  it('plans online only from 2026-07-01 (Luật TCD Art. 3a), in person always', () => {
    expect(dutyDayFormProblem('2026-07-01', 'online')).toBeUndefined();
    expect(dutyDayFormProblem('2026-06-30', 'in_person')).toBeUndefined();
    expect(dutyDayFormProblem('2026-06-30', 'online')).toMatchObject({
      field: 'form',
      issue: 'online_not_in_force',
      day: '2026-06-30',
      source: [expect.objectContaining({ article: 'Điều 3a' })],
    });
  });
});

describe('onlineNoticeDateProblem', () => {
  it('accepts a past date before the session, refuses a future date and one not before the session', () => {
    expect(onlineNoticeDateProblem('2026-08-27', '2026-09-08', '2026-08-28')).toBeUndefined();
    expect(onlineNoticeDateProblem('2026-08-29', '2026-09-08', '2026-08-28')?.issue).toBe('in_future');
    expect(onlineNoticeDateProblem('2026-09-08', '2026-09-08', '2026-09-10')?.issue).toBe('not_before_session');
  });
});
