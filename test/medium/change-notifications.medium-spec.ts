import { DataSource } from 'typeorm';
import type { HolidayAnnouncement } from '@kntc/domain';
import {
  changeListenerConnection,
  DatabaseChanges,
  dataSourceOptions,
  type ChangeTopic,
  type DatabaseChange,
} from '@kntc/persistence';
import { createTestDatabase, eventually, type TestDatabase } from '@kntc/testing';
import { createAccessServices, type AccessServices } from '@kntc/access';
import { CalendarService } from '@kntc/workflow';
import { createUser, insertAuthority } from '../../libs/access/src/testing/access-fixtures';

const ALL_TOPICS: ChangeTopic[] = ['session-user', 'authority', 'calendar'];
const TEST_TIMEOUT_MS = 20_000;

/** What one process's DatabaseChanges told its subscribers; a flush notes whether it was listening then. */
type Flush = { flush: 'lost' | 'listening' };
type Heard = DatabaseChange | Flush;

function recordChanges(changes: DatabaseChanges): { heard: Heard[]; stop: () => void } {
  const heard: Heard[] = [];
  const stop = changes.subscribe({
    topics: ALL_TOPICS,
    changed: (change) => heard.push(change),
    flush: () => heard.push({ flush: changes.isListening ? 'listening' : 'lost' }),
  });
  return { heard, stop };
}

const isChange = (h: Heard): h is DatabaseChange => 'topic' in h;
const flushesIn = (heard: Heard[]) => heard.filter((h): h is Flush => !isChange(h));
const includes = (change: DatabaseChange) => (heard: Heard[]) =>
  heard.some((h) => JSON.stringify(h) === JSON.stringify(change));

const cultureDay2026: HolidayAnnouncement = {
  year: 2026,
  occasion: 'culture_day',
  holidays: ['2026-11-24'],
  source: 'Thông báo giả định cho kiểm thử',
  confidence: 'verified',
};

/**
 * Two "processes" on one database, each with its own pool, its own listening connection and
 * its own session cache: what one commits, the other hears through the kntc_changed triggers.
 */
