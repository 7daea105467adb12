import 'reflect-metadata';
import { ConfigError } from '@kntc/config';
import { describeDatabaseError } from '@kntc/persistence';
import { checkDriftCommand } from './commands/check-drift.command';
import { docsLawCommand } from './commands/docs-law.command';
import { generateMigrationCommand } from './commands/generate-migration.command';
import { migrateCommand } from './commands/migrate.command';
import { identityRotateCommand } from './commands/identity-rotate.command';
import { seedSyntheticCommand } from './commands/seed-synthetic.command';
import { userCreateCommand } from './commands/user-create.command';

const USAGE = `Usage: kntc <command>
  migrate                    apply pending migrations (DATABASE_URL, or the embedded database)
  check-drift                fail when entities and migrations disagree
  generate-migration <Name>  write a migration for the difference (review before committing)
  user:create --admin --username <u> --authority <code> [--create-authority "<name>" --level province]
                             create a user (the first administrator on a new install)
  docs:law                   regenerate docs/law.md from the rule sets and machines
  identity:rotate [--check] [--batch-size N]
                             re-encrypt identities with the first key of IDENTITY_KEYS
  seed:synthetic [--cases N] [--year YYYY] [--seed TEXT] [--province CODE]
                             fill the database with a synthetic province-year (benchmarks)
`;

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'migrate':
      return migrateCommand();
    case 'check-drift':
      return checkDriftCommand();
    case 'generate-migration':
      return generateMigrationCommand(rest[0]);
    case 'user:create':
      return userCreateCommand(rest);
    case 'docs:law':
      return docsLawCommand();
    case 'identity:rotate':
      return identityRotateCommand(rest);
    case 'seed:synthetic':
      return seedSyntheticCommand(rest);
    default:
      process.stderr.write(USAGE);
      return 2;
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof ConfigError ? error.message : describeDatabaseError(error, process.env.DATABASE_URL);
    process.stderr.write(`${known ?? (error instanceof Error ? error.stack : String(error))}\n`);
    process.exit(1);
  },
);
