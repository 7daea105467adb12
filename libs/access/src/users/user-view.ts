import type { UserEntity, UserRole } from '@kntc/persistence';

/** A user as the rest of the system may see it: never the hash, the counters or token_version. */
export interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: UserRole;
  authorityId: string;
  disabledAt: Date | null;
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
  passwordChangedAt: Date;
  createdAt: Date;
}

export function viewOf(u: UserEntity): UserView {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    authorityId: u.authorityId,
    disabledAt: u.disabledAt,
    lockedUntil: u.lockedUntil,
    lastLoginAt: u.lastLoginAt,
    passwordChangedAt: u.passwordChangedAt,
    createdAt: u.createdAt,
  };
}
