import { vietnamCalendar } from '../calendar/vietnam-calendar';
import { timeLimitOf } from '../rules/rule-set.registry';
import type { ClockVariant, RuleSetId, TimeLimitKey } from '../rules/rule-set.types';
import type { Clock } from './clock';
import { computeDeadline } from './compute-deadline';

const calendar = vietnamCalendar();

function clock(
  rule: TimeLimitKey,
  ruleSetId: RuleSetId,
  startedOn: string,
  extra: Partial<Omit<Clock, 'rule' | 'ruleSetId' | 'startedOn'>> = {},
): Clock {
  return { rule, ruleSetId, startedOn, variant: 'base', startEvent: 'accept', pauses: [], extensions: [], ...extra };
}
const due = (c: Clock, asOf = c.startedOn) => computeDeadline(c, { calendar, asOf });

/** The rule data is being verified elsewhere: fail loudly if a length these vectors rely on changes. */
function expectLength(
  ruleSetId: RuleSetId,
  key: TimeLimitKey,
  variant: ClockVariant | 'base',
  days: number,
  unit: string,
) {
  const rule = timeLimitOf(ruleSetId, key);
  expect(rule.unit).toBe(unit);
  expect(variant === 'base' ? rule.days.base : rule.days[variant]).toBe(days);
}

describe('complaint acceptance (thụ lý) in working days, per rule set', () => {
  it('VN-2019: 10 working days across Tết 2025', () => {
    expectLength('VN-2019', 'complaint.acceptance', 'base', 10, 'working_days');
    // Received Mon 20/01/2025: 21, 22, 23, 24/01 = 4; 25/01–02/02 off (weekend + Tết 27–31/01);
    // 03, 04, 05, 06, 07/02 = 9; 08–09/02 weekend; Mon 10/02 = 10.
    const d = due(clock('complaint.acceptance', 'VN-2019', '2025-01-20', { startEvent: 'receive' }));
    expect(d.dueDate).toBe('2025-02-10');
    expect(d.derivation.start.firstCountedDay).toBe('2025-01-21');
    expect(d.derivation.skipped.map((s) => s.date)).toEqual([
      '2025-01-25',
      '2025-01-26',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
      '2025-02-08',
      '2025-02-09',
    ]);
  });

  it('VN-2025-07: still 10 working days, across Tết 2026', () => {
    expectLength('VN-2025-07', 'complaint.acceptance', 'base', 10, 'working_days');
    // Received Thu 12/02/2026: Fri 13/02 = 1; 14–22/02 off; 23, 24, 25, 26, 27/02 = 6;
    // 28/02–01/03 weekend; 02, 03, 04/03 = 9; Thu 05/03 = 10.
    expect(due(clock('complaint.acceptance', 'VN-2025-07', '2026-02-12')).dueDate).toBe('2026-03-05');
  });

  it('VN-2026-07: 7 working days, across Quốc khánh 2026 and its swapped Monday', () => {
    expectLength('VN-2026-07', 'complaint.acceptance', 'base', 7, 'working_days');
    // Received Wed 26/08/2026: Thu 27 = 1, Fri 28 = 2; 29–30 weekend, Mon 31 swapped off,
    // 01–02/09 Quốc khánh; Thu 03 = 3, Fri 04 = 4; 05–06 weekend; Mon 07 = 5, Tue 08 = 6, Wed 09 = 7.
    const d = due(clock('complaint.acceptance', 'VN-2026-07', '2026-08-26'));
    expect(d.dueDate).toBe('2026-09-09');
    expect(d.derivation.skipped.map((s) => s.kind)).toEqual([
      'weekend',
      'weekend',
      'swapped_off',
      'public_holiday',
      'public_holiday',
      'weekend',
      'weekend',
    ]);
  });

  it('VN-2026-07: the Saturday worked in exchange (22/08/2026) counts', () => {
    // Received Thu 20/08/2026: Fri 21 = 1, Sat 22 (làm bù) = 2, Sun 23 off, 24, 25, 26, 27 = 6, Fri 28 = 7.
    const d = due(clock('complaint.acceptance', 'VN-2026-07', '2026-08-20'));
    expect(d.dueDate).toBe('2026-08-28');
    expect(d.derivation.skipped.map((s) => s.date)).toEqual(['2026-08-23']);
  });
});

