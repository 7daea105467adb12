import type { IsoDate, Role } from '@kntc/domain';

/**
 * How far a role sees: its own authority, or the authority and its whole subtree. Inspectors
 * audit the authorities under them; administrators manage users and units under them. Everyone
 * else works the records of their own authority.
 */
export type ScopeReach = 'own_authority' | 'subtree';

export const SCOPE_REACH: Record<Role, ScopeReach> = {
  reception_officer: 'own_authority',
  handler: 'own_authority',
  leader: 'own_authority',
  inspector: 'subtree',
  admin: 'subtree',
  // The engine's timers do not serve requests; if a system actor is ever scoped, least privilege.
  system: 'own_authority',
};

/** The authorities whose records an actor may see and act on, as of a date. */
export interface DataScope {
  readonly reach: ScopeReach;
  readonly rootId: string;
  readonly on: IsoDate;
  /** Use in queries: `WHERE holder_authority_id = ANY($1)`. */
  readonly authorityIds: readonly string[];
}

/**
 * A record is in scope when any of its authorities is (e.g. the receiving or the holding
 * authority of a đơn). Pass only the holder when the question is "may act on it".
 */
export function scopeIncludesAny(scope: DataScope, authorityIds: readonly (string | null | undefined)[]): boolean {
  return authorityIds.some((id) => typeof id === 'string' && scope.authorityIds.includes(id));
}
