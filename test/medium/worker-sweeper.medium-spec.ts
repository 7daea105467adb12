import { Logger } from '@nestjs/common';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { VersionConflictError } from '@kntc/domain';
import { createTestDatabase, type TestDatabase } from '@kntc/testing';
import { DeadlineSweeper, FixedClock, StreamWriter } from '@kntc/workflow';
import { DeadlineSweepRepository } from '../../libs/workflow/src/sweeper/deadline-sweep.repository';
import {
  caseRow,
  eventsOf,
  leader,
  openComplaint,
  openPetition,
  seedAuthorities,
  vnMorning,
  workflowModule,
} from './worker.fixtures';

// Received Mon 03/08/2026: the 7 working days of acceptance (thụ lý) end on Wed 12/08/2026.
const RECEIVED = '2026-08-03';
const ACCEPTANCE_DUE = '2026-08-12';

describe('DeadlineSweeper on real PostgreSQL', () => {
  let db: TestDatabase;
  let moduleRef: TestingModule;
  let ds: DataSource;
  let writer: StreamWriter;
  let sweeper: DeadlineSweeper;
  const clock = new FixedClock(vnMorning(RECEIVED));

  // A database per test: each pass sweeps the whole table, so cases of other tests would count.
  beforeEach(async () => {
    for (const level of ['log', 'warn', 'error', 'debug'] as const) {
      jest.spyOn(Logger.prototype, level).mockImplementation(() => undefined);
    }
    db = await createTestDatabase();
    moduleRef = await workflowModule(db.url, clock);
    ds = moduleRef.get(DataSource);
    writer = moduleRef.get(StreamWriter);
    sweeper = moduleRef.get(DeadlineSweeper);
    await seedAuthorities(ds);
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await moduleRef.close();
    await db.drop();
  });

  /** Opens a complaint on RECEIVED with the clock there, then moves the clock to `now`. */
  async function complaintAt(now: string): Promise<string> {
    clock.set(vnMorning(RECEIVED));
    const id = await openComplaint(ds, writer, RECEIVED);
    clock.set(vnMorning(now));
    return id;
  }
  const expiriesOf = async (id: string) => (await eventsOf(ds, id)).filter((e) => e.type === 'deadlineExpired');
  const officerSetsComplexity = (id: string, expectedVersion: number) =>
    writer.apply({
      streamType: 'case',
      id,
      expectedVersion,
      actor: leader,
      event: { type: 'setComplexity', complexity: 'complex', reason: 'nhiều nội dung, nhiều người' },
    });

  it('records a passed acceptance deadline once, as the system for the holder, however many passes run', async () => {
    const id = await complaintAt('2026-08-13');
    await sweeper.sweep();
    await sweeper.sweep();

    expect(await expiriesOf(id)).toEqual([
      { seq: 2, type: 'deadlineExpired', clock: 'acceptance', actor_role: 'system', actor_user_id: null },
    ]);
    const [{ expired_on }] = await ds.query<{ expired_on: string }[]>(
      `SELECT snapshot->'context'->'clocks'->'acceptance'->>'expiredOn' AS expired_on FROM kntc_case WHERE id = $1`,
      [id],
    );
    expect(expired_on).toBe('2026-08-13');
    // The machine's own reminder that the period ran out, queued by the write path.
    const reminders = await ds.query(
      `SELECT payload->>'template' AS template FROM outbox_message WHERE stream_id = $1 AND action_type = 'remind'`,
      [id],
    );
    expect(reminders).toEqual([{ template: 'complaint.deadlineExpired' }]);
  });

  it('dates an expiry at the end of the due date, however late the sweep runs', async () => {
    const id = await complaintAt('2026-08-20');
    await sweeper.sweep();
    const [event] = await ds.query<{ occurred_at: Date }[]>(
      `SELECT occurred_at FROM domain_event WHERE stream_id = $1 AND type = 'deadlineExpired'`,
      [id],
    );
    // 24:00 on 12/8 in Vietnam is 13/8 00:00 +07:00, i.e. 12/8 17:00 UTC.
    expect(event.occurred_at.toISOString()).toBe('2026-08-12T17:00:00.000Z');
    const [{ expired_on }] = await ds.query<{ expired_on: string }[]>(
      `SELECT snapshot->'context'->'clocks'->'acceptance'->>'expiredOn' AS expired_on FROM kntc_case WHERE id = $1`,
      [id],
    );
    expect(expired_on).toBe('2026-08-13');
  });

  it('sweeps petitions (đơn) too, and never records the same expiry twice even where the machine would', async () => {
    clock.set(vnMorning(RECEIVED));
    const id = await openPetition(writer, RECEIVED);
    const [{ due }] = await ds.query<{ due: string }[]>(
      `SELECT to_char(next_due_on, 'YYYY-MM-DD') AS due FROM petition WHERE id = $1`,
      [id],
    );
    clock.set(vnMorning('2026-09-30'));
    await sweeper.sweep();
    await sweeper.sweep();
    // Both periods of xử lý đơn have run out by 30/09 (10 working days, then the 45-day ceiling),
    // each recorded once although the petition machine itself would take a second expiry.
    expect((await expiriesOf(id)).map((e) => [e.seq, e.clock])).toEqual([
      [2, 'processing'],
      [3, 'processingCeiling'],
    ]);
    const [row] = await ds.query<{ version: number; next_due_on: string }[]>(
      `SELECT version, to_char(next_due_on, 'YYYY-MM-DD') AS next_due_on FROM petition WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ version: 3, next_due_on: due }); // still on the overdue list
  });

  it('leaves an expired clock that still runs in next_due_on, so the case stays on the overdue list', async () => {
    const id = await complaintAt('2026-08-14');
    await sweeper.sweep();
    expect(await caseRow(ds, id)).toMatchObject({
      version: 2,
      state: 'awaitingAcceptance',
      next_due_on: ACCEPTANCE_DUE,
    });
    const overdue = await ds.query<{ id: string }[]>(`SELECT id FROM kntc_case WHERE next_due_on < $1`, ['2026-08-14']);
    expect(overdue.map((r) => r.id)).toContain(id);
  });

  it('does nothing on the due date itself: the period ends at 24:00', async () => {
    const id = await complaintAt(ACCEPTANCE_DUE);
    clock.set(new Date(`${ACCEPTANCE_DUE}T23:59:00+07:00`));
    await sweeper.sweep({ reminderWorkingDays: 0 });
    expect(await expiriesOf(id)).toEqual([]);
  });

  it('never applies an expiry twice when two sweepers run at the same time', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push(await complaintAt('2026-08-20'));
    const otherModule = await workflowModule(db.url, clock);
    try {
      const other = otherModule.get(DeadlineSweeper);
      const reports = await Promise.all([
        sweeper.sweep({ batchSize: 3 }),
        other.sweep({ batchSize: 3 }),
        sweeper.sweep({ batchSize: 5 }),
      ]);
      for (const id of ids) expect(await expiriesOf(id)).toHaveLength(1);
      // Each expiry was applied by exactly one of them; the others skipped the row or found it done.
      expect(reports.reduce((n, r) => n + r.expired, 0)).toBe(ids.length);
      expect(reports.every((r) => r.failed === 0 && r.conflicts === 0)).toBe(true);
    } finally {
      await otherModule.close();
    }
  });

  describe('racing an officer', () => {
    it("skips a row an officer's command holds, without waiting, and records the expiry on top of it next pass", async () => {
      const id = await complaintAt('2026-08-13');
      const officer = ds.createQueryRunner();
      await officer.connect();
      await officer.startTransaction();
      try {
        await writer.apply(
          {
            streamType: 'case',
            id,
            expectedVersion: 1,
            actor: leader,
            event: { type: 'setComplexity', complexity: 'complex', reason: 'nhiều nội dung' },
          },
          officer.manager,
        );
        const report = await sweeper.sweep();
        expect(report).toMatchObject({ expired: 0, skippedLocked: 1 });
        await officer.commitTransaction();
      } finally {
        await officer.release();
      }
      await sweeper.sweep();
      expect((await eventsOf(ds, id)).map((e) => [e.seq, e.type])).toEqual([
        [1, 'opened'],
        [2, 'setComplexity'],
        [3, 'deadlineExpired'],
      ]);
    });

    it('takes a version conflict as "an officer just acted" and succeeds on the next pass', async () => {
      const id = await complaintAt('2026-08-13');
      jest.spyOn(writer, 'apply').mockRejectedValueOnce(new VersionConflictError(1, 2));
      const first = await sweeper.sweep();
      expect(first).toMatchObject({ expired: 0, conflicts: 1 });
      expect(await expiriesOf(id)).toEqual([]);

      const second = await sweeper.sweep();
      expect(second).toMatchObject({ expired: 1, conflicts: 0 });
      expect(await expiriesOf(id)).toHaveLength(1);
    });

    it('plans again under the lock when an officer acted after the page was read', async () => {
      const id = await complaintAt('2026-08-13');
      const repository = moduleRef.get(DeadlineSweepRepository);
      const claim = repository.claim.bind(repository);
      jest.spyOn(repository, 'claim').mockImplementationOnce(async (em, streamType, ids) => {
        await officerSetsComplexity(id, 1); // commits on its own connection before the sweeper locks
        return claim(em, streamType, ids);
      });
      const report = await sweeper.sweep();
      expect(report).toMatchObject({ expired: 1, conflicts: 0 });
      expect((await eventsOf(ds, id)).map((e) => e.type)).toEqual(['opened', 'setComplexity', 'deadlineExpired']);
    });

    it('makes the officer who read the case before the expiry reload it (version conflict)', async () => {
      const id = await complaintAt('2026-08-13');
      const read = (await caseRow(ds, id)).version;
      await sweeper.sweep();
      await expect(officerSetsComplexity(id, read)).rejects.toBeInstanceOf(VersionConflictError);
      await expect(officerSetsComplexity(id, read + 1)).resolves.toMatchObject({ version: read + 2 });
    });
  });

  it('moves a decided complaint to enforcement when its appeal window runs out', async () => {
    const id = await complaintAt(RECEIVED);
    let version = 1;
    const act = async (on: string, event: { type: string } & Record<string, unknown>) => {
      clock.set(vnMorning(on));
      version = (await writer.apply({ streamType: 'case', id, expectedVersion: version, actor: leader, event }))
        .version;
    };
    await act('2026-08-04', { type: 'accept' });
    await act('2026-08-05', { type: 'decideNow', outcome: 'correct' });
    await act('2026-08-06', { type: 'publish' });
    await act('2026-08-06', { type: 'send' });
    expect(await caseRow(ds, id)).toMatchObject({ state: 'appealWindow' });
    const [{ due }] = await ds.query<{ due: string }[]>(
      `SELECT to_char(next_due_on, 'YYYY-MM-DD') AS due FROM kntc_case WHERE id = $1`,
      [id],
    );

    clock.set(vnMorning(due));
    await sweeper.sweep();
    expect(await caseRow(ds, id)).toMatchObject({ state: 'appealWindow' });

    clock.set(new Date(`${due}T17:00:00Z`)); // 00:00 the next day in Vietnam
    await sweeper.sweep();
    const row = await caseRow(ds, id);
    expect(row.state).toBe('enforcing');
    expect((await expiriesOf(id)).map((e) => e.clock)).toEqual(['finality']);
    // The enforcement period now runs: the case is no longer overdue.
    expect(row.next_due_on! > due).toBe(true);
  });

  describe('reminders before a due date', () => {
    const remindersOf = (id: string) =>
      ds.query<{ template: string; clock: string; due_date: string; dedupe_key: string; event_seq: number }[]>(
        `SELECT o.payload->>'template' AS template, o.payload->>'clock' AS clock, o.payload->>'dueDate' AS due_date,
                o.dedupe_key, e.seq AS event_seq
           FROM outbox_message o JOIN domain_event e ON e.id = o.event_id
          WHERE o.stream_id = $1 AND o.action_type = 'remind' ORDER BY o.id`,
        [id],
      );

    it('queues one reminder for the holder per clock and due date, however many passes and days', async () => {
      // Mon 10/08: two working days ahead is Wed 12/08, the acceptance due date.
      const id = await complaintAt('2026-08-10');
      expect((await sweeper.sweep()).remindersQueued).toBeGreaterThanOrEqual(1);
      await sweeper.sweep();
      clock.set(vnMorning('2026-08-11'));
      await sweeper.sweep();
      expect(await remindersOf(id)).toEqual([
        {
          template: 'complaint.deadlineApproaching',
          clock: 'acceptance',
          due_date: ACCEPTANCE_DUE,
          dedupe_key: `remind:case:${id}:acceptance:${ACCEPTANCE_DUE}`,
          event_seq: 1,
        },
      ]);
    });

    it('does not remind before the horizon, nor when reminders are off', async () => {
      const id = await complaintAt('2026-08-07'); // Fri: two working days ahead is Tue 11/08
      await sweeper.sweep();
      clock.set(vnMorning('2026-08-10'));
      await sweeper.sweep({ reminderWorkingDays: 0 });
      expect(await remindersOf(id)).toEqual([]);
    });
  });

  it('reports a row it cannot plan and carries on with the others', async () => {
    const broken = await complaintAt('2026-08-13');
    const sound = await complaintAt('2026-08-13');
    await ds.query(
      `UPDATE kntc_case SET snapshot = jsonb_set(snapshot, '{context,clocks,acceptance,rule}', '"no.such.rule"') WHERE id = $1`,
      [broken],
    );
    expect(await sweeper.sweep()).toMatchObject({ expired: 1, failed: 1 });
    expect(await expiriesOf(sound)).toHaveLength(1);
    expect(Logger.prototype.error).toHaveBeenCalledWith(
      expect.objectContaining({ streamId: broken }),
      expect.stringContaining('failed'),
    );
  });

  it('records an expiry the machine refuses, and does not send it again until the row changes', async () => {
    const id = await complaintAt('2026-08-13');
    // A running clock in a state that takes no expiry (as an older machine version could leave it).
    await ds.query(`UPDATE kntc_case SET snapshot = jsonb_set(snapshot, '{value}', '"notAccepted"') WHERE id = $1`, [
      id,
    ]);
    const warn = jest.mocked(Logger.prototype.warn);

    expect(await sweeper.sweep()).toMatchObject({ refused: 1, expired: 0 });
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ streamId: id, clock: 'acceptance', code: 'TRANSITION_NOT_ALLOWED' }),
      expect.any(String),
    );
    expect(await sweeper.sweep()).toMatchObject({ refused: 0, expired: 0 });

    await ds.query(`UPDATE kntc_case SET version = version + 1 WHERE id = $1`, [id]);
    expect(await sweeper.sweep()).toMatchObject({ refused: 1 });
    expect(await expiriesOf(id)).toEqual([]);
  });
});
