import type { DayOff, EstimatedPeriod } from '../calendar/calendar.types';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { ClockVariant, DurationUnit, LegalSource, RuleSetId, TimeLimitKey } from '../rules/rule-set.types';
import type { IsoDate, IsoDateTime } from '../shared/iso-date';

export interface DeadlineOptions {
  calendar: WorkingCalendar;
  /** The date the status is judged at; never the system clock. */
  asOf: IsoDate;
}

/**
 * `met`: stopped on or before the due date; `late`: stopped after it; `overdue`: not stopped
 * and `asOf` is after it; `paused`: an open suspension, so there is no due date.
 */
export type DeadlineStatus = 'running' | 'paused' | 'met' | 'late' | 'overdue';

export interface DeadlineExtension {
  on: IsoDate;
  rule: TimeLimitKey;
  ruleSetId: RuleSetId;
  title: string;
  source: LegalSource[];
  days: number;
  reason: string;
  /** false when decided after the period had already ended: it then adds nothing. */
  applied: boolean;
}

export interface DeadlinePause {
  from: IsoDate;
  /** Resumption date; absent while the suspension lasts. */
  to?: IsoDate;
  reason: string;
  /** false when the suspension came after the period had ended: it then changes nothing. */
  applied: boolean;
  /** Days of the clock's unit counted before the suspension. */
  countedBefore?: number;
  /** Days of the clock's unit that are not counted: those after `from` up to and including `to`. */
  daysNotCounted?: number;
}

/** The deadline proof: everything an officer or inspector needs to redo the count by hand. */
export interface DeadlineDerivation {
  rule: {
    key: TimeLimitKey;
    title: string;
    ruleSetId: RuleSetId;
    source: LegalSource[];
    /** The period is an authority's policy, not a statute. */
    policy: boolean;
    /** What the days measure (rule data `kind`, e.g. `act_within`, `effect_after`), when the rule says. */
    kind?: string;
    note?: string;
  };
  unit: DurationUnit;
  /** The variant on the clock, and the one whose length was used (see resolve-time-limit.ts). */
  variant: { requested: ClockVariant; applied: ClockVariant };
  /** Length of the rule for the applied variant. */
  days: number;
  extensions: DeadlineExtension[];
  /** `days` plus the applied extensions. */
  totalDays: number;
  start: { event: string; date: IsoDate; firstCountedDay: IsoDate };
  pauses: DeadlinePause[];
  /** Calendar days: the last day of the count, before Art. 148.5 moves it off a day off. */
  nominalEnd?: IsoDate;
  /** Working days: the days off passed over while counting (outside suspensions). */
  skipped: DayOff[];
  /** Days off the end was moved across, from the nominal end to the day before the due date. */
  rolledOver: DayOff[];
  dueDate?: IsoDate;
  /** 24:00 of the due date in Vietnam (BLDS Art. 148.1, 148.6). */
  dueAt?: IsoDateTime;
  stoppedOn?: IsoDate;
  asOf: IsoDate;
  /** Periods of estimated days off the due date depends on: it may move when they are announced. */
  estimated: EstimatedPeriod[];
  /** Vietnamese remarks on irregular facts (late extension, suspension after the end). */
  warnings: string[];
  /** One Vietnamese paragraph. */
  explanation: string;
}

export interface Deadline {
  rule: TimeLimitKey;
  ruleSetId: RuleSetId;
  status: DeadlineStatus;
  dueDate?: IsoDate;
  dueAt?: IsoDateTime;
  /** The due date relies on days off the Government has not announced yet. */
  estimated: boolean;
  derivation: DeadlineDerivation;
}
