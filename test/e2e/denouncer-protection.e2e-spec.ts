import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuthorityDirectory, IdentityVaultService, UsersService } from '@kntc/access';
import type { Actor } from '@kntc/domain';
import type { UserRole } from '@kntc/persistence';
import { CASE_METRICS, CASE_SECTIONS, FORM_CODES, PETITION_METRICS, RECEPTION_METRICS } from '@kntc/audit';
import { createTestApp, type TestApp } from '@kntc/testing';
import { ClockService, DeadlineSweeper, FixedClock, OutboxDispatcher } from '@kntc/workflow';
import { createUser, insertAuthority, passwordFor } from '../../libs/access/src/testing/access-fixtures';

/**
 * Luật Tố cáo Arts. 8.3, 47, 56; NĐ 154/2026 Art. 12.2: the identity of a protected denouncer
 * is kept secret from everyone but those resolving the tố cáo, and every look at it is recorded.
 *
 * A tố cáo by a protected denouncer (name and ID number chosen to be found by a text search)
 * goes through intake, classification, acceptance, verification, conclusion and handling at
 * commune A; the same person files again (a duplicate) and that đơn is forwarded to commune B;
 * a second denouncer waived protection. Then every role at A, B and the province P (and an
 * inspector of another province) reads every GET endpoint of the OpenAPI document with the
 * real ids, tries to reveal every party, and the background work runs. The name and the ID
 * number must appear nowhere: not in any response, not in the event log, the outbox or any
 * other table (the party table holds ciphertext only), not in any log line. The exceptions are
 * the reveal answers to the leaders the law allows, and each of those is in the reveal log,
 * which inspectors read without the identity.
 */
