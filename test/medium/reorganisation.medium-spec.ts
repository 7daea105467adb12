import { Global, Module, type INestApplication } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AuthorityDirectory } from '@kntc/access';
import { ValidationFailedError, type Actor } from '@kntc/domain';
import { PersistenceModule } from '@kntc/persistence';
import { createTestDatabase, type TestDatabase } from '@kntc/testing';
import {
  ClockService,
  FixedClock,
  ReorganisationModule,
  ReorganisationService,
  type ReorganisationChange,
  type ReorganisationRequest,
} from '@kntc/workflow';
import { insertAuthority } from '../../libs/access/src/testing/access-fixtures';
import { AuthorityDirectoryRepository } from '../../libs/access/src/authorities/authority-directory.repository';
import { ReadFixtures } from '../../libs/workflow/src/reads/testing/read-fixtures';

/** What the global AccessModule gives the application, without its JWT and guards. */
@Global()
@Module({ providers: [AuthorityDirectoryRepository, AuthorityDirectory], exports: [AuthorityDirectory] })
class DirectoryModule {}

/**
 * A split on real PostgreSQL: commune S is split into two new communes on 1 January 2026. The
 * administrator names the successor of some open đơn and lets the rest go to the first one. One
 * đơn is being worked on (its row is locked) while the reorganisation runs: it is reported and
 * left, and a second run of the same request moves it and nothing else. A đơn forwarded to S and
 * not yet received stays with its sender, and the report says so.
 */
