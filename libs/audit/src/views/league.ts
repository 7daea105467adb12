import { LEVEL_GROUP_LABELS, LEVEL_GROUPS, levelGroupOf, type LevelGroup } from '../report/levels';
import { CASE_RATIOS, computeRatio, type RatioDef } from '../report/ratios';
import type { DeclarationRow } from '../report/report.repository';
import type { AuthorityInfo, CaseSection, RowScope } from '../report/report-types';
import { LEAGUE_CASE_KEYS, type LeagueFigures, type LeagueRow, type LeagueSort, type SortOrder } from './view-types';

/** The case kinds of each report section. */
export const SECTION_KINDS: Record<CaseSection, string[]> = {
  complaint: ['complaint'],
  denunciation: ['denunciation'],
  complaintAndDenunciation: ['complaint', 'denunciation'],
  feedback: ['feedback'],
};

/**
 * One aggregate row of the league queries: an authority (with its level group), a level group
 * alone, or neither (the whole scope).
 */
export interface LeagueCaseFigureRow {
  authorityId: string | null;
  levelGroup: string | null;
  toResolve: number;
  resolved: number;
  onTime: number;
  late: number;
  pendingOverdue: number;
  medianDays: number | null;
  p90Days: number | null;
}

export interface LeaguePetitionFigureRow {
  authorityId: string | null;
  levelGroup: string | null;
  received: number;
}

export interface LeagueInputs {
  authorities: AuthorityInfo[];
  subject: CaseSection;
  period: { from: string; to: string };
  caseRows: LeagueCaseFigureRow[];
  petitionRows: LeaguePetitionFigureRow[];
  /** Declarations in force at the cut-off that meet the period (as for the report). */
  declarations: DeclarationRow[];
}

const ratioDef = (key: string): RatioDef => CASE_RATIOS.find((r) => r.key === key)!;
const RESOLUTION_RATE = ratioDef('resolutionRate');
const ON_TIME_RATE = ratioDef('onTimeRate');

const zero = (): LeagueFigures => ({ received: 0, toResolve: 0, resolved: 0, onTime: 0, late: 0, pendingOverdue: 0 });
const isZero = (f: LeagueFigures) => Object.values(f).every((v) => v === 0);

function addInto(target: LeagueFigures, source: Partial<LeagueFigures>): void {
  for (const key of Object.keys(target) as (keyof LeagueFigures)[]) target[key] += source[key] ?? 0;
}

const keyOf = (row: { authorityId: string | null; levelGroup: string | null }) =>
  row.authorityId ? `authority:${row.authorityId}` : row.levelGroup ? `level:${row.levelGroup}` : 'total';

const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/**
 * The declared part of each authority's figures, as the report combines it: only declarations
 * lying inside the period, đơn received from petition declarations, case lines from those of the
 * section's kinds.
 */
export function declaredFigures(
  declarations: DeclarationRow[],
  subject: CaseSection,
  period: { from: string; to: string },
): Map<string, LeagueFigures> {
  const byAuthority = new Map<string, LeagueFigures>();
  for (const d of declarations) {
    if (d.periodFrom < period.from || d.periodTo > period.to) continue;
    const isPetition = d.subject === 'petition';
    if (!isPetition && !SECTION_KINDS[subject].includes(d.subject)) continue;
    const figures = byAuthority.get(d.authorityId) ?? zero();
    byAuthority.set(d.authorityId, figures);
    if (isPetition) figures.received += d.figures.received ?? 0;
    else for (const key of LEAGUE_CASE_KEYS) figures[key] += d.figures[key] ?? 0;
  }
  return byAuthority;
}

/**
 * Assembles the league table from the aggregate rows: lists the authorities that held a đơn or
 * a case of the subject in the period (or declared figures for it), adds the declared figures as
 * the report does, and states the ratios with their numerators and denominators. Pure.
 */
