import { formatVietnameseDate } from '../calendar/vietnamese-date-format';
import { timeLimitOf } from '../rules/rule-set.registry';
import { addDays, endOfVietnamDay } from '../shared/iso-date';
import type { Clock } from './clock';
import { countPeriod, type PauseInput } from './count-period';
import type {
  Deadline,
  DeadlineDerivation,
  DeadlineExtension,
  DeadlineOptions,
  DeadlineStatus,
} from './deadline.types';
import { explainDeadline } from './explain-deadline';
import { resolveTimeLimit } from './resolve-time-limit';

/**
 * The due date of a clock and its proof. Calendar days follow BLDS Arts. 147–148; working days
 * are counted one by one after the start date. Extensions (gia hạn) lengthen the same period:
 * their days are added to the count, so an extension runs on from the last counted day and the
 * Art. 148.5 roll-over applies once, to the final end (docs/law/calendar.md). Suspensions are
 * left out as described in count-period.ts.
 */
export function computeDeadline(clock: Clock, { calendar, asOf }: DeadlineOptions): Deadline {
  const resolved = resolveTimeLimit(clock.ruleSetId, clock.rule, clock.variant);
  const { rule } = resolved;
  const unit = rule.unit;
  const warnings: string[] = [];

  // Stopping the clock ends a suspension that was never lifted (e.g. đình chỉ while tạm đình chỉ).
  const pauses: PauseInput[] = clock.pauses.map((p) =>
    !p.to && clock.stoppedOn ? { ...p, to: clock.stoppedOn } : { ...p },
  );

  const extensions: DeadlineExtension[] = [];
  let total = resolved.days;
  for (const e of [...clock.extensions].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))) {
    const extension = timeLimitOf(e.ruleSetId, e.rule);
    if (extension.unit !== unit) {
      throw new RangeError(`extension ${e.rule} is in ${extension.unit}, clock ${clock.rule} in ${unit}`);
    }
    const days = resolveTimeLimit(e.ruleSetId, e.rule, clock.variant).days;
    const before = countPeriod(
      calendar,
      unit,
      clock.startedOn,
      total,
      pauses.filter((p) => p.from <= e.on),
    );
    const applied = before.open || !before.due || e.on <= before.due;
    if (applied) total += days;
    else {
      warnings.push(
        `Quyết định gia hạn ngày ${formatVietnameseDate(e.on)} ban hành sau khi thời hạn đã kết thúc ` +
          `(${formatVietnameseDate(before.due!)}), nên không được cộng vào thời hạn.`,
      );
    }
    extensions.push({ ...e, title: extension.title, source: extension.source, days, applied });
  }

  const count = countPeriod(calendar, unit, clock.startedOn, total, pauses);
  for (const p of count.pauses) {
    if (!p.applied) {
      warnings.push(
        `Tạm đình chỉ ngày ${formatVietnameseDate(p.from)} sau khi thời hạn đã kết thúc, nên không làm thay đổi thời hạn.`,
      );
    }
  }

  const due = count.open ? undefined : count.due;
  const status = statusOf(clock, due, asOf, count.open);
  const firstCountedDay =
    unit === 'working_days' ? calendar.nextWorkingDay(clock.startedOn) : addDays(clock.startedOn, 1);
  const dependsFrom = unit === 'working_days' ? firstCountedDay : count.nominalEnd;
  const estimated = due && dependsFrom ? calendar.estimatedPeriodsBetween(dependsFrom, due) : [];

  const derivation: Omit<DeadlineDerivation, 'explanation'> = {
    rule: {
      key: rule.key,
      title: rule.title,
      ruleSetId: clock.ruleSetId,
      source: rule.source,
      policy: rule.policy ?? false,
      ...(kindOf(rule) ? { kind: kindOf(rule) } : {}),
      ...(rule.note ? { note: rule.note } : {}),
    },
    unit,
    variant: { requested: clock.variant, applied: resolved.variant },
    days: resolved.days,
    extensions,
    totalDays: total,
    start: { event: clock.startEvent, date: clock.startedOn, firstCountedDay },
    pauses: count.pauses,
    ...(count.nominalEnd ? { nominalEnd: count.nominalEnd } : {}),
    skipped: count.skipped,
    rolledOver: count.rolledOver,
    ...(due ? { dueDate: due, dueAt: endOfVietnamDay(due) } : {}),
    ...(clock.stoppedOn ? { stoppedOn: clock.stoppedOn } : {}),
    asOf,
    estimated,
    warnings,
  };
  const explanation = explainDeadline({ ...derivation, explanation: '' }, status);

  return {
    rule: clock.rule,
    ruleSetId: clock.ruleSetId,
    status,
    ...(due ? { dueDate: due, dueAt: endOfVietnamDay(due) } : {}),
    estimated: estimated.length > 0,
    derivation: { ...derivation, explanation },
  };
}

/** Read loosely: the rule data is gaining a `kind` field while this is written. */
const kindOf = (rule: object): string | undefined => (rule as { kind?: string }).kind;

function statusOf(clock: Clock, due: string | undefined, asOf: string, open: boolean): DeadlineStatus {
  if (open || !due) return 'paused';
  if (clock.stoppedOn) return clock.stoppedOn <= due ? 'met' : 'late';
  return asOf > due ? 'overdue' : 'running';
}
