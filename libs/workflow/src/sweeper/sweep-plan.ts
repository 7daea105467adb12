import { createHash } from 'node:crypto';
import {
  streamDeadlines,
  type Clocks,
  type Deadline,
  type IsoDate,
  type StoredSnapshot,
  type TimeLimitKey,
  type WorkingCalendar,
} from '@kntc/domain';
import type { StreamType } from '@kntc/persistence';

/** A clock of a petition or case and the due date it has now. */
export interface ClockDue {
  clock: string;
  rule: TimeLimitKey;
  dueDate: IsoDate;
}

/** What the sweeper has to do for one petition or case on a given day. */
export interface SweepPlan {
  /** Running clocks whose due date has passed and whose expiry is not recorded yet, earliest first. */
  expire: ClockDue[];
  /** Running clocks due today or within the reminder horizon. */
  remind: ClockDue[];
}

export interface SweepPlanOptions {
  calendar: WorkingCalendar;
  /** Vietnam's civil date now (ClockService). */
  today: IsoDate;
  /** Last due date that earns a reminder (see `reminderHorizon`); null when reminders are off. */
  remindUntil: IsoDate | null;
  /** Clocks whose expiry the machine refused at the row's current version: not sent again. */
  refused?: ReadonlySet<string>;
}

/**
 * A period ends at 24:00 of its due date (BLDS Art. 148), so it has passed once the civil date
 * is later than the due date. Paused clocks have no due date; stopped clocks measured a step
 * that is done; a clock whose expiry is already recorded is not sent again (the petition
 * machine would record it twice).
 */
export function planSweep(stored: StoredSnapshot, options: SweepPlanOptions): SweepPlan {
  const clocks = (stored.context as { clocks?: Clocks }).clocks ?? {};
  const deadlines = streamDeadlines(stored, { calendar: options.calendar, asOf: options.today });
  const expire: ClockDue[] = [];
  const remind: ClockDue[] = [];
  for (const [name, deadline] of Object.entries(deadlines)) {
    const clock = clocks[name];
    if (!clock || clock.stoppedOn || clock.expiredOn || !deadline.dueDate) continue;
    const due: ClockDue = { clock: name, rule: deadline.rule, dueDate: deadline.dueDate };
    if (deadline.dueDate < options.today) {
      if (!options.refused?.has(name)) expire.push(due);
    } else if (options.remindUntil && deadline.dueDate <= options.remindUntil && holderMustAct(deadline)) {
      remind.push(due);
    }
  }
  const byDueDate = (a: ClockDue, b: ClockDue) =>
    a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.clock < b.clock ? -1 : a.clock > b.clock ? 1 : 0;
  return { expire: expire.sort(byDueDate), remind: remind.sort(byDueDate) };
}

/**
 * Only periods within which the holder must act (`act_within`) earn a reminder. A party's
 * window (`right_window`, e.g. the time to lodge a second complaint) or a legal effect that
 * arrives by itself (`effect_after`) asks nothing of the holder before it ends.
 */
function holderMustAct(deadline: Deadline): boolean {
  const kind = deadline.derivation.rule.kind;
  return kind === undefined || kind === 'act_within';
}

/** The last due date that gets a reminder today: `workingDays` working days ahead; null turns reminders off. */
export function reminderHorizon(calendar: WorkingCalendar, today: IsoDate, workingDays: number): IsoDate | null {
  return workingDays > 0 ? calendar.addWorkingDays(today, workingDays).end : null;
}

/** outbox_message.dedupe_key is varchar(80). */
const DEDUPE_KEY_MAX = 80;

/**
 * One reminder per clock and due date: a new due date (extension, resumption) earns a new one.
 * Long clock names would overflow the column, so those keys end in a digest of clock and date
 * instead; the payload still names both.
 */
export function reminderDedupeKey(streamType: StreamType, id: string, clock: string, dueDate: IsoDate): string {
  const key = `remind:${streamType}:${id}:${clock}:${dueDate}`;
  if (key.length <= DEDUPE_KEY_MAX) return key;
  const digest = createHash('sha256').update(`${clock}:${dueDate}`).digest('base64url').slice(0, 22);
  return `remind:${streamType}:${id}:${digest}`;
}
