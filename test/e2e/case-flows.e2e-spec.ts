import request from 'supertest';
import { DataSource } from 'typeorm';
import { UsersService } from '@kntc/access';
import type { AuthorityRef } from '@kntc/domain';
import { createTestApp, type TestApp } from '@kntc/testing';
import { ClockService, FixedClock, StreamWriter } from '@kntc/workflow';
import { createUser, insertAuthority, passwordFor } from '../../libs/access/src/testing/access-fixtures';

/**
 * The engine's main paths through the HTTP API only, as officers would walk them: a đơn logged,
 * classified, forwarded and received across authorities; a complaint, a denunciation and a
 * kiến nghị taken to closure; and the contracts of every command (version, role, scope, rules).
 */
describe('case engine over HTTP (e2e)', () => {
  const clock = new FixedClock(new Date('2026-08-03T02:00:00Z')); // Monday 3/8/2026, 09:00 in Vietnam
  let t: TestApp;
  let ds: DataSource;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ overrides: [{ provide: ClockService, useValue: clock }] });
    ds = t.app.get(DataSource);
    const users = t.app.get(UsersService);
    ids.P = await insertAuthority(ds, { code: 'FLOW-P', level: 'province', validFrom: '2025-07-01' });
    ids.C1 = await insertAuthority(ds, { code: 'FLOW-C1', level: 'commune', parentId: ids.P, validFrom: '2025-07-01' });
    ids.C2 = await insertAuthority(ds, { code: 'FLOW-C2', level: 'commune', parentId: ids.P, validFrom: '2025-07-01' });
    for (const [username, role, authority] of [
      ['reception.c1', 'reception_officer', 'C1'],
      ['handler.c1', 'handler', 'C1'],
      ['leader.c1', 'leader', 'C1'],
      ['reception.c2', 'reception_officer', 'C2'],
      ['leader.c2', 'leader', 'C2'],
      ['handler.c2', 'handler', 'C2'],
      ['inspector.p', 'inspector', 'P'],
    ] as const) {
      await createUser(users, username, role, ids[authority]);
      const login = await request(t.app.getHttpServer())
        .post('/auth/login')
        .send({ username, password: passwordFor(username) });
      if (login.status !== 200) throw new Error(`login of ${username} failed: ${login.text}`);
      tokens[username] = login.body.accessToken;
    }
  });
  afterAll(() => t.close());

  const post = (who: string, path: string, body: object, headers: Record<string, string> = {}) => {
    let r = request(t.app.getHttpServer()).post(path).set('Authorization', `Bearer ${tokens[who]}`);
    for (const [k, v] of Object.entries(headers)) r = r.set(k, v);
    return r.send(body);
  };

  async function command(who: string, path: string, version: number, body: object = {}) {
    const res = await post(who, path, { expectedVersion: version, ...body });
    if (res.status !== 200) {
      const failure = t.logs.lines.find((l) => l.msg === 'request failed');
      throw new Error(`${path} → ${res.status} ${res.text}\n${JSON.stringify(failure?.err ?? null)}`);
    }
    return res.body as { id: string; version: number; state: string };
  }

  const newPetition = (overrides: object = {}) => ({
    receivedAt: '2026-08-03T08:30:00+07:00',
    channel: 'post',
    summary: 'Khiếu nại quyết định thu hồi đất nông nghiệp',
    subjectArea: 'dat_dai',
    petitioners: [
      {
        role: 'signatory',
        kind: 'individual',
        identity: { fullName: 'Nguyễn Văn An', address: 'thôn Đông, xã A', idNumber: '001203004567' },
      },
    ],
    ...overrides,
  });

  const caseOf = async (petitionId: string) =>
    (
      await ds.query<{ id: string; kind: string; state: string; version: number }[]>(
        `SELECT c.id, c.kind, c.state, c.version FROM kntc_case c JOIN case_petition cp ON cp.case_id = c.id WHERE cp.petition_id = $1`,
        [petitionId],
      )
    )[0];

  /** What the deadline worker does when a period runs out: the same write path, as the system. */
  async function expireClock(caseId: string, clockName: string, version: number, holder: AuthorityRef) {
    return t.app.get(StreamWriter).apply({
      streamType: 'case',
      id: caseId,
      expectedVersion: version,
      actor: { userId: 'system', role: 'system', authority: holder },
      event: { type: 'deadlineExpired', clock: clockName },
    });
  }

  it('records a đơn once, however often the client retries with the same Idempotency-Key', async () => {
    const body = newPetition();
    const first = await post('reception.c1', '/petitions', body, { 'Idempotency-Key': 'flow-key-0001' });
    const retry = await post('reception.c1', '/petitions', body, { 'Idempotency-Key': 'flow-key-0001' });
    expect([first.status, retry.status]).toEqual([201, 200]);
    expect(retry.body.id).toBe(first.body.id);
    expect(first.body).toMatchObject({
      version: 1,
      state: 'received',
      code: expect.stringMatching(/^DON-2026-\d{6}$/),
    });
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM petition WHERE code = $1`, [first.body.code]);
    expect(n).toBe(1);
    const reused = await post('reception.c1', '/petitions', newPetition({ summary: 'Một nội dung khác hẳn' }), {
      'Idempotency-Key': 'flow-key-0001',
    });
    expect([reused.status, reused.body.error.code]).toEqual([409, 'IDEMPOTENCY_CONFLICT']);
  });

  it('shows the officer earlier đơn of the same person at intake', async () => {
    const earlier = await post('reception.c1', '/petitions', newPetition());
    const later = await post(
      'reception.c1',
      '/petitions',
      newPetition({ summary: 'Khiếu nại lần nữa về thu hồi đất' }),
    );
    expect(later.status).toBe(201);
    expect(later.body.duplicates.map((d: { petitionId: string }) => d.petitionId)).toContain(earlier.body.id);
    expect(
      later.body.duplicates.find((d: { petitionId: string }) => d.petitionId === earlier.body.id).matchedOn,
    ).toContain('idNumber');
  });

  it('takes a complaint from the desk through review, verification, dialogue and decision to closure', async () => {
    const logged = (await post('reception.c1', '/petitions', newPetition())).body;
    let p = await command('reception.c1', `/petitions/${logged.id}/classify`, 1, {
      contentKind: 'complaint',
      eligible: true,
      withinCompetence: true,
      signatories: 1,
      originalsAttached: false,
    });
    p = await command('reception.c1', `/petitions/${logged.id}/accept`, p.version);
    expect(p.state).toBe('accepted');
    const opened = await caseOf(logged.id);
    expect(opened).toMatchObject({ kind: 'complaint', state: 'awaitingAcceptance', version: 1 });

    let c = await command('leader.c1', `/cases/${opened.id}/accept`, 1);
    expect(c.state).toBe('reviewing');
    c = await command('handler.c1', `/cases/${opened.id}/verification`, c.version);
    c = await command('handler.c1', `/cases/${opened.id}/verification/complete`, c.version, {
      finding: 'partly_correct',
      differsFromRequest: true,
    });
    expect(c.state).toBe('dialogue');
    c = await command('handler.c1', `/cases/${opened.id}/dialogue`, c.version, { attended: true });
    expect(c.state).toBe('deciding');
    c = await command('leader.c1', `/cases/${opened.id}/decision`, c.version, { outcome: 'partly_correct' });
    c = await command('handler.c1', `/cases/${opened.id}/send`, c.version);
    expect(c.state).toBe('appealWindow');

    // No second complaint within the window: the decision becomes final (Luật Khiếu nại Art. 44).
    clock.set('2026-09-20T02:00:00Z');
    const holder = { id: ids.C1, level: 'commune' as const, path: [ids.P, ids.C1], remote: false };
    const final = await expireClock(opened.id, 'finality', c.version, holder);
    expect(final.state).toBe('enforcing');
    c = await command('handler.c1', `/cases/${opened.id}/enforcement`, final.version);
    expect(c.state).toBe('closed');
    clock.set('2026-08-03T02:00:00Z');

    const events = await ds.query<{ type: string }[]>(
      `SELECT type FROM domain_event WHERE stream_id = $1 ORDER BY seq`,
      [opened.id],
    );
    expect(events.map((e) => e.type)).toEqual([
      'opened',
      'accept',
      'startVerification',
      'completeVerification',
      'holdDialogue',
      'decide',
      'send',
      'deadlineExpired',
      'recordEnforcement',
    ]);
    const [row] = await ds.query(
      `SELECT outcome, to_char(closed_on, 'YYYY-MM-DD') AS closed_on FROM kntc_case WHERE id = $1`,
      [opened.id],
    );
    expect(row).toEqual({ outcome: 'partly_correct', closed_on: '2026-09-20' });
  });

  it('forwards a đơn to another commune, which receives it and resolves the kiến nghị', async () => {
    const logged = (
      await post(
        'reception.c1',
        '/petitions',
        newPetition({ summary: 'Phản ánh đường giao thông xuống cấp', subjectArea: 'xay_dung' }),
      )
    ).body;
    let p = await command('reception.c1', `/petitions/${logged.id}/classify`, 1, {
      contentKind: 'feedback',
      eligible: true,
      withinCompetence: false,
      signatories: 1,
      originalsAttached: false,
    });
    p = await command('reception.c1', `/petitions/${logged.id}/forward`, p.version, { toAuthorityId: ids.C2 });
    expect(p.state).toBe('forwarded');
    const custody = await ds.query(
      `SELECT authority_id FROM custody_period WHERE stream_id = $1 ORDER BY from_at, id`,
      [logged.id],
    );
    expect(custody.map((r: { authority_id: string }) => r.authority_id)).toEqual([ids.C1]);

    p = await command('reception.c2', `/petitions/${logged.id}/receive`, p.version);
    expect(p.state).toBe('received');
    const moved = await ds.query(
      `SELECT authority_id, until_at IS NULL AS open FROM custody_period WHERE stream_id = $1 ORDER BY from_at, id`,
      [logged.id],
    );
    expect(moved).toEqual([
      { authority_id: ids.C1, open: false },
      { authority_id: ids.C2, open: true },
    ]);
    p = await command('reception.c2', `/petitions/${logged.id}/classify`, p.version, {
      contentKind: 'feedback',
      eligible: true,
      withinCompetence: true,
      signatories: 1,
      originalsAttached: false,
    });
    expect((await command('reception.c2', `/petitions/${logged.id}/accept`, p.version)).state).toBe('accepted');
    const opened = await caseOf(logged.id);
    expect(opened).toMatchObject({ kind: 'feedback', state: 'handling' });
    let c = await command('leader.c2', `/cases/${opened.id}/reply`, 1, {
      summary: 'Đã giao đơn vị sửa chữa tuyến đường trong quý IV',
    });
    expect(c.state).toBe('replied');
    c = await command('handler.c2', `/cases/${opened.id}/close`, c.version);
    expect(c.state).toBe('closed');
  });

  it('takes a denunciation through verification, conclusion and handling to closure', async () => {
    const logged = (
      await post(
        'reception.c1',
        '/petitions',
        newPetition({ summary: 'Tố cáo cán bộ địa chính nhận tiền', subjectArea: 'can_bo_cong_chuc' }),
      )
    ).body;
    let p = await command('reception.c1', `/petitions/${logged.id}/classify`, 1, {
      contentKind: 'denunciation',
      eligible: true,
      withinCompetence: true,
      signatories: 1,
      originalsAttached: false,
    });
    p = await command('reception.c1', `/petitions/${logged.id}/accept`, p.version, { denounced: { kind: 'official' } });
    expect(p.state).toBe('accepted');
    const opened = await caseOf(logged.id);
    expect(opened).toMatchObject({ kind: 'denunciation', state: 'preliminaryCheck' });
    let c = await command('leader.c1', `/cases/${opened.id}/accept`, 1);
    expect(c.state).toBe('verifying');

    // The assigned handler may see the protected denouncer (Luật Tố cáo Art. 56); before, not.
    const [denouncer] = await ds.query<{ id: string }[]>(`SELECT id FROM party WHERE petition_id = $1`, [logged.id]);
    const reveal = () =>
      post('handler.c1', `/petitions/${logged.id}/parties/${denouncer.id}/reveal`, {
        reason: 'Làm việc với người tố cáo',
      });
    expect((await reveal()).status).toBe(404);
    const handlerId = (await ds.query<{ id: string }[]>(`SELECT id FROM app_user WHERE username = 'handler.c1'`))[0].id;
    c = await command('leader.c1', `/cases/${opened.id}/handler`, c.version, { handlerId });
    const revealed = await reveal();
    expect([revealed.status, revealed.body.identity.fullName]).toEqual([200, 'Nguyễn Văn An']);
    const strangerId = (await ds.query<{ id: string }[]>(`SELECT id FROM app_user WHERE username = 'leader.c2'`))[0].id;
    const refused = await post('leader.c1', `/cases/${opened.id}/handler`, {
      expectedVersion: c.version,
      handlerId: strangerId,
    });
    expect([refused.status, refused.body.error.details[0].field]).toEqual([400, 'handlerId']);

    c = await command('leader.c1', `/cases/${opened.id}/conclusion`, c.version, { outcome: 'partly_correct' });
    expect(c.state).toBe('concluded');
    c = await command('handler.c1', `/cases/${opened.id}/conclusion/send`, c.version);
    c = await command('leader.c1', `/cases/${opened.id}/handling`, c.version, { measures: ['impose_measures'] });
    expect(c.state).toBe('monitoring');
    c = await command('handler.c1', `/cases/${opened.id}/publish`, c.version);
    c = await command('handler.c1', `/cases/${opened.id}/close`, c.version);
    expect(c.state).toBe('closed');
    const [party] = await ds.query(`SELECT protected FROM party WHERE petition_id = $1`, [logged.id]);
    expect(party.protected).toBe(true);
  });

  it('protects the petitioners from each classification: protected until classified, then as the content says', async () => {
    const logged = (await post('reception.c1', '/petitions', newPetition())).body;
    const isProtected = async () =>
      (await ds.query<{ protected: boolean }[]>(`SELECT protected FROM party WHERE petition_id = $1`, [logged.id])).map(
        (r) => r.protected,
      );
    expect(await isProtected()).toEqual([true]);
    let version = 1;
    const classifyAs = async (contentKind: string) => {
      version = (
        await command('reception.c1', `/petitions/${logged.id}/classify`, version, {
          contentKind,
          eligible: true,
          withinCompetence: true,
          signatories: 1,
          originalsAttached: false,
        })
      ).version;
      return isProtected();
    };
    // Each reclassification, including one to a content of the same protection, leaves the rows right.
    expect(await classifyAs('complaint')).toEqual([false]);
    expect(await classifyAs('feedback')).toEqual([false]);
    expect(await classifyAs('denunciation')).toEqual([true]);
    expect(await classifyAs('mixed')).toEqual([true]);
    expect(await classifyAs('complaint')).toEqual([false]);
  });

  describe('every command answers with the same contracts', () => {
    let petitionId: string;
    beforeAll(async () => {
      petitionId = (await post('reception.c1', '/petitions', newPetition())).body.id;
    });

    it('409 VERSION_CONFLICT with the current version when the version read is stale', async () => {
      const res = await post('reception.c1', `/petitions/${petitionId}/classify`, {
        expectedVersion: 7,
        contentKind: 'complaint',
        eligible: true,
        withinCompetence: true,
        signatories: 1,
        originalsAttached: false,
      });
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 1 });
    });

    it('409 TRANSITION_NOT_ALLOWED naming the allowed commands when the law does not allow the step now', async () => {
      const res = await post('reception.c1', `/petitions/${petitionId}/accept`, { expectedVersion: 1 });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('TRANSITION_NOT_ALLOWED');
      expect(res.body.error.allowed).toContain('classify');
      expect(res.body.error.details[0].message).toMatch(/trạng thái/);
    });

    it('accepts the version in If-Match instead of the body', async () => {
      const res = await post(
        'reception.c1',
        `/petitions/${petitionId}/classify`,
        {
          contentKind: 'complaint',
          eligible: false,
          ineligibleReason: 'missing_content',
          withinCompetence: true,
          signatories: 1,
          originalsAttached: false,
        },
        { 'If-Match': '"1"' },
      );
      expect([res.status, res.body.version]).toEqual([200, 2]);
    });

    it('400 when no version is given, with the field named', async () => {
      const res = await post('reception.c1', `/petitions/${petitionId}/file`, { reason: 'missing_content' });
      expect(res.status).toBe(400);
      expect(res.body.error.details[0].field).toBe('expectedVersion');
    });

    it('403 when the role may not send the command', async () => {
      const res = await post('inspector.p', `/petitions/${petitionId}/file`, {
        expectedVersion: 2,
        reason: 'missing_content',
      });
      expect([res.status, res.body.error.code]).toEqual([403, 'FORBIDDEN']);
    });

    it('404 for an authority that does not hold the đơn, so its existence does not leak', async () => {
      const res = await post('reception.c2', `/petitions/${petitionId}/file`, {
        expectedVersion: 2,
        reason: 'missing_content',
      });
      expect([res.status, res.body.error.code]).toEqual([404, 'NOT_FOUND']);
    });

    it('400 for bad input: wrong types, unknown fields, impossible dates, future receipt', async () => {
      const bad = [
        newPetition({ channel: 'carrier_pigeon' }),
        newPetition({ summary: 42 }),
        newPetition({ isUrgent: true }),
        newPetition({ receivedAt: '2026-02-30T09:00:00+07:00' }),
        newPetition({ receivedAt: '2027-01-01T09:00:00+07:00' }),
        newPetition({ petitioners: [] }),
        newPetition({ channel: 'press' }),
      ];
      for (const body of bad) {
        const res = await post('reception.c1', '/petitions', body);
        expect([res.status, res.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
        expect(res.body.error.details.length).toBeGreaterThan(0);
      }
    });

    it('stores SQL and script text as plain text', async () => {
      const summary = `'); DROP TABLE petition; -- <script>alert(1)</script>`;
      const res = await post('reception.c1', '/petitions', newPetition({ summary }));
      expect(res.status).toBe(201);
      const [row] = await ds.query(`SELECT summary FROM petition WHERE id = $1`, [res.body.id]);
      expect(row.summary).toBe(summary);
    });
  });
});
