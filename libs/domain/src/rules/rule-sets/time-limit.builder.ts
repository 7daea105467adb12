import type { DurationUnit, LegalSource, TimeLimitKey, TimeLimitRule } from '../rule-set.types';

export const WD: DurationUnit = 'working_days';
export const CD: DurationUnit = 'calendar_days';

type Extra = Omit<TimeLimitRule, 'key' | 'title' | 'unit' | 'days' | 'source'>;

export const limit = (
  key: TimeLimitKey,
  title: string,
  unit: DurationUnit,
  days: TimeLimitRule['days'],
  source: LegalSource[],
  extra: Extra = {},
): TimeLimitRule => ({ key, title, unit, days, source, kind: 'act_within', ...extra });

/** Indexes rules by their own key, so a table entry cannot sit under another key. */
export const byKey = (...rules: TimeLimitRule[]): Partial<Record<TimeLimitKey, TimeLimitRule>> =>
  Object.fromEntries(rules.map((r) => [r.key, r]));