describe('change notifications between processes (PostgreSQL LISTEN/NOTIFY)', () => {
  let db: TestDatabase;
  let dsA: DataSource;
  let dsB: DataSource;
  let changesA: DatabaseChanges;
  let changesB: DatabaseChanges;
  let a: AccessServices;
  let b: AccessServices;
  let listenerB: string;
  let authorityId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    dsA = await new DataSource(dataSourceOptions(db.url, 4, 'medium-changes-a')).initialize();
    dsB = await new DataSource(dataSourceOptions(db.url, 4, 'medium-changes-b')).initialize();
    // Names unique to this database, so that killing B's listener touches no other test file.
    listenerB = `changes-b-${db.name}`;
    changesA = new DatabaseChanges(changeListenerConnection(db.url, `changes-a-${db.name}`));
    changesB = new DatabaseChanges(changeListenerConnection(db.url, listenerB));
    await Promise.all([changesA.start(), changesB.start()]);
    await eventually(
      () => Promise.resolve(changesA.isListening && changesB.isListening),
      (listening) => listening,
    );
    a = createAccessServices(dsA, changesA);
    b = createAccessServices(dsB, changesB);
    authorityId = await insertAuthority(dsA, { code: 'N-PROV' });
  }, TEST_TIMEOUT_MS);

  afterAll(async () => {
    await Promise.all([changesA.stop(), changesB.stop()]);
    await Promise.all([dsA.destroy(), dsB.destroy()]);
    await db.drop();
  });

  /** An UPDATE the triggers do not see (replica mode skips them): only a cache can still show the old row. */
  async function unheardUpdate(sql: string, params: unknown[]): Promise<void> {
    await dsA.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await m.query(sql, params);
    });
  }

  it(
    'serves a cached session until another process disables the user, then reads it again',
    async () => {
      const { id } = await createUser(a.users, 'notify.disabled', 'handler', authorityId);
      expect(await b.sessions.find(id)).toMatchObject({ role: 'handler', disabledAt: null, tokenVersion: 0 });
      await unheardUpdate(`UPDATE app_user SET role = 'leader' WHERE id = $1`, [id]);
      // Nothing was notified, so B answers from its cache (A's pool already commits 'leader').
      expect(await b.sessions.find(id)).toMatchObject({ role: 'handler' });

      await dsA.query(`UPDATE app_user SET disabled_at = now(), token_version = token_version + 1 WHERE id = $1`, [id]);

      const seen = await eventually(
        () => b.sessions.find(id),
        (u) => u !== null && u.disabledAt !== null,
      );
      // Read again from the database, not patched: the unheard role change shows too.
      expect(seen).toMatchObject({ role: 'leader', tokenVersion: 1, disabledAt: expect.any(Date) });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'forgets a deleted user',
    async () => {
      const { id } = await createUser(a.users, 'notify.deleted', 'handler', authorityId);
      expect(await b.sessions.find(id)).toMatchObject({ id });
      await dsA.query(`DELETE FROM app_user WHERE id = $1`, [id]);
      expect(
        await eventually(
          () => b.sessions.find(id),
          (u) => u === null,
        ),
      ).toBeNull();
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'notifies nothing for sign-in counters, lock, last sign-in, password hash or an unchanged role; notifies a role change',
    async () => {
      const { id } = await createUser(a.users, 'notify.counters', 'handler', authorityId);
      const recorded = recordChanges(changesB);
      try {
        const now = new Date();
        await a.userRepository.recordFailedSignIn(id, () => new Date(now.getTime() + 60_000));
        await a.userRepository.recordSuccessfulSignIn(id, now);
        await a.userRepository.upgradePasswordHash(id, 'not-a-real-hash');
        await dsA.query(`UPDATE app_user SET role = role, token_version = token_version WHERE id = $1`, [id]);
        // The one statement that should be heard, committed after all the others.
        await dsA.query(`UPDATE app_user SET role = 'leader' WHERE id = $1`, [id]);

        const roleChange: DatabaseChange = { topic: 'session-user', id };
        await eventually(() => Promise.resolve(recorded.heard), includes(roleChange));
        // Notifications arrive in commit order, so anything the earlier statements notified is here by now.
        expect(recorded.heard).toEqual([roleChange]);
      } finally {
        recorded.stop();
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'notifies `authority` on an authority UPDATE, and the session shows the new chain',
    async () => {
      const first = await insertAuthority(dsA, { code: 'N-P1' });
      const second = await insertAuthority(dsA, { code: 'N-P2' });
      const agency = await insertAuthority(dsA, { code: 'N-P1.S', level: 'provincial_agency', parentId: first });
      const { id } = await createUser(a.users, 'notify.moved', 'handler', agency);
      expect((await b.sessions.find(id))?.authority?.path).toEqual([first, agency]);

      const recorded = recordChanges(changesB);
      try {
        await dsA.query(`UPDATE authority SET parent_id = $2 WHERE id = $1`, [agency, second]);
        await eventually(() => Promise.resolve(recorded.heard), includes({ topic: 'authority' }));
        expect(recorded.heard).toEqual([{ topic: 'authority' }]);
      } finally {
        recorded.stop();
      }
      const moved = await eventually(
        () => b.sessions.find(id),
        (u) => u?.authority?.path[0] === second,
      );
      expect(moved?.authority?.path).toEqual([second, agency]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "notifies `calendar` on a new announcement, and the other process's calendar has the holiday",
    async () => {
      const calendarB = new CalendarService(dsB, changesB);
      expect((await calendarB.calendar()).dayOff('2026-11-24')?.kind).not.toBe('public_holiday');

      const recorded = recordChanges(changesB);
      try {
        await dsA.query(
          `INSERT INTO calendar_announcement (year, occasion, name, announcement) VALUES ($1, $2, $3, $4::jsonb)`,
          [cultureDay2026.year, cultureDay2026.occasion, 'Ngày Văn hóa', JSON.stringify(cultureDay2026)],
        );
        await eventually(() => Promise.resolve(recorded.heard), includes({ topic: 'calendar' }));
        expect(recorded.heard).toEqual([{ topic: 'calendar' }]);
      } finally {
        recorded.stop();
      }
      const day = await eventually(
        async () => (await calendarB.calendar()).dayOff('2026-11-24'),
        (d) => d?.kind === 'public_holiday',
      );
      expect(day).toMatchObject({ kind: 'public_holiday' });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'flushes when the listening connection is killed, listens again, and hears later changes',
    async () => {
      const { id } = await createUser(a.users, 'notify.reconnect', 'handler', authorityId);
      expect(await b.sessions.find(id)).toMatchObject({ role: 'handler' });
      await unheardUpdate(`UPDATE app_user SET role = 'leader' WHERE id = $1`, [id]);
      expect(await b.sessions.find(id)).toMatchObject({ role: 'handler' });

      const recordedA = recordChanges(changesA);
      const recordedB = recordChanges(changesB);
      try {
        const killed = await dsA.query<{ pg_terminate_backend: boolean }[]>(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE application_name = $1 AND datname = current_database()`,
          [listenerB],
        );
        expect(killed).toEqual([{ pg_terminate_backend: true }]);

        // Lost (flushed while not listening: isListening had become false), then listening again.
        await eventually(
          () => Promise.resolve(flushesIn(recordedB.heard)),
          (f) => f.some((x) => x.flush === 'lost') && f.at(-1)?.flush === 'listening',
        );
        expect(flushesIn(recordedB.heard)[0]).toEqual({ flush: 'lost' });
        expect(changesB.isListening).toBe(true);
        // The cache was emptied: the change made while it was stale is read now.
        expect(await b.sessions.find(id)).toMatchObject({ role: 'leader' });

        await dsA.query(`UPDATE app_user SET role = 'inspector' WHERE id = $1`, [id]);
        await eventually(() => Promise.resolve(recordedB.heard), includes({ topic: 'session-user', id }));
        expect(
          await eventually(
            () => b.sessions.find(id),
            (u) => u?.role === 'inspector',
          ),
        ).toMatchObject({ role: 'inspector' });

        // The other process's listener was not touched: it heard the change and never flushed.
        await eventually(() => Promise.resolve(recordedA.heard), includes({ topic: 'session-user', id }));
        expect(recordedA.heard).toEqual([{ topic: 'session-user', id }]);
        expect(changesA.isListening).toBe(true);
      } finally {
        recordedA.stop();
        recordedB.stop();
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'does not keep a read that a change overtook while it ran, nor a user that does not exist',
    async () => {
      const { id } = await createUser(a.users, 'notify.overtaken', 'handler', authorityId);
      const reads = jest.spyOn(a.userRepository, 'findSessionUser');
      try {
        const reading = a.sessions.find(id);
        // This process's own change, announced after its commit while the read above is in flight.
        changesA.announce({ topic: 'session-user', id });
        await reading;
        await a.sessions.find(id);
        await a.sessions.find(id);
        expect(reads.mock.calls.filter(([u]) => u === id)).toHaveLength(2);

        const missing = '00000000-0000-4000-8000-00000000c0de';
        expect(await a.sessions.find(missing)).toBeNull();
        expect(await a.sessions.find(missing)).toBeNull();
        expect(reads.mock.calls.filter(([u]) => u === missing)).toHaveLength(2);
      } finally {
        reads.mockRestore();
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'reads the database on every lookup while not listening, caches again once back, and stops cleanly',
    async () => {
      const listenerC = `changes-c-${db.name}`;
      const changesC = new DatabaseChanges(changeListenerConnection(db.url, listenerC));
      const backends = async () =>
        (
          await dsA.query<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()`,
            [listenerC],
          )
        )[0].n;
      await changesC.start();
      try {
        const c = createAccessServices(dsB, changesC);
        const reads = jest.spyOn(c.userRepository, 'findSessionUser');
        const { id } = await createUser(a.users, 'notify.bypass', 'handler', authorityId);
        await c.sessions.find(id);
        await c.sessions.find(id);
        expect(reads).toHaveBeenCalledTimes(1);

        await dsA.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, [
          listenerC,
        ]);
        await eventually(
          () => Promise.resolve(changesC.isListening),
          (listening) => !listening,
        );
        // Both lookups start in this turn of the event loop: the listener cannot be back before they look.
        await Promise.all([c.sessions.find(id), c.sessions.find(id)]);
        expect(reads).toHaveBeenCalledTimes(3);

        await eventually(
          () => Promise.resolve(changesC.isListening),
          (listening) => listening,
        );
        await c.sessions.find(id);
        await c.sessions.find(id);
        expect(reads).toHaveBeenCalledTimes(4);
      } finally {
        await changesC.stop();
      }
      expect(changesC.isListening).toBe(false);
      await eventually(backends, (n) => n === 0);
      // Stopped means stopped: no reconnection later.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await backends()).toBe(0);
    },
    TEST_TIMEOUT_MS,
  );
});