describe('30/4–1/5 in working days', () => {
  it('VN-2019 denunciation acceptance notice: 5 working days across 30/04–04/05/2025', () => {
    expectLength('VN-2019', 'denunciation.acceptanceNotice', 'base', 5, 'working_days');
    // Started Fri 25/04/2025: Sat 26 (làm bù) = 1; Sun 27 off; Mon 28 = 2, Tue 29 = 3;
    // 30/04, 01/05 holidays, Fri 02/05 swapped off, 03–04 weekend; Mon 05 = 4, Tue 06 = 5.
    expect(due(clock('denunciation.acceptanceNotice', 'VN-2019', '2025-04-25')).dueDate).toBe('2025-05-06');
  });
});

describe('resolution periods in calendar days (BLDS Arts. 147–148)', () => {
  it('a period ending inside Tết 2026 ends after the break, with a full proof', () => {
    expectLength('VN-2025-07', 'complaint.resolution.round1', 'base', 30, 'calendar_days');
    // Accepted Fri 16/01/2026; 16/01 + 30 = Sun 15/02/2026; 15/02 Sunday, 16–20/02 Tết,
    // 21–22/02 weekend → Mon 23/02/2026, until 24:00 (17:00 UTC).
    const d = due(clock('complaint.resolution.round1', 'VN-2025-07', '2026-01-16'), '2026-02-01');
    expect(d.status).toBe('running');
    expect(d.dueDate).toBe('2026-02-23');
    expect(d.dueAt).toBe('2026-02-23T16:59:59.999Z');
    expect(d.estimated).toBe(false);

    const p = d.derivation;
    expect(p.rule).toMatchObject({ key: 'complaint.resolution.round1', title: 'Giải quyết khiếu nại lần đầu' });
    expect(p.rule.ruleSetId).toBe('VN-2025-07');
    expect(p.rule.source.some((s) => s.article.includes('Điều 28'))).toBe(true);
    expect(p).toMatchObject({ unit: 'calendar_days', days: 30, totalDays: 30, nominalEnd: '2026-02-15' });
    expect(p.start).toEqual({ event: 'accept', date: '2026-01-16', firstCountedDay: '2026-01-17' });
    expect(p.rolledOver.map((r) => r.date)).toEqual([
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
    ]);
    expect(p.rolledOver.map((r) => r.name)).toContain('Tết Âm lịch (mùng 1 Tết)');
    expect(p.explanation).toContain('Điều 147 Bộ luật Dân sự 2015');
    expect(p.explanation).toContain('khoản 5 Điều 148');
    expect(p.explanation).toContain('Hạn cuối: 24 giờ thứ Hai 23/02/2026');
    // 01/02 to 23/02 = 22 days.
    expect(p.explanation).toContain('còn 22 ngày đến hạn');
  });

  it('a period ending on Saturday ends on Monday', () => {
    // Accepted Thu 02/10/2025 + 30 = Sat 01/11/2025 → Mon 03/11/2025.
    const d = due(clock('denunciation.resolution', 'VN-2025-07', '2025-10-02'));
    expect(d.derivation.nominalEnd).toBe('2025-11-01');
    expect(d.dueDate).toBe('2025-11-03');
  });

  it('a period ending on Sunday 31/08/2025 rolls over Quốc khánh to Wednesday 03/09', () => {
    // Accepted Fri 01/08/2025 + 30 = Sun 31/08; 01/09, 02/09 holidays → Wed 03/09/2025.
    expect(due(clock('complaint.resolution.round1', 'VN-2025-07', '2025-08-01')).dueDate).toBe('2025-09-03');
  });

  it('VN-2019: a period ending on Saturday 01/02/2025, just after Tết, ends Monday 03/02', () => {
    expectLength('VN-2019', 'complaint.resolution.round1', 'base', 30, 'calendar_days');
    // Accepted Thu 02/01/2025 + 30 = Sat 01/02/2025 → Mon 03/02/2025.
    expect(due(clock('complaint.resolution.round1', 'VN-2019', '2025-01-02')).dueDate).toBe('2025-02-03');
  });

  it('VN-2026-07: same 30 days for the first complaint', () => {
    expectLength('VN-2026-07', 'complaint.resolution.round1', 'base', 30, 'calendar_days');
    // Accepted Wed 01/07/2026 + 30 = Fri 31/07/2026.
    expect(due(clock('complaint.resolution.round1', 'VN-2026-07', '2026-07-01')).dueDate).toBe('2026-07-31');
  });
});

