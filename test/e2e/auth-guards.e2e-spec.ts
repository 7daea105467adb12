import request from 'supertest';
import { DataSource } from 'typeorm';
import { UsersService } from '@kntc/access';
import { createTestApp, type TestApp } from '@kntc/testing';
import { createUser, insertAuthority, passwordFor } from '../../libs/access/src/testing/access-fixtures';

/** Endpoints open without a token. Adding one here is a security decision: review it as such. */
const PUBLIC_OPERATIONS = ['GET /health', 'GET /health/ready', 'POST /auth/login', 'POST /auth/refresh'];

/**
 * The global guards and user administration: every endpoint but the public ones needs a token,
 * roles are checked against the command table (403), and records outside the administrator's
 * subtree answer 404 exactly like missing ones.
 */
describe('access guards and user administration (e2e)', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const ds = t.app.get(DataSource);
    const users = t.app.get(UsersService);
    // province P ─┬─ commune C1      province Q
    //             └─ commune C2
    ids.P = await insertAuthority(ds, { code: 'G-P' });
    ids.C1 = await insertAuthority(ds, { code: 'G-P-C1', level: 'commune', parentId: ids.P });
    ids.C2 = await insertAuthority(ds, { code: 'G-P-C2', level: 'commune', parentId: ids.P });
    ids.Q = await insertAuthority(ds, { code: 'G-Q' });
    for (const [username, role, authority] of [
      ['admin.p', 'admin', 'P'],
      ['admin.c2', 'admin', 'C2'],
      ['admin.q', 'admin', 'Q'],
      ['handler.c1', 'handler', 'C1'],
      ['inspector.p', 'inspector', 'P'],
      ['leader.q', 'leader', 'Q'],
    ] as const) {
      ids[username] = (await createUser(users, username, role, ids[authority])).id;
      const res = await request(t.app.getHttpServer())
        .post('/auth/login')
        .send({ username, password: passwordFor(username) })
        .expect(200);
      tokens[username] = res.body.accessToken;
    }
  });
  afterAll(() => t.close());

  const http = () => request(t.app.getHttpServer());
  const as = (username: string) => ({ Authorization: `Bearer ${tokens[username]}` });

  it('answers 401 on every non-public operation of the OpenAPI document without a valid token', async () => {
    const doc = (await http().get('/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ method, path, op, id: `${method.toUpperCase()} ${path}` })),
    );
    expect(operations.map((o) => o.id)).toEqual(expect.arrayContaining([...PUBLIC_OPERATIONS, 'GET /users/{id}']));
    const guarded = operations.filter((o) => !PUBLIC_OPERATIONS.includes(o.id));
    expect(guarded.length).toBeGreaterThan(5);
    const open: string[] = [];
    for (const { method, path, id } of guarded) {
      const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      for (const auth of [undefined, 'Bearer not-a-token']) {
        const req = http()[method as 'get'](url);
        const res = await (auth ? req.set('Authorization', auth) : req).send({});
        if (res.status !== 401 || res.body.error?.code !== 'UNAUTHENTICATED') {
          open.push(`${id} (${auth ?? 'no token'}) → ${res.status}`);
        }
      }
    }
    expect(open).toEqual([]);
  });

  it('documents the bearer requirement on guarded operations of this module', async () => {
    const doc = (await http().get('/docs-json').expect(200)).body;
    expect(doc.paths['/users/{id}'].get.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/users/{id}'].get['x-kntc-command']).toBe('user.manage');
    expect(doc.paths['/auth/me'].get.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/auth/login'].post.security).toBeUndefined();
  });

  it('refuses a role the command table does not allow with 403 FORBIDDEN', async () => {
    for (const username of ['handler.c1', 'inspector.p', 'leader.q']) {
      const res = await http().get('/users').set(as(username));
      expect([username, res.status]).toEqual([username, 403]);
      expect(res.body.error).toMatchObject({
        code: 'FORBIDDEN',
        details: [expect.objectContaining({ issue: 'role_not_permitted' })],
      });
      expect(res.body.error.message).toContain('Quản lý người dùng');
    }
    // Checked before anything else: even for a user id that does not exist.
    const res = await http().get(`/users/${ids['admin.p']}`).set(as('handler.c1'));
    expect(res.status).toBe(403);
  });

  it('lets an administrator read users of their subtree and nobody else (404, not 403)', async () => {
    const own = await http().get(`/users/${ids['handler.c1']}`).set(as('admin.p'));
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      id: ids['handler.c1'],
      username: 'handler.c1',
      authorityId: ids.C1,
      role: 'handler',
    });
    expect(Object.keys(own.body)).not.toEqual(expect.arrayContaining(['passwordHash']));
    expect(JSON.stringify(own.body)).not.toMatch(/argon2|tokenVersion|failedLoginCount/);

    const otherProvince = await http().get(`/users/${ids['handler.c1']}`).set(as('admin.q'));
    const sibling = await http().get(`/users/${ids['handler.c1']}`).set(as('admin.c2'));
    const parent = await http().get(`/users/${ids['admin.p']}`).set(as('admin.c2'));
    const missing = await http().get('/users/00000000-0000-4000-8000-00000000beef').set(as('admin.q'));
    for (const res of [otherProvince, sibling, parent, missing]) {
      expect(res.status).toBe(404);
      expect(res.body.error).toMatchObject({ code: 'NOT_FOUND', message: 'Không tìm thấy người dùng.' });
    }
    // Same shape whether the user exists elsewhere or not at all.
    const shape = (b: { error: { details: unknown[]; code: string; message: string } }) => [
      b.error.code,
      b.error.message,
      b.error.details.length,
    ];
    expect(shape(otherProvince.body)).toEqual(shape(missing.body));
  });

  it('lists only the users of the subtree, paged', async () => {
    const res = await http().get('/users?limit=2&offset=0').set(as('admin.p'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 4, limit: 2, offset: 0 });
    expect(res.body.items.map((u: { username: string }) => u.username)).toEqual(['admin.c2', 'admin.p']);
    const all = await http().get('/users?limit=100').set(as('admin.p'));
    expect(all.body.items.map((u: { username: string }) => u.username)).toEqual([
      'admin.c2',
      'admin.p',
      'handler.c1',
      'inspector.p',
    ]);
    const q = await http().get('/users').set(as('admin.q'));
    expect(q.body.items.map((u: { username: string }) => u.username)).toEqual(['admin.q', 'leader.q']);
    expect((await http().get('/users?limit=0').set(as('admin.p'))).status).toBe(400);
  });

  it('creates users only in the subtree, under the password policy', async () => {
    const password = 'Ngựa trời bay 2 lần';
    const created = await http().post('/users').set(as('admin.p')).send({
      username: 'New.Officer',
      displayName: 'Lê Văn C',
      role: 'reception_officer',
      authorityId: ids.C2,
      password,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      username: 'new.officer',
      role: 'reception_officer',
      authorityId: ids.C2,
      disabled: false,
    });
    expect(created.text).not.toContain(password);
    await http().post('/auth/login').send({ username: 'new.officer', password }).expect(200);

    const outside = await http()
      .post('/users')
      .set(as('admin.p'))
      .send({ username: 'intruder', displayName: 'X', role: 'admin', authorityId: ids.Q, password });
    expect(outside.status).toBe(404);

    const taken = await http()
      .post('/users')
      .set(as('admin.p'))
      .send({ username: 'NEW.OFFICER', displayName: 'Y', role: 'handler', authorityId: ids.C1, password });
    expect(taken.status).toBe(400);
    expect(taken.body.error.details).toEqual([expect.objectContaining({ field: 'username', issue: 'taken' })]);

    const weak = await http()
      .post('/users')
      .set(as('admin.p'))
      .send({ username: 'weak.pw', displayName: 'Z', role: 'handler', authorityId: ids.C1, password: 'password123' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details.map((d: { issue: string }) => d.issue)).toEqual([
      'too_short',
      'too_common',
      'too_few_character_classes',
    ]);
    expect(weak.text).not.toContain('password123');

    const badRole = await http()
      .post('/users')
      .set(as('admin.p'))
      .send({ username: 'bad.role', displayName: 'Z', role: 'system', authorityId: ids.C1, password });
    expect(badRole.status).toBe(400);
  });

  it('resets another user’s password (their sessions end) but not the administrator’s own', async () => {
    const before = tokens['inspector.p'];
    const newPassword = 'Mật khẩu cấp lại 2026!';
    expect(
      (await http().post(`/users/${ids['inspector.p']}/password`).set(as('admin.p')).send({ newPassword })).status,
    ).toBe(204);
    expect((await http().get('/auth/me').set('Authorization', `Bearer ${before}`)).status).toBe(401);
    await http().post('/auth/login').send({ username: 'inspector.p', password: newPassword }).expect(200);

    const self = await http().post(`/users/${ids['admin.p']}/password`).set(as('admin.p')).send({ newPassword });
    expect(self.status).toBe(422);
    expect(self.body.error.code).toBe('RULE_VIOLATION');
    const selfDisable = await http().post(`/users/${ids['admin.p']}/disable`).set(as('admin.p'));
    expect(selfDisable.status).toBe(422);
    const outside = await http().post(`/users/${ids['leader.q']}/disable`).set(as('admin.p'));
    expect(outside.status).toBe(404);
  });
});
