import { DataSource } from 'typeorm';
import type { Actor, Role } from '@kntc/domain';
import { dataSourceOptions } from '@kntc/persistence';
import { createTestDatabase, type TestDatabase } from '@kntc/testing';
import { createAccessServices, type AccessServices } from '@kntc/access';
import { insertAuthority } from '../../libs/access/src/testing/access-fixtures';

describe('authority directory and data scope (recursive queries on PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let s: AccessServices;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource(dataSourceOptions(db.url, 4, 'medium-access')).initialize();
    s = createAccessServices(ds);
    // province P ─┬─ agency P.S (sở) ── unit P.S.U
    //             ├─ district P.D (dissolved 2025-07-01) ── commune P.D.X (dissolved with it)
    //             ├─ commune P.C1 (remote)
    //             └─ commune P.NEW (from 2025-07-01)
    // province Q ── commune Q.C1
    id.P = await insertAuthority(ds, { code: 'P' });
    id.PS = await insertAuthority(ds, { code: 'P.S', level: 'provincial_agency', parentId: id.P });
    id.PSU = await insertAuthority(ds, { code: 'P.S.U', level: 'provincial_agency_unit', parentId: id.PS });
    id.PD = await insertAuthority(ds, { code: 'P.D', level: 'district', parentId: id.P, validUntil: '2025-07-01' });
    id.PDX = await insertAuthority(ds, { code: 'P.D.X', level: 'commune', parentId: id.PD, validUntil: '2025-07-01' });
    id.PC1 = await insertAuthority(ds, { code: 'P.C1', level: 'commune', parentId: id.P, remote: true });
    id.PNEW = await insertAuthority(ds, { code: 'P.NEW', level: 'commune', parentId: id.P, validFrom: '2025-07-01' });
    id.Q = await insertAuthority(ds, { code: 'Q' });
    id.QC1 = await insertAuthority(ds, { code: 'Q.C1', level: 'commune', parentId: id.Q });
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  const actorAt = async (role: Role, authority: string): Promise<Actor> => ({
    userId: '00000000-0000-4000-8000-000000000001',
    role,
    authority: await s.directory.refOf(id[authority]),
  });
  const sorted = (ids: readonly string[]) => [...ids].sort();
  const ids = (...names: string[]) => sorted(names.map((n) => id[n]));

  it('builds the AuthorityRef with the ancestor path, root first, ending with the authority', async () => {
    expect(await s.directory.refOf(id.PSU)).toEqual({
      id: id.PSU,
      level: 'provincial_agency_unit',
      remote: false,
      path: [id.P, id.PS, id.PSU],
    });
    expect(await s.directory.refOf(id.PC1)).toMatchObject({ path: [id.P, id.PC1], remote: true, level: 'commune' });
    expect((await s.directory.refOf(id.P)).path).toEqual([id.P]);
  });

  it('answers NOT_FOUND for an unknown or malformed authority id', async () => {
    await expect(s.directory.refOf('00000000-0000-4000-8000-00000000dead')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(s.directory.refOf('not-a-uuid')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('scopes inspectors and administrators to the subtree that exists on the date', async () => {
    const inspector = await actorAt('inspector', 'P');
    expect(sorted((await s.scope.scopeOf(inspector, '2026-03-02')).authorityIds)).toEqual(
      ids('P', 'PS', 'PSU', 'PC1', 'PNEW'),
    );
    // Before the 2025 reorganisation the district and its commune existed, the new commune did not.
    expect(sorted((await s.scope.scopeOf(inspector, '2025-06-30')).authorityIds)).toEqual(
      ids('P', 'PS', 'PSU', 'PD', 'PDX', 'PC1'),
    );
    const admin = await actorAt('admin', 'PS');
    expect(sorted((await s.scope.scopeOf(admin, '2026-03-02')).authorityIds)).toEqual(ids('PS', 'PSU'));
  });

  it('scopes every other role to its own authority', async () => {
    for (const role of ['reception_officer', 'handler', 'leader'] as const) {
      const scope = await s.scope.scopeOf(await actorAt(role, 'P'), '2026-03-02');
      expect(scope).toEqual({ reach: 'own_authority', rootId: id.P, on: '2026-03-02', authorityIds: [id.P] });
    }
  });

  it('keeps a user of a dissolved authority in scope of their own authority', async () => {
    const scope = await s.scope.scopeOf(await actorAt('inspector', 'PD'), '2026-03-02');
    expect(scope.authorityIds).toEqual([id.PD]);
  });

  it('answers NOT_FOUND (not FORBIDDEN) for records outside the scope', async () => {
    const inspector = await actorAt('inspector', 'P');
    await expect(s.scope.assertInScope(inspector, [id.PSU])).resolves.toBeUndefined();
    await expect(s.scope.assertInScope(inspector, [id.QC1, id.PC1])).resolves.toBeUndefined();
    await expect(s.scope.assertInScope(inspector, [id.QC1], { what: 'vụ việc', id: 'X-1' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Không tìm thấy vụ việc.',
    });
    const handler = await actorAt('handler', 'PC1');
    await expect(s.scope.assertInScope(handler, [id.P])).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
