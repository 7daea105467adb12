import { daysFor, getRuleSet, RULE_SETS, timeLimitOf } from './rule-set.registry';
import {
  RULE_SET_IDS,
  TIME_LIMIT_KEYS,
  type RuleFeatures,
  type RuleThresholds,
  type TimeLimitRule,
} from './rule-set.types';

const ARTICLE = /Điều \d+[a-z]?/;
const allRules = (): [string, TimeLimitRule][] =>
  RULE_SETS.flatMap((set) => Object.values(set.timeLimits).map((r): [string, TimeLimitRule] => [set.id, r]));

describe('rule set intervals', () => {
  it('start on 2020-12-10, when ND124/2020 replaced ND75/2012', () => {
    expect(RULE_SETS[0].effectiveFrom).toBe('2020-12-10');
  });

  it('are contiguous and do not overlap, oldest first, the last one open', () => {
    const bounds = RULE_SETS.map((s) => [s.effectiveFrom, s.effectiveUntil]);
    expect(bounds).toEqual([
      ['2020-12-10', '2025-07-01'],
      ['2025-07-01', '2026-07-01'],
      ['2026-07-01', undefined],
    ]);
  });

  it('each set starts the day the previous one ends, is not empty, and only the last is open', () => {
    const gaps = RULE_SETS.slice(1).filter((s, i) => s.effectiveFrom !== RULE_SETS[i].effectiveUntil);
    expect(gaps).toEqual([]);
    const empty = RULE_SETS.filter((s) => s.effectiveUntil !== undefined && s.effectiveUntil <= s.effectiveFrom);
    expect(empty).toEqual([]);
    expect(RULE_SETS.filter((s) => s.effectiveUntil === undefined)).toEqual([RULE_SETS[RULE_SETS.length - 1]]);
  });

  it('cover every declared id exactly once', () => {
    expect(RULE_SETS.map((s) => s.id)).toEqual([...RULE_SET_IDS]);
    RULE_SET_IDS.forEach((id) => expect(getRuleSet(id).id).toBe(id));
  });
});

describe('time limits', () => {
  it.each(allRules())('%s %p is filed under its own key, with a positive whole number of days', (_set, rule) => {
    expect(TIME_LIMIT_KEYS).toContain(rule.key);
    Object.values(rule.days).forEach((n) => {
      expect(Number.isInteger(n)).toBe(true);
      expect(n).toBeGreaterThan(0);
    });
  });

  it('every rule sits under its own key', () => {
    RULE_SETS.forEach((set) => Object.entries(set.timeLimits).forEach(([key, rule]) => expect(rule.key).toBe(key)));
  });

  it('every rule cites at least one article', () => {
    const uncited = allRules().filter(([, r]) => !r.source.some((s) => ARTICLE.test(s.article)));
    expect(uncited.map(([id, r]) => `${id} ${r.key}`)).toEqual([]);
  });

  it('every policy (non-statutory) period explains itself', () => {
    const silent = allRules().filter(([, r]) => r.policy && !r.note);
    expect(silent).toEqual([]);
  });

  it('longer variants are never shorter than the base', () => {
    allRules().forEach(([, r]) => {
      expect(daysFor(r, 'complex').days).toBeGreaterThanOrEqual(r.days.base);
      expect(daysFor(r, 'remote').days).toBeGreaterThanOrEqual(r.days.base);
      expect(daysFor(r, 'remoteComplex').days).toBeGreaterThanOrEqual(daysFor(r, 'complex').days);
    });
  });

  it('only the internal policies are flagged as policy', () => {
    const policies = (id: (typeof RULE_SET_IDS)[number]) =>
      Object.values(getRuleSet(id).timeLimits)
        .filter((r) => r.policy)
        .map((r) => r.key)
        .sort();
    expect(policies('VN-2019')).toEqual(['feedback.resolution', 'petition.processing', 'petition.processingCeiling']);
    expect(policies('VN-2026-07')).toEqual(['feedback.resolution', 'petition.processing']);
  });
});

