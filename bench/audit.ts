/**
 * How long the audit's reports take on a province-year as the data grows.
 *
 *   npm run bench:audit                           # embedded PostgreSQL (fsync on) in a temp folder
 *   DATABASE_URL=postgres://… npm run bench:audit # a scratch database on that server
 *   BENCH_SIZES=100000,1000000                     # cases (vụ việc) after each growth step (defaults)
 *   BENCH_RUNS=7                                   # warm runs per measure (median)
 *   BENCH_YEAR=2025  BENCH_SEED=bench              # the province-year and the generator's seed
 *
 * For each size it grows one synthetic province-year (seed:synthetic's generator: the engine's
 * machines and audit-fact functions, written with COPY) and times, as the API calls them
 * (AuditQueryService, an inspector of the province): the report of the year grouped by level
 * with its ratios, and the forms 02/XLD and 03/GQKN built and written as XLSX. Each is timed
 * cold (no materialised aggregate for that period yet) and warm (median of BENCH_RUNS). The
 * reference, measured in the same run, is a plain sequential count over both fact tables, so
 * the figures compare across machines. Not a test: it prints numbers, it asserts none.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtemp, chmod, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Global, Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AuthorityDirectory } from '@kntc/access';
import { AuditModule, AuditQueryService } from '@kntc/audit';
import type { Actor } from '@kntc/domain';
import { PersistenceModule, runMigrations } from '@kntc/persistence';
import { CaseEngineModule, PetitionCommandsService, PetitionIntakeService } from '@kntc/workflow';
import { AuthorityDirectoryRepository } from '../libs/access/src/authorities/authority-directory.repository';
import { ReportRepository } from '../libs/audit/src/report/report.repository';
import { seedSynthetic, type SyntheticSeedReport } from '../libs/audit/src/synthetic';
import { effectiveCores } from './lib/calibrate';
import { provisionScratchDatabase } from './lib/scratch-database';

const SIZES = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map((s) => {
  const n = Number(s.trim());
  if (!Number.isInteger(n) || n < 1) throw new Error('BENCH_SIZES: whole numbers of cases, e.g. 100000,1000000');
  return n;
});
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const YEAR = Number(process.env.BENCH_YEAR ?? 2025);
const SEED = process.env.BENCH_SEED ?? 'bench';

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

/** What the API's global AccessModule gives the audit, without its JWT and guards. */
@Global()
@Module({ providers: [AuthorityDirectoryRepository, AuthorityDirectory], exports: [AuthorityDirectory] })
class DirectoryModule {}

/** The audit and the write path as the API wires them (their modules and what they need), without HTTP. */
@Module({})
class AuditBenchModule {
  static on(url: string): DynamicModule {
    return {
      module: AuditBenchModule,
      imports: [
        PersistenceModule.forRoot(url, 8),
        DirectoryModule,
        CaseEngineModule.forRoot({ identityKeys: `b1:${randomBytes(32).toString('base64')}` }),
        AuditModule,
      ],
    };
  }
}

/**
 * New work through the write path, recorded now (after the kept aggregates): `n` đơn received,
 * classified and accepted at a commune of the province, each opening a case.
 */
async function writeNow(app: INestApplicationContext, provinceId: string, n: number): Promise<number> {
  const ds = app.get(DataSource);
  const [{ id }] = await ds.query<{ id: string }[]>(
    `SELECT id FROM authority WHERE parent_id = $1 AND level = 'commune' ORDER BY code LIMIT 1`,
    [provinceId],
  );
  const actor: Actor = {
    userId: '00000000-0000-4000-8000-00000000be0d',
    role: 'reception_officer',
    authority: await app.get(AuthorityDirectory).refOf(id),
  };
  const intake = app.get(PetitionIntakeService);
  const commands = app.get(PetitionCommandsService);
  const [before] = await ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM domain_event`);
  for (let i = 0; i < n; i++) {
    const { body } = await intake.receive(actor, {
      receivedAt: new Date().toISOString(),
      channel: 'post',
      summary: 'Đơn ghi mới khi đo thời gian báo cáo (giả lập)',
      subjectArea: 'dat_dai',
      petitioners: [],
      signatoryCount: 1,
    });
    const event = { contentKind: 'complaint', eligible: true, withinCompetence: true, signatories: 1 };
    await commands.send({
      actor,
      petitionId: body.id,
      expectedVersion: 1,
      event: { type: 'classify', ...event, originalsAttached: false },
    });
    await commands.send({ actor, petitionId: body.id, expectedVersion: 2, event: { type: 'accept' } });
  }
  const [after] = await ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM domain_event`);
  return after.n - before.n;
}

