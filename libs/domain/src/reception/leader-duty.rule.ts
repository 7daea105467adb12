import { LEVEL_LABELS } from '../rules/rule-labels';
import { getRuleSet } from '../rules/rule-set.registry';
import type { LegalSource, ReceptionDuty, RuleSetId } from '../rules/rule-set.types';
import { applicableRuleSetId } from '../rules/select-rule-set';
import type { AuthorityLevel } from '../shared/authority';
import { addDays, dayOfWeek, type IsoDate } from '../shared/iso-date';
import type { LeaderPresence } from './visit-kinds';

/** A day on which the head's periodic reception was held, and whether the head was there. */
export interface DutyDayHeld {
  on: IsoDate;
  presence: LeaderPresence;
}

export interface LeaderDutyInput {
  level: AuthorityLevel;
  /** The window asked about; every duty period overlapping it is judged whole. */
  from: IsoDate;
  to: IsoDate;
  /** Today in Vietnam: a period not yet over is `ongoing`, not missed. */
  today: IsoDate;
  /** Days planned in the schedule (lịch tiếp công dân) and not cancelled. */
  scheduled: readonly IsoDate[];
  /** Days planned and then cancelled (hủy lịch tiếp): shown, never counted as scheduled. */
  cancelled?: readonly IsoDate[];
  /** Periodic receptions (tiếp định kỳ) entered in the register, one entry per visit. */
  held: readonly DutyDayHeld[];
}

export type DutyPeriodStatus = 'met' | 'met_by_delegation' | 'missed' | 'ongoing';

/** Vietnamese labels for exports. */
export const DUTY_PERIOD_STATUS_LABELS: Record<DutyPeriodStatus, string> = {
  met: 'Đạt (trực tiếp tiếp)',
  met_by_delegation: 'Đạt nếu tính ngày ủy quyền tiếp',
  missed: 'Không đạt',
  ongoing: 'Chưa hết kỳ',
};

export const DUTY_PER_LABELS: Record<ReceptionDuty['per'], string> = { week: 'Tuần', month: 'Tháng' };

/** Whose duty it is at a level, e.g. "Chủ tịch UBND cấp xã". */
export const dutyHeadOf = (level: AuthorityLevel): string => LEVEL_LABELS[level];

export interface DutyPeriod {
  from: IsoDate;
  to: IsoDate;
  per: ReceptionDuty['per'];
  ruleSetId: RuleSetId;
  /** Days the head must receive in the period. */
  required: number;
  /** Distinct days planned in the schedule and not cancelled. */
  scheduled: number;
  /** Distinct days planned and then cancelled. */
  cancelled: number;
  /** Distinct days with a periodic reception where the head received in person. */
  heldInPerson: number;
  /** Distinct days with periodic receptions, all delegated (a deputy or an official on the head's behalf). */
  heldDelegated: number;
  /** Days still owed, counting a delegated day as held. */
  missing: number;
  /** Days still owed in person (the law's "trực tiếp tiếp công dân"). */
  missingInPerson: number;
  status: DutyPeriodStatus;
  source: LegalSource[];
}

export interface DutyTotals {
  required: number;
  scheduled: number;
  cancelled: number;
  heldInPerson: number;
  heldDelegated: number;
  missing: number;
  missingInPerson: number;
}

export interface LeaderDutyCompliance {
  periods: DutyPeriod[];
  totals: DutyTotals;
}

/** The duty in force on a day for a level, with the rule set that says so; none when no text imposes one. */
export function leaderDutyOn(level: AuthorityLevel, on: IsoDate): { ruleSetId: RuleSetId; duty?: ReceptionDuty } {
  const ruleSetId = applicableRuleSetId('reception', 'leaderDuty', { event: on });
  const duty = getRuleSet(ruleSetId).thresholds.leaderReception[level];
  return { ruleSetId, ...(duty ? { duty } : {}) };
}

/** Monday of the day's week (weeks run Monday to Sunday). */
const mondayOf = (on: IsoDate): IsoDate => addDays(on, -((dayOfWeek(on) + 6) % 7));

/** The calendar week or month a day belongs to under a duty. */
function periodKey(duty: ReceptionDuty, on: IsoDate): string {
  return duty.per === 'week' ? `W${mondayOf(on)}` : `M${on.slice(0, 7)}`;
}

function naturalBounds(duty: ReceptionDuty, on: IsoDate): { from: IsoDate; to: IsoDate } {
  if (duty.per === 'week') {
    const monday = mondayOf(on);
    return { from: monday, to: addDays(monday, 6) };
  }
  const first = `${on.slice(0, 7)}-01`;
  const nextMonth = addDays(first, 32).slice(0, 7);
  return { from: first, to: addDays(`${nextMonth}-01`, -1) };
}

