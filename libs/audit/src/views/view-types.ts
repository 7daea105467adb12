import type { IsoDate } from '@kntc/domain';
import type { AuditQuery } from '../report/audit-query.service';
import type { Period } from '../report/period';
import type { Ratio } from '../report/ratios';
import type { AuthorityInfo, CaseSection, RowScope } from '../report/report-types';

type AuthorityBrief = Pick<AuthorityInfo, 'id' | 'code' | 'name' | 'level'>;

/** What every inspector view says about itself: the period, the cut-off, whose figures. */
export interface ViewFrame {
  period: Period;
  knowledge: { asOf: string; frozen: boolean };
  root: AuthorityBrief;
  scope: 'authority' | 'subtree';
}

export type OverdueQuery = AuditQuery & {
  /** Only this kind of case; every kind when absent. */
  subject?: CaseSection;
  /** Only the cases held by this authority (it must be within the view). */
  authorityId?: string;
  cursor?: string;
  limit: number;
};

/** One open case unit past its due date, with the authority holding it. Codes and dates only. */
export interface OverdueItem {
  caseId: string;
  code: string;
  kind: string;
  round: number | null;
  /** The unit of the case (round 2, a re-resolution… are further units). */
  unitNo: number;
  authority: AuthorityBrief;
  /** First day the holding authority held the unit (thụ lý, or the hand-over to it). */
  heldSince: IsoDate;
  /** Calendar days from `heldSince` to the reference day. */
  daysHeld: number;
  acceptedOn: IsoDate;
  dueOn: IsoDate;
  /** Calendar days from the due date to the reference day. */
  daysOverdue: number;
}

export interface OverduePage extends ViewFrame {
  /** The reference day: the period's last day, or the day of the cut-off (today) when earlier. */
  overdueOn: IsoDate;
  /** Open units past due on the reference day (every page). */
  count: number;
  /** Open units whose period is paused (tạm đình chỉ) on the reference day: no due date, not listed. */
  suspended: number;
  items: OverdueItem[];
  nextCursor: string | null;
}

export const LEAGUE_SORTS = [
  'resolutionRate',
  'onTimeRate',
  'received',
  'toResolve',
  'resolved',
  'onTime',
  'late',
  'pendingOverdue',
  'medianDays',
  'p90Days',
  'authority',
] as const;
export type LeagueSort = (typeof LEAGUE_SORTS)[number];
export type SortOrder = 'asc' | 'desc';

export type LeagueQuery = AuditQuery & {
  subject: CaseSection;
  sort: LeagueSort;
  /** Default: descending, except by authority (code, ascending). */
  order?: SortOrder;
};

/** The counted columns of the league table, each a line of the period report. */
export const LEAGUE_CASE_KEYS = ['toResolve', 'resolved', 'onTime', 'late', 'pendingOverdue'] as const;
export type LeagueCaseKey = (typeof LEAGUE_CASE_KEYS)[number];
export type LeagueFigures = { received: number } & Record<LeagueCaseKey, number>;

export interface LeagueRow extends LeagueFigures {
  scope: RowScope;
  resolutionRate: Ratio;
  onTimeRate: Ratio;
  /** Median of the days from thụ lý to resolution of the units resolved in the period (1 decimal). */
  medianDays: number | null;
  /** 90th percentile of the same days (continuous, 1 decimal). */
  p90Days: number | null;
  /** Resolved units behind the median and the 90th percentile (declared figures have no dates). */
  timedUnits: number;
  /** The declared part (kê khai) of each figure, when some were declared. */
  declared?: LeagueFigures;
}

export interface League extends ViewFrame {
  subject: CaseSection;
  sort: LeagueSort;
  order: SortOrder;
  /** One row per authority that held a đơn or a case of the subject in the period (or declared figures). */
  rows: LeagueRow[];
  /** The same figures by level group. */
  levels: LeagueRow[];
  total: LeagueRow;
}
