import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@kntc/persistence';
import { createTestDatabase, type TestDatabase } from '@kntc/testing';
import { createAccessServices, type AccessServices } from '@kntc/access';
import { lockedUntilAfter } from '../../libs/access/src/lockout/lockout-policy';
import { createUser, insertAuthority } from '../../libs/access/src/testing/access-fixtures';

const t0 = new Date('2026-03-02T02:00:00Z');

describe('sign-in counters and account state (repository on PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let s: AccessServices;
  let authorityId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource(dataSourceOptions(db.url, 12, 'medium-access')).initialize();
    s = createAccessServices(ds);
    authorityId = await insertAuthority(ds, { code: 'L-PROV' });
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  const lockFor = (n: number) => lockedUntilAfter(n, t0);

  it('counts consecutive failures and locks from the fifth, growing the lock', async () => {
    const { id } = await createUser(s.users, 'counter.one', 'handler', authorityId);
    const seen = [];
    for (let i = 0; i < 6; i++) seen.push(await s.userRepository.recordFailedSignIn(id, lockFor));
    expect(seen.map((r) => r.failedLoginCount)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(seen.slice(0, 4).map((r) => r.lockedUntil)).toEqual([null, null, null, null]);
    expect(seen[4].lockedUntil).toEqual(new Date(t0.getTime() + 60_000));
    expect(seen[5].lockedUntil).toEqual(new Date(t0.getTime() + 120_000));
    expect(await s.userRepository.findById(id)).toMatchObject({
      failedLoginCount: 6,
      lockedUntil: new Date(t0.getTime() + 120_000),
    });
  });

  it('loses no failure under concurrent attempts', async () => {
    const { id } = await createUser(s.users, 'counter.two', 'handler', authorityId);
    await Promise.all(Array.from({ length: 10 }, () => s.userRepository.recordFailedSignIn(id, lockFor)));
    expect((await s.userRepository.findById(id))?.failedLoginCount).toBe(10);
  });

  it('resets the count and the lock on a successful sign-in and records when', async () => {
    const { id } = await createUser(s.users, 'counter.three', 'handler', authorityId);
    for (let i = 0; i < 5; i++) await s.userRepository.recordFailedSignIn(id, lockFor);
    await s.userRepository.recordSuccessfulSignIn(id, t0);
    expect(await s.userRepository.findById(id)).toMatchObject({
      failedLoginCount: 0,
      lockedUntil: null,
      lastLoginAt: t0,
    });
  });

  it('bumps token_version on disabling (once) and on a new password, which also clears the lock', async () => {
    const { id } = await createUser(s.users, 'counter.four', 'handler', authorityId);
    expect(await s.userRepository.disable(id, t0)).toBe(true);
    expect(await s.userRepository.disable(id, t0)).toBe(false);
    expect((await s.userRepository.findById(id))?.tokenVersion).toBe(1);
    await s.userRepository.enable(id);
    for (let i = 0; i < 5; i++) await s.userRepository.recordFailedSignIn(id, lockFor);
    expect(await s.userRepository.replacePassword(id, 'new-hash', t0)).toBe(2);
    expect(await s.userRepository.findById(id)).toMatchObject({
      tokenVersion: 2,
      failedLoginCount: 0,
      lockedUntil: null,
      disabledAt: null,
      passwordChangedAt: t0,
    });
  });

  it('stores usernames in lower case, unique, and the password only as an argon2id hash', async () => {
    const created = await s.users.createByOperator({
      username: '  Tran.Thi.B ',
      displayName: 'Trần Thị B',
      role: 'leader',
      authorityId,
      password: 'Ngựa trời bay 2 lần',
    });
    expect(created.username).toBe('tran.thi.b');
    const stored = await s.userRepository.findByUsername('tran.thi.b');
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await s.hasher.verify(stored!.passwordHash, 'Ngựa trời bay 2 lần')).toBe(true);
    // Same password typed with combining marks (another keyboard setting).
    expect(await s.hasher.verify(stored!.passwordHash, 'Ngựa trời bay 2 lần'.normalize('NFD'))).toBe(true);
    await expect(createUser(s.users, 'TRAN.THI.B', 'handler', authorityId)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ issue: 'taken' })],
    });
  });

  it('refuses a weak password with one detail per broken rule', async () => {
    await expect(
      s.users.createByOperator({
        username: 'weak.one',
        displayName: 'X',
        role: 'handler',
        authorityId,
        password: 'weak.one',
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [
        expect.objectContaining({ field: 'password', issue: 'too_short' }),
        expect.objectContaining({ field: 'password', issue: 'contains_username' }),
        expect.objectContaining({ field: 'password', issue: 'too_few_character_classes' }),
      ],
    });
    expect(await s.userRepository.findByUsername('weak.one')).toBeNull();
  });
});
