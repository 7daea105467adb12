import type { AuthorityInfo } from '../report/report-types';
import { buildReceptionRows, type ReceptionCellRow } from './build-reception-rows';
import { RECEPTION_METRIC_KEYS } from './reception-metrics';

const authority = (id: string, level: string): AuthorityInfo => ({
  id,
  code: id.toUpperCase(),
  name: `UBND ${id}`,
  level,
  parentId: null,
  validFrom: '2025-07-01',
  validUntil: null,
});

const cells = (authorityId: string, values: Record<string, number>): ReceptionCellRow =>
  ({ authorityId, ...Object.fromEntries(RECEPTION_METRIC_KEYS.map((k) => [k, values[k] ?? 0])) }) as ReceptionCellRow;

describe('buildReceptionRows', () => {
  const p = authority('p', 'province');
  const c1 = authority('c1', 'commune');
  const c2 = authority('c2', 'commune');
  const gone = authority('gone', 'district');

  it('keeps the report’s rows and order, adds an authority that received citizens, and sums levels and total', () => {
    const built = buildReceptionRows({
      shown: [p, c1, c2],
      all: [p, c1, c2, gone],
      cells: [
        cells('c1', { visits: 3, people: 7, cases: 2, casesOld: 1, casesNew: 1, regularVisits: 3, contentOther: 3 }),
        cells('gone', { visits: 1, people: 1, cases: 1, casesNew: 1, regularVisits: 1, contentComplaint: 1 }),
      ],
    });
    expect(built.rows.map((r) => (r.scope.type === 'authority' ? r.scope.authority.id : r.scope.type))).toEqual([
      'total',
      'level',
      'level',
      'level',
      'p',
      'c1',
      'c2',
      'gone',
    ]);
    expect(built.rows[0].cells).toMatchObject({ visits: 4, people: 8, cases: 3 });
    const commune = built.rows.find((r) => r.scope.type === 'level' && r.scope.level === 'commune')!;
    expect(commune.cells).toMatchObject({ visits: 3, people: 7 });
    expect(built.rows.find((r) => r.scope.type === 'authority' && r.scope.authority.id === 'c2')!.cells.visits).toBe(0);
    expect(built.failed).toEqual([]);
    expect(built.checked).toBe(built.rows.length * 4);
  });

  it('reports every identity a row breaks, with its cells', () => {
    const built = buildReceptionRows({
      shown: [c1],
      all: [c1],
      cells: [cells('c1', { visits: 2, regularVisits: 1, leaderVisits: 1, leaderInPerson: 0, contentFeedback: 2 })],
    });
    expect(built.failed.map((f) => [f.identity, f.scope.type, f.left, f.right])).toEqual([
      ['leaderPresence', 'total', 1, 0],
      ['leaderPresence', 'level', 1, 0],
      ['leaderPresence', 'authority', 1, 0],
    ]);
  });
});
