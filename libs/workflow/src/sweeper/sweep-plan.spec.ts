import { vietnamCalendar, type Clock, type Clocks, type StoredSnapshot } from '@kntc/domain';
import { planSweep, reminderDedupeKey, reminderHorizon } from './sweep-plan';

const calendar = vietnamCalendar();

function clock(rule: Clock['rule'], startedOn: string, extra: Partial<Clock> = {}): Clock {
  return {
    rule,
    ruleSetId: 'VN-2026-07',
    variant: 'base',
    startedOn,
    startEvent: 'open',
    pauses: [],
    extensions: [],
    ...extra,
  };
}
const stored = (clocks: Clocks): StoredSnapshot => ({
  machineId: 'complaint',
  machineVersion: '1',
  value: 'awaitingAcceptance',
  context: { clocks },
  status: 'active',
});
// Received Mon 03/08/2026: 7 working days of acceptance end on Wed 12/08/2026.
const acceptance = clock('complaint.acceptance', '2026-08-03');

describe('planSweep', () => {
  it('expires a running clock once the civil date is past its due date, not on the due date itself', () => {
    const onDueDate = planSweep(stored({ acceptance }), { calendar, today: '2026-08-12', remindUntil: null });
    expect(onDueDate.expire).toEqual([]);
    const dayAfter = planSweep(stored({ acceptance }), { calendar, today: '2026-08-13', remindUntil: null });
    expect(dayAfter.expire).toEqual([{ clock: 'acceptance', rule: 'complaint.acceptance', dueDate: '2026-08-12' }]);
  });

  it('leaves alone clocks already expired, stopped, paused or refused at this version', () => {
    const today = '2026-09-30';
    const clocks: Clocks = {
      expired: { ...acceptance, expiredOn: '2026-08-13' },
      stopped: { ...acceptance, stoppedOn: '2026-08-05' },
      paused: { ...acceptance, pauses: [{ from: '2026-08-05', reason: 'suspend:x' }] },
      refused: acceptance,
      due: acceptance,
    };
    const plan = planSweep(stored(clocks), { calendar, today, remindUntil: null, refused: new Set(['refused']) });
    expect(plan.expire.map((d) => d.clock)).toEqual(['due']);
  });

  it('lists several passed clocks earliest first', () => {
    const plan = planSweep(stored({ later: clock('complaint.acceptance', '2026-08-10'), earlier: acceptance }), {
      calendar,
      today: '2026-09-30',
      remindUntil: null,
    });
    expect(plan.expire.map((d) => [d.clock, d.dueDate])).toEqual([
      ['earlier', '2026-08-12'],
      ['later', '2026-08-19'],
    ]);
  });

  it('reminds of a period the holder must act within, from the horizon to the due date itself', () => {
    const before = planSweep(stored({ acceptance }), { calendar, today: '2026-08-07', remindUntil: '2026-08-11' });
    expect(before.remind).toEqual([]);
    const within = planSweep(stored({ acceptance }), { calendar, today: '2026-08-10', remindUntil: '2026-08-12' });
    expect(within.remind).toEqual([{ clock: 'acceptance', rule: 'complaint.acceptance', dueDate: '2026-08-12' }]);
    const lastDay = planSweep(stored({ acceptance }), { calendar, today: '2026-08-12', remindUntil: '2026-08-14' });
    expect(lastDay.remind.map((d) => d.clock)).toEqual(['acceptance']);
    expect(lastDay.expire).toEqual([]);
  });

  it("does not remind the holder of the complainant's window or of a lapse that takes effect by itself", () => {
    const plan = planSweep(
      stored({
        finality: clock('complaint.secondComplaintWindow', '2026-08-03'),
        effect: clock('complaint.decisionFinality', '2026-08-03'),
      }),
      { calendar, today: '2026-09-01', remindUntil: '2026-09-30' },
    );
    expect(plan.remind).toEqual([]);
  });

  it('sends no reminder when reminders are off', () => {
    expect(planSweep(stored({ acceptance }), { calendar, today: '2026-08-12', remindUntil: null }).remind).toEqual([]);
  });
});

describe('reminderHorizon', () => {
  it('counts working days ahead, skipping the weekend', () => {
    // Fri 07/08/2026 + 2 working days = Tue 11/08/2026.
    expect(reminderHorizon(calendar, '2026-08-07', 2)).toBe('2026-08-11');
  });
  it('is null when reminders are turned off', () => {
    expect(reminderHorizon(calendar, '2026-08-07', 0)).toBeNull();
  });
});

describe('reminderDedupeKey', () => {
  const id = '7d3f0f6e-2a55-4b7c-9a57-0b1e43b3c001';

  it('names the stream, clock and due date when it fits the column', () => {
    expect(reminderDedupeKey('case', id, 'acceptance', '2026-08-12')).toBe(`remind:case:${id}:acceptance:2026-08-12`);
  });

  it('stays within 80 characters for long clock names, and still differs by clock and due date', () => {
    const a = reminderDedupeKey('petition', id, 'forwardedDenunciationReport', '2026-08-12');
    const b = reminderDedupeKey('petition', id, 'forwardedDenunciationReport', '2026-08-13');
    const c = reminderDedupeKey('petition', id, 'forwardedDenunciationReporT', '2026-08-12');
    for (const key of [a, b, c]) expect(key.length).toBeLessThanOrEqual(80);
    expect(new Set([a, b, c]).size).toBe(3);
    expect(a.startsWith(`remind:petition:${id}:`)).toBe(true);
  });
});
