import { leaderDutyCompliance, leaderDutyOn } from './leader-duty.rule';

describe('leaders’ periodic reception duty by date (rule set of each day)', () => {
  it.each([
    // Chủ tịch UBND tỉnh: Luật TCD Art. 12.5, unchanged by Luật 136/2025
    ['province', '2024-05-10', 'VN-2019', { days: 1, per: 'month' }],
    ['province', '2025-10-10', 'VN-2025-07', { days: 1, per: 'month' }],
    ['province', '2026-08-10', 'VN-2026-07', { days: 1, per: 'month' }],
    // Chủ tịch UBND cấp xã: Art. 15.2.d until 2026-06-30, new Art. 15.2.c (L136 Art. 1.7) from 2026-07-01
    ['commune', '2025-06-30', 'VN-2019', { days: 1, per: 'week' }],
    ['commune', '2026-06-30', 'VN-2025-07', { days: 1, per: 'week' }],
    ['commune', '2026-07-01', 'VN-2026-07', { days: 2, per: 'month' }],
    // Chủ tịch UBND cấp huyện: Art. 13.5 while districts existed
    ['district', '2025-06-30', 'VN-2019', { days: 2, per: 'month' }],
    // Heads of agencies (Art. 18.2) and public service units (ND64 Art. 4.2, ND154 Art. 10.2)
    ['provincial_agency', '2024-01-15', 'VN-2019', { days: 1, per: 'month' }],
    ['provincial_agency', '2026-09-15', 'VN-2026-07', { days: 1, per: 'month' }],
    ['ministry', '2026-09-15', 'VN-2026-07', { days: 1, per: 'month' }],
    ['public_service_unit', '2026-09-15', 'VN-2026-07', { days: 1, per: 'month' }],
  ] as const)('%s on %s: %s says %o', (level, on, ruleSetId, duty) => {
    expect(leaderDutyOn(level, on)).toEqual({ ruleSetId, duty });
  });

  it.each([
    // No district from 2025-07-01; units of agencies are regulated by the provincial chair (Art. 16.2)
    ['district', '2025-07-01', 'VN-2025-07'],
    ['district_agency', '2025-03-03', 'VN-2019'],
    ['provincial_agency_unit', '2026-09-15', 'VN-2026-07'],
  ] as const)('%s on %s: no statutory minimum (%s)', (level, on, ruleSetId) => {
    expect(leaderDutyOn(level, on)).toEqual({ ruleSetId });
  });
});

describe('leaderDutyCompliance', () => {
  const today = '2026-11-20';

  it('judges a commune month of weeks before 2026-07-01: each Monday-to-Sunday week owes one day', () => {
    const r = leaderDutyCompliance({
      level: 'commune',
      from: '2026-03-01',
      to: '2026-03-31',
      today,
      scheduled: ['2026-03-04', '2026-03-11', '2026-03-18', '2026-03-25'],
      held: [
        { on: '2026-03-04', presence: 'in_person' },
        { on: '2026-03-04', presence: 'in_person' }, // two citizens, one day
        { on: '2026-03-11', presence: 'delegated' },
        { on: '2026-03-25', presence: 'delegated' },
        { on: '2026-03-26', presence: 'in_person' },
      ],
    });
    expect(r.periods.map((p) => [p.from, p.to, p.required, p.heldInPerson, p.heldDelegated, p.status])).toEqual([
      ['2026-02-23', '2026-03-01', 1, 0, 0, 'missed'],
      ['2026-03-02', '2026-03-08', 1, 1, 0, 'met'],
      ['2026-03-09', '2026-03-15', 1, 0, 1, 'met_by_delegation'],
      ['2026-03-16', '2026-03-22', 1, 0, 0, 'missed'],
      ['2026-03-23', '2026-03-29', 1, 1, 1, 'met'],
      ['2026-03-30', '2026-04-05', 1, 0, 0, 'missed'],
    ]);
    expect(r.periods.every((p) => p.ruleSetId === 'VN-2025-07')).toBe(true);
    expect(r.totals).toEqual({
      required: 6,
      scheduled: 4,
      cancelled: 0,
      heldInPerson: 2,
      heldDelegated: 2,
      missing: 3,
      missingInPerson: 4,
    });
  });

  it('cuts the week straddling 2026-07-01: 29–30/06 owe their weekly day, July owes two days', () => {
    const r = leaderDutyCompliance({
      level: 'commune',
      from: '2026-06-29',
      to: '2026-07-31',
      today,
      scheduled: ['2026-06-30', '2026-07-07', '2026-07-21'],
      held: [
        { on: '2026-06-30', presence: 'in_person' },
        { on: '2026-07-07', presence: 'delegated' },
        { on: '2026-07-21', presence: 'in_person' },
      ],
    });
    expect(r.periods).toMatchObject([
      { from: '2026-06-29', to: '2026-06-30', per: 'week', ruleSetId: 'VN-2025-07', required: 1, status: 'met' },
      {
        from: '2026-07-01',
        to: '2026-07-31',
        per: 'month',
        ruleSetId: 'VN-2026-07',
        required: 2,
        scheduled: 2,
        heldInPerson: 1,
        heldDelegated: 1,
        missing: 0,
        missingInPerson: 1,
        status: 'met_by_delegation',
      },
    ]);
    expect(r.periods[1].source.map((s) => s.amendedBy)).toContain('Luật 136/2025/QH15, Điều 1 khoản 7');
  });

  it('counts a cancelled day apart from the scheduled ones, and a replanned day as scheduled', () => {
    const r = leaderDutyCompliance({
      level: 'province',
      from: '2026-09-01',
      to: '2026-10-31',
      today,
      scheduled: ['2026-09-08', '2026-10-06'],
      cancelled: ['2026-09-15', '2026-09-22', '2026-10-06'],
      held: [],
    });
    expect(r.periods.map((p) => [p.from, p.scheduled, p.cancelled])).toEqual([
      ['2026-09-01', 1, 2],
      ['2026-10-01', 1, 0],
    ]);
    expect(r.totals).toMatchObject({ scheduled: 2, cancelled: 2 });
  });

  it('judges whole months overlapping the window, and leaves the running one ongoing', () => {
    const r = leaderDutyCompliance({
      level: 'province',
      from: '2026-10-15',
      to: '2026-11-15',
      today,
      scheduled: ['2026-10-02', '2026-11-27'],
      held: [{ on: '2026-10-02', presence: 'delegated' }],
    });
    expect(r.periods.map((p) => [p.from, p.to, p.status])).toEqual([
      ['2026-10-01', '2026-10-31', 'met_by_delegation'],
      ['2026-11-01', '2026-11-30', 'ongoing'],
    ]);
    expect(r.totals).toMatchObject({ required: 2, scheduled: 2, missing: 0, missingInPerson: 1 });
  });

  it('owes nothing where no text sets a minimum, and nothing for a reversed window', () => {
    const none = { today, scheduled: [], held: [] };
    expect(leaderDutyCompliance({ level: 'district', from: '2025-07-01', to: '2025-12-31', ...none }).periods).toEqual(
      [],
    );
    expect(leaderDutyCompliance({ level: 'province', from: '2026-02-01', to: '2026-01-01', ...none }).periods).toEqual(
      [],
    );
    // The last month of districts: June 2025 owes 2 days, July onwards nothing.
    const d = leaderDutyCompliance({ level: 'district', from: '2025-06-01', to: '2025-07-31', ...none });
    expect(d.periods.map((p) => [p.from, p.to, p.required])).toEqual([['2025-06-01', '2025-06-30', 2]]);
  });
});