describe('variants', () => {
  it('remote and complex first complaints: 45 days; both: 60 days, rolled over to Monday', () => {
    expectLength('VN-2019', 'complaint.resolution.round1', 'remote', 45, 'calendar_days');
    expectLength('VN-2019', 'complaint.resolution.round1', 'complex', 45, 'calendar_days');
    expectLength('VN-2019', 'complaint.resolution.round1', 'remoteComplex', 60, 'calendar_days');
    const start = '2025-04-01'; // Tuesday
    // 01/04 + 45 = Fri 16/05/2025.
    expect(due(clock('complaint.resolution.round1', 'VN-2019', start, { variant: 'remote' })).dueDate).toBe(
      '2025-05-16',
    );
    expect(due(clock('complaint.resolution.round1', 'VN-2019', start, { variant: 'complex' })).dueDate).toBe(
      '2025-05-16',
    );
    // 01/04 + 60 = Sat 31/05/2025 → Mon 02/06/2025.
    const both = due(clock('complaint.resolution.round1', 'VN-2019', start, { variant: 'remoteComplex' }));
    expect(both.dueDate).toBe('2025-06-02');
    expect(both.derivation.variant).toEqual({ requested: 'remoteComplex', applied: 'remoteComplex' });
  });

  it('second complaint, complex and remote: 70 days', () => {
    expectLength('VN-2025-07', 'complaint.resolution.round2', 'remoteComplex', 70, 'calendar_days');
    // Accepted Wed 01/10/2025 + 70 = Wed 10/12/2025 (October 31, November 30: 1 + 70 − 31 − 30 = 10).
    expect(
      due(clock('complaint.resolution.round2', 'VN-2025-07', '2025-10-01', { variant: 'remoteComplex' })).dueDate,
    ).toBe('2025-12-10');
  });

  it('a variant the rule does not give falls back, and the proof says so', () => {
    expectLength('VN-2019', 'petition.denunciationInitialCheck', 'base', 7, 'working_days');
    // Remote only: the base 7 working days. Started Mon 03/03/2025: 04–07/03 = 4, 10, 11, 12/03 = 7.
    const d = due(clock('petition.denunciationInitialCheck', 'VN-2019', '2025-03-03', { variant: 'remote' }));
    expect(d.dueDate).toBe('2025-03-12');
    expect(d.derivation.variant).toEqual({ requested: 'remote', applied: 'base' });
    expect(d.derivation.explanation).toContain('quy định không có thời hạn riêng');
  });
});

describe('denunciation extensions (gia hạn, Luật TC Art. 30)', () => {
  const accepted = '2025-12-01'; // Monday
  const extend = (on: string) => ({
    on,
    rule: 'denunciation.resolutionExtension' as const,
    ruleSetId: 'VN-2025-07' as const,
    reason: 'Vụ việc phức tạp',
  });

  it('one extension adds 30 days to the 30: 60 days from acceptance', () => {
    expectLength('VN-2025-07', 'denunciation.resolutionExtension', 'base', 30, 'calendar_days');
    // Without: 01/12 + 30 = Wed 31/12/2025. With: 01/12 + 60 = Fri 30/01/2026.
    expect(due(clock('denunciation.resolution', 'VN-2025-07', accepted)).dueDate).toBe('2025-12-31');
    const d = due(clock('denunciation.resolution', 'VN-2025-07', accepted, { extensions: [extend('2025-12-25')] }));
    expect(d.dueDate).toBe('2026-01-30');
    expect(d.derivation.totalDays).toBe(60);
    expect(d.derivation.extensions).toMatchObject([{ on: '2025-12-25', days: 30, applied: true }]);
  });

  it('two extensions (đặc biệt phức tạp): 90 days, the end rolled over once', () => {
    // 01/12/2025 + 90 = Sun 01/03/2026 → Mon 02/03/2026.
    const d = due(
      clock('denunciation.resolution', 'VN-2025-07', accepted, {
        extensions: [extend('2025-12-25'), extend('2026-01-26')],
      }),
    );
    expect(d.derivation.nominalEnd).toBe('2026-03-01');
    expect(d.dueDate).toBe('2026-03-02');
  });

  it('an extension runs on from the last counted day, not from a rolled-over end', () => {
    // Accepted Thu 02/10/2025: 30 days end Sat 01/11 (due Mon 03/11). Extended: 02/10 + 60 =
    // Mon 01/12/2025 — not Mon 03/11 + 30 = Wed 03/12.
    const d = due(clock('denunciation.resolution', 'VN-2025-07', '2025-10-02', { extensions: [extend('2025-10-31')] }));
    expect(d.dueDate).toBe('2025-12-01');
  });

  it('an extension decided after the period ended adds nothing and is reported', () => {
    // Due Wed 31/12/2025; extension decided Mon 05/01/2026; resolved Tue 20/01/2026: 20 days late.
    const d = due(
      clock('denunciation.resolution', 'VN-2025-07', accepted, {
        extensions: [extend('2026-01-05')],
        stoppedOn: '2026-01-20',
      }),
      '2026-01-20',
    );
    expect(d.dueDate).toBe('2025-12-31');
    expect(d.status).toBe('late');
    expect(d.derivation.extensions[0]?.applied).toBe(false);
    expect(d.derivation.warnings[0]).toContain('05/01/2026');
    expect(d.derivation.explanation).toContain('chậm 20 ngày');
  });
});

