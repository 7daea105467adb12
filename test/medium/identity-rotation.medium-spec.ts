import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@kntc/persistence';
import { createTestDatabase, type TestDatabase } from '@kntc/testing';
import { identityRotateCommand } from '../../apps/cli/src/commands/identity-rotate.command';
import {
  actorAt,
  seedAuthorities,
  seedPetition,
  seedVisitor,
  testKey,
  type AuthorityFixture,
} from '../../libs/access/src/identity/__fixtures__/identity-fixtures';
import { openIdentity } from '../../libs/access/src/identity/identity-cipher';
import { parseIdentityKeyRing, type IdentityKeyRing } from '../../libs/access/src/identity/identity-key-ring';
import { IdentityRevealRepository } from '../../libs/access/src/identity/identity-reveal.repository';
import { IdentityRotationService } from '../../libs/access/src/identity/identity-rotation.service';
import { IdentityVaultService } from '../../libs/access/src/identity/identity-vault.service';
import type { PartyIdentity } from '../../libs/access/src/identity/party-identity';
import { PartyRepository } from '../../libs/access/src/identity/party.repository';
import { VisitorRepository } from '../../libs/access/src/identity/visitor.repository';

const K1 = `k1:${testKey(1)}`;
const K2 = `k2:${testKey(2)}`;
const K3 = `k3:${testKey(3)}`;

const people: PartyIdentity[] = [
  { fullName: 'Nguyễn Văn An', address: 'Xã Yên Thế', idNumber: '001091000001' },
  { fullName: 'Trần Thị Bích', address: 'Phường Láng', idNumber: '001091000002' },
  { fullName: 'Lê Văn Cường', address: 'Xã Tân Lập', idNumber: '001091000003' },
  { fullName: 'Phạm Thị Dung', address: 'Phường Hà Đông', idNumber: '001091000004' },
  { fullName: 'Hoàng Văn Em', address: 'Xã Đông Anh', idNumber: '001091000005' },
];

