import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { NotFoundError, ValidationFailedError, type Actor } from '@kntc/domain';
import { dataSourceOptions, PersistenceModule } from '@kntc/persistence';
import { createTestDatabase, type TestDatabase } from '@kntc/testing';
import {
  actorAt,
  seedAuthorities,
  seedCase,
  seedPetition,
  testKey,
  type AuthorityFixture,
} from '../../libs/access/src/identity/__fixtures__/identity-fixtures';
import { parseIdentityKeyRing } from '../../libs/access/src/identity/identity-key-ring';
import { IdentityRevealRepository } from '../../libs/access/src/identity/identity-reveal.repository';
import { IdentityVaultModule } from '../../libs/access/src/identity/identity-vault.module';
import { IdentityVaultService } from '../../libs/access/src/identity/identity-vault.service';
import type { PartyIdentity } from '../../libs/access/src/identity/party-identity';
import { PartyRepository } from '../../libs/access/src/identity/party.repository';
import { VisitorRepository } from '../../libs/access/src/identity/visitor.repository';
import type { NewParty } from '../../libs/access/src/identity/seal-party';

const KEYS = `k1:${testKey(1)}`;
const DENOUNCER: PartyIdentity = {
  fullName: 'Lê Thị Thu Hà',
  address: 'Thôn Đông, xã Yên Thế, tỉnh Bắc Ninh',
  idNumber: '024190004321',
  phone: '0987654321',
  handwritingScanIds: ['scan-7'],
};
const COMPLAINANT: PartyIdentity = {
  fullName: 'Phạm Văn Quang',
  address: 'Tổ 5, phường Hà Đông',
  idNumber: '001085009876',
};

async function revealCount(ds: DataSource): Promise<number> {
  const [row] = await ds.query<{ n: string }[]>(`SELECT count(*) AS n FROM identity_reveal`);
  return Number(row.n);
}

