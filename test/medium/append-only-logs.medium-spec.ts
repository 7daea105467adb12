import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@kntc/testing';

describe('append-only logs (enforced by the database)', () => {
  let db: TestDatabase;
  let sql: Client;
  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new Client({ connectionString: db.url });
    await sql.connect();
    await sql.query(`
      INSERT INTO domain_event (stream_type, stream_id, seq, type, payload, state_after, actor_role,
        holder_authority_id, rule_set_id, machine_id, machine_version, occurred_at)
      VALUES ('petition', gen_random_uuid(), 1, 'receive', '{}', 'received', 'reception_officer',
        gen_random_uuid(), 'VN-2026-07', 'petition', '1', now())`);
  });
  afterAll(async () => {
    await sql.end();
    await db.drop();
  });

  it('accepts inserts and reads of events', async () => {
    const { rows } = await sql.query('SELECT type, seq FROM domain_event');
    expect(rows).toEqual([{ type: 'receive', seq: 1 }]);
  });

  it.each([
    ['UPDATE', `UPDATE domain_event SET type = 'forged'`],
    ['DELETE', `DELETE FROM domain_event`],
    ['TRUNCATE', `TRUNCATE domain_event CASCADE`],
    ['UPDATE', `UPDATE identity_reveal SET reason = 'forged'`],
    ['DELETE', `DELETE FROM identity_reveal`],
    ['TRUNCATE', `TRUNCATE identity_reveal`],
  ])('refuses %s: %s', async (_op, statement) => {
    await expect(sql.query(statement)).rejects.toThrow(/append-only/);
  });

  it('leaves the history intact after the refused changes', async () => {
    const { rows } = await sql.query('SELECT type FROM domain_event');
    expect(rows).toEqual([{ type: 'receive' }]);
  });
});
