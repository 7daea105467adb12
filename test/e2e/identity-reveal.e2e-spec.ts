import request from 'supertest';
import { DataSource } from 'typeorm';
import { UsersService } from '@kntc/access';
import { vietnamDateOf, addDays } from '@kntc/domain';
import type { UserRole } from '@kntc/persistence';
import { createTestApp, type TestApp } from '@kntc/testing';
import { ClockService, FixedClock } from '@kntc/workflow';
import { createUser, insertAuthority, passwordFor } from '../../libs/access/src/testing/access-fixtures';

/**
 * Revealing a party's identity over HTTP (POST /petitions/:id/parties/:partyId/reveal) and the
 * reveal log for inspectors (GET /identity-reveals), on rows made through the API.
 *
 * Province P with communes A and B; another province Q. At A, Monday 3/8/2026:
 *  - D1: a tố cáo by a protected denouncer, accepted, its case accepted (verifying);
 *  - D2: a tố cáo whose denouncer waived protection (Luật Tố cáo Art. 47);
 *  - K1: a khiếu nại (complainants are not protected denouncers).
 */
describe('identity reveal and reveal log (e2e)', () => {
  const clock = new FixedClock(new Date('2026-08-03T02:00:00Z'));
  const DENOUNCER = { fullName: 'Mạc Thị Huyền Vy', address: 'Xóm Núi, xã A', idNumber: '034188007733' };
  const WAIVED = { fullName: 'Đinh Công Tráng', address: 'Xóm Đồng, xã A', idNumber: '034077001122' };
  const COMPLAINANT = { fullName: 'Lưu Văn Khải', address: 'Xóm Bãi, xã A', idNumber: '034066009988' };

  let t: TestApp;
  let ds: DataSource;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ overrides: [{ provide: ClockService, useValue: clock }] });
    ds = t.app.get(DataSource);
    const users = t.app.get(UsersService);
    ids.P = await insertAuthority(ds, { code: 'IR-P', level: 'province', validFrom: '2025-07-01' });
    ids.A = await insertAuthority(ds, { code: 'IR-A', level: 'commune', parentId: ids.P, validFrom: '2025-07-01' });
    ids.B = await insertAuthority(ds, { code: 'IR-B', level: 'commune', parentId: ids.P, validFrom: '2025-07-01' });
    ids.Q = await insertAuthority(ds, { code: 'IR-Q', level: 'province', validFrom: '2025-07-01' });
    const people: [string, UserRole, string][] = [
      ['rec.a', 'reception_officer', 'A'],
      ['hand.a', 'handler', 'A'],
      ['lead.a', 'leader', 'A'],
      ['lead.b', 'leader', 'B'],
      ['lead.p', 'leader', 'P'],
      ['insp.a', 'inspector', 'A'],
      ['insp.p', 'inspector', 'P'],
      ['insp.q', 'inspector', 'Q'],
      ['admin.p', 'admin', 'P'],
    ];
    for (const [username, role, authority] of people) {
      ids[username] = (await createUser(users, username, role, ids[authority])).id;
      const login = await http()
        .post('/auth/login')
        .send({ username, password: passwordFor(username) });
      if (login.status !== 200) throw new Error(`login of ${username} failed: ${login.text}`);
      tokens[username] = login.body.accessToken;
    }

    ids.D1 = await intake('Tố cáo cán bộ địa chính xã A nhận tiền khi làm thủ tục', DENOUNCER);
    const v = await command('rec.a', `/petitions/${ids.D1}/classify`, 1, classification('denunciation'));
    await command('rec.a', `/petitions/${ids.D1}/accept`, v, { denounced: { kind: 'official' } });
    ids.case1 = await caseOf(ids.D1);
    await command('lead.a', `/cases/${ids.case1}/accept`, 1);
    ids.party1 = await partyOf(ids.D1);

    ids.D2 = await intake('Tố cáo việc lấn chiếm đất công ở xóm Đồng', { ...WAIVED }, true);
    await command('rec.a', `/petitions/${ids.D2}/classify`, 1, classification('denunciation'));
    ids.party2 = await partyOf(ids.D2);

    ids.K1 = await intake('Khiếu nại quyết định xử phạt vi phạm hành chính', COMPLAINANT);
    await command('rec.a', `/petitions/${ids.K1}/classify`, 1, classification('complaint'));
    ids.party3 = await partyOf(ids.K1);
  }, 60_000);
  afterAll(() => t.close());

  function http() {
    return request(t.app.getHttpServer());
  }
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

  function classification(contentKind: string) {
    return { contentKind, eligible: true, withinCompetence: true, signatories: 1, originalsAttached: false };
  }

  async function intake(summary: string, identity: object, protectionWaived = false): Promise<string> {
    const res = await http()
      .post('/petitions')
      .set(as('rec.a'))
      .send({
        receivedAt: '2026-08-03T08:30:00+07:00',
        channel: 'reception_desk',
        summary,
        subjectArea: 'can_bo_cong_chuc',
        petitioners: [{ role: 'signatory', kind: 'individual', protectionWaived, identity }],
      });
    if (res.status !== 201) throw new Error(`intake → ${res.status} ${res.text}`);
    return (res.body as { id: string }).id;
  }

  async function command(who: string, path: string, version: number, body: object = {}): Promise<number> {
    const res = await http()
      .post(path)
      .set(as(who))
      .send({ expectedVersion: version, ...body });
    if (res.status !== 200) throw new Error(`${path} → ${res.status} ${res.text}`);
    return (res.body as { version: number }).version;
  }

  async function caseOf(petitionId: string): Promise<string> {
    const [row] = await ds.query<{ case_id: string }[]>(`SELECT case_id FROM petition WHERE id = $1`, [petitionId]);
    return row.case_id;
  }

  async function partyOf(petitionId: string): Promise<string> {
    const res = await http().get(`/petitions/${petitionId}`).set(as('rec.a')).expect(200);
    return (res.body as { parties: { partyId: string }[] }).parties[0].partyId;
  }

  const reveal = (who: string, petitionId: string, partyId: string, body: object = { reason: 'Mời làm việc' }) =>
    http().post(`/petitions/${petitionId}/parties/${partyId}/reveal`).set(as(who)).send(body);

  const revealRows = () =>
    ds.query<{ party_id: string; user_id: string; reason: string; request_id: string }[]>(
      `SELECT party_id, user_id, reason, request_id FROM identity_reveal ORDER BY id`,
    );

  describe('POST /petitions/:id/parties/:partyId/reveal', () => {
    it('gives the leader resolving the case the protected identity, uncached, and records the reveal', async () => {
      const before = (await revealRows()).length;
      const res = await reveal('lead.a', ids.D1, ids.party1, { reason: 'Mời người tố cáo cung cấp thêm chứng cứ' });
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toEqual({
        partyId: ids.party1,
        petitionId: ids.D1,
        identity: DENOUNCER,
        protected: true,
        revealId: expect.stringMatching(/^\d+$/),
        basis: expect.stringContaining('Điều 56'),
      });
      const rows = await revealRows();
      expect(rows).toHaveLength(before + 1);
      expect(rows[rows.length - 1]).toEqual({
        party_id: ids.party1,
        user_id: ids['lead.a'],
        reason: 'Mời người tố cáo cung cấp thêm chứng cứ',
        request_id: res.headers['x-request-id'],
      });
    });

    it('answers the same 404 for a party of another đơn, an unknown party and a leader of another authority, recording nothing', async () => {
      const before = (await revealRows()).length;
      const wrongPetition = await reveal('lead.a', ids.K1, ids.party1);
      const unknown = await reveal('lead.a', ids.D1, '00000000-0000-4000-8000-00000000beef');
      const otherCommune = await reveal('lead.b', ids.D1, ids.party1);
      const superior = await reveal('lead.p', ids.D1, ids.party1);
      const unknownPetition = await reveal('lead.a', '00000000-0000-4000-8000-00000000cafe', ids.party1);
      const shape = (b: { error: { code: string; message: string; details: { issue: string }[] } }) => [
        b.error.code,
        b.error.message,
        b.error.details.map((d) => d.issue),
      ];
      for (const res of [wrongPetition, unknown, otherCommune, superior, unknownPetition]) {
        expect(res.status).toBe(404);
        expect(shape(res.body)).toEqual(['NOT_FOUND', 'Không tìm thấy người gửi đơn.', ['not_found']]);
        expect(res.text).not.toContain(DENOUNCER.fullName);
      }
      expect(await revealRows()).toHaveLength(before);
    });

    it('refuses inspectors and administrators by role (403), and the holder’s other staff by the policy (404)', async () => {
      for (const who of ['insp.a', 'insp.p', 'admin.p']) {
        const res = await reveal(who, ids.D1, ids.party1);
        expect([who, res.status, res.body.error.code]).toEqual([who, 403, 'FORBIDDEN']);
        expect(res.text).not.toContain(DENOUNCER.fullName);
      }
      // A protected denouncer: only the leader (and an assigned handler) of the holder.
      for (const who of ['rec.a', 'hand.a']) {
        const res = await reveal(who, ids.D1, ids.party1);
        expect([who, res.status, res.body.error.code]).toEqual([who, 404, 'NOT_FOUND']);
        expect(res.text).not.toContain(DENOUNCER.fullName);
      }
    });

    it('requires a reason, checked the same way whatever the party', async () => {
      for (const body of [{}, { reason: '   ' }, { reason: 'x'.repeat(501) }, { reason: 42 }]) {
        for (const partyId of [ids.party1, '00000000-0000-4000-8000-00000000beef']) {
          const res = await reveal('lead.a', ids.D1, partyId, body);
          expect([res.status, res.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
          expect(res.body.error.details[0].field).toBe('reason');
        }
      }
      const badId = await reveal('lead.a', ids.D1, 'not-a-uuid');
      expect(badId.status).toBe(400);
    });

    it('shows a denouncer who waived protection to the holder’s leader without a log line', async () => {
      const before = (await revealRows()).length;
      const res = await reveal('lead.a', ids.D2, ids.party2);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ identity: WAIVED, protected: false, revealId: null });
      expect(await revealRows()).toHaveLength(before);
      // Waiving lifts the denouncer regime, not the secrecy owed outside the holder.
      expect((await reveal('lead.b', ids.D2, ids.party2)).status).toBe(404);
    });

    it('shows a complainant to the holder’s leader without a log line', async () => {
      const res = await reveal('lead.a', ids.K1, ids.party3);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ identity: COMPLAINANT, protected: false, revealId: null });
    });

    it('accepts an upper-case party id as the same party', async () => {
      const res = await reveal('lead.a', ids.D1.toUpperCase(), ids.party1.toUpperCase());
      expect(res.status).toBe(200);
      expect(res.body.partyId).toBe(ids.party1);
    });
  });

  describe('GET /identity-reveals', () => {
    const today = () => vietnamDateOf(new Date().toISOString()); // revealed_at is the database's now()

    it('lists the reveals of the subtree for an inspector: who, which party of which đơn, when and why, no identity', async () => {
      const res = await http().get('/identity-reveals').set(as('insp.p'));
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body.items.length).toBeGreaterThanOrEqual(2);
      expect(res.body.items[0]).toEqual({
        id: expect.stringMatching(/^\d+$/),
        partyId: ids.party1,
        petitionId: ids.D1,
        visitorId: null,
        visitId: null,
        userId: ids['lead.a'],
        userRole: 'leader',
        userAuthorityId: ids.A,
        reason: 'Mời người tố cáo cung cấp thêm chứng cứ',
        revealedAt: expect.any(String),
        requestId: expect.any(String),
      });
      // Only protected identities are logged: the waived denouncer and the complainant are not.
      expect(new Set(res.body.items.map((i: { partyId: string }) => i.partyId))).toEqual(new Set([ids.party1]));
      for (const secret of [DENOUNCER, WAIVED, COMPLAINANT]) {
        for (const value of Object.values(secret)) expect(res.text).not.toContain(value);
      }
      const own = await http().get('/identity-reveals').set(as('insp.a'));
      expect(own.body.items.length).toBe(res.body.items.length);
    });

    it('shows nothing of another subtree', async () => {
      const res = await http().get('/identity-reveals').set(as('insp.q'));
      expect([res.status, res.body]).toEqual([200, { items: [], nextCursor: null }]);
      const elsewhere = await http().get(`/identity-reveals?authorityId=${ids.A}`).set(as('insp.q'));
      expect(elsewhere.body.items).toEqual([]);
    });

    it('filters by authority, user, đơn, party and dates (Vietnam), both ends included', async () => {
      const count = async (query: string) => {
        const res = await http().get(`/identity-reveals?${query}`).set(as('insp.p'));
        expect(res.status).toBe(200);
        return res.body.items.length as number;
      };
      const all = await count('');
      expect(await count(`authorityId=${ids.A}`)).toBe(all);
      expect(await count(`authorityId=${ids.B}`)).toBe(0);
      expect(await count(`userId=${ids['lead.a']}`)).toBe(all);
      expect(await count(`userId=${ids['lead.b']}`)).toBe(0);
      expect(await count(`petitionId=${ids.D1}&partyId=${ids.party1}`)).toBe(all);
      expect(await count(`petitionId=${ids.K1}`)).toBe(0);
      expect(await count(`from=${today()}&to=${today()}`)).toBe(all);
      expect(await count(`to=${addDays(today(), -1)}`)).toBe(0);
      expect(await count(`from=${addDays(today(), 1)}`)).toBe(0);
    });

    it('pages by keyset, oldest first', async () => {
      for (let i = 0; i < 3; i++) {
        expect((await reveal('lead.a', ids.D1, ids.party1, { reason: `Đối chiếu lần ${i + 1}` })).status).toBe(200);
      }
      const all = (await http().get('/identity-reveals?limit=100').set(as('insp.p'))).body.items as { id: string }[];
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: request.Response = await http()
          .get(`/identity-reveals?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
          .set(as('insp.p'));
        const page = res.body as { items: { id: string }[]; nextCursor: string | null };
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all.map((i) => i.id));
      expect(all.map((i) => Number(i.id))).toEqual([...all.map((i) => Number(i.id))].sort((a, b) => a - b));
      expect(all.length).toBeGreaterThanOrEqual(4);
    });

    it('refuses leaders (whose reveals the log audits) and every other role with 403', async () => {
      for (const who of ['lead.a', 'rec.a', 'hand.a', 'admin.p']) {
        const res = await http().get('/identity-reveals').set(as(who));
        expect([who, res.status, res.body.error.code]).toEqual([who, 403, 'FORBIDDEN']);
      }
    });

    it('400 for a reversed range, a bad cursor, a bad id or an unknown parameter', async () => {
      for (const query of [
        'from=2026-08-05&to=2026-08-04',
        'cursor=abc',
        'userId=nobody',
        'from=2026-02-30',
        'limit=0',
        'name=Mạc',
      ]) {
        const res = await http()
          .get(`/identity-reveals?${encodeURI(query)}`)
          .set(as('insp.p'));
        expect([query, res.status, res.body.error.code]).toEqual([query, 400, 'VALIDATION_FAILED']);
      }
    });
  });
});
