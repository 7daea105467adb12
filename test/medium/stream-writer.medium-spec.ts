import { Test } from '@nestjs/testing';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import {
  TransitionNotAllowedError,
  VersionConflictError,
  NotFoundError,
  type Actor,
  type AuthorityRef,
  type StoredSnapshot,
} from '@kntc/domain';
import { CaseEntity, PersistenceModule } from '@kntc/persistence';
import { createTestDatabase, type TestDatabase } from '@kntc/testing';
import { ClockService, FixedClock, StreamWriter, WorkflowModule } from '@kntc/workflow';
import type { StreamColumns } from '../../libs/workflow/src/streams/stream-projection';

const province: AuthorityRef = {
  id: '00000000-0000-4000-8000-000000000001',
  level: 'province',
  path: [],
  remote: false,
};
province.path = [province.id];
const commune: AuthorityRef = {
  id: '00000000-0000-4000-8000-000000000002',
  level: 'commune',
  path: [province.id, '00000000-0000-4000-8000-000000000002'],
  remote: false,
};
const leader: Actor = { userId: '00000000-0000-4000-8000-0000000000a1', role: 'leader', authority: commune };
const stranger: Actor = {
  userId: '00000000-0000-4000-8000-0000000000a2',
  role: 'leader',
  authority: {
    id: '00000000-0000-4000-8000-000000000003',
    level: 'commune',
    path: [province.id, '00000000-0000-4000-8000-000000000003'],
    remote: false,
  },
};

