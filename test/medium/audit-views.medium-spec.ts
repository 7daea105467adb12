import { setTimeout as sleep } from 'node:timers/promises';
import {
  CASE_SECTIONS,
  DeclarationService,
  DrillService,
  InspectorViewsService,
  ReportService,
  resolvePeriod,
  type LeagueRow,
  type Report,
  type ReportRow,
} from '@kntc/audit';
import type { Actor } from '@kntc/domain';
import { AuditWorld } from './audit-fixtures';

/**
 * The inspector views on a small province, reported over the fourth quarter of 2025
 * (1 October – 31 December; no public holiday falls on a due date below). Every date is the
 * day the step was recorded; due dates are 30 days after thụ lý (Luật KN Art. 28, Luật TC
 * Art. 30), counted by hand.
 *
 * Province VP; communes VA, VB, VC, VQ; provincial agency VG.
 * - O1 complaint at VA, thụ lý 15/09, due 15/10, open.
 * - O4 complaint at VB, thụ lý 01/10, due 31/10, handed over to VC on 03/11 (reorganisation), open.
 * - O2 denunciation at VB and O3 complaint at VA, both thụ lý 06/10, due 05/11, open (O2 made first).
 * - O5 denunciation at VA, thụ lý 06/10, suspended 20/10: no due date while suspended.
 * - N1 complaint at VA, thụ lý 15/12, due 14/01/2026: open, not yet due.
 * - R1–R4 complaints at VA, thụ lý 01/10, decided 13/10, 21/10, 31/10 (on the due date) and
 *   10/11 (late): 12, 20, 30 and 40 days.
 * - R5 denunciation at VB, thụ lý 06/10, concluded 16/10: 10 days.
 * Every case came from a đơn received at its first holder: on 10/09 (O1), 10/12 (N1), and
 * 01/10 for the others (VA 6, VB 3).
 * VG has no record in the engine: it declares its October figures by hand (kê khai): 5 đơn
 * received; complaints 4 to resolve, 3 resolved (2 on time, 1 late), 1 overdue.
 * VP and VQ hold nothing in the period.
 */
