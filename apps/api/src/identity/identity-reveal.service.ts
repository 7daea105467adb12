import { Injectable } from '@nestjs/common';
import {
  IdentityVaultService,
  type IdentityRevealRecord,
  type RevealedIdentity,
  type RevealedVisitorIdentity,
} from '@kntc/access';
import { NotFoundError, type Actor, type IsoDate } from '@kntc/domain';
import { revealLogPageOf, revealLogWindow, type RevealLogPage } from './reveal-log-page';

export interface RevealLogRequest {
  limit: number;
  cursor?: string;
  from?: IsoDate;
  to?: IsoDate;
  authorityId?: string;
  userId?: string;
  petitionId?: string;
  partyId?: string;
  visitId?: string;
  visitorId?: string;
}

/**
 * The HTTP side of the identity vault (kho nhân thân): revealing one party of one đơn, and the
 * reveal log for inspectors. The vault decides who may see what and records every reveal of a
 * protected denouncer; this service only ties the party to the đơn named in the URL.
 */
@Injectable()
export class IdentityRevealService {
  constructor(private readonly vault: IdentityVaultService) {}

  /**
   * The party must be on the đơn of the URL. Checked on the redacted flags, before the vault
   * decrypts or records anything, so a mismatched pair leaves no line in the reveal log; the
   * answer is the vault's own "not found", so a wrong đơn, a party out of reach and a refusal
   * of the reveal policy look the same (Luật Tố cáo Art. 8.3: not even protection may show).
   */
  async revealPartyOfPetition(
    actor: Actor,
    petitionId: string,
    partyId: string,
    reason: string,
    requestId?: string,
  ): Promise<RevealedIdentity> {
    const id = partyId.toLowerCase();
    const parties = await this.vault.redactedPartiesOfPetition(petitionId.toLowerCase());
    if (!parties.some((p) => p.partyId === id)) throw new NotFoundError('người gửi đơn', partyId);
    return this.vault.reveal(id, actor, reason, requestId);
  }

  /** Someone received at a visit; the vault decides, records and decrypts. */
  revealVisitor(
    actor: Actor,
    visitId: string,
    visitorId: string,
    reason: string,
    requestId?: string,
  ): Promise<RevealedVisitorIdentity> {
    return this.vault.revealVisitor(visitId, visitorId, actor, reason, requestId);
  }

  /** A page of the reveal log within the inspector's subtree; the vault refuses anyone else. */
  async revealLog(actor: Actor, request: RevealLogRequest): Promise<RevealLogPage<IdentityRevealRecord>> {
    const lines = await this.vault.listReveals(actor, {
      ...revealLogWindow(request.from, request.to),
      ...(request.authorityId ? { userAuthorityId: request.authorityId } : {}),
      ...(request.userId ? { userId: request.userId } : {}),
      ...(request.petitionId ? { petitionId: request.petitionId } : {}),
      ...(request.partyId ? { partyId: request.partyId } : {}),
      ...(request.visitId ? { visitId: request.visitId } : {}),
      ...(request.visitorId ? { visitorId: request.visitorId } : {}),
      ...(request.cursor ? { afterId: request.cursor } : {}),
      limit: request.limit + 1,
    });
    return revealLogPageOf(lines, request.limit);
  }
}