/**
 * Leaders' periodic reception (Luật TCD Arts. 12.5, 13.5, 15.2, 18.2; ND154/2026 Art. 10.2): is
 * the head receiving citizens on at least the required number of days per week or month?
 *
 * - Each day is judged by the rule set in force on it. A day belongs to the calendar week (Monday
 *   to Sunday) or month of the duty in force that day, so when the duty changes mid-week (the
 *   commune chair's 1 day a week until 2026-06-30, 2 days a month from 2026-07-01) the week is cut:
 *   29–30/06/2026 are a week fragment owing its 1 day, and July owes 2 days.
 * - Every period overlapping the window is judged whole (its days outside the window count too),
 *   since a month's duty can be met on any of its days.
 * - A day counts once however many citizens were received. A day with a reception by the head
 *   in person is held in person; a day with only delegated receptions is held, by delegation.
 *   Both are shown: `missing` counts delegated days as held, `missingInPerson` does not.
 * - Only periodic receptions count: ad hoc ones are owed on top ("và thực hiện việc tiếp công dân
 *   đột xuất", Arts. 12.5, 15.2, 18.3).
 */
export function leaderDutyCompliance(input: LeaderDutyInput): LeaderDutyCompliance {
  const { level, from, to, today } = input;
  if (from > to) return { periods: [], totals: zeroTotals() };

  // Walk from the start of the first period to the end of the last one overlapping the window.
  const groups = new Map<string, { from: IsoDate; to: IsoDate; duty: ReceptionDuty; ruleSetId: RuleSetId }>();
  const first = safeDutyOn(level, from);
  const last = safeDutyOn(level, to);
  let day = first.duty ? naturalBounds(first.duty, from).from : from;
  const end = last.duty ? naturalBounds(last.duty, to).to : to;
  for (; day <= end; day = addDays(day, 1)) {
    const { ruleSetId, duty } = safeDutyOn(level, day);
    if (!duty || !ruleSetId) continue;
    const bounds = naturalBounds(duty, day);
    // A period touching the window only through days outside it is not asked about.
    if (bounds.to < from || bounds.from > to) continue;
    const key = `${periodKey(duty, day)}:${duty.days}/${duty.per}`;
    const g = groups.get(key);
    if (g) g.to = day;
    else groups.set(key, { from: day, to: day, duty, ruleSetId });
  }

  const scheduledDays = new Set(input.scheduled);
  const cancelledDays = new Set((input.cancelled ?? []).filter((d) => !scheduledDays.has(d)));
  const presenceByDay = new Map<IsoDate, boolean>();
  for (const h of input.held) presenceByDay.set(h.on, (presenceByDay.get(h.on) ?? false) || h.presence === 'in_person');

  const periods = [...groups.values()].map((g): DutyPeriod => {
    const inside = (d: IsoDate) => d >= g.from && d <= g.to;
    const scheduled = [...scheduledDays].filter(inside).length;
    const cancelled = [...cancelledDays].filter(inside).length;
    const days = [...presenceByDay].filter(([d]) => inside(d));
    const heldInPerson = days.filter(([, inPerson]) => inPerson).length;
    const heldDelegated = days.length - heldInPerson;
    const required = g.duty.days;
    const missing = Math.max(0, required - heldInPerson - heldDelegated);
    const missingInPerson = Math.max(0, required - heldInPerson);
    const status: DutyPeriodStatus =
      missingInPerson === 0 ? 'met' : missing === 0 ? 'met_by_delegation' : g.to >= today ? 'ongoing' : 'missed';
    return {
      from: g.from,
      to: g.to,
      per: g.duty.per,
      ruleSetId: g.ruleSetId,
      required,
      scheduled,
      cancelled,
      heldInPerson,
      heldDelegated,
      missing,
      missingInPerson,
      status,
      source: getRuleSet(g.ruleSetId).provenance?.thresholds.leaderReception ?? [],
    };
  });
  return { periods, totals: sumTotals(periods) };
}

/** Before the first rule set (2020-12-10) there is nothing to judge. */
function safeDutyOn(level: AuthorityLevel, on: IsoDate): { ruleSetId?: RuleSetId; duty?: ReceptionDuty } {
  try {
    return leaderDutyOn(level, on);
  } catch {
    return {};
  }
}

const zeroTotals = (): DutyTotals => ({
  required: 0,
  scheduled: 0,
  cancelled: 0,
  heldInPerson: 0,
  heldDelegated: 0,
  missing: 0,
  missingInPerson: 0,
});

function sumTotals(periods: readonly DutyPeriod[]): DutyTotals {
  const t = zeroTotals();
  for (const p of periods) {
    t.required += p.required;
    t.scheduled += p.scheduled;
    t.cancelled += p.cancelled;
    t.heldInPerson += p.heldInPerson;
    t.heldDelegated += p.heldDelegated;
    // An ongoing period is not yet owed.
    if (p.status !== 'ongoing') {
      t.missing += p.missing;
      t.missingInPerson += p.missingInPerson;
    }
  }
  return t;
}
