import {
  addDays,
  AUTHORITY_LEVELS,
  dutyHeadOf,
  leaderDutyCompliance,
  type AuthorityLevel,
  type DutyPeriodStatus,
  type IsoDate,
  type LeaderPresence,
} from '@kntc/domain';
import { levelGroupOf } from '../report/levels';
import type { AuthorityInfo, DutyReportRow } from '../report/report-types';

/** A day of the head's periodic reception in the register, in person or delegated. */
export interface DutyDayRow {
  authorityId: string;
  visitedOn: IsoDate;
  presence: LeaderPresence;
}

type DutyFigures = Omit<DutyReportRow, 'scope' | 'head'>;

const zero = (): DutyFigures => ({
  required: 0,
  heldInPerson: 0,
  heldDelegated: 0,
  missing: 0,
  missingInPerson: 0,
  periods: { met: 0, met_by_delegation: 0, missed: 0, ongoing: 0 },
});

function addInto(target: DutyFigures, row: DutyFigures): void {
  target.required += row.required;
  target.heldInPerson += row.heldInPerson;
  target.heldDelegated += row.heldDelegated;
  target.missing += row.missing;
  target.missingInPerson += row.missingInPerson;
  for (const status of Object.keys(target.periods) as DutyPeriodStatus[]) {
    target.periods[status] += row.periods[status];
  }
}

const isLevel = (level: string): level is AuthorityLevel => (AUTHORITY_LEVELS as readonly string[]).includes(level);

/**
 * The duty table of a report's reception section: total first, then one row per authority (in
 * the order given) whose head has a statutory duty in the period, judged by leaderDutyCompliance
 * as the compliance view judges it (every period overlapping the window whole, `today` deciding
 * what is still ongoing), but without schedules. The window is cut to the authority's lifetime,
 * so a unit dissolved in the period owes nothing after it. `days` must cover a month either side
 * of the period. Pure.
 */
export function buildDutyRows(input: {
  authorities: readonly AuthorityInfo[];
  from: IsoDate;
  to: IsoDate;
  today: IsoDate;
  days: readonly DutyDayRow[];
}): DutyReportRow[] {
  const total = zero();
  const rows: DutyReportRow[] = [];
  for (const a of input.authorities) {
    if (!isLevel(a.level)) continue;
    const from = a.validFrom > input.from ? a.validFrom : input.from;
    const lastDay = a.validUntil ? addDays(a.validUntil, -1) : input.to;
    const to = lastDay < input.to ? lastDay : input.to;
    if (from > to) continue;
    const { periods, totals } = leaderDutyCompliance({
      level: a.level,
      from,
      to,
      today: input.today,
      scheduled: [],
      cancelled: [],
      held: input.days.filter((d) => d.authorityId === a.id).map((d) => ({ on: d.visitedOn, presence: d.presence })),
    });
    if (periods.length === 0) continue;
    const figures = zero();
    figures.required = totals.required;
    figures.heldInPerson = totals.heldInPerson;
    figures.heldDelegated = totals.heldDelegated;
    figures.missing = totals.missing;
    figures.missingInPerson = totals.missingInPerson;
    for (const p of periods) figures.periods[p.status] += 1;
    addInto(total, figures);
    rows.push({
      scope: {
        type: 'authority',
        authority: { id: a.id, code: a.code, name: a.name, level: a.level },
        level: levelGroupOf(a.level),
      },
      head: dutyHeadOf(a.level),
      ...figures,
    });
  }
  return [{ scope: { type: 'total' }, ...total }, ...rows];
}
