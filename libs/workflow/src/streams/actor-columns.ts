import type { Actor } from '@kntc/domain';

/** Who acted, as the event row records it: the system has no user and acts for no authority of its own. */
export const actorColumns = (actor: Actor) => ({
  actorUserId: actor.role === 'system' ? null : actor.userId,
  actorRole: actor.role,
  actorAuthorityId: actor.role === 'system' ? null : actor.authority.id,
});