describe('values that changed', () => {
  it('complaint acceptance: 10 working days, then 07 working days from 2026-07-01 (L136 Art. 2.15.b, ND155 Art. 10)', () => {
    expect(timeLimitOf('VN-2019', 'complaint.acceptance')).toMatchObject({ unit: 'working_days', days: { base: 10 } });
    expect(timeLimitOf('VN-2025-07', 'complaint.acceptance')).toMatchObject({
      unit: 'working_days',
      days: { base: 10 },
    });
    const after = timeLimitOf('VN-2026-07', 'complaint.acceptance');
    expect(after).toMatchObject({ unit: 'working_days', days: { base: 7 } });
    expect(after.source.map((s) => s.amendedBy)).toEqual([
      'Luật 136/2025/QH15, Điều 2 khoản 15 điểm b',
      'Nghị định 155/2026/NĐ-CP, Điều 10',
    ]);
  });

  it('dialogue notice (05 days before) and suspension notice (03 working days) exist only from 2026-07-01', () => {
    for (const id of ['VN-2019', 'VN-2025-07'] as const) {
      expect(getRuleSet(id).timeLimits['complaint.dialogueNotice']).toBeUndefined();
      expect(getRuleSet(id).timeLimits['complaint.suspensionNotice']).toBeUndefined();
    }
    expect(timeLimitOf('VN-2026-07', 'complaint.dialogueNotice')).toMatchObject({
      unit: 'calendar_days',
      days: { base: 5 },
      kind: 'notice_before',
    });
    expect(timeLimitOf('VN-2026-07', 'complaint.suspensionNotice')).toMatchObject({
      unit: 'working_days',
      days: { base: 3 },
    });
  });

  it('reception notices come with ND154/2026, the online one under Art. 23.1', () => {
    expect(getRuleSet('VN-2025-07').timeLimits['reception.onlineNotice']).toBeUndefined();
    const online = timeLimitOf('VN-2026-07', 'reception.onlineNotice');
    expect(online).toMatchObject({ unit: 'working_days', days: { base: 5 }, kind: 'notice_before' });
    expect(online.source[0].article).toBe('Điều 23 khoản 1');
    expect(timeLimitOf('VN-2026-07', 'reception.refusalNotice')).toMatchObject({
      unit: 'working_days',
      days: { base: 3 },
    });
  });

  it('the 45-day processing bound becomes law only with ND154/2026', () => {
    expect(timeLimitOf('VN-2025-07', 'petition.processingCeiling').policy).toBe(true);
    expect(timeLimitOf('VN-2026-07', 'petition.processingCeiling').policy).toBeUndefined();
  });

  it('district level gone from 2025-07-01; suspension, online reception and new termination grounds from 2026-07-01', () => {
    const f = (id: (typeof RULE_SET_IDS)[number]): RuleFeatures => getRuleSet(id).features;
    expect([f('VN-2019').districtLevel, f('VN-2025-07').districtLevel, f('VN-2026-07').districtLevel]).toEqual([
      true,
      false,
      false,
    ]);
    expect([
      f('VN-2019').complaintSuspension,
      f('VN-2025-07').complaintSuspension,
      f('VN-2026-07').complaintSuspension,
    ]).toEqual([false, false, true]);
    expect(f('VN-2025-07').complaintTerminationGrounds).toEqual(['withdrawn']);
    expect(f('VN-2026-07').complaintTerminationGrounds).toEqual([
      'withdrawn',
      'complainant_died_or_dissolved',
      'no_object',
      'court_accepted',
    ]);
    expect(f('VN-2026-07')).toMatchObject({
      onlineReception: true,
      complaintPartialWithdrawal: true,
      complaintWithdrawalByMinutes: true,
      complaintGroupPartialWithdrawal: true,
      complaintDialogueNoShowContinues: true,
      denunciationWithdrawalMinutes: 'any_working_session',
      complaintProxyNotarisation: { requiredForIndividuals: true, endsOn: '2027-01-01' },
    });
  });

  it('denunciation withdrawal rules that already stood in Luật TC 2018 are on in every set', () => {
    RULE_SETS.forEach((s) =>
      expect(s.features).toMatchObject({
        denunciationPartialWithdrawal: true,
        denunciationContinueDespiteWithdrawal: true,
      }),
    );
  });

  it('the commune chair receives citizens 1 day a week, then 2 days a month (L136 Art. 1.7)', () => {
    expect(getRuleSet('VN-2025-07').thresholds.leaderReception.commune).toEqual({ days: 1, per: 'week' });
    expect(getRuleSet('VN-2026-07').thresholds.leaderReception.commune).toEqual({ days: 2, per: 'month' });
    expect(getRuleSet('VN-2025-07').thresholds.leaderReception.district).toBeUndefined();
  });
});

