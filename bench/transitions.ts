/**
 * Throughput and latency of HTTP commands against the ceiling of the same PostgreSQL.
 *
 *   npm run bench:transitions                 # embedded PostgreSQL (durable: fsync on) in a temp folder
 *   DATABASE_URL=postgres://… npm run bench:transitions   # a scratch database on that server
 *   BENCH_CLIENTS=16 BENCH_SECONDS=10         # concurrency and seconds per scenario (defaults)
 *
 * The API runs as its own process (apps/api/src/main.ts, production settings, request logs to a
 * file), seeded through its own endpoints. The command is a reclassification of a đơn
 * (`POST /petitions/:id/classify`), which can be repeated forever on the same đơn without its
 * snapshot growing. Scenarios: each client on its own đơn; all clients on one hot đơn (409s
 * expected and counted); the same transaction shape in plain SQL from Node (the ceiling);
 * pgbench's TPC-B when pgbench is installed; then where the time goes (CPU per process, a CPU
 * profile of the API, and two lighter endpoints). Not a test: it prints numbers, it asserts none.
 */
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createAccessServices } from '@kntc/access';
import { dataSourceOptions, runMigrations } from '@kntc/persistence';
import { effectiveCores } from './lib/calibrate';
import { freePort, provisionScratchDatabase } from './lib/scratch-database';
import { runCeiling } from './lib/ceiling';
import { cpuMsOfTree, postmasterPid } from './lib/cpu-usage';
import { monotonicMicros, summariseProfile } from './lib/cpu-profile';
import { expectStatus, HttpClient } from './lib/http-client';
import { findPgbench, runPgbench } from './lib/pgbench';
import { Statements, type StatementCount } from './lib/statements';
import { closedLoop, conflictRate, percentile, perSecond, type Outcome, type RunStats } from './lib/stats';

const ROOT = resolve(__dirname, '..');
const CLIENTS = positiveInt('BENCH_CLIENTS', 16);
const SECONDS = positiveInt('BENCH_SECONDS', 10);
/** The API's log level: request logs are part of what a command costs (BENCH_LOG_LEVEL=warn to compare). */
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? 'info';
/**
 * API processes sharing the port (API_WORKERS; `auto` is one per CPU). One by default, as `npm
 * start`: on a 2-core machine shared with PostgreSQL a second process costs more than it gives.
 */
const API_WORKERS = apiWorkers(process.env.BENCH_API_WORKERS ?? '1');
const PROBE_SECONDS = Math.max(3, Math.round(SECONDS / 2));
const WARM_UP_SECONDS = 3;
const PASSWORD = 'Bench!Kntc-2026-x7';