describe('suspensions (tạm đình chỉ): the suspended time is not counted', () => {
  it('calendar days: suspended Fri 10/07, resumed Mon 20/07/2026 → 10 days later', () => {
    // Accepted Wed 01/07/2026, 30 days. Counted 02–10/07 = 9; not counted 11–20/07 = 10;
    // the 21 left run 21/07 .. Mon 10/08/2026 (= 31/07 + 10).
    const d = due(
      clock('complaint.resolution.round1', 'VN-2026-07', '2026-07-01', {
        pauses: [{ from: '2026-07-10', to: '2026-07-20', reason: 'Chờ kết quả giải quyết của cơ quan khác' }],
      }),
      '2026-07-25',
    );
    expect(d.dueDate).toBe('2026-08-10');
    expect(d.status).toBe('running');
    expect(d.derivation.pauses).toEqual([
      {
        from: '2026-07-10',
        to: '2026-07-20',
        reason: 'Chờ kết quả giải quyết của cơ quan khác',
        applied: true,
        countedBefore: 9,
        daysNotCounted: 10,
      },
    ]);
    expect(d.derivation.explanation).toContain('Điều 11a Luật Khiếu nại');
  });

  it('an open suspension means no due date', () => {
    const d = due(
      clock('complaint.resolution.round1', 'VN-2026-07', '2026-07-01', {
        pauses: [{ from: '2026-07-10', reason: 'Bất khả kháng' }],
      }),
      '2026-09-01',
    );
    expect(d.status).toBe('paused');
    expect(d.dueDate).toBeUndefined();
    expect(d.derivation.pauses[0]).toMatchObject({ applied: true, countedBefore: 9 });
  });

  it('working days: the working days after the suspension up to the resumption day do not count', () => {
    // VN-2019 acceptance, 10 working days from Mon 03/03/2025. Counted Tue 04, Wed 05 = 2;
    // suspended Wed 05/03, resumed Mon 10/03: Thu 06, Fri 07, Mon 10 not counted (3);
    // the 8 left: 11, 12, 13, 14, 17, 18, 19, Thu 20/03/2025. Without it: Mon 17/03.
    const c = clock('complaint.acceptance', 'VN-2019', '2025-03-03');
    expect(due(c).dueDate).toBe('2025-03-17');
    const d = due({ ...c, pauses: [{ from: '2025-03-05', to: '2025-03-10', reason: 'x' }] });
    expect(d.dueDate).toBe('2025-03-20');
    expect(d.derivation.pauses[0]).toMatchObject({ countedBefore: 2, daysNotCounted: 3 });
    // Weekend 08–09/03 is inside the suspension: only 15–16/03 is listed as skipped.
    expect(d.derivation.skipped.map((s) => s.date)).toEqual(['2025-03-15', '2025-03-16']);
  });

  it('denunciation suspended over Tết Dương lịch: 26 days later (Luật TC Art. 34.2)', () => {
    // Accepted Mon 01/12/2025; suspended Wed 10/12/2025, resumed Mon 05/01/2026 (26 days);
    // 31/12/2025 + 26 = Mon 26/01/2026.
    const d = due(
      clock('denunciation.resolution', 'VN-2025-07', '2025-12-01', {
        pauses: [{ from: '2025-12-10', to: '2026-01-05', reason: 'Chờ kết quả giám định' }],
      }),
    );
    expect(d.dueDate).toBe('2026-01-26');
    expect(d.derivation.explanation).toContain('Điều 34 Luật Tố cáo');
  });

  it('suspended on the last day: the period ends on the resumption day', () => {
    // Accepted 01/07/2026, last day Fri 31/07; suspended 31/07, resumed Wed 05/08/2026.
    const d = due(
      clock('complaint.resolution.round1', 'VN-2026-07', '2026-07-01', {
        pauses: [{ from: '2026-07-31', to: '2026-08-05', reason: 'x' }],
      }),
    );
    expect(d.dueDate).toBe('2026-08-05');
  });

  it('a suspension after the period ended changes nothing', () => {
    // Due Fri 31/07/2026; suspended Mon 03/08 .. 10/08; not stopped by 12/08: overdue.
    const d = due(
      clock('complaint.resolution.round1', 'VN-2026-07', '2026-07-01', {
        pauses: [{ from: '2026-08-03', to: '2026-08-10', reason: 'x' }],
      }),
      '2026-08-12',
    );
    expect(d.dueDate).toBe('2026-07-31');
    expect(d.status).toBe('overdue');
    expect(d.derivation.pauses[0]?.applied).toBe(false);
    expect(d.derivation.warnings).toHaveLength(1);
  });

  it('stopped while suspended (e.g. đình chỉ): met', () => {
    // Suspended 10/07, never resumed, stopped 15/07: 5 days not counted → due Wed 05/08/2026.
    const d = due(
      clock('complaint.resolution.round1', 'VN-2026-07', '2026-07-01', {
        pauses: [{ from: '2026-07-10', reason: 'x' }],
        stoppedOn: '2026-07-15',
      }),
      '2026-09-01',
    );
    expect(d.status).toBe('met');
    expect(d.dueDate).toBe('2026-08-05');
  });
});

