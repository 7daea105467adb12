import { writeFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations, withScratchDatabase } from '@kntc/persistence';

const MIGRATIONS_DIR = join(__dirname, '../../../../libs/persistence/src/migrations');

const quote = (sql: string) => `\`${sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``;

/**
 * Writes a migration with the SQL that brings the committed migrations up to the entities.
 * Review it, add it to migrations/index.ts, and commit it; never edit it once committed.
 */
export async function generateMigrationCommand(name: string | undefined): Promise<number> {
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    process.stderr.write('Usage: npm run migration:generate -- <PascalCaseName>\n');
    return 2;
  }
  const sql = await withScratchDatabase(process.env.DRIFT_CHECK_DATABASE_URL, async (url) => {
    await runMigrations(url);
    const ds = new DataSource(dataSourceOptions(url, 2, 'kntc-generate'));
    await ds.initialize();
    try {
      return await ds.driver.createSchemaBuilder().log();
    } finally {
      await ds.destroy();
    }
  });
  if (sql.upQueries.length === 0) {
    process.stdout.write('Nothing to generate: the migrations already match the entities.\n');
    return 0;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const up = sql.upQueries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
  const down = sql.downQueries
    .reverse()
    .map((q) => `    await queryRunner.query(${quote(q.query)});`)
    .join('\n');
  const file = join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`);
  const source =
    `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\n` +
    `export class ${className} implements MigrationInterface {\n  name = '${className}';\n\n` +
    `  public async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n` +
    `  public async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`;
  // Formatted once, here: a committed migration is never touched again, not even by the formatter.
  await writeFile(file, await format(source, { ...(await resolveConfig(file)), filepath: file }));
  process.stdout.write(
    `Wrote ${file}\nReview it, then add ${className} to libs/persistence/src/migrations/index.ts.\n`,
  );
  return 0;
}
