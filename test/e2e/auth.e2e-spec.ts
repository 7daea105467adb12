import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { UsersService } from '@kntc/access';
import { createTestApp, eventually, type TestApp } from '@kntc/testing';
import { createUser, insertAuthority, passwordFor } from '../../libs/access/src/testing/access-fixtures';

interface Session {
  accessToken: string;
  refreshToken: string;
}

/**
 * Sign-in, sessions and their revocation over HTTP, on a real database. Every response is kept,
 * and the last test checks that no password, hash or token ever leaked into a response or a log
 * line where it does not belong.
 */
describe('authentication (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let users: UsersService;
  const ids: Record<string, string> = {};
  const passwords = new Set<string>();
  const tokens = new Set<string>();
  const responses: { path: string; text: string }[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.app.get(DataSource);
    users = t.app.get(UsersService);
    ids.P = await insertAuthority(ds, { code: 'AUTH-P' });
    ids.C1 = await insertAuthority(ds, { code: 'AUTH-P-C1', level: 'commune', parentId: ids.P });
    for (const [username, role, authority] of [
      ['admin.p', 'admin', 'P'],
      ['handler.c1', 'handler', 'C1'],
      ['wrong.pw', 'handler', 'C1'],
      ['locked.user', 'handler', 'C1'],
      ['to.disable', 'leader', 'C1'],
      ['rotating', 'handler', 'C1'],
      ['reused', 'handler', 'C1'],
      ['leaving', 'handler', 'C1'],
      ['changing', 'leader', 'C1'],
      ['expiring', 'handler', 'C1'],
    ] as const) {
      ids[username] = (await createUser(users, username, role, ids[authority])).id;
      passwords.add(passwordFor(username));
    }
  });
  afterAll(() => t.close());

  const server = () => t.app.getHttpServer();
  async function record<T extends { text: string; req?: { path?: string } }>(pending: Promise<T>): Promise<T> {
    const res = await pending;
    responses.push({ path: String(res.req?.path ?? ''), text: res.text });
    return res;
  }
  const post = (path: string, body: object, token?: string) => {
    const r = request(server()).post(path).send(body);
    return record(token ? r.set('Authorization', `Bearer ${token}`) : r);
  };
  const get = (path: string, token?: string) => {
    const r = request(server()).get(path);
    return record(token ? r.set('Authorization', `Bearer ${token}`) : r);
  };

  async function login(username: string, password = passwordFor(username)): Promise<Session> {
    const res = await post('/auth/login', { username, password });
    expect(res.status).toBe(200);
    tokens.add(res.body.accessToken);
    tokens.add(res.body.refreshToken);
    return res.body as Session;
  }
  async function refresh(refreshToken: string) {
    const res = await post('/auth/refresh', { refreshToken });
    if (res.status === 200) {
      tokens.add(res.body.accessToken);
      tokens.add(res.body.refreshToken);
    }
    return res;
  }

  it('signs in with the right password: a short-lived access token and a refresh token, never cached', async () => {
    const res = await post('/auth/login', { username: 'Handler.C1', password: passwordFor('handler.c1') });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toEqual({
      accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      tokenType: 'Bearer',
      expiresIn: 900,
      refreshToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      refreshTokenExpiresAt: expect.any(String),
    });
    tokens.add(res.body.accessToken);
    tokens.add(res.body.refreshToken);
    const days = (Date.parse(res.body.refreshTokenExpiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeCloseTo(14, 1);
    const claims = t.app.get(JwtService).decode(res.body.accessToken);
    expect(claims).toMatchObject({ sub: ids['handler.c1'], role: 'handler', aid: ids.C1, tv: 0 });
    expect(claims.exp - claims.iat).toBe(900);

    const me = await get('/auth/me', res.body.accessToken);
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({
      id: ids['handler.c1'],
      username: 'handler.c1',
      role: 'handler',
      disabled: false,
    });
    expect(me.body.authority).toEqual({
      id: ids.C1,
      code: 'AUTH-P-C1',
      name: 'Cơ quan AUTH-P-C1',
      level: 'commune',
      path: [ids.P, ids.C1],
    });
    expect(me.body.commands).toEqual(expect.arrayContaining(['case.verify', 'read']));
    expect(me.body.commands).not.toContain('case.decide');
  });

  it('answers a wrong password and an unknown username identically (401)', async () => {
    const wrong = await post('/auth/login', { username: 'wrong.pw', password: 'Not-the-password-1' });
    const unknown = await post('/auth/login', { username: 'nobody.here', password: 'Not-the-password-1' });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.body.error).toMatchObject({
        code: 'UNAUTHENTICATED',
        message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
        details: [expect.objectContaining({ issue: 'invalid_credentials' })],
      });
    }
    const strip = (b: { error: { requestId: string } }) => ({ ...b.error, requestId: undefined });
    expect(strip(wrong.body)).toEqual(strip(unknown.body));
  });

  it('refuses a malformed login body with 400 before trying to sign in', async () => {
    const missing = await post('/auth/login', { username: 'handler.c1' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('VALIDATION_FAILED');
    expect(new Set(missing.body.error.details.map((d: { field: string }) => d.field))).toEqual(new Set(['password']));
    const extra = await post('/auth/login', { username: 'handler.c1', password: 'x', isAdmin: true });
    expect(extra.status).toBe(400);
    const [{ failed }] = await ds.query(
      `SELECT failed_login_count AS failed FROM app_user WHERE username = 'handler.c1'`,
    );
    expect(failed).toBe(0);
  });

  it('locks an account after 5 failures: 429 with when to retry, even with the right password', async () => {
    for (let i = 1; i <= 5; i++) {
      const res = await post('/auth/login', { username: 'locked.user', password: `Wrong-guess-${i}` });
      expect([i, res.status]).toEqual([i, 401]);
    }
    const locked = await post('/auth/login', { username: 'locked.user', password: passwordFor('locked.user') });
    expect(locked.status).toBe(429);
    expect(locked.body.error).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) });
    expect(locked.body.error.retryAfterSeconds).toBeGreaterThan(50);
    expect(locked.body.error.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(Date.parse(locked.body.error.retryAt)).toBeGreaterThan(Date.now());
    expect(locked.body.error.message).toMatch(/thử lại sau/);
    expect(locked.headers['retry-after']).toBe(String(locked.body.error.retryAfterSeconds));
  });

  it('locks unknown usernames the same way, so 429 does not reveal which accounts exist', async () => {
    for (let i = 1; i <= 5; i++) {
      expect((await post('/auth/login', { username: 'ghost.user', password: `Wrong-guess-${i}` })).status).toBe(401);
    }
    const res = await post('/auth/login', { username: 'ghost.user', password: 'Wrong-guess-6' });
    expect(res.status).toBe(429);
    expect(res.body.error.retryAfterSeconds).toBeGreaterThan(50);
  });

  it('refuses a disabled user (401) and ends the sessions they had', async () => {
    const before = await login('to.disable');
    const admin = await login('admin.p');
    expect((await post(`/users/${ids['to.disable']}/disable`, {}, admin.accessToken)).status).toBe(200);

    const res = await post('/auth/login', { username: 'to.disable', password: passwordFor('to.disable') });
    expect(res.status).toBe(401);
    expect(res.body.error.details[0].issue).toBe('account_disabled');
    expect((await get('/auth/me', before.accessToken)).body.error.details[0].issue).toBe('session_revoked');
    expect((await refresh(before.refreshToken)).status).toBe(401);

    expect((await post(`/users/${ids['to.disable']}/enable`, {}, admin.accessToken)).status).toBe(200);
    await login('to.disable');
  });

  it('refuses the access token of a user moved to another authority by another process, once told', async () => {
    const before = await login('leaving');
    const me = () => get('/auth/me', before.accessToken);
    expect((await me()).status).toBe(200);
    // Not through this API process: only the database's change notification can tell it.
    await ds.query(`UPDATE app_user SET authority_id = $2 WHERE id = $1`, [ids.leaving, ids.P]);
    try {
      const res = await eventually(me, (r) => r.status !== 200);
      expect([res.status, res.body.error.details[0].issue]).toEqual([401, 'session_revoked']);
    } finally {
      await ds.query(`UPDATE app_user SET authority_id = $2 WHERE id = $1`, [ids.leaving, ids.C1]);
    }
    expect((await eventually(me, (r) => r.status === 200)).status).toBe(200);
  });

  it('rotates refresh tokens: each use returns a new pair and spends the old token', async () => {
    const first = await login('rotating');
    const second = await refresh(first.refreshToken);
    expect(second.status).toBe(200);
    expect(second.headers['cache-control']).toBe('no-store');
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect((await get('/auth/me', second.body.accessToken)).status).toBe(200);
    const third = await refresh(second.body.refreshToken);
    expect(third.status).toBe(200);
    const rows = await ds.query(
      `SELECT revoked_reason FROM refresh_token WHERE user_id = $1 ORDER BY issued_at, revoked_reason NULLS LAST`,
      [ids.rotating],
    );
    expect(rows).toEqual([{ revoked_reason: 'rotated' }, { revoked_reason: 'rotated' }, { revoked_reason: null }]);
  });

  it('revokes the whole family when a rotated refresh token is used again', async () => {
    const stolen = await login('reused');
    const legit = await refresh(stolen.refreshToken);
    expect(legit.status).toBe(200);

    const replay = await refresh(stolen.refreshToken);
    expect(replay.status).toBe(401);
    expect(replay.body.error.details[0].issue).toBe('refresh_token_invalid');
    // The token the legitimate client holds now is revoked too.
    expect((await refresh(legit.body.refreshToken)).status).toBe(401);
    const live = await ds.query(`SELECT id FROM refresh_token WHERE user_id = $1 AND revoked_at IS NULL`, [ids.reused]);
    expect(live).toEqual([]);
    expect(t.logs.lines.some((l) => l.event === 'refresh_token_reuse' && l.userId === ids.reused)).toBe(true);
  });

  it('logs out: the refresh token family is revoked; other sessions stay', async () => {
    const phone = await login('leaving');
    const laptop = await login('leaving');
    const res = await post('/auth/logout', { refreshToken: phone.refreshToken }, phone.accessToken);
    expect(res.status).toBe(204);
    expect((await refresh(phone.refreshToken)).status).toBe(401);
    expect((await refresh(laptop.refreshToken)).status).toBe(200);
    // Idempotent.
    expect((await post('/auth/logout', { refreshToken: phone.refreshToken }, phone.accessToken)).status).toBe(204);
    // Logging out needs an access token.
    expect((await post('/auth/logout', { refreshToken: laptop.refreshToken })).status).toBe(401);
  });

  it('changing the password revokes every earlier token and returns a new session', async () => {
    const a = await login('changing');
    const b = await login('changing');
    const newPassword = 'Một mật khẩu mới 2026!';
    passwords.add(newPassword);

    const weak = await post(
      '/auth/password',
      { currentPassword: passwordFor('changing'), newPassword: 'changing' },
      a.accessToken,
    );
    expect(weak.status).toBe(400);
    expect(weak.body.error.details.map((d: { issue: string }) => d.issue)).toEqual(
      expect.arrayContaining(['too_short', 'contains_username']),
    );
    const wrongCurrent = await post(
      '/auth/password',
      { currentPassword: 'Wrong-current-1', newPassword },
      a.accessToken,
    );
    expect(wrongCurrent.status).toBe(400);
    expect(wrongCurrent.body.error.details[0]).toMatchObject({ field: 'currentPassword', issue: 'incorrect' });

    const res = await post('/auth/password', { currentPassword: passwordFor('changing'), newPassword }, a.accessToken);
    expect(res.status).toBe(200);
    tokens.add(res.body.accessToken);
    tokens.add(res.body.refreshToken);

    for (const old of [a, b]) {
      const me = await get('/auth/me', old.accessToken);
      expect(me.status).toBe(401);
      expect(me.body.error.details[0].issue).toBe('session_revoked');
      expect((await refresh(old.refreshToken)).status).toBe(401);
    }
    expect((await get('/auth/me', res.body.accessToken)).status).toBe(200);
    expect((await post('/auth/login', { username: 'changing', password: passwordFor('changing') })).status).toBe(401);
    await login('changing', newPassword);
  });

  it('refuses expired, forged and malformed access tokens with 401', async () => {
    const jwt = t.app.get(JwtService);
    const claims = { sub: ids.expiring, role: 'handler', aid: ids.C1, tv: 0 };
    const expired = await get('/auth/me', jwt.sign(claims, { expiresIn: -60 }));
    expect(expired.status).toBe(401);
    expect(expired.body.error.details[0].issue).toBe('token_expired');
    expect((await get('/auth/me', jwt.sign(claims))).status).toBe(200);

    const forged = await get('/auth/me', jwt.sign(claims, { secret: 'another-secret-that-is-long-enough-000' }));
    expect(forged.status).toBe(401);
    expect(forged.body.error.details[0].issue).toBe('token_invalid');

    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(Date.now() / 1000) + 600 })).toString(
      'base64url',
    );
    expect((await get('/auth/me', `${header}.${body}.`)).status).toBe(401);
    expect((await get('/auth/me', jwt.sign({ ...claims, tv: 7 }))).status).toBe(401);
    expect((await get('/auth/me', jwt.sign({ ...claims, role: 'admin' }))).status).toBe(401);
    expect((await get('/auth/me', jwt.sign({ sub: 'x' }))).status).toBe(401);

    const missing = await get('/auth/me');
    expect(missing.status).toBe(401);
    expect(missing.body.error).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Cần đăng nhập.' });
  });

  it('never puts a password, a hash or a token where it does not belong', async () => {
    const hashes: string[] = (await ds.query(`SELECT password_hash FROM app_user`)).map(
      (r: { password_hash: string }) => r.password_hash,
    );
    const logs = t.logs.text;
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [...passwords, ...hashes, ...tokens]) expect(logs).not.toContain(secret);
    expect(logs).not.toContain('$argon2');
    // Tokens belong only in the answers that issue them.
    const sessionPaths = ['/auth/login', '/auth/refresh', '/auth/password'];
    const leaks = responses.flatMap(({ path, text }) => {
      const forbidden = [...passwords, ...hashes, '$argon2', ...(sessionPaths.includes(path) ? [] : tokens)];
      return forbidden.filter((secret) => text.includes(secret)).map(() => path);
    });
    expect(responses.length).toBeGreaterThan(40);
    expect(leaks).toEqual([]);
  });
});