describe('StreamWriter: one transaction per event', () => {
  let db: TestDatabase;
  let moduleRef: TestingModule;
  let writer: StreamWriter;
  let ds: DataSource;
  const clock = new FixedClock(new Date('2026-08-03T02:00:00Z'));

  beforeAll(async () => {
    db = await createTestDatabase();
    moduleRef = await Test.createTestingModule({ imports: [PersistenceModule.forRoot(db.url, 20), WorkflowModule] })
      .overrideProvider(ClockService)
      .useValue(clock)
      .compile();
    writer = moduleRef.get(StreamWriter);
    ds = moduleRef.get(DataSource);
    await ds.query(
      `INSERT INTO authority (id, code, name, level, parent_id, valid_from) VALUES
       ($1, 'T', 'UBND tỉnh', 'province', NULL, '2025-07-01'),
       ($2, 'X', 'UBND xã A', 'commune', $1, '2025-07-01'),
       ($3, 'Y', 'UBND xã B', 'commune', $1, '2025-07-01')`,
      [province.id, commune.id, stranger.authority.id],
    );
  });
  afterAll(async () => {
    await moduleRef.close();
    await db.drop();
  });

  async function openComplaint(): Promise<string> {
    const petitionId = (
      await ds.query<{ id: string }[]>(
        `INSERT INTO petition (code, receiving_authority_id, holder_authority_id, channel, received_at, received_on, summary,
           subject_area, machine_id, machine_version, state, snapshot, version, rule_set_id, created_by_id)
         VALUES ('Đ-' || gen_random_uuid(), $1, $1, 'post', now(), '2026-08-03', 'khiếu nại', 'dat_dai', 'petition', '1', 'accepted',
           '{}', 1, 'VN-2026-07', $2) RETURNING id`,
        [commune.id, leader.userId],
      )
    )[0].id;
    const opened = await writer.open({
      streamType: 'case',
      machineId: 'complaint',
      input: { round: 1, holder: commune, receivedOn: '2026-08-03', complainants: 1, disciplinary: false },
      actor: leader,
      ruleSetId: 'VN-2026-07',
      insertRow: async (em, stored: StoredSnapshot, columns: StreamColumns) => {
        const inserted = await em.getRepository(CaseEntity).insert({
          code: `VV-${petitionId.slice(0, 8)}`,
          kind: 'complaint',
          originPetitionId: petitionId,
          machineId: stored.machineId,
          machineVersion: stored.machineVersion,
          snapshot: { value: stored.value, context: stored.context, status: stored.status } as never,
          version: 1,
          ruleSetId: 'VN-2026-07',
          subjectArea: 'dat_dai',
          summary: 'khiếu nại quyết định thu hồi đất',
          openedAt: clock.now(),
          state: columns.state,
          holderAuthorityId: columns.holderAuthorityId,
          nextDueOn: columns.nextDueOn,
        });
        return String((inserted.identifiers[0] as { id: string }).id);
      },
    });
    return opened.id;
  }

  const events = (id: string) =>
    ds.query<{ seq: number; type: string }[]>(`SELECT seq, type FROM domain_event WHERE stream_id = $1 ORDER BY seq`, [
      id,
    ]);
  const caseRow = async (id: string) =>
    (
      await ds.query<{ version: number; state: string; next_due_on: string | null }[]>(
        `SELECT version, state, to_char(next_due_on, 'YYYY-MM-DD') AS next_due_on FROM kntc_case WHERE id = $1`,
        [id],
      )
    )[0];

  it('opens a case at version 1 with its first event, custody and acceptance deadline', async () => {
    const id = await openComplaint();
    expect(await caseRow(id)).toEqual({ version: 1, state: 'awaitingAcceptance', next_due_on: '2026-08-12' });
    expect(await events(id)).toEqual([{ seq: 1, type: 'opened' }]);
    const custody = await ds.query(`SELECT authority_id, until_at FROM custody_period WHERE stream_id = $1`, [id]);
    expect(custody).toEqual([{ authority_id: commune.id, until_at: null }]);
  });

  it('applies a command: new version, event row, outbox rows for the notices', async () => {
    const id = await openComplaint();
    const result = await writer.apply({
      streamType: 'case',
      id,
      expectedVersion: 1,
      actor: leader,
      event: { type: 'accept' },
      requestId: 'req-accept-1',
    });
    expect(result).toMatchObject({ version: 2, state: 'reviewing' });
    expect(await caseRow(id)).toMatchObject({ version: 2, state: 'reviewing' });
    expect(await events(id)).toEqual([
      { seq: 1, type: 'opened' },
      { seq: 2, type: 'accept' },
    ]);
    const [event] = await ds.query(
      `SELECT actor_user_id, actor_role, rule_set_id, request_id, state_before, state_after FROM domain_event WHERE stream_id = $1 AND seq = 2`,
      [id],
    );
    expect(event).toEqual({
      actor_user_id: leader.userId,
      actor_role: 'leader',
      rule_set_id: 'VN-2026-07',
      request_id: 'req-accept-1',
      state_before: 'awaitingAcceptance',
      state_after: 'reviewing',
    });
    const outbox = await ds.query(
      `SELECT action_type, payload->>'recipient' AS recipient FROM outbox_message WHERE stream_id = $1 ORDER BY id`,
      [id],
    );
    expect(outbox).toEqual(expect.arrayContaining([{ action_type: 'notify', recipient: 'complainant' }]));
  });

  it('answers a stale version with a conflict naming the current one, and writes nothing', async () => {
    const id = await openComplaint();
    await writer.apply({ streamType: 'case', id, expectedVersion: 1, actor: leader, event: { type: 'accept' } });
    const stale = writer.apply({
      streamType: 'case',
      id,
      expectedVersion: 1,
      actor: leader,
      event: { type: 'startVerification' },
    });
    await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
    await expect(stale).rejects.toMatchObject({ meta: { currentVersion: 2 } });
    expect((await events(id)).length).toBe(2);
  });

  it('lets exactly one of two concurrent commands with the same version through', async () => {
    const id = await openComplaint();
    const results = await Promise.allSettled([
      writer.apply({ streamType: 'case', id, expectedVersion: 1, actor: leader, event: { type: 'accept' } }),
      writer.apply({ streamType: 'case', id, expectedVersion: 1, actor: leader, event: { type: 'accept' } }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(VersionConflictError);
    expect(await caseRow(id)).toMatchObject({ version: 2 });
  });

  it('loses no event under 100 concurrent commands on one case: version = number of events', async () => {
    const id = await openComplaint();
    await writer.apply({ streamType: 'case', id, expectedVersion: 1, actor: leader, event: { type: 'accept' } });
    // Each client reads the case, then toggles its complexity (a command always allowed in this state).
    const attempt = async (n: number): Promise<boolean> => {
      const [read] = await ds.query<{ version: number; complexity: string }[]>(
        `SELECT version, snapshot->'context'->>'complexity' AS complexity FROM kntc_case WHERE id = $1`,
        [id],
      );
      try {
        await writer.apply({
          streamType: 'case',
          id,
          expectedVersion: read.version,
          actor: leader,
          event: {
            type: 'setComplexity',
            complexity: read.complexity === 'complex' ? 'normal' : 'complex',
            reason: `lần ${n}`,
          },
        });
        return true;
      } catch (e) {
        if (e instanceof VersionConflictError) return false;
        throw e;
      }
    };
    const outcomes = await Promise.all(Array.from({ length: 100 }, (_, n) => attempt(n)));
    const accepted = outcomes.filter(Boolean).length;
    expect(accepted).toBeGreaterThan(0);
    const all = await events(id);
    expect((await caseRow(id)).version).toBe(all.length);
    expect(all.length).toBe(2 + accepted);
    expect(all.map((e) => e.seq)).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
  });

  it('refuses a command the machine does not allow now, and writes nothing', async () => {
    const id = await openComplaint();
    await expect(
      writer.apply({
        streamType: 'case',
        id,
        expectedVersion: 1,
        actor: leader,
        event: { type: 'decide', outcome: 'correct' },
      }),
    ).rejects.toBeInstanceOf(TransitionNotAllowedError);
    expect(await caseRow(id)).toMatchObject({ version: 1, state: 'awaitingAcceptance' });
  });

  it('answers "not found" to an authority that neither holds the case nor is above it', async () => {
    const id = await openComplaint();
    await expect(
      writer.apply({ streamType: 'case', id, expectedVersion: 1, actor: stranger, event: { type: 'accept' } }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('rolls everything back when a step fails half-way: no version change, no event, no outbox', async () => {
    const id = await openComplaint();
    writer.onAction('notify', () => Promise.reject(new Error('disk full')));
    try {
      await expect(
        writer.apply({ streamType: 'case', id, expectedVersion: 1, actor: leader, event: { type: 'accept' } }),
      ).rejects.toThrow('disk full');
    } finally {
      (writer as unknown as { effects: Map<string, unknown> }).effects.delete('notify');
    }
    expect(await caseRow(id)).toMatchObject({ version: 1, state: 'awaitingAcceptance' });
    expect(await events(id)).toEqual([{ seq: 1, type: 'opened' }]);
    const [{ count }] = await ds.query(
      `SELECT count(*)::int AS count FROM outbox_message o JOIN domain_event e ON e.id = o.event_id WHERE e.stream_id = $1 AND e.seq > 1`,
      [id],
    );
    expect(count).toBe(0);
  });
});
