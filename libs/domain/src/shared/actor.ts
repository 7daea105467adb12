import type { AuthorityRef } from './authority';

/**
 * Who takes a step. Roles decide which person may send which command (the access table in
 * libs/access); the machines only check the authority, under the law's competence rules.
 */
export const ROLES = ['reception_officer', 'handler', 'leader', 'inspector', 'admin', 'system'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  userId: string;
  role: Role;
  authority: AuthorityRef;
}
