import type { AuthorityInfo } from '../report/report-types';
import { buildDutyRows, type DutyDayRow } from './duty-rows';

const authority = (id: string, level: string, validUntil: string | null = null): AuthorityInfo => ({
  id,
  code: id.toUpperCase(),
  name: `UBND ${id}`,
  level,
  parentId: null,
  validFrom: '2025-07-01',
  validUntil,
});

const idOf = (row: { scope: { type: string; authority?: { id: string } } }) =>
  row.scope.type === 'authority' ? row.scope.authority!.id : row.scope.type;

describe('buildDutyRows', () => {
  const p = authority('p', 'province');
  const c1 = authority('c1', 'commune');
  const unit = authority('unit', 'provincial_agency_unit');
  const july = { from: '2026-07-01', to: '2026-07-31' } as const;
  // The commune chair: the 7th delegated to a deputy (twice the same day), the 21st in person; another authority's day.
  const days: DutyDayRow[] = [
    { authorityId: 'c1', visitedOn: '2026-07-07', presence: 'delegated' },
    { authorityId: 'c1', visitedOn: '2026-07-07', presence: 'delegated' },
    { authorityId: 'c1', visitedOn: '2026-07-21', presence: 'in_person' },
    { authorityId: 'unit', visitedOn: '2026-07-09', presence: 'in_person' },
  ];

  it('judges a commune July (2 days a month) and an idle province month, skips a level without duty, and totals', () => {
    const rows = buildDutyRows({ authorities: [p, unit, c1], ...july, today: '2026-08-10', days });
    expect(rows.map(idOf)).toEqual(['total', 'p', 'c1']);
    const [total, province, commune] = rows;
    expect(commune).toEqual({
      scope: {
        type: 'authority',
        authority: { id: 'c1', code: 'C1', name: 'UBND c1', level: 'commune' },
        level: 'commune',
      },
      head: 'Chủ tịch UBND cấp xã',
      required: 2,
      heldInPerson: 1,
      heldDelegated: 1,
      missing: 0,
      missingInPerson: 1,
      periods: { met: 0, met_by_delegation: 1, missed: 0, ongoing: 0 },
    });
    expect(province).toMatchObject({
      head: 'Chủ tịch UBND cấp tỉnh',
      required: 1,
      heldInPerson: 0,
      heldDelegated: 0,
      missing: 1,
      missingInPerson: 1,
      periods: { met: 0, met_by_delegation: 0, missed: 1, ongoing: 0 },
    });
    expect(total).toEqual({
      scope: { type: 'total' },
      required: 3,
      heldInPerson: 1,
      heldDelegated: 1,
      missing: 1,
      missingInPerson: 2,
      periods: { met: 0, met_by_delegation: 1, missed: 1, ongoing: 0 },
    });
  });

  it('leaves a month not over at the cut-off ongoing, its shortfall out of the totals', () => {
    const rows = buildDutyRows({ authorities: [p], ...july, today: '2026-07-20', days: [] });
    expect(rows[0]).toMatchObject({ required: 1, missing: 0, missingInPerson: 0, periods: { ongoing: 1, missed: 0 } });
  });

  it('judges every period overlapping the window whole: the weeks of a commune before 2026-07-01', () => {
    // 10–16/06/2026 cuts the weeks 08–14/06 and 15–21/06; the day held on the 8th is in the first.
    const rows = buildDutyRows({
      authorities: [c1],
      from: '2026-06-10',
      to: '2026-06-16',
      today: '2026-08-10',
      days: [{ authorityId: 'c1', visitedOn: '2026-06-08', presence: 'in_person' }],
    });
    expect(rows[1]).toMatchObject({
      required: 2,
      heldInPerson: 1,
      missing: 1,
      periods: { met: 1, missed: 1 },
    });
  });

  it('owes nothing for an authority dissolved before the period or of an unknown level: only the total', () => {
    const gone = authority('gone', 'commune', '2026-07-01');
    const rows = buildDutyRows({ authorities: [gone, authority('x', 'other')], ...july, today: '2026-08-10', days });
    expect(rows).toEqual([
      {
        scope: { type: 'total' },
        required: 0,
        heldInPerson: 0,
        heldDelegated: 0,
        missing: 0,
        missingInPerson: 0,
        periods: { met: 0, met_by_delegation: 0, missed: 0, ongoing: 0 },
      },
    ]);
  });
});
