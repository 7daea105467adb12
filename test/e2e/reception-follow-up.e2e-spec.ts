import request from 'supertest';
import { DataSource } from 'typeorm';
import { UsersService } from '@kntc/access';
import { createTestApp, type TestApp } from '@kntc/testing';
import { ClockService, FixedClock } from '@kntc/workflow';
import { createUser, insertAuthority, passwordFor } from '../../libs/access/src/testing/access-fixtures';

/**
 * What follows a reception, through the API: the Art. 28.1 reply given by the đơn logged at the
 * visit, the identity of the people received revealed only to those who need it (and logged),
 * the register read page by page, and open visits handed over when their commune is merged.
 */
describe('after a reception: reply, reveal, pages, reorganisation (e2e)', () => {
  // Friday 28/08/2026, 10:00 in Vietnam.
  const clock = new FixedClock(new Date('2026-08-28T03:00:00Z'));
  let t: TestApp;
  let ds: DataSource;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  const CITIZEN = { fullName: 'Lê Văn Cường', address: 'thôn Nam, xã F1', idNumber: '036190004455' };

  const login = async (username: string) => {
    const res = await request(t.app.getHttpServer())
      .post('/auth/login')
      .send({ username, password: passwordFor(username) });
    if (res.status !== 200) throw new Error(`login of ${username} failed: ${res.text}`);
    tokens[username] = res.body.accessToken;
  };

  beforeAll(async () => {
    t = await createTestApp({ overrides: [{ provide: ClockService, useValue: clock }] });
    ds = t.app.get(DataSource);
    const users = t.app.get(UsersService);
    ids.P = await insertAuthority(ds, { code: 'FUP-P', level: 'province', validFrom: '2025-07-01' });
    ids.C1 = await insertAuthority(ds, { code: 'FUP-C1', level: 'commune', parentId: ids.P, validFrom: '2025-07-01' });
    ids.C2 = await insertAuthority(ds, { code: 'FUP-C2', level: 'commune', parentId: ids.P, validFrom: '2025-07-01' });
    for (const [username, role, authority] of [
      ['desk.c1', 'reception_officer', 'C1'],
      ['desk2.c1', 'reception_officer', 'C1'],
      ['leader.c1', 'leader', 'C1'],
      ['handler.c1', 'handler', 'C1'],
      ['desk.c2', 'reception_officer', 'C2'],
      ['inspector.p', 'inspector', 'P'],
      ['admin.p', 'admin', 'P'],
    ] as const) {
      ids[username] = (await createUser(users, username, role, ids[authority])).id;
      await login(username);
    }
  });
  afterAll(() => t.close());

  const post = (who: string, path: string, body: object) =>
    request(t.app.getHttpServer()).post(path).set('Authorization', `Bearer ${tokens[who]}`).send(body);
  const get = (who: string, path: string) =>
    request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${tokens[who]}`);
  const command = async (who: string, path: string, expectedVersion: number, body: object = {}) => {
    const res = await post(who, path, { expectedVersion, ...body });
    if (res.status !== 200 && res.status !== 201) throw new Error(`${path}: ${res.status} ${res.text}`);
    return res.body as { version: number; state: string };
  };

  const visit = (overrides: object = {}) => ({
    visitedAt: '2026-08-28T09:30:00+07:00',
    type: 'regular',
    form: 'in_person',
    place: 'Trụ sở UBND xã F1',
    peopleCount: 1,
    visitors: [{ role: 'signatory', kind: 'individual', identity: CITIZEN }],
    contentKind: 'feedback',
    subjectArea: 'dat_dai',
    summary: 'Phản ánh việc lấn chiếm đất công và kiến nghị cấp giấy chứng nhận',
    ...overrides,
  });
  const classification = (withinCompetence: boolean) => ({
    contentKind: 'feedback',
    eligible: true,
    withinCompetence,
    signatories: 1,
    originalsAttached: false,
  });

  it('answers the visit when the last đơn logged at it is answered, with each đơn’s answer and no second notice', async () => {
    const registered = await post('desk.c1', '/reception/visits', visit());
    if (registered.status !== 201) throw new Error(registered.text);
    ids.visit = registered.body.id;
    const petition = (summary: string) => ({
      receivedAt: '2026-08-28T09:30:00+07:00',
      channel: 'reception_desk',
      summary,
      subjectArea: 'dat_dai',
      petitioners: [{ role: 'signatory', kind: 'individual', identity: CITIZEN }],
    });
    const result = await post('desk.c1', `/reception/visits/${ids.visit}/result`, {
      expectedVersion: registered.body.version,
      kind: 'received',
      petitions: [petition('Phản ánh lấn chiếm đất công'), petition('Kiến nghị cấp giấy chứng nhận')],
    });
    if (result.status !== 200) throw new Error(result.text);
    const logged = await get('desk.c1', `/reception/visits/${ids.visit}`).expect(200);
    expect(logged.body.petitions).toHaveLength(2);
    const [first, second] = logged.body.petitions.map((p: { petitionId: string }) => p.petitionId) as string[];

    clock.set('2026-09-03T03:00:00Z');
    let p = await command('desk.c1', `/petitions/${first}/classify`, 1, classification(true));
    p = await command('desk.c1', `/petitions/${first}/accept`, p.version);
    expect(p.state).toBe('accepted');
    const halfway = await get('desk.c1', `/reception/visits/${ids.visit}`).expect(200);
    expect(halfway.body).toMatchObject({ state: 'awaitingReply', reply: null });

    clock.set('2026-09-07T03:00:00Z');
    p = await command('desk.c1', `/petitions/${second}/classify`, 1, classification(false));
    await command('desk.c1', `/petitions/${second}/forward`, p.version, { toAuthorityId: ids.C2 });

    const answered = await get('desk.c1', `/reception/visits/${ids.visit}`).expect(200);
    expect(answered.body.state).toBe('replied');
    expect(answered.body.reply).toEqual({
      kind: 'forwarded',
      form: 'written',
      on: '2026-09-07',
      petitions: expect.arrayContaining([
        { petitionId: first, kind: 'accepted', on: '2026-09-03' },
        { petitionId: second, kind: 'forwarded', on: '2026-09-07' },
      ]),
    });
    const reply = answered.body.deadlines.find((d: { clock: string }) => d.clock === 'reply');
    expect(reply).toMatchObject({ status: 'met', dueDate: '2026-09-16' });
    // The system recorded it in the visit's log; the citizen heard from each đơn, not again from the visit.
    const [event] = await ds.query<{ actor_role: string; type: string }[]>(
      `SELECT actor_role, type FROM domain_event WHERE stream_type = 'visit' AND stream_id = $1 ORDER BY seq DESC LIMIT 1`,
      [ids.visit],
    );
    expect(event).toEqual({ actor_role: 'system', type: 'reply' });
    const visitNotices = await ds.query(
      `SELECT 1 FROM outbox_message WHERE stream_type = 'visit' AND stream_id = $1 AND action_type = 'notify'`,
      [ids.visit],
    );
    expect(visitNotices).toEqual([]);
    const petitionNotices = await ds.query<{ template: string }[]>(
      `SELECT payload ->> 'template' AS template FROM outbox_message
        WHERE stream_type = 'petition' AND stream_id = ANY($1::uuid[]) AND action_type = 'notify'
          AND payload ->> 'within' = 'petition.receptionReply' ORDER BY id`,
      [[first, second]],
    );
    expect(petitionNotices.map((n) => n.template)).toEqual(['petition.accepted', 'petition.forwarded']);
  });

  it('a visit already answered by hand is left alone when its đơn are answered later', async () => {
    const registered = await post(
      'desk.c1',
      '/reception/visits',
      visit({ result: { kind: 'received', logPetition: true } }),
    );
    const [petition] = registered.body.petitionIds as string[];
    await command('desk.c1', `/reception/visits/${registered.body.id}/reply`, registered.body.version, {
      kind: 'extended',
      form: 'in_person',
    });
    const p = await command('desk.c1', `/petitions/${petition}/classify`, 1, classification(true));
    await command('desk.c1', `/petitions/${petition}/accept`, p.version);
    const detail = await get('desk.c1', `/reception/visits/${registered.body.id}`).expect(200);
    expect(detail.body.reply).toEqual({ kind: 'extended', form: 'in_person', on: '2026-09-07' });
  });

  describe('revealing who came', () => {
    let visitorId: string;
    let protectedVisit: { id: string; visitorId: string };

    beforeAll(async () => {
      const detail = await get('desk.c1', `/reception/visits/${ids.visit}`).expect(200);
      visitorId = detail.body.visitors[0].visitorId;
      const denouncer = await post(
        'desk.c1',
        '/reception/visits',
        visit({ contentKind: 'denunciation', identityProtectionRequested: true, result: { kind: 'answered' } }),
      );
      if (denouncer.status !== 201) throw new Error(denouncer.text);
      const d = await get('desk.c1', `/reception/visits/${denouncer.body.id}`).expect(200);
      protectedVisit = { id: denouncer.body.id, visitorId: d.body.visitors[0].visitorId };
    });

    const reveal = (who: string, visitId: string, id: string, reason = 'Gửi văn bản trả lời công dân') =>
      post(who, `/reception/visits/${visitId}/visitors/${id}/reveal`, { reason });

    it('to the reception staff and leaders of the authority, with every reveal logged', async () => {
      const res = await reveal('desk2.c1', ids.visit, visitorId);
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toMatchObject({ visitorId, visitId: ids.visit, identity: CITIZEN });
      expect((await reveal('leader.c1', ids.visit, visitorId)).status).toBe(200);

      const log = await get('inspector.p', `/identity-reveals?visitId=${ids.visit}`).expect(200);
      expect(log.body.items).toEqual([
        expect.objectContaining({ visitorId, visitId: ids.visit, partyId: null, userId: ids['desk2.c1'] }),
        expect.objectContaining({ visitorId, visitId: ids.visit, partyId: null, userId: ids['leader.c1'] }),
      ]);
      expect(JSON.stringify(log.body)).not.toContain(CITIZEN.fullName);
    });

    it('never to handlers, other communes or inspectors; a refusal looks like an unknown person', async () => {
      const unknown = await reveal('desk.c1', ids.visit, '00000000-0000-4000-8000-000000000000');
      expect(unknown.status).toBe(404);
      for (const who of ['handler.c1', 'desk.c2']) {
        const res = await reveal(who, ids.visit, visitorId);
        expect(res.status).toBe(404);
        expect({ ...res.body.error, details: undefined, requestId: undefined }).toEqual({
          ...unknown.body.error,
          details: undefined,
          requestId: undefined,
        });
      }
      expect((await reveal('inspector.p', ids.visit, visitorId)).status).toBe(403);
      expect((await reveal('desk.c1', ids.visit, visitorId, '   ')).status).toBe(400);
    });

    it('a denouncer who asked for protection: only the officer who received them and the leaders', async () => {
      expect((await reveal('desk2.c1', protectedVisit.id, protectedVisit.visitorId)).status).toBe(404);
      const receiver = await reveal('desk.c1', protectedVisit.id, protectedVisit.visitorId);
      expect(receiver.status).toBe(200);
      expect(receiver.body.basis).toContain('trực tiếp tiếp công dân');
      expect((await reveal('leader.c1', protectedVisit.id, protectedVisit.visitorId)).status).toBe(200);
      const [{ count }] = await ds.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM identity_reveal WHERE visit_id = $1`,
        [protectedVisit.id],
      );
      expect(count).toBe(2);
    });
  });

  it('reads the register page by page, newest first, without gaps or repeats', async () => {
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const path: string = `/reception/visits?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await get('desk.c1', path).expect(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      all.push(...page.body.items.map((v: { serialNo: number }) => v.serialNo));
      cursor = page.body.nextCursor;
    } while (cursor);
    const serials = (
      await ds.query<{ serial_no: number }[]>(
        `SELECT serial_no FROM reception_visit WHERE holder_authority_id = $1 ORDER BY visited_on DESC, serial_no DESC`,
        [ids.C1],
      )
    ).map((r) => r.serial_no);
    expect(serials.length).toBeGreaterThanOrEqual(3);
    expect(all).toEqual(serials);
    const forged = await get('desk.c1', '/reception/visits?cursor=bm90LWEtY3Vyc29y');
    expect(forged.status).toBe(400);
    expect(forged.body.error.details[0]).toMatchObject({ field: 'cursor', issue: 'invalid_cursor' });
  });

  it('hands open visits of a merged commune to its successor, keeping them in the register that recorded them', async () => {
    clock.set('2026-09-08T03:00:00Z');
    const open = await post(
      'desk.c1',
      '/reception/visits',
      visit({ visitedAt: '2026-09-08T09:30:00+07:00', result: { kind: 'received', logPetition: true } }),
    );
    expect(open.body.state).toBe('awaitingReply');
    const res = await post('admin.p', '/reorganisations', {
      effectiveOn: '2026-09-08',
      legalBasis: 'Nghị quyết sắp xếp đơn vị hành chính cấp xã (thử nghiệm)',
      dryRun: false,
      changes: [
        {
          kind: 'merge',
          predecessorIds: [ids.C1],
          newSuccessor: { code: 'FUP-C9', name: 'UBND xã Hợp Nhất', level: 'commune', parentId: ids.P },
        },
      ],
    });
    expect(res.status).toBe(200);
    const moved = res.body.moved.filter((m: { streamType: string }) => m.streamType === 'visit');
    expect(moved).toEqual([expect.objectContaining({ id: open.body.id, state: 'awaitingReply' })]);
    const successor = res.body.created[0].id as string;

    const users = t.app.get(UsersService);
    await createUser(users, 'desk.c9', 'reception_officer', successor);
    await login('desk.c9');
    const detail = await get('desk.c9', `/reception/visits/${open.body.id}`).expect(200);
    expect(detail.body).toMatchObject({ authorityId: ids.C1, state: 'awaitingReply' });
    expect(detail.body.deadlines.find((d: { clock: string }) => d.clock === 'reply').dueDate).toBe('2026-09-22');
    await command('desk.c9', `/reception/visits/${open.body.id}/reply`, detail.body.version, {
      kind: 'accepted',
      form: 'written',
    });
    // Finished visits stay where they were.
    const [answered] = await ds.query<{ holder_authority_id: string }[]>(
      `SELECT holder_authority_id FROM reception_visit WHERE id = $1`,
      [ids.visit],
    );
    expect(answered.holder_authority_id).toBe(ids.C1);
  });
});