function positiveInt(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

function apiWorkers(setting: string): number {
  if (setting.trim().toLowerCase() === 'auto') return availableParallelism();
  const value = Number(setting);
  if (!Number.isInteger(value) || value < 1) throw new Error('BENCH_API_WORKERS must be a positive integer or auto');
  return value;
}

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

/** pg_stat_statements counts the statements of a command; it must be loaded at server start. */
const provision = (work: string) =>
  provisionScratchDatabase(work, {
    name: 'kntc_bench',
    settings: [['shared_preload_libraries', 'pg_stat_statements']],
    log,
  });

interface ApiProcess {
  child: ChildProcess;
  base: URL;
  stop(): Promise<void>;
}

/** The API as `npm start` runs it, on the given database, in its own process. */
async function startApiProcess(url: string, work: string, secrets: Record<string, string>, nodeArgs: string[] = []) {
  const port = await freePort();
  const logFile = openSync(join(work, `api-${port}.log`), 'a');
  const child = spawn(process.execPath, [...nodeArgs, '-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      TZ: 'UTC',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: url,
      DATA_DIR: join(work, 'data'),
      LOG_LEVEL: LOG_LEVEL,
      API_WORKERS: String(API_WORKERS),
      ...secrets,
    },
    stdio: ['ignore', logFile, logFile],
  });
  closeSync(logFile);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const base = new URL(`http://127.0.0.1:${port}`);
  const deadline = Date.now() + 90_000;
  const logPath = join(work, `api-${port}.log`);
  for (;;) {
    const ready = await fetch(new URL('/health/ready', base)).then(
      (r) => r.status === 200,
      () => false,
    );
    // The first worker answers before the others listen; the banner comes once all of them do.
    if (ready && (await readFile(logPath, 'utf8')).includes('KNTC engine API is running')) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      const output = await readFile(logPath, 'utf8').catch(() => '');
      throw new Error(`the API did not start:\n${output.split('\n').slice(-30).join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    child,
    base,
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  } satisfies ApiProcess;
}

interface Stream {
  id: string;
  version: number;
  signatories: number;
}

const classification = (signatories: number, expectedVersion: number) => ({
  expectedVersion,
  contentKind: 'complaint',
  eligible: true,
  withinCompetence: true,
  signatories,
  originalsAttached: false,
});

/** Sends one reclassification with the version this client last saw; learns the new one either way. */
async function reclassify(
  http: HttpClient,
  token: string,
  petition: Stream,
  known: { version: number },
): Promise<Outcome> {
  const signatories = petition.signatories === 1 ? 2 : 1;
  const res = await http.send('POST', `/petitions/${petition.id}/classify`, {
    token,
    body: classification(signatories, known.version),
  });
  if (res.status === 200) {
    known.version = (res.body as { version: number }).version;
    petition.signatories = signatories;
    return 'ok';
  }
  const error = (res.body as { error?: { code?: string; currentVersion?: number } } | undefined)?.error;
  if (res.status === 409 && error?.code === 'VERSION_CONFLICT' && typeof error.currentVersion === 'number') {
    known.version = error.currentVersion;
    return 'conflict';
  }
  throw new Error(`classify ${petition.id}: ${res.status} ${JSON.stringify(res.body)}`);
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'kntc-bench-'));
  // PostgreSQL runs as the postgres user when we are root: it must be able to enter the folder.
  await chmod(work, 0o755);
  await mkdir(join(work, 'data'));
  const secrets = {
    JWT_SECRET: randomBytes(32).toString('hex'),
    IDENTITY_KEYS: `b1:${randomBytes(32).toString('base64')}`,
  };
  const started = Date.now();
  log(`work folder ${work}`);
  const cores = await effectiveCores();
  const db = await provision(work);
  let api: ApiProcess | undefined;
  const ds = new DataSource(dataSourceOptions(db.url, 2, 'kntc-bench'));
  let statements: Statements | undefined;
  try {
    await runMigrations(db.url);
    await ds.initialize();
    statements = await Statements.open(db.url);

    // Authorities and officers: a province and one of its communes, one reception officer per client.
    const [{ id: province }] = await ds.query<{ id: string }[]>(
      `INSERT INTO authority (code, name, level, parent_id, valid_from) VALUES ('BENCH-T', 'UBND tỉnh Bench', 'province', NULL, '2025-07-01') RETURNING id`,
    );
    const [{ id: commune }] = await ds.query<{ id: string }[]>(
      `INSERT INTO authority (code, name, level, parent_id, valid_from) VALUES ('BENCH-X', 'UBND xã Bench', 'commune', $1, '2025-07-01') RETURNING id`,
      [province],
    );
    const { users } = createAccessServices(ds);
    const officers = [];
    for (let i = 0; i < CLIENTS; i++) {
      officers.push(
        await users.createByOperator({
          username: `bench.rec${i}`,
          displayName: `Cán bộ tiếp dân ${i}`,
          role: 'reception_officer',
          authorityId: commune,
          password: PASSWORD,
        }),
      );
    }

    log('starting the API');
    api = await startApiProcess(db.url, work, secrets);
    const http = new HttpClient(api.base, CLIENTS);
    const tokens: string[] = [];
    for (const officer of officers) {
      const body = expectStatus<{ accessToken: string }>(
        await http.send('POST', '/auth/login', { body: { username: officer.username, password: PASSWORD } }),
        200,
        'login',
      );
      tokens.push(body.accessToken);
    }

    // Đơn, recorded and classified through the API: one per client, one hot, and the same again for the ceiling.
    const intake = async (n: number): Promise<Stream> => {
      const logged = expectStatus<{ id: string }>(
        await http.send('POST', '/petitions', {
          token: tokens[0],
          body: {
            receivedAt: new Date().toISOString(),
            channel: 'post',
            summary: `Khiếu nại quyết định thu hồi đất số ${n}`,
            subjectArea: 'dat_dai',
            petitioners: [
              {
                role: 'signatory',
                kind: 'individual',
                identity: {
                  fullName: `Người khiếu nại ${n}`,
                  address: 'thôn Đông, xã Bench',
                  idNumber: `0012030${String(n).padStart(5, '0')}`,
                },
              },
            ],
          },
        }),
        201,
        'intake',
      );
      const classified = expectStatus<{ version: number }>(
        await http.send('POST', `/petitions/${logged.id}/classify`, { token: tokens[0], body: classification(1, 1) }),
        200,
        'classify',
      );
      return { id: logged.id, version: classified.version, signatories: 1 };
    };
    const distinct: Stream[] = [];
    for (let i = 0; i < CLIENTS; i++) distinct.push(await intake(i));
    const hot = await intake(CLIENTS);
    const ceilingDistinct: Stream[] = [];
    for (let i = 0; i < CLIENTS; i++) ceilingDistinct.push(await intake(CLIENTS + 1 + i));
    const ceilingHot = await intake(2 * CLIENTS + 1);

    const knownDistinct = distinct.map((p) => ({ version: p.version }));
    const knownHot = Array.from({ length: CLIENTS }, () => ({ version: hot.version }));
    const onOwn = (c: number) => reclassify(http, tokens[c], distinct[c], knownDistinct[c]);
    const onHot = (c: number) => reclassify(http, tokens[c], hot, knownHot[c]);

    log(`warming up (${WARM_UP_SECONDS} s)`);
    await closedLoop('warm-up', CLIENTS, WARM_UP_SECONDS, onOwn);

    const countRows = async () => {
      const [r] = await ds.query<{ events: string; outbox: string }[]>(
        `SELECT (SELECT count(*) FROM domain_event) AS events, (SELECT count(*) FROM outbox_message) AS outbox`,
      );
      return { events: Number(r.events), outbox: Number(r.outbox) };
    };
    const pgPid = db.dataDir ? await postmasterPid(db.dataDir) : undefined;
    const cpuBefore = {
      api: await cpuMsOfTree(api.child.pid ?? 0),
      pg: pgPid ? await cpuMsOfTree(pgPid) : undefined,
      bench: process.cpuUsage(),
    };
    const rowsBefore = await countRows();
    await statements?.reset();
    log(`HTTP, ${CLIENTS} clients on distinct đơn (${SECONDS} s)`);
    const httpDistinct = await closedLoop('HTTP command, distinct đơn', CLIENTS, SECONDS, onOwn);
    const cpuAfter = {
      api: await cpuMsOfTree(api.child.pid ?? 0),
      pg: pgPid ? await cpuMsOfTree(pgPid) : undefined,
      bench: process.cpuUsage(cpuBefore.bench),
    };
    const rowsAfter = await countRows();
    const perCommandStatements: StatementCount[] = (await statements?.read()) ?? [];

    log(`HTTP, ${CLIENTS} clients on one hot đơn (${SECONDS} s)`);
    const httpHot = await closedLoop('HTTP command, one hot đơn', CLIENTS, SECONDS, onHot);

    log(`probes: one client alone, and lighter endpoints (${PROBE_SECONDS} s each)`);
    const alone = await closedLoop('HTTP command, 1 client alone', 1, PROBE_SECONDS, onOwn);
    const live = await closedLoop('GET /health (pipeline only)', CLIENTS, PROBE_SECONDS, async () => {
      expectStatus(await http.send('GET', '/health'), 200, 'health');
      return 'ok';
    });
    const me = await closedLoop('GET /auth/me (+ JWT user lookup)', CLIENTS, PROBE_SECONDS, async (c) => {
      expectStatus(await http.send('GET', '/auth/me', { token: tokens[c] }), 200, 'me');
      return 'ok';
    });
    http.close();
    await api.stop();
    api = undefined;

    const actor = { userId: officers[0].id, authorityId: commune };
    log(`ceiling: the same transaction in SQL from Node (${SECONDS} s each)`);
    const sqlDistinct = await runCeiling(
      'SQL ceiling, distinct rows',
      db.url,
      CLIENTS,
      SECONDS,
      (c) => ceilingDistinct[c].id,
      actor,
    );
    const sqlHot = await runCeiling('SQL ceiling, one hot row', db.url, CLIENTS, SECONDS, () => ceilingHot.id, actor);

    let pgbench: RunStats | undefined;
    const binary = await findPgbench();
    if (binary) {
      log(`pgbench TPC-B (${SECONDS} s)`);
      const admin = new Client({ connectionString: db.url });
      await admin.connect();
      await admin.query('CREATE DATABASE kntc_pgbench');
      await admin.end();
      const pgbenchUrl = new URL(db.url);
      pgbenchUrl.pathname = '/kntc_pgbench';
      pgbench = await runPgbench(binary, pgbenchUrl.toString(), CLIENTS, SECONDS, Math.min(CLIENTS, cpus().length));
    } else {
      log('pgbench not found (Debian: apt-get install postgresql-client); skipped');
    }

    log(`profile: the API under --cpu-prof, distinct đơn (${PROBE_SECONDS} s)`);
    const profileDir = join(work, 'profile');
    await mkdir(profileDir);
    api = await startApiProcess(db.url, work, secrets, ['--cpu-prof', '--cpu-prof-dir', profileDir]);
    const profiled = new HttpClient(api.base, CLIENTS);
    const tokens2: string[] = [];
    for (const officer of officers) {
      tokens2.push(
        expectStatus<{ accessToken: string }>(
          await profiled.send('POST', '/auth/login', { body: { username: officer.username, password: PASSWORD } }),
          200,
          'login',
        ).accessToken,
      );
    }
    const profileStart = monotonicMicros();
    const profiledRun = await closedLoop('HTTP command under the profiler', CLIENTS, PROBE_SECONDS, (c) =>
      reclassify(profiled, tokens2[c], distinct[c], knownDistinct[c]),
    );
    const profileEnd = monotonicMicros();
    profiled.close();
    await api.stop();
    api = undefined;
    // Only the commands: start-up (compiling the TypeScript, logging in) is left out.
    const profile = await summariseProfile(profileDir, ROOT, { from: profileStart, to: profileEnd });

    // ---- report ----
    const rows = [httpDistinct, httpHot, alone, sqlDistinct, sqlHot, ...(pgbench ? [pgbench] : []), live, me];
    const ceilingOf = new Map<RunStats, RunStats>([
      [httpDistinct, sqlDistinct],
      [httpHot, sqlHot],
    ]);
    const out: string[] = [];
    out.push('');
    out.push(`KNTC engine — command throughput (${new Date().toISOString().slice(0, 10)})`);
    out.push(
      `machine   ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'} (CPU-bound check at start: ${cores.reported} processes at once did the work of ${cores.effective.toFixed(1)}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    );
    out.push(`database  ${db.label}`);
    out.push(
      `command   POST /petitions/:id/classify (reclassification), API pool DATABASE_POOL_SIZE=10 per worker, API workers ${API_WORKERS}, logs at ${LOG_LEVEL}`,
    );
    out.push('');
    const header = ['scenario', 'clients', 'ok/s', 'p50 ms', 'p99 ms', 'conflicts', 'vs ceiling'];
    const table = rows.map((s) => {
      const ceiling = ceilingOf.get(s);
      return [
        s.scenario,
        String(s.clients),
        perSecond(s).toFixed(0),
        percentile(s.latencies, 50).toFixed(1),
        percentile(s.latencies, 99).toFixed(1),
        s.conflicts ? `${s.conflicts} (${(conflictRate(s) * 100).toFixed(0)} %)` : '0',
        ceiling ? `${((perSecond(s) / perSecond(ceiling)) * 100).toFixed(0)} %` : '',
      ];
    });
    const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
    const line = (cells: string[]) =>
      cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    out.push(line(header));
    out.push(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of table) out.push(line(r));
    out.push('');
    out.push('Latencies are per attempt (a 409 is an attempt); ok/s counts commands that took effect.');
    if (pgbench) {
      out.push(
        `HTTP distinct = ${((perSecond(httpDistinct) / perSecond(pgbench)) * 100).toFixed(0)} % of pgbench TPC-B tps on the same server.`,
      );
    }
    const commands = httpDistinct.ok;
    out.push(
      `Rows per HTTP command (distinct run): ${((rowsAfter.events - rowsBefore.events) / commands).toFixed(2)} domain_event, ${((rowsAfter.outbox - rowsBefore.outbox) / commands).toFixed(2)} outbox_message.`,
    );
    const goal =
      perSecond(httpDistinct) >= 0.5 * perSecond(sqlDistinct) && percentile(httpDistinct.latencies, 99) < 100;
    out.push(
      `Goal (≥ 50 % of the ceiling and p99 < 100 ms with ${CLIENTS} clients, distinct đơn): ${goal ? 'met' : 'NOT met'}.`,
    );
    out.push('');
    out.push('Where the time goes (distinct run):');
    const perCommand = (ms: number | undefined) => (ms === undefined ? 'n/a' : `${(ms / commands).toFixed(2)} ms`);
    const apiMs = cpuAfter.api !== undefined && cpuBefore.api !== undefined ? cpuAfter.api - cpuBefore.api : undefined;
    const pgMs = cpuAfter.pg !== undefined && cpuBefore.pg !== undefined ? cpuAfter.pg - cpuBefore.pg : undefined;
    const benchMs = (cpuAfter.bench.user + cpuAfter.bench.system) / 1000;
    const busyCores = (ms: number) => (ms / (httpDistinct.seconds * 1000)).toFixed(2);
    out.push(
      `  CPU per command: API (${API_WORKERS > 1 ? `primary + ${API_WORKERS} workers` : 'one process'}) ${perCommand(apiMs)}, PostgreSQL ${perCommand(pgMs)}, load generator ${perCommand(benchMs)}` +
        (apiMs !== undefined && pgMs !== undefined
          ? `; ${busyCores(apiMs + pgMs + benchMs)} cores busy on average (API ${busyCores(apiMs)}, PostgreSQL ${busyCores(pgMs)}).`
          : '.'),
    );
    if (perCommandStatements.length > 0) {
      const total = perCommandStatements.reduce((n, st) => n + st.calls, 0);
      out.push(`  SQL statements per command: ${(total / commands).toFixed(1)} (pg_stat_statements), of which:`);
      for (const st of perCommandStatements.filter((x) => x.calls / commands >= 0.05).slice(0, 14)) {
        const text = st.query.replace(/\s+/g, ' ').slice(0, 110);
        out.push(
          `    ${(st.calls / commands).toFixed(2).padStart(5)} × ${(st.totalMs / st.calls).toFixed(2)} ms  ${text}`,
        );
      }
    }
    out.push(
      `  Lighter endpoints, same clients: GET /health ${perSecond(live).toFixed(0)}/s, GET /auth/me ${perSecond(me).toFixed(0)}/s (see table).`,
    );
    if (profile) {
      out.push(
        `  CPU profile of the API (${profile.processes} process profile(s) summed, ${profiledRun.ok} commands under --cpu-prof, ${(profile.busyMs / Math.max(1, profiledRun.ok)).toFixed(2)} ms busy per command), self time by area:`,
      );
      for (const a of profile.byArea) {
        out.push(`    ${((a.ms / profile.busyMs) * 100).toFixed(1).padStart(5)} %  ${a.area}`);
      }
      out.push('  Hottest functions (self time):');
      for (const f of profile.byFunction) {
        out.push(`    ${((f.ms / profile.busyMs) * 100).toFixed(1).padStart(5)} %  ${f.name}`);
      }
    }
    out.push('');
    out.push(`Total run time ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    if (api) await api.stop().catch(() => undefined);
    await statements?.close().catch(() => undefined);
    if (ds.isInitialized) await ds.destroy().catch(() => undefined);
    await db.stop().catch(() => undefined);
    // BENCH_KEEP_WORK=1 keeps the folder: the API's request logs (with response times) are in it.
    if (process.env.BENCH_KEEP_WORK === '1') log(`kept ${work}`);
    else await rm(work, { recursive: true, force: true }).catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
