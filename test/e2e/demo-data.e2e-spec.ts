import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createLogger } from '@kntc/config';
import { vietnamDateOf } from '@kntc/domain';
import { createTestApp, type TestApp } from '@kntc/testing';
import { insertAuthority } from '../../libs/access/src/testing/access-fixtures';
import { demoLoginLines, type DemoLogins } from '../../apps/api/src/demo/demo-logins';
import { loadDemoData } from '../../apps/api/src/demo/load-demo-data';

jest.setTimeout(60_000);

const logger = createLogger('silent', 'demo-test');

/** Row counts of everything the demo writes: equal counts before and after mean nothing was written. */
async function counts(ds: DataSource): Promise<Record<string, number>> {
  const tables = [
    'authority',
    'authority_succession',
    'app_user',
    'petition',
    'kntc_case',
    'case_petition',
    'party',
    'domain_event',
    'custody_period',
    'outbox_message',
  ];
  const out: Record<string, number> = {};
  for (const table of tables) {
    const [{ n }] = await ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`);
    out[table] = n;
  }
  return out;
}

/**
 * `npm start` on an empty database loads the demo province (start-api.ts calls loadDemoData
 * between creating the app and listening, as here). What a newcomer relies on: the printed
 * accounts work, each desk has work waiting in every state worth trying, and the demo never
 * touches a database that already has data nor one where DEMO_DATA is off.
 */
describe('demo data for npm start (e2e)', () => {
  describe('on an empty database with DEMO_DATA on', () => {
    let t: TestApp;
    let ds: DataSource;
    let dataDir: string;
    let logins: DemoLogins;
    const tokens: Record<string, string> = {};

    beforeAll(async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'kntc-demo-'));
      t = await createTestApp({ env: { DATA_DIR: dataDir, DEMO_DATA: 'true' } });
      ds = t.app.get(DataSource);
      const loaded = await loadDemoData(t.app, t.config, logger);
      if (!loaded) throw new Error('the demo was not loaded');
      logins = loaded;
    });
    afterAll(async () => {
      await t.close();
      await rm(dataDir, { recursive: true, force: true });
    });

    const get = (username: string, path: string) =>
      request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${tokens[username]}`);

    it('prints one account per role, with its authority and password, after the URLs', () => {
      expect(new Set(logins.accounts.map((a) => a.role))).toEqual(
        new Set(['reception_officer', 'handler', 'leader', 'inspector', 'admin']),
      );
      const lines = demoLoginLines(logins);
      for (const a of logins.accounts) {
        const line = lines.find((l) => l.trimStart().startsWith(`${a.username} `));
        expect(line).toContain(a.password);
        expect(line).toContain(a.authority);
        expect(line).toContain(a.role);
      }
      expect(new Set(logins.accounts.map((a) => a.password)).size).toBe(logins.accounts.length);
    });

    it('lets every printed account sign in, at the authority the banner names', async () => {
      for (const a of logins.accounts) {
        const res = await request(t.app.getHttpServer())
          .post('/auth/login')
          .send({ username: a.username, password: a.password });
        expect([a.username, res.status]).toEqual([a.username, 200]);
        tokens[a.username] = res.body.accessToken;
        const me = await get(a.username, '/auth/me');
        expect(me.body.user.role).toBe(a.role);
        expect(me.body.authority.name).toBe(a.authority);
      }
    });

    it('keeps the passwords in the data folder, readable by the owner only', async () => {
      const file = join(dataDir, 'demo-logins.json');
      expect((await stat(file)).mode & 0o777).toBe(0o600);
    });

    it("shows the đơn forwarded by the ward in the commune's inbox, waiting to be taken in", async () => {
      const res = await get('tiepdan.anlac', '/inbox');
      expect(res.status).toBe(200);
      const waiting = res.body.awaitingReceipt.items;
      expect(waiting.map((w: { summary: string }) => w.summary)).toContain(
        'Phản ánh cống thoát nước cánh đồng thôn Đông, xã An Lạc bị bồi lấp gây úng ruộng',
      );
      expect(waiting[0].forwardedBy.name).toBe('UBND phường Hòa Bình (demo)');
      // The receiving officer can take it in at once: the demo leaves it for them.
      const taken = await request(t.app.getHttpServer())
        .post(`/petitions/${waiting[0].petitionId}/receive`)
        .set('Authorization', `Bearer ${tokens['tiepdan.anlac']}`)
        .send({ expectedVersion: waiting[0].version });
      expect([taken.status, taken.body.state]).toEqual([200, 'received']);
    });

    it('lists the seeded đơn and cases within each role’s scope', async () => {
      const [{ cases, petitions }] = await ds.query<{ cases: number; petitions: number }[]>(
        `SELECT (SELECT count(*)::int FROM kntc_case) AS cases, (SELECT count(*)::int FROM petition) AS petitions`,
      );
      expect(petitions).toBeGreaterThanOrEqual(30);
      expect(cases).toBeGreaterThanOrEqual(20);
      // The inspector at the province sees the whole province.
      const all = await get('thanhtra.tinh', '/cases?limit=100');
      expect(all.status).toBe(200);
      expect(all.body.items).toHaveLength(cases);
      const allPetitions = await get('thanhtra.tinh', '/petitions?limit=100');
      expect(allPetitions.body.items).toHaveLength(petitions);
      // A ward's leader sees the cases the ward holds or held (one went up to the province on a
      // second complaint), and nothing of the other communes.
      const ward = await get('lanhdao.hoabinh', '/cases?limit=100');
      const wardCases = await ds.query<{ id: string }[]>(
        `SELECT DISTINCT cp.stream_id AS id FROM custody_period cp JOIN authority a ON a.id = cp.authority_id
          WHERE cp.stream_type = 'case' AND a.code = 'DEMO-HY-HOABINH'`,
      );
      expect(ward.body.items.length).toBeGreaterThan(3);
      expect(new Set(ward.body.items.map((c: { id: string }) => c.id))).toEqual(new Set(wardCases.map((r) => r.id)));
      // Overdue work is there to be found.
      const overdue = await get('thanhtra.tinh', '/cases?limit=100&kind=complaint&overdue=true');
      expect(overdue.body.items.length).toBeGreaterThanOrEqual(1);
      const bounced = await get('thanhtra.tinh', '/petitions?limit=100&bounced=true');
      expect(bounced.body.items).toHaveLength(1);
    });

    it('has cases in every state worth trying', async () => {
      const rows = await ds.query<{ kind: string; state: string }[]>(`SELECT DISTINCT kind, state FROM kntc_case`);
      const states = rows.map((r) => `${r.kind}:${r.state}`);
      expect(states).toEqual(
        expect.arrayContaining([
          'complaint:awaitingAcceptance',
          'complaint:reviewing',
          'complaint:verifying',
          'complaint:dialogue',
          'complaint:decided',
          'complaint:appealWindow',
          'complaint:closed',
          'complaint:terminated',
          'denunciation:preliminaryCheck',
          'denunciation:verifying',
          'denunciation:concluded',
          'denunciation:closed',
          'feedback:handling',
          'feedback:replied',
          'feedback:closed',
        ]),
      );
      const today = vietnamDateOf(new Date().toISOString());
      const [special] = await ds.query<
        {
          overdue_acceptance: number;
          overdue_resolution: number;
          extended: number;
          withdrawn_but_continued: number;
          remote: number;
          round2: number;
        }[]
      >(
        `SELECT
           count(*) FILTER (WHERE kind = 'complaint' AND state = 'awaitingAcceptance' AND next_due_on < $1)::int AS overdue_acceptance,
           count(*) FILTER (WHERE kind = 'complaint' AND state = 'verifying' AND next_due_on < $1)::int AS overdue_resolution,
           count(*) FILTER (WHERE kind = 'denunciation' AND state = 'verifying'
                            AND jsonb_array_length(snapshot->'context'->'clocks'->'resolution'->'extensions') > 0)::int AS extended,
           count(*) FILTER (WHERE kind = 'denunciation' AND state = 'verifying'
                            AND jsonb_array_length(snapshot->'context'->'withdrawal'->'continueBecause') > 0)::int AS withdrawn_but_continued,
           count(*) FILTER (WHERE kind = 'complaint'
                            AND snapshot->'context'->'clocks'->'resolution'->>'variant' = 'remote')::int AS remote,
           count(*) FILTER (WHERE round = 2)::int AS round2
         FROM kntc_case`,
        [today],
      );
      // Overdue counts are "at least": around Tết a period in calendar days can run out sooner.
      expect(special.overdue_acceptance).toBeGreaterThanOrEqual(1);
      expect(special.overdue_resolution).toBeGreaterThanOrEqual(1);
      expect(special).toMatchObject({ extended: 1, withdrawn_but_continued: 1, remote: 1, round2: 1 });
    });

    it('has đơn at every step of processing, including one bounced between two authorities', async () => {
      const rows = await ds.query<{ state: string; bounced: boolean }[]>(
        `SELECT state, (snapshot->'context'->>'bounced')::boolean AS bounced FROM petition`,
      );
      expect(new Set(rows.map((r) => r.state))).toEqual(
        new Set([
          'received',
          'classified',
          'forwarded',
          'accepted',
          'guided',
          'filed',
          'notProcessed',
          'splitRequested',
          'returned',
        ]),
      );
      expect(rows.filter((r) => r.bounced)).toHaveLength(1);
    });

    it('wrote every đơn and case through the write path: each version is an event, the first one `opened`', async () => {
      const broken = await ds.query<unknown[]>(
        `SELECT s.id FROM (SELECT id, version FROM petition UNION ALL SELECT id, version FROM kntc_case) s
          WHERE s.version <> (SELECT count(*) FROM domain_event e WHERE e.stream_id = s.id)
             OR (SELECT type FROM domain_event e WHERE e.stream_id = s.id AND e.seq = 1) <> 'opened'
             OR NOT EXISTS (SELECT 1 FROM custody_period c WHERE c.stream_id = s.id)`,
      );
      expect(broken).toEqual([]);
      // The deadline sweeper's own events are in the log too (expiries, a decision become final).
      const [{ n }] = await ds.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM domain_event WHERE type = 'deadlineExpired' AND actor_role = 'system'`,
      );
      expect(n).toBeGreaterThan(0);
    });

    it('dates the đơn over the last months, none in the future, and orders reference numbers by date', async () => {
      const rows = await ds.query<{ code: string; received_at: Date }[]>(
        `SELECT code, received_at FROM petition ORDER BY code`,
      );
      const times = rows.map((r) => new Date(r.received_at).getTime());
      expect(Math.max(...times)).toBeLessThanOrEqual(Date.now());
      expect(Date.now() - Math.min(...times)).toBeGreaterThan(90 * 24 * 3600 * 1000);
      expect(Date.now() - Math.min(...times)).toBeLessThan(150 * 24 * 3600 * 1000);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      const [{ future }] = await ds.query<{ future: number }[]>(
        `SELECT count(*)::int AS future FROM domain_event WHERE occurred_at > now()`,
      );
      expect(future).toBe(0);
    });

    it('changes nothing when loaded again, and prints the same accounts', async () => {
      const before = await counts(ds);
      const again = await loadDemoData(t.app, t.config, logger);
      expect(await counts(ds)).toEqual(before);
      expect(again?.accounts).toEqual(logins.accounts);
    });

    it('shows no logins for a database the stored ones were not made for', async () => {
      const other = await createTestApp({ env: { DATA_DIR: dataDir, DEMO_DATA: 'true' } });
      try {
        const otherDs = other.app.get(DataSource);
        await insertAuthority(otherDs, { code: 'REAL-P', level: 'province' });
        const before = await counts(otherDs);
        expect(await loadDemoData(other.app, other.config, logger)).toBeUndefined();
        expect(await counts(otherDs)).toEqual(before);
      } finally {
        await other.close();
      }
    });
  });

  it('with DEMO_DATA off, writes nothing and shows no logins', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'kntc-demo-off-'));
    const t = await createTestApp({ env: { DATA_DIR: dataDir, DEMO_DATA: 'false' } });
    try {
      expect(t.config.demoData).toBe(false);
      expect(await loadDemoData(t.app, t.config, logger)).toBeUndefined();
      const written = await counts(t.app.get(DataSource));
      expect(written.authority + written.app_user + written.petition + written.kntc_case).toBe(0);
      expect(await readdir(dataDir)).toEqual([]);
    } finally {
      await t.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
