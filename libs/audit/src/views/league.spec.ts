import type { DeclarationRow } from '../report/report.repository';
import type { AuthorityInfo } from '../report/report-types';
import { buildLeague, declaredFigures, sortLeague, type LeagueCaseFigureRow } from './league';
import type { LeagueRow } from './view-types';

const authority = (code: string, level: string): AuthorityInfo => ({
  id: `id-${code}`,
  code,
  name: `UBND ${code}`,
  level,
  parentId: null,
  validFrom: '2020-01-01',
  validUntil: null,
});

const P = authority('P', 'province');
const A = authority('A', 'commune');
const B = authority('B', 'commune');
const G = authority('G', 'provincial_agency');
const Q = authority('Q', 'commune');

const caseRow = (
  authorityId: string | null,
  levelGroup: string | null,
  over: Partial<LeagueCaseFigureRow> = {},
): LeagueCaseFigureRow => ({
  authorityId,
  levelGroup,
  toResolve: 0,
  resolved: 0,
  onTime: 0,
  late: 0,
  pendingOverdue: 0,
  medianDays: null,
  p90Days: null,
  ...over,
});

const declaration = (over: Partial<DeclarationRow>): DeclarationRow => ({
  id: 'd',
  authorityId: G.id,
  subject: 'complaint',
  periodFrom: '2025-10-01',
  periodTo: '2025-10-31',
  figures: {},
  source: 'Sổ theo dõi',
  declaredAt: new Date('2025-11-01T00:00:00Z'),
  ...over,
});

const period = { from: '2025-10-01', to: '2025-12-31' };

describe('declaredFigures', () => {
  it('takes only declarations inside the period, đơn received from petition ones, case lines from the subject’s kinds', () => {
    const declared = declaredFigures(
      [
        declaration({ figures: { toResolve: 4, resolved: 3, onTime: 2, late: 1, pendingOverdue: 1, new: 9 } }),
        declaration({ subject: 'denunciation', figures: { toResolve: 2, resolved: 2 } }),
        declaration({ subject: 'petition', figures: { received: 5, processed: 4 } }),
        declaration({ subject: 'feedback', figures: { toResolve: 7 } }),
        // Straddles the period's start: only checked by the report, never combined.
        declaration({ periodFrom: '2025-09-01', figures: { toResolve: 100 } }),
      ],
      'complaint',
      period,
    );
    expect(Object.fromEntries(declared)).toEqual({
      [G.id]: { received: 5, toResolve: 4, resolved: 3, onTime: 2, late: 1, pendingOverdue: 1 },
    });
  });
});