describe('denouncer protection: the identity appears only where the law allows (e2e)', () => {
  const clock = new FixedClock(new Date('2026-08-03T02:00:00Z')); // Monday 3/8/2026, 09:00 in Vietnam
  const PROTECTED = {
    fullName: 'Quách Thị Diễm Hương',
    idNumber: '036190004477',
    address: 'Số 7 ngõ Trúc Lạc, phường Ba Đình',
    phone: '0987 654 321',
  };
  const WAIVED = {
    fullName: 'Tạ Đình Phong Nhã',
    idNumber: '036085002299',
    address: 'Số 3 ngõ Hòe Nhai, phường Ba Đình',
  };
  /** Every spelling of the protected identity a leak could take. */
  const SECRETS = [
    PROTECTED.fullName,
    PROTECTED.fullName.normalize('NFD'),
    'quach thi diem huong',
    'QUÁCH THỊ DIỄM HƯƠNG',
    PROTECTED.idNumber,
    '0361 9000 4477',
    PROTECTED.address,
    PROTECTED.phone,
    PROTECTED.phone.replace(/ /g, ''),
  ];
  const hexOf = (text: string) => Buffer.from(text, 'utf8').toString('hex');

  let t: TestApp;
  let ds: DataSource;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  const people: string[] = [];
  /** Every answer the API gave, except the reveals the law allows. */
  const seen: { what: string; text: string }[] = [];
  /** The reveals the law allows: who, which party. */
  const allowedReveals: { who: string; party: string; text: string }[] = [];
  let docPaths: Record<string, Record<string, unknown>>;

  const http = () => request(t.app.getHttpServer());
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

  function leaksIn(text: string): string[] {
    const lower = text.toLowerCase();
    return SECRETS.filter((s) => text.includes(s) || lower.includes(s.toLowerCase()));
  }

  async function post(who: string, path: string, body: object): Promise<request.Response> {
    const res = await http().post(path).set(as(who)).send(body);
    seen.push({ what: `POST ${path} as ${who}`, text: res.text });
    return res;
  }

  async function command(who: string, path: string, version: number, body: object = {}): Promise<number> {
    const res = await post(who, path, { expectedVersion: version, ...body });
    if (res.status !== 200) throw new Error(`${path} as ${who} → ${res.status} ${res.text}`);
    return (res.body as { version: number }).version;
  }

  async function intake(summary: string, identity: object, protectionWaived = false) {
    const res = await post('reception.a', '/petitions', {
      receivedAt: '2026-08-03T08:30:00+07:00',
      channel: 'reception_desk',
      fromReception: true,
      summary,
      subjectArea: 'can_bo_cong_chuc',
      petitioners: [{ role: 'signatory', kind: 'individual', protectionWaived, identity }],
    });
    if (res.status !== 201) throw new Error(`intake → ${res.status} ${res.text}`);
    return res.body as { id: string; duplicates: { petitionId: string }[] };
  }

  const denunciation = (withinCompetence: boolean) => ({
    contentKind: 'denunciation',
    eligible: true,
    withinCompetence,
    signatories: 1,
    originalsAttached: true,
  });

  async function actorOf(username: string, role: UserRole, place: string): Promise<Actor> {
    return { userId: ids[username], role, authority: await t.app.get(AuthorityDirectory).refOf(ids[place]) };
  }

  beforeAll(async () => {
    t = await createTestApp({ overrides: [{ provide: ClockService, useValue: clock }] });
    ds = t.app.get(DataSource);
    const users = t.app.get(UsersService);
    ids.P = await insertAuthority(ds, { code: 'DP-P', level: 'province', validFrom: '2025-07-01' });
    ids.A = await insertAuthority(ds, { code: 'DP-A', level: 'commune', parentId: ids.P, validFrom: '2025-07-01' });
    ids.B = await insertAuthority(ds, { code: 'DP-B', level: 'commune', parentId: ids.P, validFrom: '2025-07-01' });
    ids.Q = await insertAuthority(ds, { code: 'DP-Q', level: 'province', validFrom: '2025-07-01' });
    const roles: UserRole[] = ['reception_officer', 'handler', 'leader', 'inspector', 'admin'];
    const accounts: [string, UserRole, string][] = [
      ...roles.flatMap((role) =>
        ['A', 'B', 'P'].map((place): [string, UserRole, string] => [
          `${role.replace('_officer', '')}.${place.toLowerCase()}`,
          role,
          place,
        ]),
      ),
      ['inspector.q', 'inspector', 'Q'],
    ];
    for (const [username, role, place] of accounts) {
      ids[username] = (await createUser(users, username, role, ids[place])).id;
      const login = await http()
        .post('/auth/login')
        .send({ username, password: passwordFor(username) });
      if (login.status !== 200) throw new Error(`login of ${username} failed: ${login.text}`);
      tokens[username] = login.body.accessToken;
      people.push(username);
    }
    docPaths = (await http().get('/docs-json').expect(200)).body.paths;

    // D1: the tố cáo, from intake to the handling of the conclusion, at A.
    const d1 = await intake('Tố cáo cán bộ địa chính xã nhận tiền khi cấp giấy chứng nhận', PROTECTED);
    ids.D1 = d1.id;
    let v = await command('reception.a', `/petitions/${ids.D1}/classify`, 1, denunciation(true));
    await command('reception.a', `/petitions/${ids.D1}/accept`, v, {
      denounced: { kind: 'official' },
    });
    [{ case_id: ids.C1 }] = await ds.query(`SELECT case_id FROM petition WHERE id = $1`, [ids.D1]);
    v = await command('leader.a', `/cases/${ids.C1}/accept`, 1);
    v = await command('leader.a', `/cases/${ids.C1}/complexity`, v, {
      criteria: ['several_contents', 'conflicting_evidence'],
    });
    v = await command('leader.a', `/cases/${ids.C1}/conclusion`, v, { outcome: 'partly_correct' });
    v = await command('handler.a', `/cases/${ids.C1}/conclusion/send`, v);
    await command('leader.a', `/cases/${ids.C1}/handling`, v, { measures: ['impose_measures'] });

    // D2: the same person again (a duplicate at intake), then forwarded to B, which takes it in.
    const d2 = await intake('Tố cáo tiếp việc cán bộ địa chính nhận tiền của hộ khác', PROTECTED);
    ids.D2 = d2.id;
    ids.D2duplicates = d2.duplicates.map((d) => d.petitionId).join(',');
    v = await command('reception.a', `/petitions/${ids.D2}/classify`, 1, denunciation(false));
    v = await command('reception.a', `/petitions/${ids.D2}/forward`, v, { toAuthorityId: ids.B });
    await command('reception.b', `/petitions/${ids.D2}/receive`, v);

    // D3: a denouncer who waived protection.
    ids.D3 = (await intake('Tố cáo việc lấn chiếm vỉa hè làm nơi kinh doanh', WAIVED, true)).id;
    await command('reception.a', `/petitions/${ids.D3}/classify`, 1, denunciation(true));

    // V1: the same denouncer received at A's reception desk, identity protection asked; guided.
    const visit = await http()
      .post('/reception/visits')
      .set(as('reception.a'))
      .send({
        visitedAt: '2026-08-03T08:45:00+07:00',
        type: 'regular',
        form: 'in_person',
        place: 'Trụ sở tiếp công dân xã',
        peopleCount: 1,
        visitors: [{ role: 'signatory', kind: 'individual', identity: PROTECTED }],
        contentKind: 'denunciation',
        identityProtectionRequested: true,
        subjectArea: 'can_bo_cong_chuc',
        summary: 'Tố cáo cán bộ địa chính xã nhận tiền khi cấp giấy chứng nhận',
        result: { kind: 'guided' },
      });
    if (visit.status !== 201) throw new Error(`visit → ${visit.status} ${visit.text}`);
    seen.push({ what: 'register visit V1', text: visit.text });
    ids.V1 = visit.body.id;

    for (const d of ['D1', 'D2', 'D3']) {
      [{ id: ids[`party.${d}`] }] = await ds.query(`SELECT id FROM party WHERE petition_id = $1`, [ids[d]]);
    }

    if (docPaths['/petitions/{id}/attachments']) {
      // The scanned, signed đơn shows the denouncer; the second file does not.
      for (const [containsIdentity, name] of [
        ['true', 'ban-scan-don.pdf'],
        ['false', 'bien-ban-xac-minh.pdf'],
      ]) {
        const res = await http()
          .post(`/petitions/${ids.D1}/attachments`)
          .set(as('reception.a'))
          .field('containsIdentity', containsIdentity)
          .attach('file', Buffer.from(`%PDF-1.7\n1 0 obj << /Title (${name}) >> endobj\n%%EOF\n`), name);
        if (res.status !== 201) throw new Error(`upload → ${res.status} ${res.text}`);
        seen.push({ what: `upload ${name}`, text: res.text });
        ids[`attachment.${containsIdentity}`] = res.body.id;
      }
    }

    // The background work: notices delivered, then five weeks later the deadlines swept.
    await t.app.get(OutboxDispatcher).dispatch();
    clock.set('2026-09-10T02:00:00Z');
    await t.app.get(DeadlineSweeper).sweep();
    await t.app.get(OutboxDispatcher).dispatch();
  }, 60_000);
  afterAll(() => t.close());

  it('finds the earlier đơn of the same person at intake (by blind index, so the sweeps cover duplicates)', () => {
    expect(ids.D2duplicates.split(',')).toContain(ids.D1);
  });

  it('records the protected party encrypted: no plain name, ID number or address in the party table', async () => {
    const rows = await ds.query<{ id: string; row: string; sealed: boolean; plain: boolean; protected: boolean }[]>(
      `SELECT p.id, p::text AS row, p.identity_ciphertext IS NOT NULL AS sealed, p.protected,
              position(convert_to($2, 'UTF8') IN p.identity_ciphertext) > 0 AS plain
         FROM party p WHERE petition_id = ANY($1)`,
      [[ids.D1, ids.D2], PROTECTED.fullName],
    );
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect([r.sealed, r.plain, r.protected]).toEqual([true, false, true]);
      expect(leaksIn(r.row)).toEqual([]);
      expect(r.row).not.toContain(hexOf(PROTECTED.fullName));
      expect(r.row).not.toContain(hexOf(PROTECTED.idNumber));
    }
  });

  it('keeps the identity out of every GET endpoint, for every role at every place, with every real id', async () => {
    const byCollection: Record<string, string[]> = {
      cases: [ids.C1],
      users: [ids['reception.a'], ids['leader.a']],
      authorities: [ids.A, ids.B],
      petitions: [ids.D1, ids.D2, ids.D3],
      reception: [ids.V1],
    };
    const fillers: Record<string, (path: string) => string[]> = {
      id: (path) => {
        const found = byCollection[path.split('/')[1]];
        if (!found) throw new Error(`no real ids for {id} of GET ${path}: add them here`);
        return found;
      },
      attachmentId: () => [ids['attachment.true'], ids['attachment.false']].filter(Boolean),
      code: () => [...FORM_CODES],
    };
    // The audit views need a period: the year holding every đơn above.
    const period = 'preset=year&year=2026';
    const urls: string[] = [];
    for (const [path, methods] of Object.entries(docPaths)) {
      if (!methods.get || path.startsWith('/health')) continue;
      let expanded = [path];
      for (const [, param] of path.matchAll(/\{(\w+)\}/g)) {
        const filler = fillers[param];
        if (!filler) throw new Error(`no real ids to fill {${param}} of GET ${path}: add them here`);
        expanded = expanded.flatMap((p) => filler(path).map((id) => p.replace(`{${param}}`, id)));
      }
      urls.push(...expanded.map((u) => (u.startsWith('/audit/') ? `${u}?${period}` : u)));
    }
    // Every list behind every đơn and denunciation cell: the drill-down never shows who denounced.
    for (const metric of PETITION_METRICS) {
      urls.push(`/audit/reports/cells?${period}&subject=petitions&metric=${metric.key}`);
    }
    for (const subject of CASE_SECTIONS.filter((s) => s.includes('enunciation'))) {
      for (const metric of CASE_METRICS) {
        urls.push(`/audit/reports/cells?${period}&subject=${subject}&metric=${metric.key}`);
      }
    }
    urls.push(`/audit/reports/cells.csv?${period}&subject=petitions&metric=received`);
    // Every list behind every reception figure (the protected denouncer came to the desk too).
    for (const metric of RECEPTION_METRICS) urls.push(`/audit/reports/reception/cells?${period}&metric=${metric.key}`);
    urls.push(
      '/reception/duty/schedules?from=2026-01-01&to=2026-12-31',
      '/reception/duty/compliance?from=2026-01-01&to=2026-12-31',
      '/reception/duty/compliance.csv?from=2026-01-01&to=2026-12-31',
    );
    // The inspector views over denunciations: codes, dates and holders only.
    urls.push(
      `/audit/overdue?${period}&subject=denunciation`,
      `/audit/overdue.csv?${period}&subject=denunciation`,
      `/audit/league?${period}&subject=denunciation&sort=received`,
      `/audit/league.csv?${period}&subject=denunciation&sort=received`,
    );
    urls.push(
      '/petitions?contentKind=denunciation',
      `/petitions?q=${encodeURIComponent(PROTECTED.fullName)}`,
      `/petitions?q=${PROTECTED.idNumber}`,
      '/inbox?section=held',
      '/inbox?section=awaitingReceipt',
    );
    expect(urls.length).toBeGreaterThan(10);

    const statuses = new Map<number, number>();
    for (const who of people) {
      for (const url of urls) {
        const res = await http().get(url).set(as(who));
        seen.push({ what: `GET ${url} as ${who}`, text: `${JSON.stringify(res.headers)}\n${res.text}` });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        expect([`GET ${url} as ${who}`, res.status < 500]).toEqual([`GET ${url} as ${who}`, true]);
      }
    }
    // The sweep read real records (200s), not only refusals.
    expect(statuses.get(200)).toBeGreaterThan(100);
    // Searching the register by the denouncer's name or number finds nothing: no oracle.
    for (const q of [encodeURIComponent(PROTECTED.fullName), PROTECTED.idNumber]) {
      expect((await http().get(`/petitions?q=${q}`).set(as('leader.a'))).body.items).toEqual([]);
    }
    const leaks = seen.flatMap((s) => leaksIn(s.text).map((l) => `${s.what}: ${l}`));
    expect(leaks).toEqual([]);
  }, 120_000);

  it('reveals the protected identity only to the leader of the authority holding it, and logs each reveal', async () => {
    // The authority resolving D1 (and its case) is A; D2 was forwarded to B, which holds it now
    // (Luật Tố cáo Art. 56.5: the body that forwarded it keeps the secret and no longer sees it).
    // D3's denouncer waived protection: every officer of the holder may see it (Art. 47).
    const allowed = new Set(['leader.a D1', 'leader.b D2', 'leader.a D3', 'reception.a D3', 'handler.a D3']);
    const answers: string[] = [];
    for (const who of people) {
      for (const d of ['D1', 'D2', 'D3']) {
        const res = await http()
          .post(`/petitions/${ids[d]}/parties/${ids[`party.${d}`]}/reveal`)
          .set(as(who))
          .send({ reason: 'Làm việc với người tố cáo theo kế hoạch xác minh' });
        const allowedHere = allowed.has(`${who} ${d}`);
        if (allowedHere) allowedReveals.push({ who, party: ids[`party.${d}`], text: res.text });
        else seen.push({ what: `reveal ${d} as ${who}`, text: res.text });
        answers.push(
          `${who} ${d} ${allowedHere ? `${res.status} ${String(res.headers['cache-control'])}` : [403, 404].includes(res.status) ? 'refused' : res.status}`,
        );
      }
    }
    const expectedAnswers = people.flatMap((who) =>
      ['D1', 'D2', 'D3'].map((d) => `${who} ${d} ${allowed.has(`${who} ${d}`) ? '200 no-store' : 'refused'}`),
    );
    expect(answers).toEqual(expectedAnswers);
    const [d1, d2, d3] = ['D1', 'D2', 'D3'].map((d) => allowedReveals.find((r) => r.party === ids[`party.${d}`])!);
    expect(JSON.parse(d1.text)).toMatchObject({ identity: PROTECTED, protected: true, revealId: expect.any(String) });
    expect(JSON.parse(d2.text)).toMatchObject({ identity: PROTECTED, protected: true, revealId: expect.any(String) });
    expect(JSON.parse(d3.text)).toMatchObject({ identity: WAIVED, protected: false, revealId: null });

    const logged = await ds.query<{ party_id: string; user_id: string }[]>(
      `SELECT party_id, user_id FROM identity_reveal ORDER BY id`,
    );
    expect(logged).toEqual([
      { party_id: ids['party.D1'], user_id: ids['leader.a'] },
      { party_id: ids['party.D2'], user_id: ids['leader.b'] },
    ]);

    // The inspector of the province sees both reveals, and no identity.
    const log = await http().get('/identity-reveals').set(as('inspector.p')).expect(200);
    seen.push({ what: 'GET /identity-reveals as inspector.p', text: log.text });
    expect(
      log.body.items.map((i: { partyId: string; petitionId: string; userId: string; reason: string }) => [
        i.partyId,
        i.petitionId,
        i.userId,
        i.reason,
      ]),
    ).toEqual([
      [ids['party.D1'], ids.D1, ids['leader.a'], 'Làm việc với người tố cáo theo kế hoạch xác minh'],
      [ids['party.D2'], ids.D2, ids['leader.b'], 'Làm việc với người tố cáo theo kế hoạch xác minh'],
    ]);
    expect(leaksIn(log.text)).toEqual([]);
    // The inspector of B's own commune sees B's reveal only; another province sees none.
    const atB = await http().get('/identity-reveals').set(as('inspector.b')).expect(200);
    expect(atB.body.items.map((i: { partyId: string }) => i.partyId)).toEqual([ids['party.D2']]);
    const elsewhere = await http().get('/identity-reveals').set(as('inspector.q')).expect(200);
    expect(elsewhere.body.items).toEqual([]);
  });

  it('lets the staff of the holder see a denouncer who waived protection, and no one elsewhere', async () => {
    const vault = t.app.get(IdentityVaultService);
    for (const [who, role] of [
      ['reception.a', 'reception_officer'],
      ['handler.a', 'handler'],
      ['leader.a', 'leader'],
    ] as const) {
      const revealed = await vault.reveal(ids['party.D3'], await actorOf(who, role, 'A'), 'Gửi thông báo thụ lý');
      expect([who, revealed.identity, revealed.revealId]).toEqual([who, WAIVED, null]);
    }
    for (const [who, role, place] of [
      ['leader.b', 'leader', 'B'],
      ['inspector.a', 'inspector', 'A'],
      ['admin.a', 'admin', 'A'],
    ] as const) {
      await expect(vault.reveal(ids['party.D3'], await actorOf(who, role, place), 'Thử')).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    }
    // The protected one stays hidden from the holder's handler (none is assigned to the case)
    // and reception officer, even at the vault.
    for (const [who, role] of [
      ['reception.a', 'reception_officer'],
      ['handler.a', 'handler'],
    ] as const) {
      await expect(vault.reveal(ids['party.D1'], await actorOf(who, role, 'A'), 'Thử')).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    }
  });

  it('keeps the identity out of the event log, the outbox and every other table', async () => {
    const events = await ds.query<{ payload: unknown }[]>(`SELECT payload FROM domain_event`);
    expect(events.length).toBeGreaterThan(10);
    expect(leaksIn(JSON.stringify(events))).toEqual([]);
    const outbox = await ds.query<{ row: string }[]>(`SELECT o::text AS row FROM outbox_message o`);
    expect(outbox.length).toBeGreaterThan(0);
    expect(leaksIn(outbox.map((o) => o.row).join('\n'))).toEqual([]);

    const tables = await ds.query<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const found: string[] = [];
    for (const { table_name } of tables) {
      const rows = await ds.query<{ row: string }[]>(`SELECT t::text AS row FROM "${table_name}" t`);
      const text = rows.map((r) => r.row).join('\n');
      for (const leak of leaksIn(text)) found.push(`${table_name}: ${leak}`);
      // bytea columns print as hex: the plain UTF-8 bytes must not be there either.
      for (const secret of [PROTECTED.fullName, PROTECTED.idNumber]) {
        if (text.includes(hexOf(secret))) found.push(`${table_name}: ${secret} (bytes)`);
      }
    }
    expect(found).toEqual([]);
  });

  it('keeps the identity out of every log line', () => {
    expect(t.logs.lines.length).toBeGreaterThan(100);
    expect(t.logs.text).toContain('notice delivered');
    expect(leaksIn(t.logs.text)).toEqual([]);
  });

  it('keeps the identity out of every command answer and every refusal', () => {
    expect(seen.filter((s) => s.what.startsWith('POST ')).length).toBeGreaterThan(10);
    expect(seen.flatMap((s) => leaksIn(s.text).map((l) => `${s.what}: ${l}`))).toEqual([]);
  });

  // Last: it stores the name in the attachment's metadata, which the checks above would see.
  it('treats the file name of a file that shows the identity as identity: listed to no one without a recorded reveal', async () => {
    if (!docPaths['/petitions/{id}/attachments']) return;
    // Officers name scans after the person ("Đơn tố cáo của <tên>.pdf"); the name is then identity too.
    const name = `Don to cao cua ${PROTECTED.fullName}.pdf`;
    await http()
      .post(`/petitions/${ids.D1}/attachments`)
      .set(as('reception.a'))
      .field('containsIdentity', 'true')
      .attach('file', Buffer.from('%PDF-1.7\n1 0 obj << /Title (scan) >> endobj\n%%EOF\n'), name)
      .expect(201);
    const before = await ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM identity_reveal`);
    const listed: string[] = [];
    for (const who of people) {
      const res = await http().get(`/petitions/${ids.D1}/attachments`).set(as(who));
      if (leaksIn(res.text).length > 0) listed.push(`${who} (${res.status})`);
    }
    const after = await ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM identity_reveal`);
    // Either nobody sees the name in the list, or each sight is in the reveal log.
    expect({ listed, reveals: after[0].n - before[0].n }).toEqual({ listed: [], reveals: 0 });
  });
});
