import type { Actor } from '../../shared/actor';
import type { AuthorityLevel, AuthorityRef } from '../../shared/authority';

/** The actor acts for exactly this authority. */
export const actsFor = (actor: Actor, authority: AuthorityRef): boolean => actor.authority.id === authority.id;

/** `ancestor` is above `authority` in the tree (strictly). */
export const isAncestorOf = (ancestor: AuthorityRef, authority: AuthorityRef): boolean =>
  ancestor.id !== authority.id && authority.path.includes(ancestor.id);

/** The nearest ancestor of `authority` at `level`, as an id, if the path shows one (levels are not in the path). */
export const isAncestorAtLevel = (candidate: AuthorityRef, authority: AuthorityRef, level: AuthorityLevel): boolean =>
  candidate.level === level && isAncestorOf(candidate, authority);
