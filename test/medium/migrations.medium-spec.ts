import { DataSource } from 'typeorm';
import { dataSourceOptions, pendingMigrations, runMigrations, schemaDrift } from '@kntc/persistence';
import { createEmptyDatabase, type TestDatabase } from '@kntc/testing';

// Every migration from scratch, twice over, and a schema diff: tens of seconds on a busy 2-core machine.
jest.setTimeout(120_000);

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createEmptyDatabase();
  });
  afterAll(() => db.drop());

  it('build the whole schema from an empty database, with no drift from the entities', async () => {
    const applied = await runMigrations(db.url);
    expect(applied.length).toBeGreaterThan(0);
    expect(await schemaDrift(db.url)).toEqual([]);
    expect(await runMigrations(db.url)).toEqual([]);
  });

  it('change nothing when the app connects: no extension installed, no table created', async () => {
    const ds = new DataSource(dataSourceOptions(db.url));
    const before = await snapshotSchema(db.url);
    await ds.initialize();
    await ds.destroy();
    expect(await snapshotSchema(db.url)).toEqual(before);
  });

  it('can all be reverted and re-applied', async () => {
    const ds = new DataSource(dataSourceOptions(db.url));
    await ds.initialize();
    try {
      for (let i = 0; i < ds.migrations.length; i++) await ds.undoLastMigration({ transaction: 'each' });
      expect(await pendingMigrations(ds)).toHaveLength(ds.migrations.length);
      await ds.runMigrations({ transaction: 'each' });
      expect(await pendingMigrations(ds)).toEqual([]);
    } finally {
      await ds.destroy();
    }
    expect(await schemaDrift(db.url)).toEqual([]);
  });
});

async function snapshotSchema(url: string): Promise<unknown> {
  const ds = new DataSource({ type: 'postgres', url, installExtensions: false });
  await ds.initialize();
  try {
    const extensions = await ds.query(`SELECT extname FROM pg_extension ORDER BY 1`);
    const tables = await ds.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    return { extensions, tables };
  } finally {
    await ds.destroy();
  }
}
