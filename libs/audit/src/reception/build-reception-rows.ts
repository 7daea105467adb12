import { LEVEL_GROUP_LABELS, LEVEL_GROUPS, levelGroupOf, type LevelGroup } from '../report/levels';
import { failingIdentities } from '../report/identities';
import type { AuthorityInfo, ReportFailure, ReportRow } from '../report/report-types';
import { RECEPTION_IDENTITIES, RECEPTION_METRIC_KEYS } from './reception-metrics';

export type ReceptionCellRow = { authorityId: string } & Record<string, number>;

type Cells = Record<string, number>;

const zero = (): Cells => Object.fromEntries(RECEPTION_METRIC_KEYS.map((k) => [k, 0]));

function addInto(target: Cells, row: Cells): void {
  for (const k of RECEPTION_METRIC_KEYS) target[k] += Number(row[k] ?? 0);
}

/**
 * The reception table of a report: total, level groups and authorities in the same order as the
 * report's other tables (`shown`, the authorities of its rows), plus any authority that received
 * citizens without appearing there. Level and total rows add the authorities' rows: a vụ việc
 * is counted once per authority (a repeat visit is about a case the receiving authority holds).
 * Pure.
 */
export function buildReceptionRows(input: {
  shown: readonly AuthorityInfo[];
  all: readonly AuthorityInfo[];
  cells: readonly ReceptionCellRow[];
}): { rows: ReportRow[]; checked: number; failed: ReportFailure[] } {
  const byAuthority = new Map(input.cells.map((c) => [c.authorityId, c]));
  const shownIds = new Set(input.shown.map((a) => a.id));
  const authorities = [...input.shown, ...input.all.filter((a) => !shownIds.has(a.id) && byAuthority.has(a.id))];
  const total = zero();
  const levels = new Map<LevelGroup, Cells>();
  const authorityRows: ReportRow[] = [];
  for (const a of authorities) {
    const cells = zero();
    const found = byAuthority.get(a.id);
    if (found) addInto(cells, found);
    const level = levelGroupOf(a.level);
    addInto(total, cells);
    const lc = levels.get(level) ?? zero();
    levels.set(level, lc);
    addInto(lc, cells);
    authorityRows.push({
      scope: { type: 'authority', authority: { id: a.id, code: a.code, name: a.name, level: a.level }, level },
      cells,
      ratios: {},
    });
  }
  const rows: ReportRow[] = [
    { scope: { type: 'total' }, cells: total, ratios: {} },
    ...LEVEL_GROUPS.filter((l) => levels.has(l)).map((level): ReportRow => ({
      scope: { type: 'level', level, label: LEVEL_GROUP_LABELS[level] },
      cells: levels.get(level)!,
      ratios: {},
    })),
    ...authorityRows,
  ];
  const failed: ReportFailure[] = rows.flatMap((row) =>
    failingIdentities(RECEPTION_IDENTITIES, row.cells).map((f): ReportFailure => ({
      ...f,
      subject: 'reception',
      scope: row.scope,
      source: 'engine',
    })),
  );
  return { rows, checked: rows.length * RECEPTION_IDENTITIES.length, failed };
}
