import { vietnamCalendar } from '../calendar/vietnam-calendar';
import type { Clocks } from './clock';
import { computeDeadlines } from './compute-deadlines';
import { diffDeadlines } from './diff-deadlines';

const base = { variant: 'base' as const, startEvent: 'accept', pauses: [], extensions: [] };
const clocks: Clocks = {
  // VN-2026-07 acceptance, 7 working days from Mon 16/11/2026: 17, 18, 19, 20, 23, Tue 24 = 6, Wed 25 = 7.
  acceptance: { ...base, rule: 'complaint.acceptance', ruleSetId: 'VN-2026-07', startedOn: '2026-11-16' },
  // 30 days from Wed 01/07/2026: Fri 31/07/2026, far from any change below.
  resolution: { ...base, rule: 'complaint.resolution.round1', ruleSetId: 'VN-2026-07', startedOn: '2026-07-01' },
  // 30 days from Tue 05/01/2027: Thu 04/02/2027, inside the estimated Tết 2027 (→ Thu 11/02).
  nextYear: { ...base, rule: 'complaint.resolution.round1', ruleSetId: 'VN-2026-07', startedOn: '2027-01-05' },
};

describe('computeDeadlines', () => {
  it('computes every clock of a case by name', () => {
    const all = computeDeadlines(clocks, { calendar: vietnamCalendar(), asOf: '2026-11-16' });
    expect(Object.keys(all)).toEqual(['acceptance', 'resolution', 'nextYear']);
    expect(all.acceptance?.dueDate).toBe('2026-11-25');
    expect(all.resolution?.status).toBe('overdue');
  });
});

describe('diffDeadlines', () => {
  it('lists the clocks moved by a holiday announced late (24/11/2026 Ngày Văn hóa Việt Nam)', () => {
    const before = vietnamCalendar();
    const after = vietnamCalendar({
      announcements: [
        {
          year: 2026,
          occasion: 'culture_day',
          holidays: ['2026-11-24'],
          source: 'Văn bản giả định cho kiểm thử',
          confidence: 'verified',
        },
      ],
    });
    // With Tue 24/11 off, the 6th working day is Wed 25/11 and the 7th Thu 26/11.
    const changes = diffDeadlines(clocks, before, after, '2026-11-16');
    expect(changes.map((c) => [c.name, c.before.dueDate, c.after.dueDate])).toEqual([
      ['acceptance', '2026-11-25', '2026-11-26'],
    ]);
  });

  it('lists the clocks moved when the estimated Tết 2027 is replaced by the announcement', () => {
    const announced = vietnamCalendar({
      announcements: [
        {
          year: 2027,
          occasion: 'lunar_new_year',
          holidays: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'],
          source: 'Thông báo giả định cho kiểm thử',
          confidence: 'secondary',
        },
      ],
    });
    // Thu 04/02/2027 becomes a working day: the period ends on it, no longer estimated.
    const changes = diffDeadlines(clocks, vietnamCalendar(), announced, '2027-01-10');
    expect(changes.map((c) => c.name)).toEqual(['nextYear']);
    expect(changes[0]?.before).toMatchObject({ dueDate: '2027-02-11', estimated: true });
    expect(changes[0]?.after).toMatchObject({ dueDate: '2027-02-04', estimated: false });
  });
});
