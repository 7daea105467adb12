import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { UsersService } from '@kntc/access';
import type { UserRole } from '@kntc/persistence';
import { createTestApp, type TestApp } from '@kntc/testing';
import { createUser, insertAuthority } from '../../libs/access/src/testing/access-fixtures';

/**
 * The authority tree over HTTP: everyone signed in reads it (with validity and successions,
 * and as it stood on a given day); administrators create and edit authorities in their own
 * subtree only, under the level rules of the two-tier local government (no district from
 * 1 July 2025; communes under the province from that day).
 *
 * Tree: TW (central) ─ P (province) ─ D (district, until 2025-07-01)
 *                    └ Q (another province)
 */
describe('authority tree administration (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.app.get(DataSource);
    ids.TW = await insertAuthority(ds, { code: 'AA-TW', level: 'central' });
    ids.P = await insertAuthority(ds, { code: 'AA-P', level: 'province', parentId: ids.TW });
    ids.Q = await insertAuthority(ds, { code: 'AA-Q', level: 'province', parentId: ids.TW });
    ids.D = await insertAuthority(ds, { code: 'AA-D', level: 'district', parentId: ids.P, validUntil: '2025-07-01' });
    const people: [string, UserRole, string][] = [
      ['admin.p', 'admin', 'P'],
      ['admin.q', 'admin', 'Q'],
      ['leader.p', 'leader', 'P'],
      ['inspector.p', 'inspector', 'P'],
    ];
    const users = t.app.get(UsersService);
    const jwt = t.app.get(JwtService);
    for (const [username, role, authority] of people) {
      const user = await createUser(users, username, role, ids[authority]);
      tokens[username] = jwt.sign({ sub: user.id, role, aid: ids[authority], tv: 0 });
    }
  });
  afterAll(() => t.close());

  const as = (who: string) => ({
    get: (path: string) => request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${tokens[who]}`),
    post: (path: string, body: object) =>
      request(t.app.getHttpServer()).post(path).set('Authorization', `Bearer ${tokens[who]}`).send(body),
    patch: (path: string, body: object) =>
      request(t.app.getHttpServer()).patch(path).set('Authorization', `Bearer ${tokens[who]}`).send(body),
  });
  const commune = (code: string, over: object = {}) => ({
    code,
    name: `UBND xã ${code}`,
    level: 'commune',
    parentId: ids.P,
    validFrom: '2025-07-01',
    ...over,
  });
  const issuesOf = (res: request.Response) =>
    (res.body.error.details as { field?: string; issue: string }[]).map((d) => [d.field, d.issue]);

  describe('reading', () => {
    it('lets anyone signed in read the whole tree, and nobody else', async () => {
      const res = await as('leader.p').get('/authorities');
      expect(res.status).toBe(200);
      expect(res.body.shape).toBe('flat');
      const codes = res.body.items.map((a: { code: string }) => a.code);
      expect(codes).toEqual(expect.arrayContaining(['AA-TW', 'AA-P', 'AA-Q', 'AA-D']));
      const anonymous = await request(t.app.getHttpServer()).get('/authorities');
      expect([anonymous.status, anonymous.body.error.code]).toEqual([401, 'UNAUTHENTICATED']);
    });

    it('shows the tree of a day: the district on 30 June 2025, not on 1 July', async () => {
      const before = await as('inspector.p').get(`/authorities?on=2025-06-30&shape=tree&rootId=${ids.P}`);
      expect(before.status).toBe(200);
      expect(before.body.items).toHaveLength(1);
      expect(before.body.items[0]).toMatchObject({ code: 'AA-P', validUntil: null });
      expect(before.body.items[0].children.map((c: { code: string }) => c.code)).toEqual(['AA-D']);
      expect(before.body.items[0].children[0]).toMatchObject({ validFrom: '2020-01-01', validUntil: '2025-07-01' });
      const after = await as('inspector.p').get(`/authorities?on=2025-07-01&shape=tree&rootId=${ids.P}`);
      expect(after.body.items[0].children.map((c: { code: string }) => c.code)).not.toContain('AA-D');
    });

    it('reads one authority of any province, and answers 404 for one that does not exist', async () => {
      const res = await as('admin.q').get(`/authorities/${ids.D}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: ids.D,
        level: 'district',
        parentId: ids.P,
        successors: [],
        predecessors: [],
      });
      const missing = await as('admin.q').get('/authorities/00000000-0000-4000-8000-00000000dead');
      expect([missing.status, missing.body.error.code]).toEqual([404, 'NOT_FOUND']);
    });

    it('refuses an unknown shape or a date that does not exist', async () => {
      expect((await as('leader.p').get('/authorities?shape=graph')).status).toBe(400);
      expect((await as('leader.p').get('/authorities?on=2025-02-30')).status).toBe(400);
    });
  });

  describe('creating', () => {
    it('creates a commune under the province from 1 July 2025, and reads it back', async () => {
      const res = await as('admin.p').post(
        '/authorities',
        commune('AA-XA-1', { adminUnitCode: '26734', remote: true }),
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        code: 'AA-XA-1',
        level: 'commune',
        parentId: ids.P,
        adminUnitCode: '26734',
        remote: true,
        validFrom: '2025-07-01',
        validUntil: null,
      });
      const read = await as('leader.p').get(`/authorities/${res.body.id}`);
      expect(read.body.name).toBe('UBND xã AA-XA-1');
    });

    it('places a commune under the district only before 1 July 2025, and under the province only from then', async () => {
      const underDistrict = await as('admin.p').post(
        '/authorities',
        commune('AA-XA-CU', { parentId: ids.D, validFrom: '2021-01-01', validUntil: '2025-07-01' }),
      );
      expect(underDistrict.status).toBe(201);
      const tooEarly = await as('admin.p').post('/authorities', commune('AA-XA-2', { validFrom: '2025-06-01' }));
      expect(tooEarly.status).toBe(400);
      expect(issuesOf(tooEarly)).toEqual([['parentId', 'level_mismatch']]);
      // A commune with no end would hang under the district after it is gone.
      const outlives = await as('admin.p').post(
        '/authorities',
        commune('AA-XA-3', { parentId: ids.D, validFrom: '2021-01-01' }),
      );
      expect(issuesOf(outlives)).toEqual([['parentId', 'parent_not_valid']]);
    });

    it('refuses a district that would exist on or after 1 July 2025', async () => {
      const district = {
        code: 'AA-H2',
        name: 'UBND huyện Hai',
        level: 'district',
        parentId: ids.P,
        validFrom: '2020-01-01',
      };
      const open = await as('admin.p').post('/authorities', district);
      expect([open.status, issuesOf(open)]).toEqual([400, [['validUntil', 'district_level_abolished']]]);
      const late = await as('admin.p').post('/authorities', { ...district, validUntil: '2025-07-02' });
      expect(issuesOf(late)).toEqual([['validUntil', 'district_level_abolished']]);
      const historic = await as('admin.p').post('/authorities', { ...district, validUntil: '2025-07-01' });
      expect(historic.status).toBe(201);
    });

    it('refuses a code in use and an empty validity interval', async () => {
      const taken = await as('admin.p').post('/authorities', commune('AA-Q'));
      expect(issuesOf(taken)).toEqual([['code', 'taken']]);
      const empty = await as('admin.p').post('/authorities', commune('AA-XA-4', { validUntil: '2025-07-01' }));
      expect(issuesOf(empty)).toEqual([['validUntil', 'before_valid_from']]);
      const bad = await as('admin.p').post('/authorities', commune('xã có dấu'));
      expect([bad.status, bad.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    });

    it("answers 404 to an administrator placing under another province's authority", async () => {
      const res = await as('admin.q').post('/authorities', commune('AA-XA-5'));
      expect([res.status, res.body.error.code]).toEqual([404, 'NOT_FOUND']);
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM authority WHERE code = 'AA-XA-5'`);
      expect(n).toBe(0);
    });

    it('refuses every role but the administrator', async () => {
      for (const who of ['leader.p', 'inspector.p']) {
        const res = await as(who).post('/authorities', commune(`AA-${who}`));
        expect([who, res.status, res.body.error.code]).toEqual([who, 403, 'FORBIDDEN']);
      }
    });
  });

  describe('editing', () => {
    it('changes name, administrative-unit code and remote flag, nothing else', async () => {
      const res = await as('admin.p').patch(`/authorities/${ids.D}`, {
        name: 'UBND huyện Đông (cũ)',
        adminUnitCode: '00123',
        remote: true,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        name: 'UBND huyện Đông (cũ)',
        adminUnitCode: '00123',
        remote: true,
        validUntil: '2025-07-01',
      });
      const cleared = await as('admin.p').patch(`/authorities/${ids.D}`, { adminUnitCode: null });
      expect(cleared.body.adminUnitCode).toBeNull();
      const reshape = await as('admin.p').patch(`/authorities/${ids.D}`, { parentId: ids.Q });
      expect([reshape.status, reshape.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    });

    it("answers 404 to an administrator editing another province's authority, 403 to other roles", async () => {
      const other = await as('admin.q').patch(`/authorities/${ids.D}`, { name: 'Chiếm quyền' });
      expect([other.status, other.body.error.code]).toEqual([404, 'NOT_FOUND']);
      const leader = await as('leader.p').patch(`/authorities/${ids.D}`, { name: 'Lãnh đạo sửa' });
      expect([leader.status, leader.body.error.code]).toEqual([403, 'FORBIDDEN']);
      const [row] = await ds.query(`SELECT name FROM authority WHERE id = $1`, [ids.D]);
      expect(row.name).toBe('UBND huyện Đông (cũ)');
    });

    it("lets an administrator edit their own authority, not their parent's", async () => {
      expect((await as('admin.p').patch(`/authorities/${ids.P}`, { remote: false })).status).toBe(200);
      expect((await as('admin.p').patch(`/authorities/${ids.TW}`, { remote: false })).status).toBe(404);
    });
  });
});
