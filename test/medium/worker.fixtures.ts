import { randomUUID } from 'node:crypto';
import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import type { Actor, AuthorityRef, StoredSnapshot } from '@kntc/domain';
import { CaseEntity, PersistenceModule, PetitionEntity } from '@kntc/persistence';
import { ClockService, FixedClock, StreamWriter, WorkflowModule } from '@kntc/workflow';
import type { StreamColumns } from '../../libs/workflow/src/streams/stream-projection';

/** Shared by the worker's medium and e2e tests: a commune under a province, and its leader. */
export const province: AuthorityRef = {
  id: '00000000-0000-4000-8000-000000000001',
  level: 'province',
  path: ['00000000-0000-4000-8000-000000000001'],
  remote: false,
};
export const commune: AuthorityRef = {
  id: '00000000-0000-4000-8000-000000000002',
  level: 'commune',
  path: [province.id, '00000000-0000-4000-8000-000000000002'],
  remote: false,
};
export const leader: Actor = { userId: '00000000-0000-4000-8000-0000000000a1', role: 'leader', authority: commune };

/** Vietnam's civil date `date` at 09:00 local time. */
export const vnMorning = (date: string) => new Date(`${date}T09:00:00+07:00`);

/** The workflow services on a test database, with a clock the test moves by hand. */
export async function workflowModule(
  url: string,
  clock: FixedClock,
  overrides: (b: ReturnType<typeof Test.createTestingModule>) => ReturnType<typeof Test.createTestingModule> = (b) => b,
): Promise<TestingModule> {
  const builder = Test.createTestingModule({ imports: [PersistenceModule.forRoot(url, 10), WorkflowModule] })
    .overrideProvider(ClockService)
    .useValue(clock);
  return overrides(builder).compile();
}

export async function seedAuthorities(ds: DataSource): Promise<void> {
  await ds.query(
    `INSERT INTO authority (id, code, name, level, parent_id, valid_from) VALUES
     ($1, 'T', 'UBND tỉnh', 'province', NULL, '2025-07-01'),
     ($2, 'X', 'UBND xã A', 'commune', $1, '2025-07-01')`,
    [province.id, commune.id],
  );
}

/**
 * A first-round complaint received on `receivedOn`, opened through the write path as the
 * commune's leader (the reception of its đơn is not what these tests are about).
 */
export async function openComplaint(ds: DataSource, writer: StreamWriter, receivedOn: string): Promise<string> {
  const [{ id: petitionId }] = await ds.query<{ id: string }[]>(
    `INSERT INTO petition (code, receiving_authority_id, holder_authority_id, channel, received_at, received_on, summary,
       subject_area, machine_id, machine_version, state, snapshot, version, rule_set_id, created_by_id)
     VALUES ('Đ-' || gen_random_uuid(), $1, $1, 'post', $3, $4, 'khiếu nại', 'dat_dai', 'petition', '1', 'accepted',
       '{}', 1, 'VN-2026-07', $2) RETURNING id`,
    [commune.id, leader.userId, vnMorning(receivedOn), receivedOn],
  );
  const opened = await writer.open({
    streamType: 'case',
    machineId: 'complaint',
    input: { round: 1, holder: commune, receivedOn, complainants: 1, disciplinary: false },
    actor: leader,
    ruleSetId: 'VN-2026-07',
    at: vnMorning(receivedOn),
    insertRow: async (em, stored: StoredSnapshot, columns: StreamColumns) => {
      const inserted = await em.getRepository(CaseEntity).insert({
        code: `VV-${petitionId}`,
        kind: 'complaint',
        originPetitionId: petitionId,
        machineId: stored.machineId,
        machineVersion: stored.machineVersion,
        snapshot: { value: stored.value, context: stored.context, status: stored.status } as never,
        version: 1,
        ruleSetId: 'VN-2026-07',
        subjectArea: 'dat_dai',
        summary: 'khiếu nại quyết định thu hồi đất',
        openedAt: vnMorning(receivedOn),
        state: columns.state,
        holderAuthorityId: columns.holderAuthorityId,
        nextDueOn: columns.nextDueOn,
      });
      return String((inserted.identifiers[0] as { id: string }).id);
    },
  });
  return opened.id;
}

/** A đơn received by post on `receivedOn`, opened through the write path (its processing clocks start). */
export async function openPetition(writer: StreamWriter, receivedOn: string): Promise<string> {
  const opened = await writer.open({
    streamType: 'petition',
    machineId: 'petition',
    input: { holder: commune, receivedOn, channel: 'post', fromReception: false },
    actor: { ...leader, role: 'reception_officer' },
    ruleSetId: 'VN-2026-07',
    at: vnMorning(receivedOn),
    insertRow: async (em, stored: StoredSnapshot, columns: StreamColumns) => {
      const inserted = await em.getRepository(PetitionEntity).insert({
        code: `Đ-${randomUUID()}`,
        receivingAuthorityId: commune.id,
        holderAuthorityId: columns.holderAuthorityId,
        channel: 'post',
        receivedAt: vnMorning(receivedOn),
        receivedOn,
        summary: 'đơn khiếu nại',
        subjectArea: 'dat_dai',
        machineId: stored.machineId,
        machineVersion: stored.machineVersion,
        state: columns.state,
        snapshot: { value: stored.value, context: stored.context, status: stored.status } as never,
        version: 1,
        ruleSetId: 'VN-2026-07',
        nextDueOn: columns.nextDueOn,
        createdById: leader.userId,
      });
      return String((inserted.identifiers[0] as { id: string }).id);
    },
  });
  return opened.id;
}

export const eventsOf = (ds: DataSource, id: string) =>
  ds.query<{ seq: number; type: string; clock: string | null; actor_role: string; actor_user_id: string | null }[]>(
    `SELECT seq, type, payload->>'clock' AS clock, actor_role, actor_user_id
       FROM domain_event WHERE stream_id = $1 ORDER BY seq`,
    [id],
  );

export const caseRow = async (ds: DataSource, id: string) =>
  (
    await ds.query<{ version: number; state: string; next_due_on: string | null }[]>(
      `SELECT version, state, to_char(next_due_on, 'YYYY-MM-DD') AS next_due_on FROM kntc_case WHERE id = $1`,
      [id],
    )
  )[0];
