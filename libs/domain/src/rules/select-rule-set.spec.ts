import {
  applicableRuleSetId,
  PROCEDURE_KINDS,
  RULE_STEPS,
  ruleSetInForceOn,
  transitionFor,
  TRANSITIONS,
} from './select-rule-set';

describe('ruleSetInForceOn', () => {
  it.each([
    ['2020-12-10', 'VN-2019'],
    ['2025-06-30', 'VN-2019'],
    ['2025-07-01', 'VN-2025-07'],
    ['2026-06-30', 'VN-2025-07'],
    ['2026-07-01', 'VN-2026-07'],
    ['2031-01-01', 'VN-2026-07'],
  ])('%s → %s', (date, id) => {
    expect(ruleSetInForceOn(date).id).toBe(id);
  });

  it('refuses dates before the first rule set and malformed dates', () => {
    expect(() => ruleSetInForceOn('2020-12-09')).toThrow(RangeError);
    expect(() => ruleSetInForceOn('2026-02-30')).toThrow(RangeError);
  });
});

describe('applicableRuleSetId', () => {
  it('complaint acceptance follows the date the complaint was received (10 working days kept)', () => {
    expect(applicableRuleSetId('complaint', 'acceptance', { received: '2026-06-30', event: '2026-07-08' })).toBe(
      'VN-2025-07',
    );
    expect(applicableRuleSetId('complaint', 'acceptance', { received: '2026-07-01', event: '2026-07-01' })).toBe(
      'VN-2026-07',
    );
  });

  it('the resolution period follows the thụ lý date', () => {
    const dates = { received: '2026-06-15', accepted: '2026-06-29', event: '2026-07-10' };
    expect(applicableRuleSetId('complaint', 'resolutionPeriod', dates)).toBe('VN-2025-07');
    expect(applicableRuleSetId('complaint', 'resolutionPeriod', { ...dates, accepted: '2026-07-02' })).toBe(
      'VN-2026-07',
    );
  });

  it('withdrawal, suspension, termination and dialogue of a case accepted before 2026-07-01 follow ND155 from that day (Art. 22.1)', () => {
    const pending = { received: '2026-04-20', accepted: '2026-05-04' };
    for (const step of ['withdrawal', 'suspension', 'termination', 'dialogue'] as const) {
      expect(applicableRuleSetId('complaint', step, { ...pending, event: '2026-07-01' })).toBe('VN-2026-07');
      expect(applicableRuleSetId('complaint', step, { ...pending, event: '2026-06-30' })).toBe('VN-2025-07');
    }
  });

  it('a denunciation accepted before 2026-07-01 follows ND156 for what is done from that day (Art. 10.1)', () => {
    const pending = { received: '2026-05-02', accepted: '2026-05-12' };
    expect(applicableRuleSetId('denunciation', 'withdrawal', { ...pending, event: '2026-07-03' })).toBe('VN-2026-07');
    expect(applicableRuleSetId('denunciation', 'resolutionPeriod', { ...pending, event: '2026-07-03' })).toBe(
      'VN-2025-07',
    );
  });

  it('competence follows the day the authority acts, across the 2025 reorganisation', () => {
    const dates = { received: '2025-06-20', accepted: '2025-06-25' };
    expect(applicableRuleSetId('complaint', 'competence', { ...dates, event: '2025-06-30' })).toBe('VN-2019');
    expect(applicableRuleSetId('complaint', 'competence', { ...dates, event: '2025-07-01' })).toBe('VN-2025-07');
    expect(applicableRuleSetId('denunciation', 'competence', { ...dates, event: '2025-07-01' })).toBe('VN-2025-07');
  });

  it('petition processing follows the date of receipt; reception steps the date of the session', () => {
    expect(applicableRuleSetId('petition', 'processing', { received: '2026-06-29', event: '2026-07-06' })).toBe(
      'VN-2025-07',
    );
    expect(applicableRuleSetId('reception', 'refusal', { event: '2026-07-01' })).toBe('VN-2026-07');
  });

  it('refuses a step whose anchoring date is missing', () => {
    expect(() =>
      applicableRuleSetId('complaint', 'resolutionPeriod', { received: '2026-06-01', event: '2026-07-01' }),
    ).toThrow(RangeError);
    expect(() => applicableRuleSetId('feedback', 'resolution', { event: '2026-07-01' })).toThrow(RangeError);
  });
});

describe('transition table', () => {
  it('gives every step of every procedure exactly one row', () => {
    for (const kind of PROCEDURE_KINDS) {
      for (const step of RULE_STEPS[kind]) {
        const rows = TRANSITIONS.filter((t) => t.kind === kind && t.steps.includes(step));
        expect(rows.map(() => `${kind}.${step}`)).toEqual([`${kind}.${step}`]);
      }
    }
  });

  it('lists only declared steps, each row citing an article', () => {
    TRANSITIONS.forEach((t) => {
      t.steps.forEach((s) => expect(RULE_STEPS[t.kind] as readonly string[]).toContain(s));
      expect(t.basis.some((b) => /Điều \d+/.test(b.article))).toBe(true);
    });
  });

  it('anchors the ND155 Art. 22.1 steps on the event itself', () => {
    expect(transitionFor('complaint', 'dialogue').anchor).toBe('event');
    expect(transitionFor('complaint', 'dialogue').basis[0]).toEqual({
      instrument: 'Nghị định 155/2026/NĐ-CP',
      article: 'Điều 22 khoản 1',
    });
  });
});