describe('inspector views on a hand-computed quarter (Q4 2025)', () => {
  const world = new AuditWorld();
  const quarter = { preset: 'quarter' as const, year: 2025, quarter: 4 };
  const ids: Record<string, string> = {};
  const codes: Record<string, string> = {};
  let inspector: Actor;
  let asOf: Date;
  let views: InspectorViewsService;

  const view = () => ({ rootId: world.ids.VP, scope: 'subtree' as const, period: quarter, asOf });
  const codeOf = (row: LeagueRow) => (row.scope.type === 'authority' ? row.scope.authority.code : row.scope.type);

  beforeAll(async () => {
    await world.start();
    await world.authority('VP', 'province', null);
    for (const name of ['VA', 'VB', 'VC', 'VQ']) await world.authority(name, 'commune', 'VP');
    await world.authority('VG', 'provincial_agency', 'VP');
    const [va, vb] = [await world.actor('VA'), await world.actor('VB')];
    const vc = await world.actor('VC');
    inspector = await world.actor('VP', 'inspector');
    const official = { denounced: { kind: 'official' } };

    world.at('2025-09-10');
    ids.O1 = await world.caseFrom(va, '2025-09-10', 'complaint');
    world.at('2025-09-15');
    await world.onCase(va, ids.O1, { type: 'accept' });

    world.at('2025-10-01');
    ids.O4 = await world.caseFrom(vb, '2025-10-01', 'complaint');
    await world.onCase(vb, ids.O4, { type: 'accept' });
    for (const r of ['R1', 'R2', 'R3', 'R4']) {
      ids[r] = await world.caseFrom(va, '2025-10-01', 'complaint');
      await world.onCase(va, ids[r], { type: 'accept' });
    }
    ids.O2 = await world.caseFrom(vb, '2025-10-01', 'denunciation', official);
    ids.O3 = await world.caseFrom(va, '2025-10-01', 'complaint');
    ids.O5 = await world.caseFrom(va, '2025-10-01', 'denunciation', official);
    ids.R5 = await world.caseFrom(vb, '2025-10-01', 'denunciation', official);

    world.at('2025-10-06');
    await world.onCase(vb, ids.O2, { type: 'accept' });
    await world.onCase(va, ids.O3, { type: 'accept' });
    await world.onCase(va, ids.O5, { type: 'accept' });
    await world.onCase(vb, ids.R5, { type: 'accept' });
    world.at('2025-10-13');
    await world.onCase(va, ids.R1, { type: 'decideNow', outcome: 'correct' });
    world.at('2025-10-16');
    await world.onCase(vb, ids.R5, { type: 'conclude', outcome: 'correct' });
    world.at('2025-10-20');
    await world.onCase(va, ids.O5, { type: 'suspend', ground: 'awaiting_other_result' });
    world.at('2025-10-21');
    await world.onCase(va, ids.R2, { type: 'decideNow', outcome: 'correct' });
    world.at('2025-10-31');
    await world.onCase(va, ids.R3, { type: 'decideNow', outcome: 'correct' });
    world.at('2025-11-03');
    await world.asSystem('case', ids.O4, {
      type: 'reassign',
      to: vc.authority,
      legalBasis: 'Quyết định sắp xếp đơn vị hành chính (thử nghiệm)',
    });
    world.at('2025-11-10');
    await world.onCase(va, ids.R4, { type: 'decideNow', outcome: 'correct' });
    world.at('2025-12-10');
    ids.N1 = await world.caseFrom(va, '2025-12-10', 'complaint');
    world.at('2025-12-15');
    await world.onCase(va, ids.N1, { type: 'accept' });

    world.at('2026-01-12');
    const admin = await world.actor('VP', 'admin');
    const span = { authorityId: world.ids.VG, periodFrom: '2025-10-01', periodTo: '2025-10-31', source: 'Sổ theo dõi' };
    const declarations = world.moduleRef.get(DeclarationService);
    await declarations.declare(admin, { ...span, subject: 'petition', figures: { received: 5 } });
    await declarations.declare(admin, {
      ...span,
      subject: 'complaint',
      figures: { toResolve: 4, resolved: 3, onTime: 2, late: 1, pendingOverdue: 1 },
    });

    for (const [name, id] of Object.entries(ids)) {
      const [row] = await world.ds.query<{ code: string }[]>(`SELECT code FROM kntc_case WHERE id = $1`, [id]);
      codes[name] = row.code;
    }
    const [{ now }] = await world.ds.query<{ now: Date }[]>(`SELECT now() AS now`);
    asOf = new Date(now);
    views = world.moduleRef.get(InspectorViewsService);
  }, 120_000);
  afterAll(() => world.stop());

  describe('overdue cases', () => {
    it('lists the open cases past due at the end of the period, most late first, with who holds them since when', async () => {
      const page = await views.overdue(inspector, { ...view(), limit: 50 });
      expect(page.overdueOn).toBe('2025-12-31');
      // O2 and O3 are equally late: by case code, and O2's was made first.
      expect(codes.O2 < codes.O3).toBe(true);
      expect(page.items).toEqual([
        {
          caseId: ids.O1,
          code: codes.O1,
          kind: 'complaint',
          round: 1,
          unitNo: 1,
          authority: { id: world.ids.VA, code: 'VA', name: 'Cơ quan VA', level: 'commune' },
          heldSince: '2025-09-15',
          daysHeld: 107, // 15 days of September, 31 + 30 + 31
          acceptedOn: '2025-09-15',
          dueOn: '2025-10-15',
          daysOverdue: 77, // 16 days of October, 30 + 31
        },
        {
          caseId: ids.O4,
          code: codes.O4,
          kind: 'complaint',
          round: 1,
          unitNo: 1,
          // Held by the successor since the hand-over, with the due date it had.
          authority: { id: world.ids.VC, code: 'VC', name: 'Cơ quan VC', level: 'commune' },
          heldSince: '2025-11-03',
          daysHeld: 58, // 27 + 31
          acceptedOn: '2025-10-01',
          dueOn: '2025-10-31',
          daysOverdue: 61, // 30 + 31
        },
        expect.objectContaining({
          caseId: ids.O2,
          kind: 'denunciation',
          round: null,
          authority: expect.objectContaining({ code: 'VB' }),
          heldSince: '2025-10-06',
          daysHeld: 86, // 25 + 30 + 31
          dueOn: '2025-11-05',
          daysOverdue: 56, // 25 + 31
        }),
        expect.objectContaining({
          caseId: ids.O3,
          kind: 'complaint',
          authority: expect.objectContaining({ code: 'VA' }),
          daysHeld: 86,
          daysOverdue: 56,
        }),
      ]);
      // O5 is suspended (no due date); N1 is due only on 14/01/2026.
      expect([page.count, page.suspended, page.nextCursor]).toEqual([4, 1, null]);
      expect(page.knowledge).toEqual({ asOf: asOf.toISOString(), frozen: true });
    });

    it('judges a period not yet over on the day of the cut-off (today)', async () => {
      world.at('2025-11-20');
      try {
        const page = await views.overdue(inspector, { ...view(), asOf: undefined, limit: 50 });
        expect(page.overdueOn).toBe('2025-11-20');
        expect(page.items.map((i) => [i.caseId, i.daysOverdue, i.daysHeld])).toEqual([
          [ids.O1, 36, 66],
          [ids.O4, 20, 17],
          [ids.O2, 15, 45],
          [ids.O3, 15, 45],
        ]);
        expect(page.knowledge.frozen).toBe(false);
      } finally {
        world.at('2026-01-12');
      }
    });

    it('pages by keyset with the same count on every page', async () => {
      const first = await views.overdue(inspector, { ...view(), limit: 2 });
      expect(first.items.map((i) => i.caseId)).toEqual([ids.O1, ids.O4]);
      expect(first.nextCursor).not.toBeNull();
      const second = await views.overdue(inspector, { ...view(), limit: 2, cursor: first.nextCursor! });
      expect(second.items.map((i) => i.caseId)).toEqual([ids.O2, ids.O3]);
      expect([first.count, second.count, second.nextCursor]).toEqual([4, 4, null]);
      await expect(views.overdue(inspector, { ...view(), limit: 2, cursor: 'bm90LWEta2V5' })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
      });
    });

    it('narrows to a kind of case or one authority, and to the leader’s own authority', async () => {
      const complaints = await views.overdue(inspector, { ...view(), subject: 'complaint', limit: 50 });
      expect(complaints.items.map((i) => i.caseId)).toEqual([ids.O1, ids.O4, ids.O3]);
      const atVc = await views.overdue(inspector, { ...view(), authorityId: world.ids.VC, limit: 50 });
      expect(atVc.items.map((i) => i.caseId)).toEqual([ids.O4]);

      const leader = await world.actor('VA');
      const own = await views.overdue(leader, { ...view(), rootId: undefined, scope: undefined, limit: 50 });
      expect([own.scope, own.root.code, own.items.map((i) => i.caseId)]).toEqual(['authority', 'VA', [ids.O1, ids.O3]]);
      await expect(
        views.overdue(leader, { ...view(), rootId: undefined, scope: undefined, authorityId: world.ids.VB, limit: 50 }),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
      await expect(views.overdue(leader, { ...view(), limit: 50 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('lists exactly the cases behind the report’s “Trong đó quá hạn”, engine part', async () => {
      const report = await world.moduleRef
        .get(ReportService)
        .report({ rootId: world.ids.VP, scope: 'subtree', period: resolvePeriod(quarter), asOf });
      const page = await views.overdue(inspector, { ...view(), limit: 50 });
      const engine = (row: ReportRow) => row.cells.pendingOverdue - (row.declared?.pendingOverdue ?? 0);
      const total = (rows: ReportRow[]) => rows.find((r) => r.scope.type === 'total')!;
      expect(page.count).toBe(
        engine(total(report.cases.complaintAndDenunciation)) + engine(total(report.cases.feedback)),
      );
      const drilled = await world.moduleRef.get(DrillService).drill({
        rootId: world.ids.VP,
        scope: 'subtree',
        period: resolvePeriod(quarter),
        asOf,
        subject: 'complaintAndDenunciation',
        metric: 'pendingOverdue',
        row: { type: 'total' },
        limit: 50,
      });
      expect(page.items.map((i) => i.caseId).sort()).toEqual(
        drilled.items.map((i) => (i as { caseId: string }).caseId).sort(),
      );
    });

    it('exports the whole list as CSV, in the same order, with Vietnamese headings', async () => {
      const csv = await views.overdueCsv(inspector, view(), 10_000);
      const lines = csv.split('\r\n');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(lines[0]).toBe(
        '\uFEFFSố vụ việc,Loại vụ việc,Lần giải quyết,Vụ việc số,Mã cơ quan đang giải quyết,Cơ quan đang giải quyết,Cấp,' +
          'Giữ hồ sơ từ ngày,Số ngày đang giữ,Ngày thụ lý,Hạn giải quyết,Số ngày quá hạn',
      );
      expect(lines.slice(1, 3)).toEqual([
        `${codes.O1},Khiếu nại,1,1,VA,Cơ quan VA,Cấp xã,2025-09-15,107,2025-09-15,2025-10-15,77`,
        `${codes.O4},Khiếu nại,1,1,VC,Cơ quan VC,Cấp xã,2025-11-03,58,2025-10-01,2025-10-31,61`,
      ]);
      expect(lines.slice(3)).toEqual([
        `${codes.O2},Tố cáo,,1,VB,Cơ quan VB,Cấp xã,2025-10-06,86,2025-10-06,2025-11-05,56`,
        `${codes.O3},Khiếu nại,1,1,VA,Cơ quan VA,Cấp xã,2025-10-06,86,2025-10-06,2025-11-05,56`,
        '',
      ]);
      // Bounded: the first rows only.
      expect((await views.overdueCsv(inspector, view(), 1)).split('\r\n')).toHaveLength(3);
    });
  });

  describe('league table', () => {
    it('ranks the authorities that held a đơn or a case, with hand-counted figures, ratios and days to resolve', async () => {
      const league = await views.league(inspector, {
        ...view(),
        subject: 'complaintAndDenunciation',
        sort: 'resolutionRate',
      });
      // VG 3/4, then VA and VB at 1/2 (by code), then VC 0/1. VP and VQ held nothing.
      expect(league.rows.map(codeOf)).toEqual(['VG', 'VA', 'VB', 'VC']);
      expect(league.order).toBe('desc');
      const [vg, va, vb, vc] = league.rows;
      // O1, O3, N1, R1–R4, O5 to resolve; R1–R4 resolved (R4 late); O1, O3 overdue; 12, 20, 30, 40 days:
      // median (20 + 30) / 2 = 25, 90th percentile at rank 0.9 × 3 = 2.7: 30 + 0.7 × 10 = 37.
      expect(va).toMatchObject({
        received: 7,
        toResolve: 8,
        resolved: 4,
        onTime: 3,
        late: 1,
        pendingOverdue: 2,
        medianDays: 25,
        p90Days: 37,
        timedUnits: 4,
      });
      expect(va.resolutionRate).toMatchObject({ numerator: { value: 4 }, denominator: { value: 8 }, value: 0.5 });
      expect(va.onTimeRate).toMatchObject({ numerator: { value: 3 }, denominator: { value: 4 }, percent: 75 });
      expect(va.declared).toBeUndefined();
      // O2 and R5 (O4 was handed over during the period); R5 in 10 days.
      expect(vb).toMatchObject({
        received: 3,
        toResolve: 2,
        resolved: 1,
        onTime: 1,
        late: 0,
        pendingOverdue: 1,
        medianDays: 10,
        p90Days: 10,
      });
      // O4 only: nothing resolved, so no on-time ratio and no days.
      expect(vc).toMatchObject({ received: 0, toResolve: 1, resolved: 0, pendingOverdue: 1, medianDays: null });
      expect(vc.resolutionRate.value).toBe(0);
      expect(vc.onTimeRate).toMatchObject({ denominator: { value: 0 }, value: null, percent: null });
      // Declared only: the figures, marked, and no days (declared figures have no dates).
      expect(vg).toMatchObject({ received: 5, toResolve: 4, resolved: 3, onTime: 2, late: 1, pendingOverdue: 1 });
      expect([vg.medianDays, vg.p90Days, vg.timedUnits, vg.onTimeRate.value]).toEqual([null, null, 0, 0.6667]);
      expect(vg.declared).toEqual({ received: 5, toResolve: 4, resolved: 3, onTime: 2, late: 1, pendingOverdue: 1 });
      expect(vg.scope).toMatchObject({ type: 'authority', level: 'provincial_agencies' });

      // Communes: durations 10, 12, 20, 30, 40: median 20; 90th percentile at rank 3.6: 30 + 0.6 × 10 = 36.
      expect(league.levels.map(codeOf)).toEqual(['level', 'level']);
      const [agencies, communes] = league.levels;
      expect(agencies.scope).toMatchObject({ level: 'provincial_agencies' });
      expect(agencies).toMatchObject({ received: 5, toResolve: 4, resolved: 3, medianDays: null });
      expect(communes.scope).toMatchObject({ level: 'commune' });
      expect(communes).toMatchObject({
        received: 10,
        toResolve: 11,
        resolved: 5,
        onTime: 4,
        late: 1,
        pendingOverdue: 4,
        medianDays: 20,
        p90Days: 36,
        timedUnits: 5,
      });
      expect(communes.resolutionRate).toMatchObject({ value: 0.4545, percent: 45.5 });
      expect(league.total).toMatchObject({
        received: 15,
        toResolve: 15,
        resolved: 8,
        onTime: 6,
        late: 2,
        pendingOverdue: 5,
        medianDays: 20,
        p90Days: 36,
        timedUnits: 5,
      });
      expect(league.total.resolutionRate).toMatchObject({
        numerator: { value: 8 },
        denominator: { value: 15 },
        percent: 53.3,
      });
    });

    it('sorts by any column, rows without a value last', async () => {
      const order = async (sort: Parameters<InspectorViewsService['league']>[1]['sort'], dir?: 'asc' | 'desc') =>
        (await views.league(inspector, { ...view(), subject: 'complaintAndDenunciation', sort, order: dir })).rows.map(
          codeOf,
        );
      expect(await order('received')).toEqual(['VA', 'VG', 'VB', 'VC']);
      expect(await order('medianDays', 'asc')).toEqual(['VB', 'VA', 'VC', 'VG']);
      expect(await order('p90Days')).toEqual(['VA', 'VB', 'VC', 'VG']);
      expect(await order('pendingOverdue')).toEqual(['VA', 'VB', 'VC', 'VG']);
      expect(await order('authority')).toEqual(['VA', 'VB', 'VC', 'VG']);
      expect(await order('onTimeRate')).toEqual(['VB', 'VA', 'VG', 'VC']);
    });

    it('lists, for one kind of case, the authorities that held a đơn or a case of that kind', async () => {
      const league = await views.league(inspector, { ...view(), subject: 'denunciation', sort: 'authority' });
      // VC held only a complaint; VG declared đơn received.
      expect(league.rows.map(codeOf)).toEqual(['VA', 'VB', 'VG']);
      expect(league.rows.map((r) => [r.received, r.toResolve, r.resolved, r.pendingOverdue])).toEqual([
        [7, 1, 0, 0], // O5, suspended
        [3, 2, 1, 1], // O2, R5
        [5, 0, 0, 0],
      ]);
    });

    it('agrees with the period report, line by line and ratio by ratio, for every kind of case', async () => {
      const report: Report = await world.moduleRef
        .get(ReportService)
        .report({ rootId: world.ids.VP, scope: 'subtree', period: resolvePeriod(quarter), asOf });
      const keyOf = (row: { scope: ReportRow['scope'] }) =>
        row.scope.type === 'authority'
          ? row.scope.authority.id
          : row.scope.type === 'level'
            ? `level:${row.scope.level}`
            : 'total';
      const lines = ['toResolve', 'resolved', 'onTime', 'late', 'pendingOverdue'] as const;
      let compared = 0;
      for (const subject of CASE_SECTIONS) {
        const league = await views.league(inspector, { ...view(), subject, sort: 'authority' });
        const listed = [...league.rows, ...league.levels, league.total];
        const petitions = new Map(report.petitions.map((r) => [keyOf(r), r]));
        const cases = new Map(report.cases[subject].map((r) => [keyOf(r), r]));
        for (const row of listed) {
          const key = keyOf(row);
          const reported = cases.get(key)!;
          const figures = (source: Record<(typeof lines)[number], number>) =>
            Object.fromEntries(lines.map((l) => [l, source[l]]));
          expect({ subject, key, received: row.received, ...figures(row) }).toEqual({
            subject,
            key,
            received: petitions.get(key)!.cells.received,
            ...figures(reported.cells),
          });
          expect(row.resolutionRate).toEqual(reported.ratios.resolutionRate);
          expect(row.onTimeRate).toEqual(reported.ratios.onTimeRate);
          compared++;
        }
        // What the table leaves out has nothing to show.
        const shown = new Set(listed.map(keyOf));
        const omitted = report.cases[subject]
          .filter((r) => !shown.has(keyOf(r)))
          .map((r) => [petitions.get(keyOf(r))!.cells.received, ...lines.map((l) => r.cells[l])]);
        expect(omitted.length).toBeGreaterThan(0);
        expect(omitted.filter((figures) => figures.some((v) => v !== 0))).toEqual([]);
      }
      expect(compared).toBeGreaterThan(20);
    });

    it('exports the ranked authority rows as CSV with Vietnamese headings', async () => {
      const csv = await views.leagueCsv(inspector, {
        ...view(),
        subject: 'complaintAndDenunciation',
        sort: 'resolutionRate',
      });
      expect(csv.split('\r\n')).toEqual([
        '\uFEFFMã cơ quan,Cơ quan,Cấp,Đơn tiếp nhận trong kỳ,Tổng số vụ việc phải giải quyết,Đã giải quyết,' +
          'Tỷ lệ giải quyết (%),Đúng thời hạn,Quá thời hạn,Tỷ lệ giải quyết đúng thời hạn (%),' +
          'Số ngày giải quyết (trung vị),Số ngày giải quyết (phân vị 90),Đang giải quyết quá hạn cuối kỳ,Có số liệu kê khai',
        'VG,Cơ quan VG,"Các sở, ban, ngành cấp tỉnh",5,4,3,75,2,1,66.7,,,1,Có',
        'VA,Cơ quan VA,Cấp xã,7,8,4,50,3,1,75,25,37,2,Không',
        'VB,Cơ quan VB,Cấp xã,3,2,1,50,1,0,100,10,10,1,Không',
        'VC,Cơ quan VC,Cấp xã,0,1,0,0,0,0,,,,1,Không',
        '',
      ]);
    });

    it('gives the same table whenever a frozen one is rerun; a later entry changes only the live one', async () => {
      const frozen = await views.league(inspector, {
        ...view(),
        subject: 'complaintAndDenunciation',
        sort: 'authority',
      });
      await sleep(5);
      // On 12 January 2026 an officer logs a đơn commune VQ received on 1 December 2025.
      await world.petition(await world.actor('VQ'), '2025-12-01');
      const again = await views.league(inspector, {
        ...view(),
        subject: 'complaintAndDenunciation',
        sort: 'authority',
      });
      expect(again.rows).toEqual(frozen.rows);
      const live = await views.league(inspector, {
        ...view(),
        asOf: undefined,
        subject: 'complaintAndDenunciation',
        sort: 'authority',
      });
      expect(live.rows.map(codeOf)).toEqual(['VA', 'VB', 'VC', 'VG', 'VQ']);
      expect(live.rows[4]).toMatchObject({ received: 1, toResolve: 0, resolutionRate: { value: null } });
      expect(live.knowledge.frozen).toBe(false);
    });

    it('refuses a cut-off in the future', async () => {
      await expect(
        views.league(inspector, {
          ...view(),
          asOf: new Date(Date.now() + 86_400_000),
          subject: 'complaint',
          sort: 'received',
        }),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    });
  });
});
