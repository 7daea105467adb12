import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AccessModule, UsersService } from '@kntc/access';
import { loadConfig } from '@kntc/config';
import type { Actor, AuthorityRef } from '@kntc/domain';
import { PersistenceModule } from '@kntc/persistence';
import { createTestDatabase, type TestDatabase } from '@kntc/testing';
import {
  AttachmentsModule,
  AttachmentsService,
  AttachmentTooLargeError,
  AttachmentTypeError,
  ClockService,
  FixedClock,
} from '@kntc/workflow';
import { createUser } from '../../libs/access/src/testing/access-fixtures';
import { samples } from '../../libs/workflow/src/attachments/__fixtures__/sample-files';

const commune: AuthorityRef = {
  id: '00000000-0000-4000-8000-000000000002',
  level: 'commune',
  path: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'],
  remote: false,
};

/**
 * The attachments service on a real database and a real file store: a file and its row are
 * kept together or not at all. The failures here are real ones, not simulated: a row the
 * database refuses (its uploader does not exist: a foreign key) after the file was moved into
 * place, a content refused after it was received, a stream cut off at the size limit.
 */
describe('attachments: file and row together or not at all', () => {
  let db: TestDatabase;
  let dataDir: string;
  let moduleRef: TestingModule;
  let ds: DataSource;
  let service: AttachmentsService;
  let officer: Actor;
  let petitionId: string;
  const MAX = 16 * 1024;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataDir = await mkdtemp(join(tmpdir(), 'kntc-attachments-medium-'));
    const identityKeys = `t1:${randomBytes(32).toString('base64')}`;
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      DATA_DIR: dataDir,
      ATTACHMENT_MAX_SIZE: '16kb',
      JWT_SECRET: randomBytes(32).toString('hex'),
      IDENTITY_KEYS: identityKeys,
    });
    moduleRef = await Test.createTestingModule({
      imports: [
        PersistenceModule.forRoot(db.url, 5),
        AccessModule.forRoot(config),
        AttachmentsModule.register({ identityKeys, settings: config.attachments }),
      ],
    })
      .overrideProvider(ClockService)
      .useValue(new FixedClock(new Date('2026-08-03T02:00:00Z')))
      .compile();
    ds = moduleRef.get(DataSource);
    service = moduleRef.get(AttachmentsService);
    await ds.query(
      `INSERT INTO authority (id, code, name, level, parent_id, valid_from) VALUES
       ($1, 'T', 'UBND tỉnh', 'province', NULL, '2025-07-01'), ($2, 'X', 'UBND xã A', 'commune', $1, '2025-07-01')`,
      [commune.path[0], commune.id],
    );
    const user = await createUser(moduleRef.get(UsersService), 'rec.x', 'reception_officer', commune.id);
    officer = { userId: user.id, role: 'reception_officer', authority: commune };
    [{ id: petitionId }] = await ds.query<{ id: string }[]>(
      `INSERT INTO petition (code, receiving_authority_id, holder_authority_id, channel, received_at, received_on, summary,
         subject_area, machine_id, machine_version, state, snapshot, version, rule_set_id, created_by_id)
       VALUES ('Đ-TEST-1', $1, $1, 'post', now(), '2026-08-03', 'khiếu nại', 'dat_dai', 'petition', '1', 'received',
         '{}', 1, 'VN-2026-07', $2) RETURNING id`,
      [commune.id, user.id],
    );
  });
  afterAll(async () => {
    await moduleRef.close();
    await db.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function filesInStore(): Promise<string[]> {
    const entries = await readdir(join(dataDir, 'files'), { recursive: true, withFileTypes: true }).catch(() => []);
    return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  }
  const rowCount = async () => (await ds.query(`SELECT count(*)::int AS n FROM attachment`))[0].n as number;

  it('keeps a file and its row together (the baseline the failures are measured against)', async () => {
    const content = samples.pdf();
    const staged = await service.stage(Readable.from([content]));
    const kept = await service.attach({
      actor: officer,
      petitionId,
      staged,
      originalName: 'a.pdf',
      containsIdentity: false,
    });
    const [row] = await ds.query(`SELECT storage_key FROM attachment WHERE id = $1`, [kept.id]);
    expect(await filesInStore()).toEqual([join(dataDir, 'files', row.storage_key)]);
    expect(await readFile(join(dataDir, 'files', row.storage_key))).toEqual(content);
  });

  it('removes the file when the row cannot be written after the file was moved into place', async () => {
    const filesBefore = await filesInStore();
    const rowsBefore = await rowCount();
    // The authority holds the đơn, so every check passes and the file is kept; the insert then
    // fails on the uploader's foreign key (a user removed meanwhile).
    const ghost: Actor = { ...officer, userId: '00000000-0000-4000-8000-00000000dead' };
    const staged = await service.stage(Readable.from([samples.png()]));
    expect((await filesInStore()).length).toBe(filesBefore.length + 1); // the staged copy
    await expect(
      service.attach({ actor: ghost, petitionId, staged, originalName: 'b.png', containsIdentity: true }),
    ).rejects.toThrow(/foreign key/);
    expect(await filesInStore()).toEqual(filesBefore);
    expect(await rowCount()).toBe(rowsBefore);
  });

  it('drops the received copy when the content is refused', async () => {
    const filesBefore = await filesInStore();
    const rowsBefore = await rowCount();
    const staged = await service.stage(Readable.from([samples.exe()]));
    await expect(
      service.attach({
        actor: officer,
        petitionId,
        staged,
        originalName: 'x.pdf',
        declaredType: 'application/pdf',
        containsIdentity: false,
      }),
    ).rejects.toBeInstanceOf(AttachmentTypeError);
    expect(await filesInStore()).toEqual(filesBefore);
    expect(await rowCount()).toBe(rowsBefore);
  });

  it('stops receiving at the size limit and leaves no partial file', async () => {
    const filesBefore = await filesInStore();
    const chunks = Array.from({ length: 5 }, () => Buffer.alloc(4096, 0x20));
    await expect(service.stage(Readable.from([samples.pdf(), ...chunks]))).rejects.toBeInstanceOf(
      AttachmentTooLargeError,
    );
    expect(await filesInStore()).toEqual(filesBefore);
    // Exactly the limit is accepted.
    const exact = await service.stage(Readable.from([Buffer.alloc(MAX, 0x41)]));
    expect(exact.size).toBe(MAX);
    await service.discard(exact);
    expect(await filesInStore()).toEqual(filesBefore);
  });

  it('answers 404 for a đơn held elsewhere, before keeping anything', async () => {
    const filesBefore = await filesInStore();
    const stranger: Actor = {
      ...officer,
      authority: { ...commune, id: '00000000-0000-4000-8000-000000000009' },
    };
    const staged = await service.stage(Readable.from([samples.pdf()]));
    await expect(
      service.attach({ actor: stranger, petitionId, staged, originalName: 'a.pdf', containsIdentity: false }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await filesInStore()).toEqual(filesBefore);
  });
});
