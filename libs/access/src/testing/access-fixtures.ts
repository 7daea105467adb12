import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AuthorityLevel, IsoDate } from '@kntc/domain';
import type { UserRole } from '@kntc/persistence';
import type { UsersService } from '../users/users.service';
import type { UserView } from '../users/user-view';

/**
 * Test data for access tests (medium and e2e): authorities inserted directly (the tree has its
 * own API elsewhere) and users created through the real service. Not exported from the library.
 */
export async function insertAuthority(
  ds: DataSource,
  a: {
    code: string;
    level?: AuthorityLevel;
    parentId?: string | null;
    validFrom?: IsoDate;
    validUntil?: IsoDate | null;
    remote?: boolean;
  },
): Promise<string> {
  const [row] = await ds.query<{ id: string }[]>(
    `INSERT INTO authority (code, name, level, parent_id, valid_from, valid_until, remote)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      a.code,
      `Cơ quan ${a.code}`,
      a.level ?? 'province',
      a.parentId ?? null,
      a.validFrom ?? '2020-01-01',
      a.validUntil ?? null,
      a.remote ?? false,
    ],
  );
  return row.id;
}

/** A password that passes the policy, distinct per user so a leak is traceable in assertions. */
export const passwordFor = (username: string) =>
  `Pw!${createHash('sha256').update(username).digest('hex').slice(0, 12)}Z7`;

export function createUser(
  users: UsersService,
  username: string,
  role: UserRole,
  authorityId: string,
  password = passwordFor(username),
): Promise<UserView> {
  return users.createByOperator({ username, displayName: `Cán bộ ${username}`, role, authorityId, password });
}