describe('buildLeague', () => {
  const built = buildLeague({
    authorities: [P, A, B, G, Q],
    subject: 'complaintAndDenunciation',
    period,
    caseRows: [
      caseRow(A.id, 'commune', { toResolve: 8, resolved: 4, onTime: 3, late: 1, pendingOverdue: 2, medianDays: 25 }),
      caseRow(B.id, 'commune', { toResolve: 0 }),
      caseRow(null, 'commune', { toResolve: 8, resolved: 4, onTime: 3, late: 1, pendingOverdue: 2, medianDays: 25 }),
      caseRow(null, null, {
        toResolve: 8,
        resolved: 4,
        onTime: 3,
        late: 1,
        pendingOverdue: 2,
        medianDays: 25,
        p90Days: 37.00000000000001,
      }),
    ],
    petitionRows: [
      { authorityId: A.id, levelGroup: 'commune', received: 7 },
      { authorityId: null, levelGroup: 'commune', received: 7 },
      { authorityId: null, levelGroup: null, received: 7 },
    ],
    declarations: [declaration({ figures: { toResolve: 4, resolved: 3, onTime: 2 } })],
  });

  it('lists the authorities with a đơn, a case or declared figures, in the order given', () => {
    expect(built.rows.map((r) => (r.scope.type === 'authority' ? r.scope.authority.code : '?'))).toEqual([
      'A',
      'B',
      'G',
    ]);
  });

  it('states each ratio with its numerator and denominator, and no value over nothing', () => {
    const [a, b] = built.rows;
    expect(a.resolutionRate).toMatchObject({ numerator: { value: 4 }, denominator: { value: 8 }, value: 0.5 });
    expect(a.onTimeRate).toMatchObject({ numerator: { value: 3 }, denominator: { value: 4 }, percent: 75 });
    expect(b.resolutionRate).toMatchObject({ numerator: { value: 0 }, denominator: { value: 0 }, value: null });
    expect([b.medianDays, b.p90Days, b.timedUnits]).toEqual([null, null, 0]);
  });

  it('adds declared figures, marks them, and rolls them into the level and the total', () => {
    const g = built.rows[2];
    expect(g).toMatchObject({ toResolve: 4, resolved: 3, onTime: 2, medianDays: null, timedUnits: 0 });
    expect(g.declared).toEqual({ received: 0, toResolve: 4, resolved: 3, onTime: 2, late: 0, pendingOverdue: 0 });
    expect(
      built.levels.map((l) => [l.scope.type === 'level' && l.scope.level, l.toResolve, l.declared?.toResolve]),
    ).toEqual([
      ['provincial_agencies', 4, 4],
      ['commune', 8, undefined],
    ]);
    expect(built.total).toMatchObject({ received: 7, toResolve: 12, resolved: 7, onTime: 5, late: 1, timedUnits: 4 });
    expect(built.total.p90Days).toBe(37);
  });
});

describe('sortLeague', () => {
  const row = (code: string, over: Partial<LeagueRow>, ratio?: [number, number]): LeagueRow => {
    const [n, d] = ratio ?? [0, 0];
    const r = { label: '', numerator: { definition: '', value: n }, denominator: { definition: '', value: d } };
    return {
      scope: { type: 'authority', authority: { id: code, code, name: code, level: 'commune' }, level: 'commune' },
      received: 0,
      toResolve: d,
      resolved: n,
      onTime: 0,
      late: 0,
      pendingOverdue: 0,
      resolutionRate: { ...r, value: d ? n / d : null, percent: null },
      onTimeRate: { ...r, value: null, percent: null },
      medianDays: null,
      p90Days: null,
      timedUnits: 0,
      ...over,
    };
  };
  const codes = (rows: LeagueRow[]) => rows.map((r) => (r.scope.type === 'authority' ? r.scope.authority.code : ''));

  const rows = [
    row('D', { received: 3, medianDays: 12 }, [1, 2]),
    row('C', { received: 9 }, [0, 0]),
    row('B', { received: 3, medianDays: 30 }, [6667, 10000]),
    row('A', { received: 1, medianDays: 12 }, [2, 3]),
    row('E', { received: 0 }, [1, 2]),
  ];

  it('ranks by the exact ratio, best first, ties by code and no ratio last', () => {
    // 6667/10000 is above 2/3 = 0.66666… although both round to 0.6667.
    expect(codes(sortLeague(rows, 'resolutionRate'))).toEqual(['B', 'A', 'D', 'E', 'C']);
  });

  it('ranks ascending when asked, still with no value last', () => {
    expect(codes(sortLeague(rows, 'resolutionRate', 'asc'))).toEqual(['D', 'E', 'A', 'B', 'C']);
    expect(codes(sortLeague(rows, 'medianDays', 'asc'))).toEqual(['A', 'D', 'B', 'C', 'E']);
  });

  it('ranks by a count, ties by code', () => {
    expect(codes(sortLeague(rows, 'received'))).toEqual(['C', 'B', 'D', 'A', 'E']);
  });

  it('lists by authority code, ascending by default', () => {
    expect(codes(sortLeague(rows, 'authority'))).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(codes(sortLeague(rows, 'authority', 'desc'))).toEqual(['E', 'D', 'C', 'B', 'A']);
  });
});