const provision = (work: string) =>
  provisionScratchDatabase(work, { name: 'kntc_bench_audit', settings: SERVER_SETTINGS, log });

const SERVER_SETTINGS: [string, string][] = [
  ['shared_buffers', '4GB'],
  ['max_wal_size', '8GB'],
  ['checkpoint_timeout', '30min'],
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await work();
  return { ms: performance.now() - t0, value };
}

interface Measure {
  cold: number;
  warm: number;
  runs: number[];
}

interface Step {
  cases: number;
  seed: SyntheticSeedReport;
  facts: { cases: number; petitions: number };
  events: number;
  streams: { cases: number; petitions: number };
  reference: { ms: number; rows: number };
  report: Measure;
  xld: Measure;
  gqkn: Measure;
  xlsxBytes: number;
  delta: { ms: number; events: number };
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'kntc-bench-audit-'));
  await chmod(work, 0o755);
  const started = Date.now();
  log(`work folder ${work}`);
  const cores = await effectiveCores();
  const db = await provision(work);
  let app: INestApplicationContext | undefined;
  const steps: Step[] = [];
  try {
    await runMigrations(db.url);
    app = await NestFactory.createApplicationContext(AuditBenchModule.on(db.url), { logger: false });
    const ds = app.get(DataSource);
    const audit = app.get(AuditQueryService);
    const repository = app.get(ReportRepository, { strict: false });
    const query = { period: { preset: 'year' as const, year: YEAR } };
    let seeded = 0;
    let provinceId = '';
    for (const size of SIZES) {
      log(`seeding ${(size - seeded).toLocaleString('en')} cases (to ${size.toLocaleString('en')})`);
      const seed = await seedSynthetic({
        url: db.url,
        cases: size - seeded,
        year: YEAR,
        seed: SEED,
        log: (line) => log(`  ${line}`),
      });
      seeded = size;
      provinceId = seed.province.id;
      await ds.query('CHECKPOINT');
      const [counts] = await ds.query<
        { cases: number; petitions: number; events: number; caseRows: number; petitionRows: number }[]
      >(
        `SELECT (SELECT count(*)::int FROM audit_case_fact) AS cases, (SELECT count(*)::int FROM audit_petition_fact) AS petitions,
                (SELECT count(*)::int FROM domain_event) AS events, (SELECT count(*)::int FROM kntc_case) AS "caseRows",
                (SELECT count(*)::int FROM petition) AS "petitionRows"`,
      );
      const inspector: Actor = {
        userId: '00000000-0000-4000-8000-00000000be0c',
        role: 'inspector',
        authority: { id: provinceId, level: 'province', path: [provinceId], remote: false },
      };

      // Reference: the plainest full pass over the same rows (both fact tables), best of three.
      const reference = { ms: Infinity, rows: 0 };
      for (let i = 0; i < 3; i++) {
        const r = await timed(() =>
          ds.query<{ n: number }[]>(
            `SELECT (SELECT count(*) FROM audit_case_fact)::int + (SELECT count(*) FROM audit_petition_fact)::int AS n`,
          ),
        );
        reference.ms = Math.min(reference.ms, r.ms);
        reference.rows = r.value[0].n;
      }

      const measure = async (name: string, run: () => Promise<unknown>): Promise<Measure> => {
        await repository.forgetAggregates();
        log(`${name}: cold`);
        const cold = (await timed(run)).ms;
        const runs: number[] = [];
        for (let i = 0; i < RUNS; i++) runs.push((await timed(run)).ms);
        log(`${name}: cold ${cold.toFixed(0)} ms, warm ${median(runs).toFixed(0)} ms`);
        return { cold, warm: median(runs), runs };
      };
      const report = await measure('report', () => audit.report(inspector, query));
      let xlsxBytes = 0;
      const xld = await measure('02-XLD', async () => {
        xlsxBytes = (await audit.formXlsx(inspector, query, '02-XLD')).xlsx.length;
      });
      const gqkn = await measure('03-GQKN', () => audit.formXlsx(inspector, query, '03-GQKN'));

      // Warm after new writes: work recorded through the write path since the aggregate was made.
      const events = await writeNow(app, provinceId, 50);
      const delta = await timed(() => audit.report(inspector, query));
      steps.push({
        cases: size,
        seed,
        facts: { cases: counts.cases, petitions: counts.petitions },
        events: counts.events,
        streams: { cases: counts.caseRows, petitions: counts.petitionRows },
        reference,
        report,
        xld,
        gqkn,
        xlsxBytes,
        delta: { ms: delta.ms, events },
      });
    }
  } finally {
    await app?.close().catch(() => undefined);
    await db.stop().catch(() => undefined);
    await rm(work, { recursive: true, force: true }).catch(() => undefined);
  }
  print(steps, { cores, label: db.label, seconds: (Date.now() - started) / 1000 });
}