export function buildLeague(input: LeagueInputs): { rows: LeagueRow[]; levels: LeagueRow[]; total: LeagueRow } {
  const cases = new Map(input.caseRows.map((r) => [keyOf(r), r]));
  const petitions = new Map(input.petitionRows.map((r) => [keyOf(r), r]));
  const declared = declaredFigures(input.declarations, input.subject, input.period);

  const rowOf = (scope: RowScope, key: string, declaredPart: LeagueFigures): LeagueRow => {
    const c = cases.get(key);
    const figures = zero();
    addInto(figures, { received: petitions.get(key)?.received ?? 0 });
    if (c) addInto(figures, c);
    addInto(figures, declaredPart);
    return {
      scope,
      ...figures,
      resolutionRate: computeRatio(RESOLUTION_RATE, figures),
      onTimeRate: computeRatio(ON_TIME_RATE, figures),
      medianDays: round1(c?.medianDays ?? null),
      p90Days: round1(c?.p90Days ?? null),
      timedUnits: c?.resolved ?? 0,
      ...(isZero(declaredPart) ? {} : { declared: declaredPart }),
    };
  };

  const listed = input.authorities.filter(
    (a) =>
      cases.has(`authority:${a.id}`) || petitions.has(`authority:${a.id}`) || !isZero(declared.get(a.id) ?? zero()),
  );
  const levelDeclared = new Map<LevelGroup, LeagueFigures>();
  const totalDeclared = zero();
  const rows = listed.map((a) => {
    const level = levelGroupOf(a.level);
    const part = declared.get(a.id) ?? zero();
    const sum = levelDeclared.get(level) ?? zero();
    levelDeclared.set(level, sum);
    addInto(sum, part);
    addInto(totalDeclared, part);
    const authority = { id: a.id, code: a.code, name: a.name, level: a.level };
    return rowOf({ type: 'authority', authority, level }, `authority:${a.id}`, part);
  });
  const levels = LEVEL_GROUPS.filter((l) => levelDeclared.has(l)).map((level) =>
    rowOf({ type: 'level', level, label: LEVEL_GROUP_LABELS[level] }, `level:${level}`, levelDeclared.get(level)!),
  );
  return { rows, levels, total: rowOf({ type: 'total' }, 'total', totalDeclared) };
}

/** Best first: descending, except by authority (code, ascending). */
export const defaultLeagueOrder = (sort: LeagueSort): SortOrder => (sort === 'authority' ? 'asc' : 'desc');

function sortValue(row: LeagueRow, sort: Exclude<LeagueSort, 'authority'>): number | null {
  switch (sort) {
    case 'resolutionRate':
    case 'onTimeRate': {
      // The exact fraction, not the rounded ratio: 2/3 ranks above 6667/10000.
      const { numerator, denominator } = row[sort];
      return denominator.value === 0 ? null : numerator.value / denominator.value;
    }
    default:
      return row[sort];
  }
}

const codeOf = (row: LeagueRow) => (row.scope.type === 'authority' ? row.scope.authority.code : '');
const byCode = (a: LeagueRow, b: LeagueRow) => (codeOf(a) < codeOf(b) ? -1 : codeOf(a) > codeOf(b) ? 1 : 0);

/**
 * The rows in league order: by the chosen column, in the chosen direction (default: descending,
 * or ascending by authority code); rows without a value (no ratio, no resolved unit) last; ties
 * by authority code. Pure.
 */
export function sortLeague(rows: LeagueRow[], sort: LeagueSort, order?: SortOrder): LeagueRow[] {
  const direction = (order ?? defaultLeagueOrder(sort)) === 'asc' ? 1 : -1;
  if (sort === 'authority') return [...rows].sort((a, b) => direction * byCode(a, b));
  return [...rows].sort((a, b) => {
    const [x, y] = [sortValue(a, sort), sortValue(b, sort)];
    if (x === null || y === null) return x === y ? byCode(a, b) : x === null ? 1 : -1;
    return x === y ? byCode(a, b) : direction * (x - y);
  });
}
