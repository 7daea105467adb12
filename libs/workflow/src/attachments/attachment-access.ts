import { revealPolicy, type RevealDecision } from '@kntc/access';
import type { Actor } from '@kntc/domain';

/** Where a đơn is: what the access decisions on its attachments need, read from the database. */
export interface PetitionLocation {
  petitionId: string;
  petitionHolderId: string;
  /** The authority holding the case the đơn opened or joined, if any. */
  caseHolderId: string | null;
  assignedHandlerId: string | null;
}

/**
 * Whether an actor may add a document to the đơn: staff of the authority holding it, or
 * holding the case it belongs to (whoever works the matter adds its documents). Anyone else
 * gets "not found", as for every command.
 */
export function mayAttachTo(actor: Actor, where: PetitionLocation): boolean {
  return actor.authority.id === where.petitionHolderId || actor.authority.id === where.caseHolderId;
}

/**
 * Who may open a file that shows a person's identity (bút tích, a signed đơn, an ID card copy):
 * exactly those who may see the identity itself. The file is judged as the most protected party
 * of its đơn, since the engine does not know whose handwriting it is: if any party is a
 * protected denouncer, the file is protected (Luật Tố cáo Art. 8.3, 47, 56). The custody
 * comes from the database (the case's holder once a case is open), as for the vault.
 */
export function identityFileDecision(
  actor: Actor,
  where: PetitionLocation,
  anyProtectedParty: boolean,
): RevealDecision {
  return revealPolicy(
    actor,
    { protected: anyProtectedParty, protectionWaived: false },
    {
      holderAuthorityId: where.caseHolderId ?? where.petitionHolderId,
      assignedHandlerId: where.assignedHandlerId,
    },
  );
}
