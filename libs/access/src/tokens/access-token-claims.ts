import { USER_ROLES, type UserRole } from '@kntc/persistence';

/**
 * The claims of an access token. Kept minimal: the token is only a pointer to the user; the JWT
 * strategy re-reads the user on every request, so `tv` (the user's token_version) is what makes
 * a disabled account or a changed password end every token at once.
 */
export interface AccessTokenClaims {
  /** User id. */
  sub: string;
  role: UserRole;
  /** Authority id. */
  aid: string;
  /** token_version of the user when the token was issued. */
  tv: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** The claims of a verified token, or null when they do not have the expected shape. */
export function parseAccessTokenClaims(payload: unknown): AccessTokenClaims | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const p = payload as Record<string, unknown>;
  if (!isUuid(p.sub) || !isUuid(p.aid)) return null;
  if (typeof p.role !== 'string' || !(USER_ROLES as readonly string[]).includes(p.role)) return null;
  if (typeof p.tv !== 'number' || !Number.isInteger(p.tv) || p.tv < 0) return null;
  return { sub: p.sub, role: p.role as UserRole, aid: p.aid, tv: p.tv };
}
