import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@kntc/persistence';
import { createTestDatabase, type TestDatabase } from '@kntc/testing';
import { createAccessServices, type AccessServices } from '@kntc/access';
import { createUser, insertAuthority } from '../../libs/access/src/testing/access-fixtures';
import { generateRefreshToken, hashRefreshToken } from '../../libs/access/src/tokens/opaque-token';

const t0 = new Date('2026-03-02T02:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const DAY = 24 * 60;

describe('refresh tokens (repository on PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let s: AccessServices;
  let userId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource(dataSourceOptions(db.url, 4, 'medium-access')).initialize();
    s = createAccessServices(ds);
    const authorityId = await insertAuthority(ds, { code: 'T-PROV' });
    userId = (await createUser(s.users, 'token.owner', 'handler', authorityId)).id;
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  /** Issues the first token of a new family, as a login does. */
  async function startFamily(issuedAt = t0, days = 14) {
    const token = generateRefreshToken();
    const familyId = randomUUID();
    await s.refreshTokens.insertToken({
      userId,
      familyId,
      tokenHash: hashRefreshToken(token),
      issuedAt,
      expiresAt: new Date(issuedAt.getTime() + days * DAY * 60_000),
    });
    return { token, familyId };
  }

  const successor = (issuedAt: Date) => {
    const token = generateRefreshToken();
    return {
      token,
      spec: {
        tokenHash: hashRefreshToken(token),
        issuedAt,
        expiresAt: new Date(issuedAt.getTime() + 14 * DAY * 60_000),
      },
    };
  };

  it('stores only the SHA-256 of a token', async () => {
    const { token } = await startFamily();
    const row = await s.refreshTokens.findByHash(hashRefreshToken(token));
    expect(row?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const raw = await ds.query(`SELECT * FROM refresh_token`);
    expect(JSON.stringify(raw)).not.toContain(token);
  });

  it('rotates: the presented token is spent and a successor joins the same family', async () => {
    const { token, familyId } = await startFamily();
    const next = successor(at(5));
    expect(await s.refreshTokens.rotateToken(hashRefreshToken(token), next.spec)).toEqual({
      kind: 'rotated',
      userId,
      familyId,
    });
    const spent = await s.refreshTokens.findByHash(hashRefreshToken(token));
    expect(spent).toMatchObject({ revokedReason: 'rotated', revokedAt: at(5) });
    const live = await s.refreshTokens.findByHash(next.spec.tokenHash);
    expect(live).toMatchObject({ familyId, userId, revokedAt: null });
  });

  it('revokes the whole family when a spent token is presented again', async () => {
    const { token: first, familyId } = await startFamily();
    const second = successor(at(1));
    await s.refreshTokens.rotateToken(hashRefreshToken(first), second.spec);
    const third = successor(at(2));
    await s.refreshTokens.rotateToken(second.spec.tokenHash, third.spec);
    const other = await startFamily(); // another device of the same user: untouched

    const replay = await s.refreshTokens.rotateToken(hashRefreshToken(first), successor(at(3)).spec);
    expect(replay).toEqual({ kind: 'reuse_detected', userId, familyId, revoked: 1 });
    expect(await s.refreshTokens.findByHash(third.spec.tokenHash)).toMatchObject({
      revokedReason: 'reuse_detected',
      revokedAt: at(3),
    });
    // The legitimate holder's current token is dead now too: the thief and the victim both sign in again.
    expect((await s.refreshTokens.rotateToken(third.spec.tokenHash, successor(at(4)).spec)).kind).toBe('revoked');
    const { count } = (
      await ds.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM refresh_token WHERE family_id = $1 AND revoked_at IS NULL`,
        [familyId],
      )
    )[0];
    expect(count).toBe(0);
    expect(await s.refreshTokens.findByHash(hashRefreshToken(other.token))).toMatchObject({ revokedAt: null });
  });

  it('treats two concurrent uses of one token as reuse: one wins, then the family dies', async () => {
    const { token, familyId } = await startFamily();
    const outcomes = await Promise.all([
      s.refreshTokens.rotateToken(hashRefreshToken(token), successor(at(1)).spec),
      s.refreshTokens.rotateToken(hashRefreshToken(token), successor(at(1)).spec),
    ]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['reuse_detected', 'rotated']);
    const live = await ds.query(`SELECT id FROM refresh_token WHERE family_id = $1 AND revoked_at IS NULL`, [familyId]);
    expect(live).toEqual([]);
  });

  it('refuses expired and unknown tokens without revoking anything', async () => {
    const { token } = await startFamily(at(-20 * DAY), 14);
    expect((await s.refreshTokens.rotateToken(hashRefreshToken(token), successor(at(0)).spec)).kind).toBe('expired');
    expect(await s.refreshTokens.findByHash(hashRefreshToken(token))).toMatchObject({ revokedAt: null });
    expect((await s.refreshTokens.rotateToken(hashRefreshToken('nope'), successor(at(0)).spec)).kind).toBe('unknown');
  });

  it('logout revokes the family of a token only for its owner', async () => {
    const { token, familyId } = await startFamily();
    expect(await s.refreshTokens.revokeFamilyOfToken(hashRefreshToken(token), randomUUID(), 'logout', at(1))).toBe(0);
    expect(await s.refreshTokens.revokeFamilyOfToken(hashRefreshToken(token), userId, 'logout', at(1))).toBe(1);
    expect(await s.refreshTokens.revokeFamilyOfToken(hashRefreshToken(token), userId, 'logout', at(2))).toBe(0);
    const rows = await ds.query(`SELECT revoked_reason FROM refresh_token WHERE family_id = $1`, [familyId]);
    expect(rows).toEqual([{ revoked_reason: 'logout' }]);
  });

  it('revokes every live token of a user at once (password change, disabling)', async () => {
    await startFamily();
    await startFamily();
    const revoked = await s.refreshTokens.revokeAllOfUser(userId, 'password_changed', at(10));
    expect(revoked).toBeGreaterThanOrEqual(2);
    const live = await ds.query(`SELECT id FROM refresh_token WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
    expect(live).toEqual([]);
  });
});
