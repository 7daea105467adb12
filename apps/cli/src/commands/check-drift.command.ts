import { runMigrations, schemaDrift, withScratchDatabase } from '@kntc/persistence';

/**
 * Fails when the entities describe a schema the committed migrations do not produce:
 * migrate an empty database, then ask TypeORM what it would still change.
 */
export async function checkDriftCommand(): Promise<number> {
  const server = process.env.DRIFT_CHECK_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const drift = await withScratchDatabase(server, async (url) => {
    await runMigrations(url);
    return schemaDrift(url);
  });
  if (drift.length === 0) {
    process.stdout.write('No drift: the migrations produce exactly the schema the entities describe.\n');
    return 0;
  }
  process.stderr.write(
    `Schema drift: the entities need changes no migration makes. Generate one with\n` +
      `  npm run migration:generate -- <Name>\nMissing SQL:\n${drift.map((q) => `  ${q};`).join('\n')}\n`,
  );
  return 1;
}
