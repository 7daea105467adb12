import { loadConfig } from '@kntc/config';
import { provisionDatabase, runMigrations } from '@kntc/persistence';

/** Applies pending migrations to DATABASE_URL (or to the embedded database when unset). */
export async function migrateCommand(): Promise<number> {
  const config = loadConfig();
  const database = await provisionDatabase({
    mode: config.database.mode,
    url: config.database.url,
    embedded: config.database.embedded,
    log: (m) => process.stdout.write(`${m}\n`),
  });
  try {
    const applied = await runMigrations(database.url);
    process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n');
    return 0;
  } finally {
    await database.stop();
  }
}
