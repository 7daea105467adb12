import ExcelJS from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { UsersService } from '@kntc/access';
import { createTestApp, type TestApp } from '@kntc/testing';
import { ClockService, FixedClock } from '@kntc/workflow';
import { createUser, insertAuthority, passwordFor } from '../../libs/access/src/testing/access-fixtures';

/**
 * What an inspector does through the API alone (issue 6, "done when"): the resolution ratio by
 * authority level for a period, any number opened as its cases, the forms as XLSX, and the
 * identities that fail. The cases are made through the same API by the communes' officers, in
 * August 2026; every expected figure below is counted by hand from these steps.
 *
 * Province P with a provincial agency AG and communes C1, C2:
 *  - K1 at C1: complaint accepted and decided at once (đúng), on 3/8;
 *  - K2 at C1: complaint accepted, then withdrawn in full (rút toàn bộ) on 3/8;
 *  - K3 at C2: complaint accepted on 3/8, still being resolved on 31/8 (due in September);
 *  - F at C1: a kiến nghị outside C1's competence, forwarded to C2 (chuyển đơn), which receives it;
 *  - I at C1: an ineligible đơn (no clear content or request), filed (lưu đơn).
 */
describe('audit over HTTP: an inspector’s day (e2e)', () => {
  const clock = new FixedClock(new Date('2026-08-03T02:00:00Z')); // Monday 3/8/2026, 09:00 in Vietnam
  const august = 'preset=month&year=2026&month=8';
  let t: TestApp;
  let ds: DataSource;
  const ids: Record<string, string> = {};
  const codes: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  const http = () => request(t.app.getHttpServer());
  const get = (who: string, path: string) => http().get(path).set('Authorization', `Bearer ${tokens[who]}`);
  const post = (who: string, path: string, body: object) =>
    http().post(path).set('Authorization', `Bearer ${tokens[who]}`).send(body);

  async function command(who: string, path: string, version: number, body: object = {}) {
    const res = await post(who, path, { expectedVersion: version, ...body });
    if (res.status !== 200) throw new Error(`${path} → ${res.status} ${res.text}`);
    return res.body as { version: number; state: string };
  }

  async function logPetition(who: string) {
    const res = await post(who, '/petitions', {
      receivedAt: '2026-08-03T08:30:00+07:00',
      channel: 'post',
      summary: 'Khiếu nại quyết định thu hồi đất nông nghiệp',
      subjectArea: 'dat_dai',
      petitioners: [
        {
          role: 'signatory',
          kind: 'individual',
          identity: { fullName: 'Trần Thị Bình', address: 'thôn Bắc', idNumber: '001203009999' },
        },
      ],
    });
    if (res.status !== 201) throw new Error(`intake → ${res.status} ${res.text}`);
    return res.body as { id: string; code: string };
  }

  const classify = (withinCompetence: boolean, eligible = true, contentKind = 'complaint') => ({
    contentKind,
    eligible,
    withinCompetence,
    ...(eligible ? {} : { ineligibleReason: 'missing_content' }),
    signatories: 1,
    originalsAttached: false,
  });

  /** A complaint đơn accepted (thụ lý) by the commune's leader: the case's version after it. */
  async function acceptedComplaint(key: string, reception: string, leader: string) {
    const p = await logPetition(reception);
    const v = (await command(reception, `/petitions/${p.id}/classify`, 1, classify(true))).version;
    await command(reception, `/petitions/${p.id}/accept`, v);
    const [row] = await ds.query<{ id: string; code: string }[]>(
      `SELECT c.id, c.code FROM kntc_case c JOIN case_petition cp ON cp.case_id = c.id WHERE cp.petition_id = $1`,
      [p.id],
    );
    [ids[key], codes[key]] = [row.id, row.code];
    return (await command(leader, `/cases/${row.id}/accept`, 1)).version;
  }

  beforeAll(async () => {
    t = await createTestApp({ overrides: [{ provide: ClockService, useValue: clock }] });
    ds = t.app.get(DataSource);
    const users = t.app.get(UsersService);
    ids.P = await insertAuthority(ds, { code: 'AUD-P', level: 'province', validFrom: '2025-07-01' });
    ids.AG = await insertAuthority(ds, {
      code: 'AUD-AG',
      level: 'provincial_agency',
      parentId: ids.P,
      validFrom: '2025-07-01',
    });
    ids.C1 = await insertAuthority(ds, { code: 'AUD-C1', level: 'commune', parentId: ids.P, validFrom: '2025-07-01' });
    ids.C2 = await insertAuthority(ds, { code: 'AUD-C2', level: 'commune', parentId: ids.P, validFrom: '2025-07-01' });
    for (const [username, role, authority] of [
      ['reception.c1', 'reception_officer', 'C1'],
      ['handler.c1', 'handler', 'C1'],
      ['leader.c1', 'leader', 'C1'],
      ['reception.c2', 'reception_officer', 'C2'],
      ['leader.c2', 'leader', 'C2'],
      ['inspector.p', 'inspector', 'P'],
      ['admin.p', 'admin', 'P'],
    ] as const) {
      await createUser(users, username, role, ids[authority]);
      const login = await http()
        .post('/auth/login')
        .send({ username, password: passwordFor(username) });
      if (login.status !== 200) throw new Error(`login of ${username} failed: ${login.text}`);
      tokens[username] = login.body.accessToken;
    }

    let v = await acceptedComplaint('K1', 'reception.c1', 'leader.c1');
    await command('leader.c1', `/cases/${ids.K1}/decide-now`, v, { outcome: 'correct' });
    v = await acceptedComplaint('K2', 'reception.c1', 'leader.c1');
    await command('handler.c1', `/cases/${ids.K2}/withdraw`, v, { scope: 'all' });
    await acceptedComplaint('K3', 'reception.c2', 'leader.c2');

    const f = await logPetition('reception.c1');
    v = (await command('reception.c1', `/petitions/${f.id}/classify`, 1, classify(false, true, 'feedback'))).version;
    v = (await command('reception.c1', `/petitions/${f.id}/forward`, v, { toAuthorityId: ids.C2 })).version;
    await command('reception.c2', `/petitions/${f.id}/receive`, v);
    const i = await logPetition('reception.c1');
    v = (await command('reception.c1', `/petitions/${i.id}/classify`, 1, classify(false, false))).version;
    await command('reception.c1', `/petitions/${i.id}/file`, v, { reason: 'missing_content' });
  }, 60_000);
  afterAll(() => t.close());

  type Row = {
    scope: { type: string; level?: string; authority?: { code: string } };
    cells: Record<string, number>;
    ratios: Record<
      string,
      { value: number | null; percent: number | null; numerator: { value: number }; denominator: { value: number } }
    >;
  };
  const rowOf = (rows: Row[], which: string) =>
    rows.find((r) =>
      r.scope.type === 'total'
        ? which === 'total'
        : (r.scope.level === which && r.scope.type === 'level') || r.scope.authority?.code === which,
    )!;

  it('gives the inspector the resolution ratio of complaints by authority level for August, with its terms', async () => {
    const res = await get('inspector.p', `/audit/reports?${august}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      scope: 'subtree',
      root: { id: ids.P },
      period: { from: '2026-08-01', to: '2026-08-31' },
    });
    const complaints = res.body.cases.complaint as Row[];
    // The levels of the province's subtree, in the statutory order; then the authorities.
    expect(complaints.filter((r) => r.scope.type === 'level').map((r) => r.scope.level)).toEqual([
      'province',
      'provincial_agencies',
      'commune',
    ]);
    const commune = rowOf(complaints, 'commune');
    expect(commune.cells).toMatchObject({
      new: 3,
      toResolve: 3,
      resolved: 2,
      resolvedByDecision: 1,
      resolvedWithdrawn: 1,
      pending: 1,
    });
    expect(commune.ratios.resolutionRate).toMatchObject({
      numerator: { value: 2 },
      denominator: { value: 3 },
      value: 0.6667,
      percent: 66.7,
    });
    // Nothing was accepted at the province or its agencies: no ratio rather than 0 % or 100 %.
    expect(rowOf(complaints, 'province').ratios.resolutionRate).toMatchObject({
      value: null,
      denominator: { value: 0 },
    });
    expect(rowOf(complaints, 'AUD-C1').cells).toMatchObject({ toResolve: 2, resolved: 2 });
    expect(rowOf(complaints, 'AUD-C2').cells).toMatchObject({
      toResolve: 1,
      resolved: 0,
      pending: 1,
      pendingOverdue: 0,
    });
    expect(rowOf(complaints, 'total').cells.toResolve).toBe(3);
    // The đơn: C1 processed three of four it received (K1, K2, F eligible; I not), C2 two.
    const petitions = res.body.petitions as Row[];
    expect(rowOf(petitions, 'AUD-C1').cells).toMatchObject({ received: 4, processed: 4, eligible: 3, ineligible: 1 });
    expect(res.body.checks.failed).toEqual([]);
  });

  it('opens the number of resolved complaints as the cases behind it, as a page and as CSV', async () => {
    const cell = `/audit/reports/cells?${august}&subject=complaint&metric=resolved&level=commune`;
    const page = await get('inspector.p', cell);
    expect(page.status).toBe(200);
    expect((page.body.items as { code: string }[]).map((i) => i.code).sort()).toEqual([codes.K1, codes.K2].sort());
    const csv = await get('inspector.p', cell.replace('/cells?', '/cells.csv?'));
    expect([csv.status, csv.headers['content-type']]).toEqual([200, 'text/csv; charset=utf-8']);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines).toHaveLength(3);
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[0])
        .sort(),
    ).toEqual([codes.K1, codes.K2].sort());
  });

  it('downloads Biểu 03/GQKN as an XLSX workbook with the same figures', async () => {
    const res = await get('inspector.p', `/audit/forms/03-GQKN/xlsx?${august}`)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="03-GQKN_AUD-P_2026-08-01_2026-08-31\.xlsx"$/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as never);
    const sheet = workbook.getWorksheet('03-GQKN')!;
    expect(sheet.getCell('A2').value).toBe('TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI THUỘC THẨM QUYỀN');
    // Column 3 is "Tổng số vụ việc phải giải quyết"; row 9 the total of the province.
    expect([sheet.getCell(7, 3).value, sheet.getCell(9, 2).value, sheet.getCell(9, 3).value]).toEqual([
      'Tổng số vụ việc phải giải quyết',
      'Tổng cộng',
      3,
    ]);
  });

  it('reports every identity a declared opening balance breaks, in the declaration and in the year’s report', async () => {
    // C2 came onto the engine on 1 July: its first half-year, declared by hand, does not add up.
    const declared = await post('admin.p', '/audit/declarations', {
      authorityId: ids.C2,
      subject: 'complaint',
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
      figures: { carriedOver: 2, new: 3, toResolve: 5, resolved: 4, resolvedByDecision: 3, pending: 2 },
      source: 'Báo cáo 6 tháng đầu năm 2026 của UBND xã',
    });
    expect(declared.status).toBe(201);
    // 2 + 3 − 4 = 1, not 2; and 4 resolved are not 3 by decision + 0 withdrawn + 0 terminated.
    expect((declared.body.failedChecks as { identity: string }[]).map((f) => f.identity).sort()).toEqual([
      'balance',
      'resolvedByType',
    ]);

    const year = await get('inspector.p', '/audit/reports?preset=year&year=2026');
    expect(year.status).toBe(200);
    const c2 = rowOf(year.body.cases.complaint as Row[], 'AUD-C2') as Row & { declared: Record<string, number> };
    expect(c2.declared).toMatchObject({ carriedOver: 2, resolved: 4 });
    const failed = (
      year.body.checks.failed as { identity: string; source: string; subject: string; scope: Row['scope'] }[]
    )
      .filter((f) => f.source === 'declared')
      .map((f) => `${f.subject} ${f.scope.authority?.code} ${f.identity}`)
      .sort();
    expect(failed).toEqual(['complaint AUD-C2 balance', 'complaint AUD-C2 resolvedByType']);
  });

  it('shows a commune leader only their own commune, and answers 404 for the province', async () => {
    const own = await get('leader.c1', `/audit/reports?${august}`);
    expect([own.status, own.body.scope, own.body.root.id]).toEqual([200, 'authority', ids.C1]);
    const province = await get('leader.c1', `/audit/reports?${august}&rootId=${ids.P}`);
    expect([province.status, province.body.error.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('refuses a malformed period with the fields at fault', async () => {
    const res = await get('inspector.p', '/audit/reports?preset=month&year=2026&month=13');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(res.body.error.details)).toContain('month');
    // A week date is ISO 8601 but no instant a cut-off can use; a cut-off in the future would not freeze.
    for (const asOf of ['2026-W01', '2099-01-01T00:00:00Z']) {
      for (const path of [
        '/audit/reports',
        '/audit/reports/cells?metric=resolved&',
        '/audit/overdue',
        '/audit/league',
      ]) {
        const bad = await get('inspector.p', `${path}${path.endsWith('&') ? '' : '?'}${august}&asOf=${asOf}`);
        expect([path, asOf, bad.status, bad.body.error?.details[0].field]).toEqual([path, asOf, 400, 'asOf']);
      }
    }
  });
});
