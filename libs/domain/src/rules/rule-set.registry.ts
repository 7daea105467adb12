import type { ClockVariant, RuleSet, RuleSetId, TimeLimitKey, TimeLimitRule } from './rule-set.types';
import { VN_2019 } from './rule-sets/vn-2019';
import { VN_2025_07 } from './rule-sets/vn-2025-07';
import { VN_2026_07 } from './rule-sets/vn-2026-07';

/** Oldest first; each set starts where the previous one ends. */
export const RULE_SETS: readonly RuleSet[] = [VN_2019, VN_2025_07, VN_2026_07];

const BY_ID = new Map<RuleSetId, RuleSet>(RULE_SETS.map((r) => [r.id, r]));

export function getRuleSet(id: RuleSetId): RuleSet {
  const set = BY_ID.get(id);
  if (!set) throw new RangeError(`unknown rule set ${String(id)}`);
  return set;
}

export function timeLimitOf(id: RuleSetId, key: TimeLimitKey): TimeLimitRule {
  const rule = getRuleSet(id).timeLimits[key];
  if (!rule) throw new RangeError(`rule set ${id} has no time limit ${key}`);
  return rule;
}

/**
 * The length for a variant, and the variant whose length was used. A missing variant falls back
 * to `base`; `remoteComplex` falls back to the longer of `remote` and `complex` (a remote and
 * complex case never gets less time than a remote or a complex one), then to `base`.
 */
export function daysFor(rule: TimeLimitRule, variant: ClockVariant): { days: number; variant: ClockVariant } {
  const { base, complex, remote, remoteComplex } = rule.days;
  const pick = (v: ClockVariant, days: number | undefined) => (days === undefined ? undefined : { days, variant: v });
  const fallback = { days: base, variant: 'base' as const };
  switch (variant) {
    case 'complex':
      return pick('complex', complex) ?? fallback;
    case 'remote':
      return pick('remote', remote) ?? fallback;
    case 'remoteComplex': {
      const longer = (remote ?? -1) > (complex ?? -1) ? pick('remote', remote) : pick('complex', complex);
      return pick('remoteComplex', remoteComplex) ?? longer ?? fallback;
    }
    case 'base':
      return fallback;
  }
}
