import { Client } from 'pg';
import { createTestDatabase, killSpawned, spawnCli, type TestDatabase } from '@kntc/testing';
import { PasswordHasher } from '../../libs/access/src/passwords/password-hasher';

jest.setTimeout(180_000);

/** `npm run user:create`, run as a real process on an external (DATABASE_URL) database. */
describe('user:create (CLI)', () => {
  let db: TestDatabase;
  let sql: Client;
  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new Client({ connectionString: db.url });
    await sql.connect();
  });
  afterAll(async () => {
    killSpawned();
    await sql.end();
    await db.drop();
  });

  const run = async (args: string[]) => {
    const proc = spawnCli(['user:create', ...args], { DATABASE_URL: db.url });
    const code = await proc.exited;
    return { code, output: proc.output() };
  };

  it('creates the root authority and the first administrator, printing a generated password once', async () => {
    const { code, output } = await run([
      '--admin',
      '--username',
      'Root.Admin',
      '--display-name',
      'Quản trị viên tỉnh',
      '--authority',
      'HN',
      '--create-authority',
      'UBND thành phố Hà Nội',
      '--level',
      'province',
    ]);
    expect([code, output]).toEqual([0, expect.stringContaining('Created user root.admin (admin) in HN')]);
    const password = /shown only this once: (\S+)/.exec(output)?.[1];
    expect(password).toHaveLength(20);

    const { rows: authorities } = await sql.query(`SELECT id, name, level, parent_id FROM authority WHERE code = 'HN'`);
    expect(authorities).toEqual([
      { id: expect.any(String), name: 'UBND thành phố Hà Nội', level: 'province', parent_id: null },
    ]);
    const { rows: users } = await sql.query(
      `SELECT role, display_name, authority_id, password_hash FROM app_user WHERE username = 'root.admin'`,
    );
    expect(users).toMatchObject([
      { role: 'admin', display_name: 'Quản trị viên tỉnh', authority_id: authorities[0].id },
    ]);
    expect(await new PasswordHasher().verify(users[0].password_hash, password!)).toBe(true);
    expect(output).not.toContain(users[0].password_hash);
  });

  it('adds a user with another role and a given password to an existing authority, printing no password', async () => {
    const password = 'Ngựa trời bay 2 lần';
    const { code, output } = await run([
      '--role',
      'leader',
      '--username',
      'lanh.dao',
      '--authority',
      'HN',
      '--password',
      password,
    ]);
    expect(code).toBe(0);
    expect(output).toContain('Created user lanh.dao (leader)');
    expect(output).not.toContain(password);
  });

  it('refuses a weak password with the policy’s messages, and creates nothing', async () => {
    const { code, output } = await run([
      '--admin',
      '--username',
      'weak.admin',
      '--authority',
      'HN',
      '--password',
      'abc12345',
    ]);
    expect(code).toBe(2);
    expect(output).toContain('Mật khẩu phải có ít nhất 12 ký tự.');
    expect(output).toContain('Mật khẩu quá phổ biến');
    expect(output).not.toContain('abc12345');
    expect((await sql.query(`SELECT 1 FROM app_user WHERE username = 'weak.admin'`)).rows).toEqual([]);
  });

  it('explains an unknown authority code', async () => {
    const { code, output } = await run(['--admin', '--username', 'lost.admin', '--authority', 'NOPE']);
    expect(code).toBe(1);
    expect(output).toContain('No authority has the code "NOPE"');
    expect(output).toContain('--create-authority');
  });

  it('refuses a taken username and an authority that already exists', async () => {
    expect(await run(['--admin', '--username', 'root.admin', '--authority', 'HN'])).toEqual({
      code: 1,
      output: expect.stringContaining('already taken'),
    });
    expect(await run(['--admin', '--username', 'second', '--authority', 'HN', '--create-authority', 'Hà Nội'])).toEqual(
      { code: 1, output: expect.stringContaining('already exists') },
    );
  });
});