function print(steps: Step[], run: { cores: { reported: number; effective: number }; label: string; seconds: number }) {
  const n = (x: number) => Math.round(x).toLocaleString('en');
  const out: string[] = [];
  out.push('');
  out.push(`KNTC engine — audit reports on a synthetic province-year (${new Date().toISOString().slice(0, 10)})`);
  out.push(
    `machine   ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'} (CPU-bound check: ${run.cores.reported} processes at once did the work of ${run.cores.effective.toFixed(1)}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  out.push(`database  ${run.label}`);
  out.push(
    `year      ${YEAR}, seed "${SEED}"; report = year, subtree of the province, as an inspector; forms built and written as XLSX`,
  );
  out.push('');
  out.push('Data (in the database after each step) and seeding (of that step; each step grows the same province):');
  const seedHeader = ['cases', 'đơn', 'events', 'fact versions', 'step: rows written', 'seed s', 'rows/s', 'templates'];
  const seedRows = steps.map((s) => [
    n(s.streams.cases),
    n(s.streams.petitions),
    n(s.events),
    n(s.facts.cases + s.facts.petitions),
    n(s.seed.totalRows),
    s.seed.seconds.total.toFixed(0),
    n(s.seed.rowsPerSecond),
    n(s.seed.templates),
  ]);
  table(out, seedHeader, seedRows);
  out.push('');
  out.push('Times in ms: cold = no materialised aggregate for the period yet (full pass over the facts, then kept);');
  out.push(`warm = median of ${RUNS} runs; growth = warm (cold) time over the previous size's, per 10× the cases.`);
  const header = [
    'cases',
    'reference',
    'report cold',
    'report warm',
    'XLD cold',
    'XLD warm',
    'GQKN cold',
    'GQKN warm',
    'after writes',
  ];
  const rows = steps.map((s) => [
    n(s.cases),
    n(s.reference.ms),
    n(s.report.cold),
    n(s.report.warm),
    n(s.xld.cold),
    n(s.xld.warm),
    n(s.gqkn.cold),
    n(s.gqkn.warm),
    `${n(s.delta.ms)} (+${n(s.delta.events)} events)`,
  ]);
  table(out, header, rows);
  for (let i = 1; i < steps.length; i++) {
    const a = steps[i - 1];
    const b = steps[i];
    const per10 = (x: number, y: number) => (y / x) ** (1 / Math.log10(b.cases / a.cases));
    out.push(
      `growth ${n(a.cases)} → ${n(b.cases)} (per 10×): reference ${per10(a.reference.ms, b.reference.ms).toFixed(1)}×, ` +
        `report warm ${per10(a.report.warm, b.report.warm).toFixed(1)}× (cold ${per10(a.report.cold, b.report.cold).toFixed(1)}×), ` +
        `XLD warm ${per10(a.xld.warm, b.xld.warm).toFixed(1)}×, GQKN warm ${per10(a.gqkn.warm, b.gqkn.warm).toFixed(1)}×`,
    );
  }
  const last = steps.at(-1);
  if (last) {
    const worst = Math.max(last.report.warm, last.xld.warm, last.gqkn.warm);
    out.push(
      `Goal (under 1 s per report at ${n(last.cases)} cases): warm ${worst < 1000 ? 'met' : 'NOT met'} (slowest ${n(worst)} ms); ` +
        `cold ${Math.max(last.report.cold, last.xld.cold, last.gqkn.cold) < 1000 ? 'met' : 'not met'}.`,
    );
  }
  out.push(`Total run time ${run.seconds.toFixed(0)} s.`);
  process.stdout.write(`${out.join('\n')}\n`);
}

function table(out: string[], header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  out.push(line(header));
  out.push(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) out.push(line(r));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
