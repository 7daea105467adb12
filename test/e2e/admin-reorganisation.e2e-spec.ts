import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { UsersService } from '@kntc/access';
import type { UserRole } from '@kntc/persistence';
import { createTestApp, type TestApp } from '@kntc/testing';
import { ClockService, FixedClock } from '@kntc/workflow';
import { createUser, insertAuthority } from '../../libs/access/src/testing/access-fixtures';

/**
 * The 2025 reorganisation over HTTP, as an administrator would run it: on 1 July 2025 the
 * district D is dissolved into the province P (its competence passes to P) and its communes C1
 * and C2 are merged into a new commune; C3 lives on under P. Open files received in June 2025
 * continue at the successors with their deadlines unchanged (bàn giao nguyên trạng, NĐ 141/2025
 * Art. 14); a closed one stays with D; D stays in the tree for the days it existed; running the
 * operation again changes nothing.
 *
 * Tree before: TW ─ P ─ D ─ C1, C2, C3;  TW ─ Q (another province).
 */
describe('reorganisation of the authority tree (e2e)', () => {
  const clock = new FixedClock(new Date('2025-06-16T02:00:00Z')); // Monday 16/6/2025, 09:00 in Vietnam
  let t: TestApp;
  let ds: DataSource;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  const matter: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ overrides: [{ provide: ClockService, useValue: clock }] });
    ds = t.app.get(DataSource);
    ids.TW = await insertAuthority(ds, { code: 'RO-TW', level: 'central' });
    ids.P = await insertAuthority(ds, { code: 'RO-P', level: 'province', parentId: ids.TW });
    ids.Q = await insertAuthority(ds, { code: 'RO-Q', level: 'province', parentId: ids.TW });
    // Data from before the reform: the district and its communes have no end date yet.
    ids.D = await insertAuthority(ds, { code: 'RO-D', level: 'district', parentId: ids.P });
    for (const c of ['C1', 'C2', 'C3']) {
      ids[c] = await insertAuthority(ds, { code: `RO-${c}`, level: 'commune', parentId: ids.D });
    }
    const people: [string, UserRole, string][] = [
      ['reception.d', 'reception_officer', 'D'],
      ['leader.d', 'leader', 'D'],
      ['reception.c1', 'reception_officer', 'C1'],
      ['leader.p', 'leader', 'P'],
      ['admin.p', 'admin', 'P'],
      ['admin.q', 'admin', 'Q'],
    ];
    const users = t.app.get(UsersService);
    const jwt = t.app.get(JwtService);
    for (const [username, role, authority] of people) {
      const user = await createUser(users, username, role, ids[authority]);
      tokens[username] = jwt.sign({ sub: user.id, role, aid: ids[authority], tv: 0 });
    }
    await receiveInJune();
  });
  afterAll(() => t.close());

  const server = () => t.app.getHttpServer();
  const get = (who: string, path: string) => request(server()).get(path).set('Authorization', `Bearer ${tokens[who]}`);
  const post = (who: string, path: string, body: object) =>
    request(server()).post(path).set('Authorization', `Bearer ${tokens[who]}`).send(body);

  async function command(who: string, path: string, body: object) {
    const res = await post(who, path, body);
    if (res.status !== 200 && res.status !== 201) throw new Error(`${path} → ${res.status} ${res.text}`);
    return res.body as { id: string; version: number; state: string };
  }

  const petition = (summary: string) => ({
    receivedAt: '2025-06-16T08:30:00+07:00',
    channel: 'post',
    summary,
    subjectArea: 'dat_dai',
    petitioners: [
      { role: 'signatory', kind: 'individual', identity: { fullName: 'Lê Văn Bình', address: 'thôn Bắc, huyện D' } },
    ],
  });
  const classification = (over: object = {}) => ({
    contentKind: 'complaint',
    eligible: true,
    withinCompetence: true,
    signatories: 1,
    originalsAttached: false,
    ...over,
  });

  /** June 2025, before the reform: two open files and one closed at the district, one open at commune C1. */
  async function receiveInJune() {
    const k1 = await command(
      'reception.d',
      '/petitions',
      petition('Khiếu nại quyết định thu hồi đất của UBND huyện D'),
    );
    await command('reception.d', `/petitions/${k1.id}/classify`, { expectedVersion: 1, ...classification() });
    await command('reception.d', `/petitions/${k1.id}/accept`, { expectedVersion: 2 });
    const [{ case_id }] = await ds.query(`SELECT case_id FROM petition WHERE id = $1`, [k1.id]);
    matter.K1 = case_id;
    clock.set('2025-06-18T02:00:00Z'); // thụ lý on Wednesday 18/6/2025
    await command('leader.d', `/cases/${matter.K1}/accept`, { expectedVersion: 1 });

    const e1 = await command(
      'reception.d',
      '/petitions',
      petition('Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất'),
    );
    await command('reception.d', `/petitions/${e1.id}/classify`, { expectedVersion: 1, ...classification() });
    matter.E1 = e1.id;

    const filed = await command('reception.d', '/petitions', petition('Đơn không ghi rõ nội dung'));
    await command('reception.d', `/petitions/${filed.id}/classify`, {
      expectedVersion: 1,
      ...classification({ eligible: false, ineligibleReason: 'missing_content' }),
    });
    await command('reception.d', `/petitions/${filed.id}/file`, { expectedVersion: 2, reason: 'missing_content' });
    matter.FILED = filed.id;

    const e2 = await command('reception.c1', '/petitions', {
      ...petition('Phản ánh đường liên thôn xuống cấp'),
      receivedAt: '2025-06-18T08:00:00+07:00',
    });
    matter.E2 = e2.id;
  }

  const reorganisation = (dryRun: boolean) => ({
    effectiveOn: '2025-07-01',
    legalBasis: 'Nghị quyết 1656/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội',
    dryRun,
    changes: [
      { kind: 'dissolve', predecessorIds: [ids.D], successorId: ids.P },
      {
        kind: 'merge',
        predecessorIds: [ids.C1, ids.C2],
        newSuccessor: { code: 'RO-XA-MOI', name: 'UBND xã Hòa Bình', level: 'commune', parentId: ids.P },
      },
    ],
  });

  const dueDates = (detail: { deadlines: { clock: string; dueDate: string | null }[] }) =>
    Object.fromEntries(detail.deadlines.map((d) => [d.clock, d.dueDate]));
  const counts = async () =>
    (
      await ds.query<{ events: number; custody: number; successions: number; authorities: number }[]>(
        `SELECT (SELECT count(*)::int FROM domain_event) AS events, (SELECT count(*)::int FROM custody_period) AS custody,
                (SELECT count(*)::int FROM authority_succession) AS successions, (SELECT count(*)::int FROM authority) AS authorities`,
      )
    )[0];

  let before: { case: Record<string, string | null>; petition: Record<string, string | null>; k1Version: number };

  it('records the June files at the district, with their deadlines', async () => {
    clock.set('2025-06-30T02:00:00Z');
    const k1 = await get('leader.d', `/cases/${matter.K1}`);
    expect(k1.status).toBe(200);
    expect(k1.body).toMatchObject({ state: 'reviewing', holder: { id: ids.D } });
    const e1 = await get('reception.d', `/petitions/${matter.E1}`);
    before = { case: dueDates(k1.body), petition: dueDates(e1.body), k1Version: k1.body.version };
    // Thụ lý on 18/6/2025: the 30-day resolution period (Luật KN Art. 28) ends on Friday 18/7/2025.
    expect(before.case.resolution).toBe('2025-07-18');
  });

  it('is for administrators only, and only within their subtree', async () => {
    const leader = await post('leader.d', '/reorganisations', reorganisation(true));
    expect([leader.status, leader.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const stranger = await post('admin.q', '/reorganisations', reorganisation(true));
    expect([stranger.status, stranger.body.error.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('previews the operation in a dry run and keeps nothing', async () => {
    const counted = await counts();
    const res = await post('admin.p', '/reorganisations', reorganisation(true));
    expect(res.status).toBe(200);
    expect(res.body.dryRun).toBe(true);
    expect(res.body.moved).toHaveLength(3);
    expect(await counts()).toEqual(counted);
    const [d] = await ds.query(`SELECT valid_until FROM authority WHERE id = $1`, [ids.D]);
    expect(d.valid_until).toBeNull();
  });

  it('refuses to apply it before its effective date', async () => {
    const res = await post('admin.p', '/reorganisations', reorganisation(false));
    expect([res.status, res.body.error.code]).toEqual([422, 'RULE_VIOLATION']);
  });

  it('on 1 July 2025 ends the district and hands its open files to the province as they stand', async () => {
    clock.set('2025-07-01T01:00:00Z'); // 08:00 in Vietnam
    const res = await post('admin.p', '/reorganisations', reorganisation(false));
    expect(res.status).toBe(200);
    const report = res.body;
    expect(report.dryRun).toBe(false);
    const label = (id: string): unknown => expect.objectContaining({ id });
    expect(report.created).toEqual([
      expect.objectContaining({ code: 'RO-XA-MOI', level: 'commune', parentId: ids.P, alreadyExisted: false }),
    ]);
    ids.XA = report.created[0].id;
    expect(
      report.successions.map((s: { predecessor: { code: string }; successor: { code: string }; kind: string }) => [
        s.predecessor.code,
        s.successor.code,
        s.kind,
      ]),
    ).toEqual([
      ['RO-D', 'RO-P', 'competence_transferred'],
      ['RO-C1', 'RO-XA-MOI', 'merged'],
      ['RO-C2', 'RO-XA-MOI', 'merged'],
    ]);
    expect(
      report.closed.map((c: { authority: { code: string }; validUntil: string }) => [c.authority.code, c.validUntil]),
    ).toEqual([
      ['RO-D', '2025-07-01'],
      ['RO-C1', '2025-07-01'],
      ['RO-C2', '2025-07-01'],
    ]);
    expect(report.reparented).toEqual([{ authority: label(ids.C3), from: label(ids.D), to: label(ids.P) }]);
    const moved = Object.fromEntries(
      report.moved.map((m: { id: string; from: { id: string }; to: { id: string }; state: string }) => [
        m.id,
        [m.from.id, m.to.id, m.state],
      ]),
    );
    expect(moved).toEqual({
      [matter.K1]: [ids.D, ids.P, 'reviewing'],
      [matter.E1]: [ids.D, ids.P, 'classified'],
      [matter.E2]: [ids.C1, ids.XA, 'received'],
    });
    expect(report.notMoved).toEqual([]);
  });

  it('lets the successor carry on with the deadlines unchanged, and shows the hand-over in the log and custody', async () => {
    const k1 = await get('leader.p', `/cases/${matter.K1}`);
    expect(k1.status).toBe(200);
    expect(k1.body).toMatchObject({ state: 'reviewing', holder: { id: ids.P }, version: before.k1Version + 1 });
    expect(dueDates(k1.body)).toEqual(before.case);
    const last = k1.body.timeline[k1.body.timeline.length - 1];
    expect(last).toMatchObject({
      type: 'reassign',
      actorRole: 'system',
      stateBefore: 'reviewing',
      stateAfter: 'reviewing',
    });
    expect(last.payload).toMatchObject({
      to: { id: ids.P, level: 'province' },
      legalBasis: 'Nghị quyết 1656/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội',
      effectiveOn: '2025-07-01',
    });
    expect(
      k1.body.custody.map((c: { authority: { id: string }; from: string; until: string | null }) => [
        c.authority.id,
        c.from,
        c.until,
      ]),
    ).toEqual([
      [ids.D, expect.any(String), '2025-07-01T01:00:00.000Z'],
      [ids.P, '2025-07-01T01:00:00.000Z', null],
    ]);
    const e1 = await get('leader.p', `/petitions/${matter.E1}`);
    expect(e1.body.holder.id).toBe(ids.P);
    expect(dueDates(e1.body)).toEqual(before.petition);
    const [row] = await ds.query(`SELECT holder_authority_id FROM petition WHERE id = $1`, [matter.E2]);
    expect(row.holder_authority_id).toBe(ids.XA);
  });

  it('leaves the closed file with the district that closed it', async () => {
    const [row] = await ds.query(`SELECT holder_authority_id, state FROM petition WHERE id = $1`, [matter.FILED]);
    expect(row).toEqual({ holder_authority_id: ids.D, state: 'filed' });
  });

  it('keeps the district for history: in the tree of 30 June 2025, not of 1 July, with its successor', async () => {
    const codesOn = async (on: string): Promise<string[]> =>
      ((await get('leader.p', `/authorities?on=${on}&rootId=${ids.P}`)).body.items as { code: string }[]).map(
        (a) => a.code,
      );
    expect(await codesOn('2025-06-30')).toEqual(expect.arrayContaining(['RO-D', 'RO-C1', 'RO-C2', 'RO-C3']));
    expect(await codesOn('2025-06-30')).not.toContain('RO-XA-MOI');
    const july = await codesOn('2025-07-01');
    expect(july).toEqual(expect.arrayContaining(['RO-P', 'RO-C3', 'RO-XA-MOI']));
    expect(july).not.toEqual(expect.arrayContaining(['RO-D']));
    const d = await get('leader.p', `/authorities/${ids.D}`);
    expect(d.body).toMatchObject({ validUntil: '2025-07-01' });
    expect(d.body.successors).toEqual([
      expect.objectContaining({ authorityId: ids.P, kind: 'competence_transferred', effectiveOn: '2025-07-01' }),
    ]);
    const xa = await get('leader.p', `/authorities/${ids.XA}`);
    expect(xa.body.predecessors.map((p: { code: string }) => p.code)).toEqual(['RO-C1', 'RO-C2']);
  });

  it('changes nothing when run again', async () => {
    clock.set('2025-07-02T02:00:00Z');
    const counted = await counts();
    const res = await post('admin.p', '/reorganisations', reorganisation(false));
    expect(res.status).toBe(200);
    expect(res.body.moved).toEqual([]);
    expect(res.body.notMoved).toEqual([]);
    expect(res.body.created).toEqual([expect.objectContaining({ id: ids.XA, alreadyExisted: true })]);
    expect(res.body.successions.every((s: { alreadyRecorded: boolean }) => s.alreadyRecorded)).toBe(true);
    expect(res.body.closed.every((c: { alreadyClosed: boolean }) => c.alreadyClosed)).toBe(true);
    expect(res.body.reparented).toEqual([]);
    expect(await counts()).toEqual(counted);
    const k1 = await get('leader.p', `/cases/${matter.K1}`);
    expect(k1.body.version).toBe(before.k1Version + 1);
  });

  it('says what is wrong with a request, every problem at once', async () => {
    const res = await post('admin.p', '/reorganisations', {
      effectiveOn: '2025-07-01',
      legalBasis: 'Nghị quyết thử',
      dryRun: true,
      changes: [
        { kind: 'split', predecessorIds: [ids.C3], successors: [{ id: ids.P }] },
        { kind: 'merge', predecessorIds: [ids.C3], successorId: ids.P, newSuccessor: { code: 'X', name: 'X' } },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { field: string; issue: string }) => [d.field, d.issue])).toEqual([
      ['changes[1]', 'successor_required'],
    ]);
    // A month later the district no longer exists, so it cannot be dissolved again…
    const planned = await post('admin.p', '/reorganisations', {
      effectiveOn: '2025-08-01',
      legalBasis: 'Nghị quyết thử',
      dryRun: true,
      changes: [
        { kind: 'split', predecessorIds: [ids.C3], successors: [{ id: ids.P }] },
        { kind: 'dissolve', predecessorIds: [ids.D], successorId: ids.P },
      ],
    });
    expect(planned.status).toBe(400);
    expect(planned.body.error.details.map((d: { field: string; issue: string }) => [d.field, d.issue])).toEqual([
      ['changes[0].successors', 'arity'],
      ['changes[1].predecessorIds[0]', 'already_ended'],
      // …and was taken over by P on 1 July, not on 1 August.
      ['changes[1]', 'conflict'],
    ]);
  });
});
