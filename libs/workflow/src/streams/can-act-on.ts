import type { Actor, AuthorityRef } from '@kntc/domain';

/**
 * Whether an actor may send a command to a petition or case at all (before the machine's own
 * competence guards). The holder's staff may; a superior of the holder may for the commands the
 * law gives superiors (second complaint, further denunciation, taking over an overdue case);
 * a receiving authority may act on what was forwarded to it. Anyone else gets "not found".
 */
export function canActOn(
  actor: Actor,
  context: { holder?: AuthorityRef; forwardedTo?: AuthorityRef; pendingReceiver?: AuthorityRef },
  allowSuperior: boolean,
): boolean {
  const holder = context.holder;
  if (!holder) return false;
  if (actor.authority.id === holder.id) return true;
  const receiver = context.forwardedTo ?? context.pendingReceiver;
  if (receiver && actor.authority.id === receiver.id) return true;
  return allowSuperior && holder.path.includes(actor.authority.id);
}