async function thrown(work: Promise<unknown>): Promise<Error> {
  try {
    await work;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the call to fail');
}

describe('IdentityVaultService (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let vault: IdentityVaultService;
  let places: AuthorityFixture;
  // A tố cáo held by commune A, with a case and an assigned handler; its protected denouncer.
  let petitionId: string;
  let handlerId: string;
  let denouncerId: string;
  // A khiếu nại held by commune A; its complainant (not protected).
  let complaintPetitionId: string;
  let complainantId: string;

  const party = (over: Partial<NewParty>): NewParty => ({
    petitionId,
    role: 'signatory',
    kind: 'individual',
    anonymous: false,
    protected: true,
    identity: DENOUNCER,
    ...over,
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = new DataSource(dataSourceOptions(db.url, 4, 'identity-vault-test'));
    await ds.initialize();
    vault = new IdentityVaultService(
      ds,
      new PartyRepository(),
      new IdentityRevealRepository(),
      parseIdentityKeyRing(KEYS),
      new VisitorRepository(),
    );
    places = await seedAuthorities(ds);
    petitionId = await seedPetition(ds, places.communeA.id);
    handlerId = '7d0c1b52-8b7e-4c11-9a11-3c52a0f0a001';
    await seedCase(ds, petitionId, places.communeA.id, handlerId);
    denouncerId = (await ds.transaction((m) => vault.addParty(m, party({})))).id;
    complaintPetitionId = await seedPetition(ds, places.communeA.id, 'complaint');
    complainantId = (
      await ds.transaction((m) =>
        vault.addParty(m, party({ petitionId: complaintPetitionId, protected: false, identity: COMPLAINANT })),
      )
    ).id;
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  describe('sealing at intake', () => {
    it("inserts the party in the intake's transaction, and nothing when that transaction rolls back", async () => {
      const other = await seedPetition(ds, places.communeA.id);
      const row = await ds.transaction((m) => vault.addParty(m, party({ petitionId: other })));
      const [stored] = await ds.query(`SELECT identity_key_id, protected FROM party WHERE id = $1`, [row.id]);
      expect(stored).toEqual({ identity_key_id: 'k1', protected: true });

      const rolledBack = await seedPetition(ds, places.communeA.id);
      await expect(
        ds.transaction(async (m) => {
          await vault.addParty(m, party({ petitionId: rolledBack }));
          throw new Error('intake failed after the party was added');
        }),
      ).rejects.toThrow('intake failed');
      expect(await ds.query(`SELECT id FROM party WHERE petition_id = $1`, [rolledBack])).toEqual([]);
    });

    it('never stores the name, address or ID number in plain text (SELECT * FROM party)', async () => {
      const rows = await ds.query<Record<string, unknown>[]>(`SELECT * FROM party`);
      const asText = (await ds.query<{ t: string }[]>(`SELECT p::text AS t FROM party p`)).map((r) => r.t).join('\n');
      const asUtf8 = rows
        .map((r) => (r.identity_ciphertext ? (r.identity_ciphertext as Buffer).toString('utf8') : ''))
        .join('\n');
      const everything = `${JSON.stringify(rows)}\n${asText}\n${asUtf8}`;
      for (const plain of [
        'Lê Thị',
        'Le Thi',
        'Thu Hà',
        'Yên Thế',
        '024190004321',
        '0987654321',
        'scan-7',
        'Phạm Văn',
        '001085009876',
      ]) {
        expect(everything).not.toContain(plain);
      }
      expect(rows.length).toBeGreaterThanOrEqual(3);
    });
  });

  describe('revealing a protected denouncer', () => {
    it('shows the identity to the resolving leader and records exactly one reveal row', async () => {
      const leader = actorAt('leader', places.communeA);
      const before = await revealCount(ds);
      const revealed = await vault.reveal(denouncerId, leader, 'Ký thông báo thụ lý gửi người tố cáo', 'req-42');
      expect(revealed.identity).toEqual(DENOUNCER);
      expect(revealed.protected).toBe(true);
      expect(await revealCount(ds)).toBe(before + 1);
      const rows = await ds.query(
        `SELECT id::text, party_id, petition_id, user_id, user_role, user_authority_id, reason, request_id,
            revealed_at > now() - interval '1 minute' AS recent
          FROM identity_reveal WHERE user_id = $1`,
        [leader.userId],
      );
      expect(rows).toEqual([
        {
          id: revealed.revealId,
          party_id: denouncerId,
          petition_id: petitionId,
          user_id: leader.userId,
          user_role: 'leader',
          user_authority_id: places.communeA.id,
          reason: 'Ký thông báo thụ lý gửi người tố cáo',
          request_id: 'req-42',
          recent: true,
        },
      ]);
    });

    it('shows it to the assigned handler, recorded too', async () => {
      const handler = actorAt('handler', places.communeA, handlerId);
      const before = await revealCount(ds);
      const revealed = await vault.reveal(denouncerId, handler, 'Gửi thông báo gia hạn');
      expect(revealed.identity.fullName).toBe(DENOUNCER.fullName);
      expect(await revealCount(ds)).toBe(before + 1);
    });

    it.each<[string, () => Actor]>([
      ['a handler not assigned to the case', () => actorAt('handler', places.communeA)],
      ['the reception officer after hand-over', () => actorAt('reception_officer', places.communeA)],
      ['the leader of another authority', () => actorAt('leader', places.communeB)],
      [
        'the assigned handler seen from another authority (a verifier)',
        () => actorAt('handler', places.communeB, handlerId),
      ],
      ['an inspector of the province', () => actorAt('inspector', places.province)],
      ['an administrator', () => actorAt('admin', places.communeA)],
    ])('refuses %s with NotFound, exactly like a missing party, and records nothing', async (_who, who) => {
      const before = await revealCount(ds);
      const refused = await thrown(vault.reveal(denouncerId, who(), 'Muốn xem'));
      const missing = await thrown(vault.reveal('00000000-0000-4000-8000-000000000000', who(), 'Muốn xem'));
      expect(refused).toBeInstanceOf(NotFoundError);
      expect((refused as NotFoundError).code).toBe('NOT_FOUND');
      expect(refused.message).toBe(missing.message);
      expect(await revealCount(ds)).toBe(before);
    });

    it('answers a malformed id as not found rather than a database error', async () => {
      await expect(vault.reveal('not-a-uuid', actorAt('leader', places.communeA), 'x')).rejects.toBeInstanceOf(
        NotFoundError,
      );
    });

    it('requires a reason before looking at anything, for every party alike', async () => {
      const before = await revealCount(ds);
      for (const id of [denouncerId, complainantId, '00000000-0000-4000-8000-000000000000']) {
        await expect(vault.reveal(id, actorAt('leader', places.communeA), '   ')).rejects.toBeInstanceOf(
          ValidationFailedError,
        );
      }
      expect(await revealCount(ds)).toBe(before);
    });

    it('follows the case: after a transfer, the old authority no longer sees it and the new one does', async () => {
      const moved = await seedPetition(ds, places.communeA.id);
      const someoneElse = { fullName: 'Đỗ Minh Tuấn', address: 'Xóm 2, xã Tân Lập', idNumber: '036095001111' };
      const row = await ds.transaction((m) => vault.addParty(m, party({ petitionId: moved, identity: someoneElse })));
      await seedCase(ds, moved, places.communeB.id, null);
      await expect(vault.reveal(row.id, actorAt('leader', places.communeA), 'Xem lại')).rejects.toBeInstanceOf(
        NotFoundError,
      );
      const revealed = await vault.reveal(
        row.id,
        actorAt('leader', places.communeB),
        'Thụ lý sau khi nhận chuyển giao',
      );
      expect(revealed.identity).toEqual(someoneElse);
    });
  });

  describe('revealing a party that is not protected', () => {
    it('shows a complainant to the reception officer of the holding authority without a reveal row', async () => {
      const before = await revealCount(ds);
      const revealed = await vault.reveal(
        complainantId,
        actorAt('reception_officer', places.communeA),
        'Hẹn lịch làm việc',
      );
      expect(revealed).toMatchObject({ identity: COMPLAINANT, protected: false, revealId: null });
      expect(await revealCount(ds)).toBe(before);
    });

    it('refuses inspectors and other authorities', async () => {
      for (const who of [actorAt('inspector', places.province), actorAt('handler', places.communeB)]) {
        await expect(vault.reveal(complainantId, who, 'Kiểm tra')).rejects.toBeInstanceOf(NotFoundError);
      }
    });
  });

  describe('duplicate candidates by fingerprint', () => {
    let secondPetitionId: string;
    let secondId: string;
    beforeAll(async () => {
      // The same denouncer files again, typed without accents and with spaces in the number.
      secondPetitionId = await seedPetition(ds, places.communeA.id);
      const again = {
        fullName: 'LE THI THU HA',
        address: 'thon Dong xa Yen The tinh Bac Ninh',
        idNumber: '0241 9000 4321',
      };
      secondId = (
        await ds.transaction((m) => vault.addParty(m, party({ petitionId: secondPetitionId, identity: again })))
      ).id;
    });

    it('finds the earlier đơn for the resolving leader, with ids only', async () => {
      const fp = vault.fingerprintsOf({ fullName: 'Lê Thị Thu Hà', idNumber: '024190004321' }, 'individual');
      const candidates = await vault.findByFingerprints(actorAt('leader', places.communeA), fp, {
        excludePartyIds: [secondId],
      });
      expect(candidates).toEqual(
        expect.arrayContaining([
          { partyId: denouncerId, petitionId, caseId: expect.any(String), matchedOn: ['idNumber'] },
        ]),
      );
      expect(JSON.stringify(candidates)).not.toMatch(/Hà|024190004321/);
    });

    it('matches on name and address alone when there is no number', async () => {
      const fp = vault.fingerprintsOf({ fullName: 'Lê Thị Thu Hà', address: DENOUNCER.address }, 'individual');
      const found = await vault.findByFingerprints(actorAt('leader', places.communeA), fp);
      expect(found.map((c) => c.partyId)).toEqual(expect.arrayContaining([denouncerId, secondId]));
      expect(found.find((c) => c.partyId === secondId)?.matchedOn).toEqual(['nameAddress']);
    });

    it('tells nobody else that a protected denouncer filed before', async () => {
      const fp = vault.fingerprintsOf({ idNumber: '024190004321' }, 'individual');
      for (const who of [
        actorAt('reception_officer', places.communeA),
        actorAt('handler', places.communeA),
        actorAt('leader', places.communeB),
        actorAt('inspector', places.province),
      ]) {
        expect(await vault.findByFingerprints(who, fp)).toEqual([]);
      }
    });

    it("finds an unprotected complainant for the holding authority's reception officer", async () => {
      const fp = vault.fingerprintsOf({ idNumber: '001085009876' }, 'individual');
      const found = await vault.findByFingerprints(actorAt('reception_officer', places.communeA), fp);
      expect(found.map((c) => c.partyId)).toEqual([complainantId]);
    });
  });

  describe('the reveal log for inspectors', () => {
    it('lists who revealed what and why, within the inspector’s subtree, without identities', async () => {
      const log = await vault.listReveals(actorAt('inspector', places.province), { partyId: denouncerId });
      expect(log.length).toBeGreaterThanOrEqual(2);
      expect(log[0]).toEqual({
        id: expect.stringMatching(/^\d+$/),
        partyId: denouncerId,
        petitionId,
        visitorId: null,
        visitId: null,
        userId: expect.any(String),
        userRole: 'leader',
        userAuthorityId: places.communeA.id,
        reason: 'Ký thông báo thụ lý gửi người tố cáo',
        revealedAt: expect.any(Date),
        requestId: 'req-42',
      });
      expect(JSON.stringify(log)).not.toMatch(/Lê Thị|024190004321/);
      const page = await vault.listReveals(actorAt('inspector', places.province), { partyId: denouncerId, limit: 1 });
      const next = await vault.listReveals(actorAt('inspector', places.province), {
        partyId: denouncerId,
        afterId: page[0].id,
      });
      expect(next[0]?.id).toBe(log[1].id);
    });

    it('shows an inspector of another branch nothing of this branch, and refuses other roles', async () => {
      expect(await vault.listReveals(actorAt('inspector', places.communeB), { partyId: denouncerId })).toEqual([]);
      const branchB = await vault.listReveals(actorAt('inspector', places.communeB));
      expect(branchB.every((r) => r.userAuthorityId === places.communeB.id)).toBe(true);
      await expect(vault.listReveals(actorAt('leader', places.communeA))).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(vault.listReveals(actorAt('admin', places.province))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });

    it('refuses malformed filters', async () => {
      await expect(
        vault.listReveals(actorAt('inspector', places.province), { partyId: 'x', limit: 10_000 }),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    });
  });

  it('gives everyone else the redacted view of a đơn', async () => {
    const views = await vault.redactedPartiesOfPetition(petitionId);
    expect(views).toEqual([
      {
        partyId: denouncerId,
        petitionId,
        role: 'signatory',
        kind: 'individual',
        anonymous: false,
        protected: true,
        label: 'Người tố cáo (được bảo vệ)',
      },
    ]);
  });

  it('is wired by IdentityVaultModule on the application DataSource', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [PersistenceModule.forRoot(db.url, 2), IdentityVaultModule.register({ identityKeys: KEYS })],
    }).compile();
    try {
      const wired = moduleRef.get(IdentityVaultService);
      const revealed = await wired.reveal(complainantId, actorAt('handler', places.communeA), 'Kiểm tra cấu hình');
      expect(revealed.identity).toEqual(COMPLAINANT);
    } finally {
      await moduleRef.close();
    }
  });
});
