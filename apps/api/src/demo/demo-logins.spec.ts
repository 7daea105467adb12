import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPassword } from '@kntc/access';
import {
  DEMO_LOGINS_FILE,
  demoLoginLines,
  demoPasswords,
  readDemoLogins,
  writeDemoLogins,
  type DemoLogins,
} from './demo-logins';
import { DEMO_ACCOUNTS } from './demo-province';

const logins: DemoLogins = {
  provinceId: '00000000-0000-4000-8000-000000000001',
  createdAt: '2026-11-23T03:00:00.000Z',
  accounts: [
    {
      username: 'tiepdan.tinh',
      password: 'Aa1-aaaaaaaaaaaaaaaa',
      role: 'reception_officer',
      authority: 'Ban A (demo)',
    },
    { username: 'quantri.tinh', password: 'Bb2-bbbbbbbbbbbbbbbb', role: 'admin', authority: 'UBND tỉnh (demo)' },
  ],
};

describe('demo passwords', () => {
  it('pass the password policy, and differ from account to account and from one load to the next', () => {
    const first = demoPasswords(DEMO_ACCOUNTS);
    const second = demoPasswords(DEMO_ACCOUNTS);
    for (const a of DEMO_ACCOUNTS) {
      expect(checkPassword(first.get(a.username)!, { username: a.username })).toEqual([]);
      expect(second.get(a.username)).not.toBe(first.get(a.username));
    }
    expect(new Set(first.values()).size).toBe(DEMO_ACCOUNTS.length);
  });
});

describe('demo logins file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kntc-demo-logins-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('is written for the owner only and read back as written', async () => {
    const file = await writeDemoLogins(dir, logins);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readDemoLogins(dir)).toEqual(logins);
  });

  it('reads as no logins when missing, not JSON, or not the expected shape', async () => {
    expect(await readDemoLogins(dir)).toBeUndefined();
    await writeFile(join(dir, DEMO_LOGINS_FILE), 'not json');
    expect(await readDemoLogins(dir)).toBeUndefined();
    await writeFile(join(dir, DEMO_LOGINS_FILE), JSON.stringify({ ...logins, accounts: [{ username: 'x' }] }));
    expect(await readDemoLogins(dir)).toBeUndefined();
  });
});

describe('demoLoginLines', () => {
  it('prints username, role, authority and password in aligned columns', () => {
    const [title, ...rows] = demoLoginLines(logins);
    expect(title).toContain('demo logins');
    expect(rows).toEqual([
      '      tiepdan.tinh  reception_officer (tiếp dân, xử lý đơn)  Ban A (demo)      Aa1-aaaaaaaaaaaaaaaa',
      '      quantri.tinh  admin (quản trị)                         UBND tỉnh (demo)  Bb2-bbbbbbbbbbbbbbbb',
    ]);
  });
});