describe('values that did not change', () => {
  it.each(RULE_SET_IDS)('%s: resolution periods are calendar days 30/45/45/60 and 45/60/60/70', (id) => {
    expect(timeLimitOf(id, 'complaint.resolution.round1')).toMatchObject({
      unit: 'calendar_days',
      days: { base: 30, complex: 45, remote: 45, remoteComplex: 60 },
    });
    expect(timeLimitOf(id, 'complaint.resolution.round2')).toMatchObject({
      unit: 'calendar_days',
      days: { base: 45, complex: 60, remote: 60, remoteComplex: 70 },
    });
    expect(timeLimitOf(id, 'denunciation.resolution')).toMatchObject({ unit: 'calendar_days', days: { base: 30 } });
  });

  it.each(RULE_SET_IDS)('%s: representatives 5-10 people → 1 or 2, more than 10 → at most 5', (id) => {
    const t: RuleThresholds = getRuleSet(id).thresholds;
    expect(t.manySignatories).toBe(5);
    expect(t.representatives).toEqual([
      { minPeople: 5, maxPeople: 10, minRepresentatives: 1, maxRepresentatives: 2 },
      { minPeople: 11, maxPeople: null, minRepresentatives: 1, maxRepresentatives: 5 },
    ]);
    expect(t.denunciationExtensions).toEqual({ complex: 1, particularlyComplex: 2 });
  });

  it('disciplinary complaints: 15 days, then 10 days or 30 days for dismissal (Luật KN Art. 48)', () => {
    expect(timeLimitOf('VN-2019', 'complaint.disciplinary.limitation.round1').days.base).toBe(15);
    expect(timeLimitOf('VN-2019', 'complaint.disciplinary.limitation.round2').days.base).toBe(10);
    expect(timeLimitOf('VN-2019', 'complaint.disciplinary.limitation.round2Dismissal').days.base).toBe(30);
  });

  it('cites the clause of Luật TC Art. 35 that sets the 05 working days for sending the conclusion', () => {
    expect(timeLimitOf('VN-2019', 'denunciation.conclusionSending').source[0].article).toBe('Điều 35 khoản 3');
  });
});

describe('provenance', () => {
  it('names a source for every feature, threshold and competence table in every set', () => {
    const missing: string[] = [];
    RULE_SETS.forEach((s) => {
      const p = s.provenance!;
      for (const k of Object.keys(s.features)) {
        if (!p.features[k as keyof RuleFeatures]?.length) missing.push(`${s.id} ${k}`);
      }
      for (const k of Object.keys(s.thresholds)) {
        if (!p.thresholds[k as keyof RuleThresholds]?.length) missing.push(`${s.id} ${k}`);
      }
      if (!p.competence.complaintRound2.length || !p.competence.denunciationAgainstHead.length) {
        missing.push(`${s.id} competence`);
      }
    });
    expect(missing).toEqual([]);
  });

  it('marks the 2025 competence, read only in press reports of ND141/2025, as secondary', () => {
    const confidences = getRuleSet('VN-2025-07').provenance!.competence.complaintRound2.map((s) => s.confidence);
    expect(confidences).toContain('secondary');
  });
});

describe('daysFor', () => {
  const disciplinary = timeLimitOf('VN-2019', 'complaint.resolution.disciplinary');

  it('falls back to the base, and to the complex length for remote complex cases', () => {
    expect(daysFor(disciplinary, 'base').days).toBe(30);
    expect(daysFor(disciplinary, 'remote').days).toBe(30);
    expect(daysFor(disciplinary, 'complex').days).toBe(45);
    expect(daysFor(disciplinary, 'remoteComplex').days).toBe(45);
  });
});
