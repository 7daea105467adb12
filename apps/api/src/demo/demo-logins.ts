import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generatePassword } from '@kntc/access';
import type { UserRole } from '@kntc/persistence';
import type { DemoAccount } from './demo-province';

/**
 * The demo accounts' passwords. They are random, made once when the demo is loaded, and kept in
 * `<DATA_DIR>/demo-logins.json` (mode 0600) next to the generated secrets, so `npm start` can
 * print them at every start. Nothing about them is in the source: an install that began as a
 * demo and was later exposed does not carry passwords anyone could read on GitHub. They exist
 * only where the demo was loaded (DEMO_DATA on, empty database) and are only printed there.
 */
export const DEMO_LOGINS_FILE = 'demo-logins.json';

export interface DemoLogin {
  username: string;
  password: string;
  role: UserRole;
  /** Name of the account's authority, as printed. */
  authority: string;
}

export interface DemoLogins {
  /** Id of the demo province in the database the logins were made for. */
  provinceId: string;
  createdAt: string;
  accounts: DemoLogin[];
}

/** One random password per account (policy-compliant: 20 characters, every class). */
export function demoPasswords(accounts: readonly DemoAccount[]): Map<string, string> {
  return new Map(accounts.map((a) => [a.username, generatePassword(20, a.username)]));
}

export async function writeDemoLogins(dataDir: string, logins: DemoLogins): Promise<string> {
  const file = join(dataDir, DEMO_LOGINS_FILE);
  await mkdir(dataDir, { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const text = JSON.stringify(
    { note: 'Demo accounts of the demo data (DEMO_DATA). Demo only: never use these in production.', ...logins },
    null,
    2,
  );
  await writeFile(temp, `${text}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  return file;
}

/** The stored logins, or undefined when there are none or the file is not ours to trust. */
export async function readDemoLogins(dataDir: string): Promise<DemoLogins | undefined> {
  const file = join(dataDir, DEMO_LOGINS_FILE);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    // Missing or unreadable: the banner simply shows no logins.
    return undefined;
  }
  if (!isDemoLogins(parsed)) return undefined;
  // A copied or restored file may have looser permissions; passwords stay readable by the owner only.
  await chmod(file, 0o600).catch(() => undefined);
  return { provinceId: parsed.provinceId, createdAt: parsed.createdAt, accounts: parsed.accounts };
}

function isDemoLogins(value: unknown): value is DemoLogins {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.provinceId === 'string' &&
    typeof v.createdAt === 'string' &&
    Array.isArray(v.accounts) &&
    v.accounts.every(
      (a: unknown) =>
        typeof a === 'object' &&
        a !== null &&
        ['username', 'password', 'role', 'authority'].every(
          (k) => typeof (a as Record<string, unknown>)[k] === 'string',
        ),
    )
  );
}

const ROLE_NAMES: Record<UserRole, string> = {
  reception_officer: 'tiếp dân, xử lý đơn',
  handler: 'chuyên viên giải quyết',
  leader: 'lãnh đạo',
  inspector: 'thanh tra',
  admin: 'quản trị',
};

/** The lines `npm start` prints under its URLs: username, role, authority, password, aligned. */
export function demoLoginLines(logins: DemoLogins): string[] {
  const rows = logins.accounts.map((a) => [a.username, `${a.role} (${ROLE_NAMES[a.role]})`, a.authority, a.password]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  return [
    `    demo logins (demo data only; also in ${DEMO_LOGINS_FILE} in the data folder):`,
    ...rows.map(
      (r) => `      ${r[0].padEnd(widths[0])}  ${r[1].padEnd(widths[1])}  ${r[2].padEnd(widths[2])}  ${r[3]}`,
    ),
  ];
}