describe('status against asOf', () => {
  // Accepted 01/07/2026: due Fri 31/07/2026.
  const c = clock('complaint.resolution.round1', 'VN-2026-07', '2026-07-01');

  it('running up to and including the due date, overdue the day after', () => {
    expect(due(c, '2026-07-31').status).toBe('running');
    expect(due(c, '2026-08-01').status).toBe('overdue');
    expect(due(c, '2026-08-03').derivation.explanation).toContain('đã quá hạn 3 ngày');
  });

  it('met when stopped on the due date, late the day after, whatever asOf', () => {
    expect(due({ ...c, stoppedOn: '2026-07-31' }, '2026-12-31').status).toBe('met');
    expect(due({ ...c, stoppedOn: '2026-08-01' }, '2026-08-01').status).toBe('late');
  });
});

describe('estimated days off', () => {
  it('a period ending in the unannounced Tết 2027 is flagged estimated in the proof', () => {
    // Accepted Tue 05/01/2027 + 30 = Thu 04/02/2027; estimated Tết 04–08/02 with bù 09–10/02 → Thu 11/02.
    const d = due(clock('complaint.resolution.round1', 'VN-2026-07', '2027-01-05'));
    expect(d.dueDate).toBe('2027-02-11');
    expect(d.estimated).toBe(true);
    expect(d.derivation.rolledOver.every((r) => r.estimated)).toBe(true);
    expect(d.derivation.explanation).toContain('ước tính');
  });

  it('a period ending just before the estimated break is flagged too: the break may still move', () => {
    // Accepted Mon 04/01/2027 + 30 = Wed 03/02/2027, a working day under the estimate.
    const d = due(clock('complaint.resolution.round1', 'VN-2026-07', '2027-01-04'));
    expect(d.dueDate).toBe('2027-02-03');
    expect(d.estimated).toBe(true);
  });
});