describe('ReorganisationService: a split, concurrency and re-runs', () => {
  let db: TestDatabase;
  let moduleRef: TestingModule;
  let app: INestApplication;
  let ds: DataSource;
  let service: ReorganisationService;
  let f: ReadFixtures;
  const clock = new FixedClock(new Date('2025-12-29T02:00:00Z'));
  const ids: Record<string, string> = {};
  const actors: Record<string, Actor> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    moduleRef = await Test.createTestingModule({
      imports: [PersistenceModule.forRoot(db.url, 10), DirectoryModule, ReorganisationModule],
    })
      .overrideProvider(ClockService)
      .useValue(clock)
      .compile();
    app = moduleRef.createNestApplication();
    await app.init();
    ds = moduleRef.get(DataSource);
    service = moduleRef.get(ReorganisationService);
    f = new ReadFixtures(app);
    ids.P = await insertAuthority(ds, { code: 'RM-P', level: 'province', validFrom: '2025-07-01' });
    ids.S = await insertAuthority(ds, { code: 'RM-S', level: 'commune', parentId: ids.P, validFrom: '2025-07-01' });
    ids.X = await insertAuthority(ds, { code: 'RM-X', level: 'commune', parentId: ids.P, validFrom: '2025-07-01' });
    actors.admin = await f.actor('00000000-0000-4000-8000-0000000000ad', 'admin', ids.P);
    actors.recS = await f.actor('00000000-0000-4000-8000-0000000000a1', 'reception_officer', ids.S);
    actors.recX = await f.actor('00000000-0000-4000-8000-0000000000a2', 'reception_officer', ids.X);
    const receivedAt = new Date('2025-12-29T01:30:00Z');
    for (const n of [1, 2, 3]) {
      ids[`E${n}`] = await f.openPetition(actors.recS, {
        code: `RM-E${n}`,
        receivedAt,
        summary: `Phản ánh số ${n} về vệ sinh môi trường`,
        subjectArea: 'moi_truong',
      });
    }
    ids.FW = await f.openPetition(actors.recX, {
      code: 'RM-FW',
      receivedAt,
      summary: 'Kiến nghị về chợ xã S',
      subjectArea: 'hanh_chinh',
    });
    const feedbackOutside = {
      contentKind: 'feedback',
      eligible: true,
      withinCompetence: false,
      signatories: 1,
      originalsAttached: false,
    };
    await f.send('petition', ids.FW, actors.recX, { type: 'classify', ...feedbackOutside });
    await f.send('petition', ids.FW, actors.recX, { type: 'forward', to: actors.recS.authority });
    clock.set('2026-01-05T02:00:00Z');
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  const split = (over: Partial<ReorganisationChange> = {}): ReorganisationRequest => ({
    effectiveOn: '2026-01-01',
    legalBasis: 'Nghị quyết giả định về chia tách xã S',
    dryRun: false,
    changes: [
      {
        kind: 'split',
        predecessorIds: [ids.S],
        successors: [
          { create: { code: 'RM-S-BAC', name: 'UBND xã S Bắc' }, field: 'successors[0].create' },
          { create: { code: 'RM-S-NAM', name: 'UBND xã S Nam' }, field: 'successors[1].create' },
        ],
        ...over,
      },
    ],
  });
  const holderOf = async (id: string) =>
    (
      await ds.query<{ code: string }[]>(
        `SELECT a.code FROM petition p JOIN authority a ON a.id = p.holder_authority_id WHERE p.id = $1`,
        [id],
      )
    )[0].code;

  it('needs the successor of every open đơn of a split, and changes nothing until it has them', async () => {
    const attempt = service.reorganise(actors.admin, split());
    await expect(attempt).rejects.toBeInstanceOf(ValidationFailedError);
    await expect(attempt).rejects.toMatchObject({
      details: [expect.objectContaining({ issue: 'unassigned', streams: ['RM-E1', 'RM-E2', 'RM-E3'] })],
    });
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM authority WHERE code LIKE 'RM-S-%'`);
    expect(n).toBe(0);
  });

  it('moves each đơn where it was assigned, leaves the one being worked on, and a second run moves it', async () => {
    const request = split({
      assignments: [
        { streamType: 'petition', id: ids.E1, successorCode: 'RM-S-NAM' },
        { streamType: 'petition', id: ids.E2, successorCode: 'RM-S-BAC' },
      ],
      defaultToFirstSuccessor: true,
    });
    // An officer's command on E3 holds its row while the reorganisation runs.
    const officer = ds.createQueryRunner();
    await officer.connect();
    await officer.startTransaction();
    await officer.query(`SELECT id FROM petition WHERE id = $1 FOR NO KEY UPDATE`, [ids.E3]);
    let first;
    try {
      first = await service.reorganise(actors.admin, request);
    } finally {
      await officer.rollbackTransaction();
      await officer.release();
    }
    expect(first.created.map((c) => [c.code, c.level, c.parentId])).toEqual([
      ['RM-S-BAC', 'commune', ids.P],
      ['RM-S-NAM', 'commune', ids.P],
    ]);
    expect(first.successions.map((s) => [s.predecessor.code, s.successor.code, s.kind])).toEqual([
      ['RM-S', 'RM-S-BAC', 'split'],
      ['RM-S', 'RM-S-NAM', 'split'],
    ]);
    expect(first.moved.map((m) => [m.code, m.to.code, m.state])).toEqual([
      ['RM-E1', 'RM-S-NAM', 'received'],
      ['RM-E2', 'RM-S-BAC', 'received'],
    ]);
    expect(first.notMoved.map((m) => [m.code, m.holder.code, m.reason])).toEqual([
      ['RM-E3', 'RM-S', 'busy'],
      ['RM-FW', 'RM-X', 'awaiting_receipt'],
    ]);
    expect([await holderOf(ids.E3), await holderOf(ids.FW)]).toEqual(['RM-S', 'RM-X']);

    const second = await service.reorganise(actors.admin, request);
    expect(second.moved.map((m) => [m.code, m.from.code, m.to.code])).toEqual([['RM-E3', 'RM-S', 'RM-S-BAC']]);
    expect(second.notMoved.map((m) => [m.code, m.reason])).toEqual([['RM-FW', 'awaiting_receipt']]);
    expect(second.created.every((c) => c.alreadyExisted)).toBe(true);
    expect(second.successions.every((s) => s.alreadyRecorded)).toBe(true);
    expect([await holderOf(ids.E1), await holderOf(ids.E2), await holderOf(ids.E3)]).toEqual([
      'RM-S-NAM',
      'RM-S-BAC',
      'RM-S-BAC',
    ]);
    // One reassign each, whatever the number of runs.
    const reassigns = await ds.query<{ stream_id: string; n: number }[]>(
      `SELECT stream_id, count(*)::int AS n FROM domain_event WHERE type = 'reassign' GROUP BY stream_id`,
    );
    expect(reassigns.map((r) => r.n)).toEqual([1, 1, 1]);
    const [{ successions }] = await ds.query(`SELECT count(*)::int AS successions FROM authority_succession`);
    expect(successions).toBe(2);
  });

  it("answers not found for an authority outside the administrator's subtree", async () => {
    const other = await insertAuthority(ds, { code: 'RM-OTHER', level: 'province', validFrom: '2025-07-01' });
    const outsider = await f.actor('00000000-0000-4000-8000-0000000000ae', 'admin', other);
    await expect(service.reorganise(outsider, { ...split(), dryRun: true })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
