import type { IsoDate } from '../shared/iso-date';
import type { ClockVariant, RuleSetId, TimeLimitKey } from '../rules/rule-set.types';

/**
 * A running legal period, kept in a machine's context as plain data (`context.clocks[name]`).
 * The due date is never stored here: it is computed from the clock, its rule set and the
 * working calendar (compute-deadline.ts), so a calendar correction can recompute it.
 */
export interface Clock {
  rule: TimeLimitKey;
  /** The rule set that fixes this period's length. */
  ruleSetId: RuleSetId;
  variant: ClockVariant;
  /** Civil date of the event that starts the period; counting starts the next day (BLDS Art. 147). */
  startedOn: IsoDate;
  /** The event that started it (e.g. `accept`), for the deadline proof. */
  startEvent: string;
  /** Suspensions (tạm đình chỉ): days inside a pause do not count. `to` is the resumption date. */
  pauses: { from: IsoDate; to?: IsoDate; reason: string }[];
  /** Lawful extensions (gia hạn), each adding the rule's days. */
  extensions: { on: IsoDate; rule: TimeLimitKey; ruleSetId: RuleSetId; reason: string }[];
  /** The step the clock measures was done on this date. */
  stoppedOn?: IsoDate;
  /** The deadline sweeper recorded that the period ran out on this date. */
  expiredOn?: IsoDate;
}

export type Clocks = Record<string, Clock>;
