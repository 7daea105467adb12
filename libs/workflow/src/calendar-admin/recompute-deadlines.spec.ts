import { vietnamCalendar, type Clock, type Clocks } from '@kntc/domain';
import { recomputeDeadlines } from './recompute-deadlines';

const clock = (over: Partial<Clock>): Clock => ({
  rule: 'petition.processing',
  ruleSetId: 'VN-2026-07',
  variant: 'base',
  startedOn: '2026-11-16',
  startEvent: 'open',
  pauses: [],
  extensions: [],
  ...over,
});

// An administrator announces Thursday 19/11/2026 as a day off (occasion `other`).
const before = vietnamCalendar();
const after = vietnamCalendar({
  announcements: [
    {
      year: 2026,
      occasion: 'other',
      name: 'Nghỉ thử nghiệm',
      holidays: ['2026-11-19'],
      source: 'Kiểm thử',
      confidence: 'verified',
    },
  ],
});

describe('recomputeDeadlines', () => {
  it('moves a running working-day clock by one working day and the stored earliest due date with it', () => {
    // 10 working days from Mon 16/11: 17, 18, 19, 20, 23, 24, 25, 26, 27, Mon 30/11; without 19/11, Tue 1/12.
    const clocks: Clocks = { processing: clock({}) };
    expect(recomputeDeadlines(clocks, '2026-11-30', before, after, '2026-11-16')).toEqual({
      clocks: [
        {
          clock: 'processing',
          rule: 'petition.processing',
          before: '2026-11-30',
          after: '2026-12-01',
          estimated: false,
        },
      ],
      nextDueOn: { before: '2026-11-30', after: '2026-12-01' },
    });
  });

  it('leaves stopped clocks alone: a done step keeps the due date it was judged against', () => {
    const clocks: Clocks = { processing: clock({ stoppedOn: '2026-11-18' }) };
    expect(recomputeDeadlines(clocks, null, before, after, '2026-11-20')).toBeNull();
  });

  it('repairs a stale stored due date even when no clock moves between the two calendars', () => {
    const clocks: Clocks = { processing: clock({}) };
    expect(recomputeDeadlines(clocks, '2026-11-30', after, after, '2026-11-16')).toEqual({
      clocks: [],
      nextDueOn: { before: '2026-11-30', after: '2026-12-01' },
    });
    expect(recomputeDeadlines(clocks, '2026-12-01', after, after, '2026-11-16')).toBeNull();
  });
});