describe('identity key rotation (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let places: AuthorityFixture;
  let petitionId: string;
  const ids: string[] = [];
  const leader = () => actorAt('leader', places.communeA);

  const vaultWith = (ring: IdentityKeyRing) =>
    new IdentityVaultService(ds, new PartyRepository(), new IdentityRevealRepository(), ring, new VisitorRepository());
  const rotation = () => new IdentityRotationService(ds, new PartyRepository());
  const keyIds = async () =>
    (
      await ds.query<{ identity_key_id: string }[]>(
        `SELECT identity_key_id FROM party WHERE identity_ciphertext IS NOT NULL ORDER BY id`,
      )
    ).map((r) => r.identity_key_id);
  const fingerprints = () =>
    ds.query(`SELECT id, id_number_fingerprint, name_address_fingerprint FROM party ORDER BY id`);
  const everyoneReadable = async (ring: IdentityKeyRing) => {
    const vault = vaultWith(ring);
    for (const [i, id] of ids.entries()) {
      expect((await vault.reveal(id, leader(), 'Kiểm tra sau xoay khoá')).identity).toEqual(people[i]);
    }
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = new DataSource(dataSourceOptions(db.url, 4, 'identity-rotation-test'));
    await ds.initialize();
    places = await seedAuthorities(ds);
    petitionId = await seedPetition(ds, places.communeA.id, 'complaint');
    const vault = vaultWith(parseIdentityKeyRing(K1));
    for (const identity of people) {
      const row = await ds.transaction((m) =>
        vault.addParty(m, {
          petitionId,
          role: 'signatory',
          kind: 'individual',
          anonymous: false,
          protected: false,
          identity,
        }),
      );
      ids.push(row.id);
    }
    // An anonymous party has nothing to rotate.
    await ds.transaction((m) =>
      vault.addParty(m, { petitionId, role: 'signatory', kind: 'individual', anonymous: true, protected: false }),
    );
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('stops between batches without harm: each row stays on one key and everything still decrypts', async () => {
    const ring = parseIdentityKeyRing(`${K2},${K1}`);
    const before = await fingerprints();
    let batches = 0;
    await expect(
      rotation().rotate(ring, {
        batchSize: 2,
        onBatch: async () => {
          batches += 1;
          // Mid-rotation the API (whose ring has both keys) reads old and new rows alike.
          expect((await keyIds()).sort()).toEqual(['k1', 'k1', 'k1', 'k2', 'k2']);
          await everyoneReadable(ring);
          throw new Error('killed after the first batch');
        },
      }),
    ).rejects.toThrow('killed');
    expect(batches).toBe(1);
    expect(await fingerprints()).toEqual(before);
  });

  it('resumes: moves the rest to the new key, fingerprints unchanged', async () => {
    const ring = parseIdentityKeyRing(`${K2},${K1}`);
    const before = await fingerprints();
    const result = await rotation().rotate(ring, { batchSize: 2 });
    expect(result).toEqual({ targetKeyId: 'k2', moved: 3, movedFrom: { k1: 3 }, unreadable: [], remaining: 0 });
    expect(await keyIds()).toEqual(['k2', 'k2', 'k2', 'k2', 'k2']);
    expect(await fingerprints()).toEqual(before);
    await everyoneReadable(ring);
    // Nothing left to do the second time.
    expect((await rotation().rotate(ring)).moved).toBe(0);
  });

  it('says when the old key can go, and matching survives its removal', async () => {
    const during = await rotation().keyUsage(parseIdentityKeyRing(`${K2},${K1}`));
    expect(during.rotationComplete).toBe(true);
    expect(during.keys.find((k) => k.keyId === 'k1')).toMatchObject({ rows: 0, indexRoot: true, removable: false });

    // k1 no longer decrypts anything: keep its material only as the index root.
    const after = parseIdentityKeyRing(`${K2},index:${testKey(1)}`);
    await everyoneReadable(after);
    const vault = vaultWith(after);
    const found = await vault.findByFingerprints(
      leader(),
      vault.fingerprintsOf({ idNumber: '0010 9100 0003' }, 'individual'),
    );
    expect(found.map((c) => c.partyId)).toEqual([ids[2]]);
    expect(await rotation().verifyIndexRoot(after)).toMatchObject({ sampled: 5, reproduced: 5, consistent: true });
    // Dropping the old key without keeping it as `index:` changes the root: detected.
    expect(await rotation().verifyIndexRoot(parseIdentityKeyRing(K2))).toMatchObject({
      sampled: 5,
      reproduced: 0,
      consistent: false,
    });
  });

  it('leaves rows sealed with a key missing from the ring untouched, and reports them', async () => {
    const stray = await seedPetition(ds, places.communeA.id, 'complaint');
    const lost = await ds.transaction((m) =>
      // Sealed by a key since dropped from IDENTITY_KEYS (same index root, as it should be).
      vaultWith(parseIdentityKeyRing(`k0:${testKey(9)},index:${testKey(1)}`)).addParty(m, {
        petitionId: stray,
        role: 'signatory',
        kind: 'individual',
        anonymous: false,
        protected: false,
        identity: { fullName: 'Vũ Văn Giang' },
      }),
    );
    const ring = parseIdentityKeyRing(`${K3},${K2},${K1}`);
    const result = await rotation().rotate(ring, { batchSize: 2 });
    expect(result).toMatchObject({
      targetKeyId: 'k3',
      moved: 5,
      movedFrom: { k2: 5 },
      unreadable: [lost.id],
      remaining: 1,
    });
    const [row] = await ds.query(`SELECT identity_key_id FROM party WHERE id = $1`, [lost.id]);
    expect(row).toEqual({ identity_key_id: 'k0' });
    expect((await rotation().keyUsage(ring)).missingKeys).toEqual([{ keyId: 'k0', rows: 1 }]);
  });

  describe('the CLI command', () => {
    const saved = { ...process.env };
    let out = '';
    beforeEach(() => {
      out = '';
      jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        out += chunk.toString();
        return true;
      });
    });
    afterEach(() => {
      jest.restoreAllMocks();
      process.env = { ...saved };
    });

    it('prints how many rows moved and which keys are still needed', async () => {
      process.env = {
        ...saved,
        DATABASE_URL: db.url,
        IDENTITY_KEYS: `k4:${testKey(4)},${K3},k0:${testKey(9)},index:${testKey(1)}`,
      };
      const code = await identityRotateCommand([]);
      expect(out).toMatch(/Moved 6 identities to key k4 \(from k3: 5, k0: 1\)\./);
      expect(out).toMatch(/Blind-index root "index": 5 sampled fingerprint\(s\) reproduce/);
      expect(out).toMatch(/k3: 0 row\(s\) — no row uses it: it can be removed/);
      expect(out).toMatch(/Every identity is on k4\. Removable from IDENTITY_KEYS: k3, k0\./);
      expect(code).toBe(0);
    });

    it('fails loudly when IDENTITY_KEYS no longer has the index root (matching would silently stop)', async () => {
      // The operator dropped the old keys and forgot to keep the root as `index:`.
      process.env = { ...saved, DATABASE_URL: db.url, IDENTITY_KEYS: `k4:${testKey(4)}` };
      const code = await identityRotateCommand(['--check']);
      expect(out).toMatch(/Blind-index root "k4" does NOT reproduce 5 of 5/);
      expect(code).toBe(1);
    });

    it('--check only reports, and fails while a key is still in use', async () => {
      process.env = {
        ...saved,
        DATABASE_URL: db.url,
        IDENTITY_KEYS: `k5:${testKey(5)},k4:${testKey(4)},index:${testKey(1)}`,
      };
      const code = await identityRotateCommand(['--check']);
      expect(out).not.toMatch(/Moved/);
      expect(out).toMatch(/k4: 6 row\(s\) — still used by 6 row\(s\)/);
      expect(out).toMatch(/Rotation is not complete/);
      expect(code).toBe(1);
      expect(await keyIds()).toEqual(expect.arrayContaining(['k4']));
    });
  });

  it('rotates the citizens received at reception too: a key they use is never reported removable', async () => {
    const old = parseIdentityKeyRing(`k4:${testKey(4)},index:${testKey(1)}`);
    const citizen: PartyIdentity = { fullName: 'Đỗ Thị Hạnh', idNumber: '001091000009' };
    const visitorId = await seedVisitor(ds, places.communeA.id, (id) =>
      vaultWith(old).sealVisitor(id, citizen, 'individual'),
    );
    const ring = parseIdentityKeyRing(`k5:${testKey(5)},k4:${testKey(4)},index:${testKey(1)}`);
    expect((await rotation().keyUsage(ring)).keys.find((k) => k.keyId === 'k4')).toMatchObject({
      rows: 7,
      removable: false,
    });

    const result = await rotation().rotate(ring);
    expect(result).toMatchObject({ targetKeyId: 'k5', moved: 7, movedFrom: { k4: 7 }, unreadable: [], remaining: 0 });
    const [row] = await ds.query<{ identity_key_id: string; identity_ciphertext: Buffer }[]>(
      `SELECT identity_key_id, identity_ciphertext FROM reception_visitor WHERE id = $1`,
      [visitorId],
    );
    expect(row.identity_key_id).toBe('k5');
    // Still the same citizen under the new key, bound to the visitor's own id.
    expect(openIdentity({ ciphertext: row.identity_ciphertext, keyId: 'k5' }, visitorId, ring)).toMatchObject(citizen);
    expect((await rotation().keyUsage(ring)).keys.find((k) => k.keyId === 'k4')).toMatchObject({
      rows: 0,
      removable: true,
    });
  });
});
