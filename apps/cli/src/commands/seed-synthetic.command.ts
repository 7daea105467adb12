import { parseArgs } from 'node:util';
import { loadConfig } from '@kntc/config';
import { vietnamDateOf } from '@kntc/domain';
import { pendingMigrations, provisionDatabase, runMigrations, withDataSource } from '@kntc/persistence';
import { seedSynthetic, type SyntheticSeedReport } from '../../../../libs/audit/src/synthetic';

export const SEED_SYNTHETIC_USAGE = `Usage: npm run seed:synthetic -- [--cases N] [--year YYYY] [--seed TEXT] [--province CODE]

  Fills the database with a synthetic province-year: a province, its agencies and ~100 communes
  (and districts before July 2025), N cases (vụ việc) and as many đơn that end without a case,
  with their events, custody and audit facts, as the engine would have written them.

  --cases      cases to add (default 100000); run again to grow the same province
  --year       the province-year (default: last year); streams start from 1 October of the year
               before and stop at 31 December (yesterday for the current year)
  --seed       seed of the generator (default "kntc"): same seed and database, same data
  --province   code of the province (default SYN-<year>); created when missing

  Uses DATABASE_URL, or the embedded database (stop the API first). Synthetic officers cannot
  sign in; do not run it on a database in production use.
`;

export interface SeedSyntheticArgs {
  cases: number;
  year: number;
  seed: string;
  province?: string;
}

/** Parses and checks the arguments (no I/O). */
export function parseSeedSyntheticArgs(
  argv: string[],
  today: string,
): { args?: SeedSyntheticArgs; problems: string[] } {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        cases: { type: 'string' },
        year: { type: 'string' },
        seed: { type: 'string' },
        province: { type: 'string' },
      },
    }).values;
  } catch (error) {
    return { problems: [(error as Error).message] };
  }
  const problems: string[] = [];
  const text = (name: string) => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  const cases = Number(text('cases') ?? 100_000);
  if (!Number.isInteger(cases) || cases < 1 || cases > 20_000_000) problems.push('--cases: a whole number from 1.');
  const thisYear = Number(today.slice(0, 4));
  const year = Number(text('year') ?? thisYear - 1);
  // Streams start on 1 October of the year before; the encoded rules begin on 10 December 2020.
  if (!Number.isInteger(year) || year < 2022 || year > thisYear) problems.push(`--year: from 2022 to ${thisYear}.`);
  const province = text('province');
  if (province !== undefined && !/^[A-Z0-9][A-Z0-9-]{1,30}$/.test(province)) {
    problems.push('--province: 2 to 31 capital letters, digits or dashes.');
  }
  if (problems.length > 0) return { problems };
  return { args: { cases, year, seed: text('seed') ?? 'kntc', ...(province ? { province } : {}) }, problems };
}

function summary(report: SyntheticSeedReport): string {
  const n = (x: number) => x.toLocaleString('en');
  return [
    `${report.province.created ? 'Created' : 'Grew'} ${report.province.code} "${report.province.name}", year ${report.year} (events up to ${report.horizon}):`,
    `  ${n(report.cases)} cases, ${n(report.petitions)} đơn, ${n(report.rows.domain_event)} events, ` +
      `${n(report.rows.audit_case_fact + report.rows.audit_petition_fact)} audit fact versions; ${n(report.totalRows)} rows in all`,
    `  ${report.seconds.total.toFixed(1)} s (${report.seconds.templates.toFixed(1)} s playing ${n(report.templates)} templates ` +
      `through the write path), ${n(Math.round(report.rowsPerSecond))} rows/s; foreign keys checked ` +
      (report.foreignKeys === 'per_row' ? 'row by row' : 'after the copy (superuser: triggers skipped while copying)'),
  ].join('\n');
}

/** `seed:synthetic`: see SEED_SYNTHETIC_USAGE. */
export async function seedSyntheticCommand(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(SEED_SYNTHETIC_USAGE);
    return 0;
  }
  const { args, problems } = parseSeedSyntheticArgs(argv, vietnamDateOf(new Date().toISOString()));
  if (!args) {
    process.stderr.write(`${problems.map((p) => `  - ${p}`).join('\n')}\n\n${SEED_SYNTHETIC_USAGE}`);
    return 2;
  }
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const config = loadConfig();
  const database = await provisionDatabase({
    mode: config.database.mode,
    url: config.database.url,
    embedded: config.database.embedded,
    log: out,
  });
  try {
    // Same rule as the API's start: the embedded install migrates itself, an external one must be migrated first.
    if (config.database.migrateOnStart) {
      const applied = await runMigrations(database.url);
      if (applied.length > 0) out(`Applied ${applied.length} migration(s).`);
    } else {
      const pending = await withDataSource(database.url, pendingMigrations);
      if (pending.length > 0) {
        process.stderr.write(`${pending.length} migration(s) are pending. Run \`npm run db:migrate\` first.\n`);
        return 1;
      }
    }
    const report = await seedSynthetic({
      url: database.url,
      cases: args.cases,
      year: args.year,
      seed: args.seed,
      ...(args.province ? { provinceCode: args.province } : {}),
      log: (line) => out(`  … ${line}`),
    });
    out(summary(report));
    return 0;
  } finally {
    await database.stop();
  }
}
