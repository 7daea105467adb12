import request from 'supertest';
import { DataSource } from 'typeorm';
import { UsersService } from '@kntc/access';
import { createTestApp, type TestApp } from '@kntc/testing';
import { ClockService, DeadlineSweeper, FixedClock } from '@kntc/workflow';
import { createUser, insertAuthority, passwordFor } from '../../libs/access/src/testing/access-fixtures';

/**
 * A day of citizen reception at a commune, through the API: visits registered in the sổ tiếp
 * công dân, each leading to a đơn in the engine or another recorded result, the statutory checks
 * of the day's rule set, and the 10-working-day reply of Luật TCD Art. 28 swept like any period.
 */
describe('reception register over HTTP (e2e)', () => {
  // Friday 28/08/2026, 10:00 in Vietnam: the National Day holiday (31/08–02/09) follows.
  const clock = new FixedClock(new Date('2026-08-28T03:00:00Z'));
  let t: TestApp;
  let ds: DataSource;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  const CITIZEN = { fullName: 'Trần Thị Bình', address: 'thôn Tây, xã R1', idNumber: '034188009911' };

  beforeAll(async () => {
    t = await createTestApp({ overrides: [{ provide: ClockService, useValue: clock }] });
    ds = t.app.get(DataSource);
    const users = t.app.get(UsersService);
    ids.P = await insertAuthority(ds, { code: 'RCP-P', level: 'province', validFrom: '2025-07-01' });
    ids.C1 = await insertAuthority(ds, { code: 'RCP-C1', level: 'commune', parentId: ids.P, validFrom: '2025-07-01' });
    ids.C2 = await insertAuthority(ds, { code: 'RCP-C2', level: 'commune', parentId: ids.P, validFrom: '2025-07-01' });
    for (const [username, role, authority] of [
      ['reception.c1', 'reception_officer', 'C1'],
      ['leader.c1', 'leader', 'C1'],
      ['handler.c1', 'handler', 'C1'],
      ['reception.c2', 'reception_officer', 'C2'],
      ['inspector.p', 'inspector', 'P'],
    ] as const) {
      ids[username] = (await createUser(users, username, role, ids[authority])).id;
      const login = await request(t.app.getHttpServer())
        .post('/auth/login')
        .send({ username, password: passwordFor(username) });
      if (login.status !== 200) throw new Error(`login of ${username} failed: ${login.text}`);
      tokens[username] = login.body.accessToken;
    }
  });
  afterAll(() => t.close());

  const post = (who: string, path: string, body: object) =>
    request(t.app.getHttpServer()).post(path).set('Authorization', `Bearer ${tokens[who]}`).send(body);
  const get = (who: string, path: string) =>
    request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${tokens[who]}`);

  const visit = (overrides: object = {}) => ({
    visitedAt: '2026-08-28T09:30:00+07:00',
    type: 'regular',
    form: 'in_person',
    place: 'Trụ sở UBND xã R1',
    peopleCount: 1,
    visitors: [{ role: 'signatory', kind: 'individual', identity: CITIZEN }],
    contentKind: 'complaint',
    subjectArea: 'dat_dai',
    summary: 'Khiếu nại việc thu hồi đất nông nghiệp không bồi thường',
    requests: 'Đề nghị xem xét lại quyết định thu hồi',
    ...overrides,
  });

  it('registers a regular visit whose đơn is logged in the engine, with the Art. 28 reply due over the holiday', async () => {
    const res = await post(
      'reception.c1',
      '/reception/visits',
      visit({ result: { kind: 'received', logPetition: true } }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ serialNo: 1, code: 'RCP-C1/TCD-2026-000001', state: 'awaitingReply' });
    expect(res.body.petitionIds).toHaveLength(1);
    ids.visit = res.body.id;
    ids.visitVersion = String(res.body.version);
    ids.petition = res.body.petitionIds[0];

    const petition = await get('reception.c1', `/petitions/${ids.petition}`).expect(200);
    expect(petition.body).toMatchObject({ channel: 'reception_desk', fromReception: true, state: 'received' });

    const detail = await get('reception.c1', `/reception/visits/${ids.visit}`).expect(200);
    expect(detail.body).toMatchObject({
      type: 'regular',
      result: 'received',
      state: 'awaitingReply',
      visitedOn: '2026-08-28',
    });
    expect(detail.body.petitions).toEqual([expect.objectContaining({ petitionId: ids.petition, loggedAtVisit: true })]);
    const reply = detail.body.deadlines.find((d: { clock: string }) => d.clock === 'reply');
    expect(reply).toMatchObject({ rule: 'petition.receptionReply', ruleSetId: 'VN-2026-07', dueDate: '2026-09-16' });
    expect(reply.derivation.skipped.map((s: { date: string }) => s.date)).toEqual(
      expect.arrayContaining(['2026-08-31', '2026-09-01', '2026-09-02']),
    );
    // Who came is sealed: never in the API's answers, nor in the event log.
    expect(detail.body.visitors).toEqual([expect.objectContaining({ role: 'signatory', kind: 'individual' })]);
    expect(JSON.stringify(detail.body)).not.toContain(CITIZEN.fullName);
    expect(JSON.stringify(detail.body)).not.toContain(CITIZEN.idNumber);
    const events = await ds.query<{ payload: object }[]>(
      `SELECT payload FROM domain_event WHERE stream_type = 'visit'`,
    );
    expect(JSON.stringify(events)).not.toContain(CITIZEN.fullName);
    const [sealed] = await ds.query<{ plain: boolean }[]>(
      `SELECT position($2::bytea in identity_ciphertext) > 0 AS plain FROM reception_visitor WHERE visit_id = $1`,
      [ids.visit, Buffer.from(CITIZEN.idNumber)],
    );
    expect(sealed.plain).toBe(false);
  });

  it('refuses a crowd with too many representatives, naming the field (Luật TCD Art. 29)', async () => {
    const representatives = Array.from({ length: 6 }, (_, i) => ({
      role: 'representative',
      kind: 'individual',
      identity: { fullName: `Đại diện ${i + 1}`, address: 'thôn Bắc, xã R1' },
    }));
    const res = await post('reception.c1', '/reception/visits', visit({ peopleCount: 12, visitors: representatives }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ field: 'visitors', issue: 'representatives', maxRepresentatives: 5 }),
    ]);
    const ok = await post(
      'reception.c1',
      '/reception/visits',
      visit({ peopleCount: 12, visitors: representatives.slice(0, 3), result: { kind: 'guided' } }),
    );
    expect(ok.status).toBe(201);
    expect(ok.body.state).toBe('closed');
  });

  it('refuses an online visit before 2026-07-01 (Luật TCD Art. 3a)', async () => {
    const res = await post(
      'reception.c1',
      '/reception/visits',
      visit({ form: 'online', visitedAt: '2026-06-30T09:00:00+07:00' }),
    );
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ field: 'form', issue: 'online_not_in_force' })]);
  });

  it('refuses online reception of a tố cáo whose denouncer asked for identity protection (ND154/2026 Art. 20.4)', async () => {
    const res = await post(
      'reception.c1',
      '/reception/visits',
      visit({ form: 'online', contentKind: 'denunciation', identityProtectionRequested: true }),
    );
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ field: 'form', issue: 'protected_denouncer' })]);
    const allowed = await post(
      'reception.c1',
      '/reception/visits',
      visit({ form: 'online', contentKind: 'denunciation' }),
    );
    expect(allowed.status).toBe(201);
  });

  it('records a refusal whose ground needs a written notice within 3 working days (ND154/2026 Art. 4.3)', async () => {
    const res = await post(
      'reception.c1',
      '/reception/visits',
      visit({ result: { kind: 'refused', ground: 'resolved_case_persisting' } }),
    );
    expect(res.status).toBe(201);
    expect(res.body.state).toBe('awaitingRefusalNotice');
    const detail = await get('reception.c1', `/reception/visits/${res.body.id}`).expect(200);
    expect(detail.body).toMatchObject({ refusalGround: 'resolved_case_persisting', refusalNoticeRequired: true });
    expect(detail.body.deadlines).toEqual([
      expect.objectContaining({ clock: 'refusalNotice', rule: 'reception.refusalNotice', dueDate: '2026-09-07' }),
    ]);
    const notice = await post('leader.c1', `/reception/visits/${res.body.id}/refusal-notice`, {
      expectedVersion: res.body.version,
      reference: '15/TB-UBND',
    });
    expect(notice.status).toBe(200);
    expect(notice.body.state).toBe('refused');
  });

  it('registers a visit once, however often the desk retries with the same Idempotency-Key', async () => {
    const send = (body: object) =>
      request(t.app.getHttpServer())
        .post('/reception/visits')
        .set('Authorization', `Bearer ${tokens['reception.c1']}`)
        .set('Idempotency-Key', 'visit-key-0001')
        .send(body);
    const body = visit({ summary: 'Kiến nghị sửa đường liên thôn' });
    const first = await send(body);
    const retry = await send(body);
    expect([first.status, retry.status, retry.body.id]).toEqual([201, 200, first.body.id]);
    const [{ n }] = await ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM reception_visit WHERE code = $1`, [
      first.body.code,
    ]);
    expect(n).toBe(1);
    const reused = await send(visit({ summary: 'Một nội dung khác hẳn' }));
    expect([reused.status, reused.body.error.code]).toEqual([409, 'IDEMPOTENCY_CONFLICT']);
  });

  it('refuses a result recorded later without a known kind, or a refusal without its ground', async () => {
    const registered = await post('reception.c1', '/reception/visits', visit({ summary: 'Hỏi về thủ tục đất đai' }));
    expect(registered.status).toBe(201);
    const path = `/reception/visits/${registered.body.id}/result`;
    const unknown = await post('reception.c1', path, { expectedVersion: registered.body.version, kind: 'ignored' });
    expect([unknown.status, unknown.body.error.details[0].field]).toEqual([400, 'kind']);
    const noGround = await post('reception.c1', path, { expectedVersion: registered.body.version, kind: 'refused' });
    expect([noGround.status, noGround.body.error.code, noGround.body.error.details[0]]).toEqual([
      400,
      'VALIDATION_FAILED',
      expect.objectContaining({ field: 'ground', issue: 'required' }),
    ]);
  });

  it('lets a leader register only the receptions they held', async () => {
    const regular = await post('leader.c1', '/reception/visits', visit());
    expect(regular.status).toBe(400);
    expect(regular.body.error.details[0]).toMatchObject({ issue: 'leader_own_reception_only' });
    const periodic = await post(
      'leader.c1',
      '/reception/visits',
      visit({ type: 'periodic', leaderPresence: 'in_person', result: { kind: 'answered' } }),
    );
    expect(periodic.status).toBe(201);
    const handler = await post('handler.c1', '/reception/visits', visit());
    expect(handler.status).toBe(403);
  });

  it('lists the register by date and type, within scope', async () => {
    const own = await get('reception.c1', '/reception/visits?from=2026-08-28&to=2026-08-28&type=periodic').expect(200);
    expect(own.body.items.map((v: { type: string }) => v.type)).toEqual(['periodic']);
    const all = await get('inspector.p', `/reception/visits?authorityId=${ids.C1}`).expect(200);
    expect(all.body.items.length).toBeGreaterThanOrEqual(5);
    expect((await get('reception.c2', `/reception/visits/${ids.visit}`)).status).toBe(404);
    expect((await get('reception.c2', '/reception/visits').expect(200)).body).toEqual({
      items: [],
      nextCursor: null,
      limit: 20,
    });
    expect((await get('reception.c2', `/reception/visits?authorityId=${ids.C1}`)).status).toBe(404);
  });

  it('sweeps the unanswered reply as overdue, and records the late reply', async () => {
    clock.set('2026-09-17T03:00:00Z');
    await t.app.get(DeadlineSweeper).sweep();
    const overdue = await get('reception.c1', `/reception/visits/${ids.visit}`).expect(200);
    const reply = overdue.body.deadlines.find((d: { clock: string }) => d.clock === 'reply');
    expect(reply).toMatchObject({ status: 'overdue', dueDate: '2026-09-16' });
    expect(overdue.body.version).toBe(Number(ids.visitVersion) + 1);
    const [expired] = await ds.query<{ type: string; actor_role: string }[]>(
      `SELECT type, actor_role FROM domain_event WHERE stream_type = 'visit' AND stream_id = $1 ORDER BY seq DESC LIMIT 1`,
      [ids.visit],
    );
    expect(expired).toEqual({ type: 'deadlineExpired', actor_role: 'system' });

    const answered = await post('reception.c1', `/reception/visits/${ids.visit}/reply`, {
      expectedVersion: overdue.body.version,
      kind: 'accepted',
      form: 'written',
    });
    expect(answered.status).toBe(200);
    expect(answered.body.state).toBe('replied');
    const after = await get('reception.c1', `/reception/visits/${ids.visit}`).expect(200);
    expect(after.body.reply).toEqual({ kind: 'accepted', form: 'written', on: '2026-09-17' });
    expect(after.body.deadlines.find((d: { clock: string }) => d.clock === 'reply').status).toBe('late');
  });
});
