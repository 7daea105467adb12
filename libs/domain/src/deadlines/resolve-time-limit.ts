import { daysFor, timeLimitOf } from '../rules/rule-set.registry';
import type { ClockVariant, RuleSetId, TimeLimitKey, TimeLimitRule } from '../rules/rule-set.types';

export interface ResolvedTimeLimit {
  rule: TimeLimitRule;
  days: number;
  /** The variant whose length was used. */
  variant: ClockVariant;
}

/**
 * The length of a rule for a clock's variant. A variant the rule does not give falls back
 * to `base`: the law only lengthens a period where it says so. `remoteComplex` (both
 * conditions hold) falls back to the longer of `complex` and `remote` — each condition on its
 * own would lawfully give that length — and to `base` when neither is given.
 */
export function resolveTimeLimit(ruleSetId: RuleSetId, key: TimeLimitKey, variant: ClockVariant): ResolvedTimeLimit {
  const rule = timeLimitOf(ruleSetId, key);
  return { rule, ...daysFor(rule, variant) };
}
