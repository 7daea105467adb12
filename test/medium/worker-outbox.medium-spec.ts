import { Logger } from '@nestjs/common';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@kntc/testing';
import {
  CLAIM_LEASE_MS,
  FixedClock,
  NOTICE_CHANNEL,
  NoticeDeliveryError,
  OutboxDispatcher,
  StreamWriter,
  type NoticeChannel,
  type OutboxDelivery,
} from '@kntc/workflow';
import { OutboxRepository } from '../../libs/workflow/src/outbox/outbox.repository';
import { leader, openComplaint, seedAuthorities, workflowModule } from './worker.fixtures';

const T0 = new Date('2026-08-03T02:00:00Z');
const plus = (ms: number) => new Date(T0.getTime() + ms);
const SECOND = 1000;

/** A channel that records what it was given and fails when told to. */
class RecordingChannel implements NoticeChannel {
  readonly delivered: OutboxDelivery[] = [];
  failWith?: Error;
  delayMs = 0;
  async deliver(message: OutboxDelivery): Promise<void> {
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    if (this.failWith) throw this.failWith;
    this.delivered.push(message);
  }
}

describe('OutboxDispatcher on real PostgreSQL', () => {
  let db: TestDatabase;
  let moduleRef: TestingModule;
  let ds: DataSource;
  let dispatcher: OutboxDispatcher;
  let channel: RecordingChannel;
  let eventId: string;
  let streamId: string;
  const clock = new FixedClock(T0);

  const withChannel = (c: NoticeChannel) => (b: Parameters<Parameters<typeof workflowModule>[2] & object>[0]) =>
    b.overrideProvider(NOTICE_CHANNEL).useValue(c);

  beforeEach(async () => {
    for (const level of ['log', 'warn', 'error', 'debug'] as const) {
      jest.spyOn(Logger.prototype, level).mockImplementation(() => undefined);
    }
    clock.set(T0);
    channel = new RecordingChannel();
    db = await createTestDatabase();
    moduleRef = await workflowModule(db.url, clock, withChannel(channel));
    ds = moduleRef.get(DataSource);
    dispatcher = moduleRef.get(OutboxDispatcher);
    await seedAuthorities(ds);
    streamId = await openComplaint(ds, moduleRef.get(StreamWriter), '2026-08-03');
    [{ id: eventId }] = await ds.query<{ id: string }[]>(`SELECT id FROM domain_event WHERE stream_id = $1`, [
      streamId,
    ]);
    // Only the messages each test queues itself (theirs are available from the test's clock).
    await ds.query(`DELETE FROM outbox_message`);
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await moduleRef.close();
    await db.drop();
  });

  /** Queues messages as the write path does, available from `at` (the test's clock, not the database's). */
  async function queue(count: number, at = T0): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const [{ id }] = await ds.query<{ id: string }[]>(
        `INSERT INTO outbox_message (event_id, stream_type, stream_id, action_type, payload, dedupe_key, created_at, available_at)
         VALUES ($1, 'case', $2, 'notify', $3, $4, $5, $5) RETURNING id`,
        [
          eventId,
          streamId,
          JSON.stringify({ recipient: 'complainant', template: 'complaint.accepted' }),
          `test:${streamId}:${i}:${at.getTime()}`,
          at,
        ],
      );
      ids.push(id);
    }
    return ids;
  }
  const message = async (id: string) =>
    (
      await ds.query<
        {
          attempts: number;
          processed: boolean;
          available_at: string;
          dead: boolean;
          last_error: string | null;
        }[]
      >(
        `SELECT attempts, processed_at IS NOT NULL AS processed, to_char(available_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS available_at,
                available_at = 'infinity' AS dead, last_error
           FROM outbox_message WHERE id = $1`,
        [id],
      )
    )[0];
  const iso = (d: Date) => d.toISOString().replace('.000Z', 'Z');

  it('delivers due messages through the channel, records them, and never delivers them again', async () => {
    const [id] = await queue(1);
    const [later] = await queue(1, plus(60 * SECOND));

    expect(await dispatcher.dispatch()).toEqual({ delivered: 1, retried: 0, dead: 0 });
    expect(channel.delivered).toEqual([
      expect.objectContaining({
        id,
        actionType: 'notify',
        streamType: 'case',
        streamId,
        attempt: 1,
        payload: { recipient: 'complainant', template: 'complaint.accepted' },
      }),
    ]);
    expect(await message(id)).toMatchObject({ attempts: 1, processed: true, last_error: null });
    expect(await message(later)).toMatchObject({ attempts: 0, processed: false });

    expect(await dispatcher.dispatch()).toEqual({ delivered: 0, retried: 0, dead: 0 });
    clock.set(plus(60 * SECOND));
    await dispatcher.dispatch();
    expect(channel.delivered.map((m) => m.id)).toEqual([id, later]);
  });

  it('retries a failed delivery after a wait that doubles, keeping a short error without personal data', async () => {
    const [id] = await queue(1);
    channel.failWith = Object.assign(new Error('550 mailbox nguyen.van.a@example.vn unknown'), { code: 'EENVELOPE' });
    const retry = { maxAttempts: 5, baseDelayMs: 10 * SECOND, maxDelayMs: 30 * SECOND };

    expect(await dispatcher.dispatch({ retry })).toEqual({ delivered: 0, retried: 1, dead: 0 });
    expect(await message(id)).toEqual({
      attempts: 1,
      processed: false,
      dead: false,
      available_at: iso(plus(10 * SECOND)),
      last_error: 'Error EENVELOPE',
    });

    clock.set(plus(9 * SECOND));
    expect(await dispatcher.dispatch({ retry })).toEqual({ delivered: 0, retried: 0, dead: 0 });

    clock.set(plus(10 * SECOND));
    await dispatcher.dispatch({ retry });
    expect(await message(id)).toMatchObject({ attempts: 2, available_at: iso(plus(30 * SECOND)) });

    clock.set(plus(30 * SECOND));
    channel.failWith = new NoticeDeliveryError('portal timeout');
    await dispatcher.dispatch({ retry });
    // Third failure: 40 s, capped at 30 s.
    expect(await message(id)).toMatchObject({
      attempts: 3,
      available_at: iso(plus(60 * SECOND)),
      last_error: 'portal timeout',
    });

    clock.set(plus(60 * SECOND));
    channel.failWith = undefined;
    expect(await dispatcher.dispatch({ retry })).toEqual({ delivered: 1, retried: 0, dead: 0 });
    expect(await message(id)).toMatchObject({ attempts: 4, processed: true, last_error: 'portal timeout' });
    expect(channel.delivered.map((m) => m.attempt)).toEqual([4]);
  });

  it('gives up after the last attempt: the message is set aside, never claimed again, and an error is logged', async () => {
    const [id] = await queue(1);
    channel.failWith = new NoticeDeliveryError('portal rejected');
    const retry = { maxAttempts: 3, baseDelayMs: SECOND, maxDelayMs: SECOND };
    for (let n = 0; n < 3; n++) {
      clock.set(plus(n * 10 * SECOND));
      await dispatcher.dispatch({ retry });
    }
    expect(await message(id)).toMatchObject({
      attempts: 3,
      processed: false,
      dead: true,
      last_error: 'portal rejected',
    });
    expect(Logger.prototype.error).toHaveBeenCalledWith(
      expect.objectContaining({ outboxId: id, attempt: 3, lastError: 'portal rejected' }),
      expect.stringContaining('dead'),
    );

    channel.failWith = undefined;
    clock.set(new Date('2030-01-01T00:00:00Z'));
    expect(await dispatcher.dispatch({ retry })).toEqual({ delivered: 0, retried: 0, dead: 0 });
    expect(await message(id)).toMatchObject({ attempts: 3, dead: true });
  });

  it('never delivers a message twice when two dispatchers run at once', async () => {
    const ids = await queue(40);
    const otherChannel = new RecordingChannel();
    const otherModule = await workflowModule(db.url, clock, withChannel(otherChannel));
    try {
      channel.delayMs = 2;
      otherChannel.delayMs = 2;
      const reports = await Promise.all([
        dispatcher.dispatch({ batchSize: 4 }),
        otherModule.get(OutboxDispatcher).dispatch({ batchSize: 4 }),
        dispatcher.dispatch({ batchSize: 3 }),
      ]);
      const deliveredIds = [...channel.delivered, ...otherChannel.delivered].map((m) => m.id);
      expect(deliveredIds.sort()).toEqual([...ids].sort());
      expect(new Set(deliveredIds).size).toBe(ids.length);
      expect(reports.reduce((n, r) => n + r.delivered, 0)).toBe(ids.length);
      const [{ pending }] = await ds.query<{ pending: number }[]>(
        `SELECT count(*)::int AS pending FROM outbox_message WHERE processed_at IS NULL`,
      );
      expect(pending).toBe(0);
    } finally {
      await otherModule.close();
    }
  });

  it('delivers again, with the same dedupe key, a message whose dispatcher died before recording it', async () => {
    const [id] = await queue(1);
    // A dispatcher claims the message, then dies before delivering or recording anything.
    const claimed = await moduleRef.get(OutboxRepository).claimDue(T0, plus(CLAIM_LEASE_MS), 10);
    expect(claimed.map((m) => m.id)).toEqual([id]);

    expect(await dispatcher.dispatch()).toEqual({ delivered: 0, retried: 0, dead: 0 });
    clock.set(plus(CLAIM_LEASE_MS));
    expect(await dispatcher.dispatch()).toEqual({ delivered: 1, retried: 0, dead: 0 });
    expect(channel.delivered).toEqual([expect.objectContaining({ id, attempt: 2, dedupeKey: claimed[0].dedupeKey })]);
  });

  it('delivers what the write path queued through the default log channel, logging codes and ids only', async () => {
    const writer = moduleRef.get(StreamWriter);
    await writer.apply({
      streamType: 'case',
      id: streamId,
      expectedVersion: 1,
      actor: leader,
      event: { type: 'accept' },
    });
    const [{ count }] = await ds.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM outbox_message WHERE processed_at IS NULL`,
    );
    expect(count).toBeGreaterThan(0);
    // The write path stamps available_at with the database's time: dispatch well after it.
    const logModule = await workflowModule(db.url, new FixedClock(new Date('2100-01-01T00:00:00Z')));
    try {
      expect(await logModule.get(OutboxDispatcher).dispatch()).toEqual({ delivered: count, retried: 0, dead: 0 });
    } finally {
      await logModule.close();
    }
    const lines = jest.mocked(Logger.prototype.log).mock.calls.filter((c) => c[1] === 'notice delivered (log channel)');
    expect(lines).toHaveLength(count);
    const allowed = [
      'outboxId',
      'actionType',
      'streamType',
      'streamId',
      'dedupeKey',
      'attempt',
      'recipient',
      'template',
      'within',
      'clock',
      'rule',
      'dueDate',
      'reason',
      'fromAuthorityId',
      'toAuthorityId',
    ];
    for (const [fields] of lines) {
      expect(allowed).toEqual(expect.arrayContaining(Object.keys(fields as object)));
      expect(fields).toMatchObject({ streamId, actionType: 'notify', template: 'complaint.accepted' });
    }
  });
});
