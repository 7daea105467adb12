import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFoundError, ValidationFailedError, type Actor } from '@kntc/domain';
import { ForbiddenError } from '../errors/access-errors';
import type { PartyKind } from '@kntc/persistence';
import { fingerprintsOf, type PartyFingerprints } from './blind-index';
import { openIdentity, sealIdentity } from './identity-cipher';
import { IdentityKeyRing } from './identity-key-ring';
import { IDENTITY_KEY_RING } from './identity-key-ring.token';
import { IdentityRevealRepository, type IdentityRevealRecord, type RevealLogQuery } from './identity-reveal.repository';
import { cleanPartyIdentity, isEmptyIdentity, type PartyIdentity } from './party-identity';
import { PartyRepository } from './party.repository';
import { redactParty, type PartyFlags, type PetitionContentKind, type RedactedParty } from './redact-party';
import { isProtectedIdentity, revealPolicy } from './reveal-policy';
import { sealParty, type NewParty, type SealedPartyRow } from './seal-party';
import { visitorRevealPolicy } from './visitor-reveal-policy';
import { VisitorRepository } from './visitor.repository';

export interface RevealedIdentity {
  partyId: string;
  petitionId: string;
  identity: PartyIdentity;
  /** Protected in effect: this reveal was recorded. */
  protected: boolean;
  /** The identity_reveal row written for this reveal (null when the party is not protected). */
  revealId: string | null;
  basis: string;
}

export interface RevealedVisitorIdentity {
  visitorId: string;
  visitId: string;
  identity: PartyIdentity;
  /** The identity_reveal row written for this reveal: every reveal of a visitor is recorded. */
  revealId: string;
  basis: string;
}

export interface DuplicateCandidate {
  partyId: string;
  petitionId: string;
  caseId: string | null;
  matchedOn: ('idNumber' | 'nameAddress')[];
}

export type RevealLogFilter = Partial<Omit<RevealLogQuery, 'limit' | 'withinAuthorityId'>> & { limit?: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_REASON = 500; // identity_reveal.reason
const MAX_REQUEST_ID = 80; // identity_reveal.request_id
const MAX_CANDIDATES = 100;
const MAX_LOG_PAGE = 500;

/**
 * The one way in and out of party identities: seals them for intake, reveals them to whom the
 * reveal policy allows (recording every reveal of a protected denouncer), matches them by
 * blind index, and shows everyone else the redacted view.
 */
@Injectable()
export class IdentityVaultService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parties: PartyRepository,
    private readonly reveals: IdentityRevealRepository,
    @Inject(IDENTITY_KEY_RING) private readonly ring: IdentityKeyRing,
    private readonly visitors: VisitorRepository,
  ) {}

  /** The row for a new party (id chosen here), for intake to insert itself. */
  sealParty(input: NewParty): SealedPartyRow {
    return sealParty(input, this.ring);
  }

  /** Seals and inserts a party in the caller's transaction (the petition intake's). */
  async addParty(manager: EntityManager, input: NewParty): Promise<SealedPartyRow> {
    const row = sealParty(input, this.ring);
    await this.parties.insertSealed(manager, row);
    return row;
  }

  /**
   * Seals the identity of someone received at a reception visit, bound to `id` (the row's id), with
   * the same cipher and blind indexes as a petition party: ND154/2026 Art. 12.2 asks the same
   * secrecy for every citizen received. Nothing in plain text leaves this method.
   */
  sealVisitor(
    id: string,
    identity: PartyIdentity,
    kind: PartyKind,
    path = 'identity',
  ): {
    identityCiphertext: Buffer | null;
    identityKeyId: string | null;
    idNumberFingerprint: string | null;
    nameAddressFingerprint: string | null;
  } {
    const clean = cleanPartyIdentity(identity, path);
    if (isEmptyIdentity(clean)) {
      return { identityCiphertext: null, identityKeyId: null, idNumberFingerprint: null, nameAddressFingerprint: null };
    }
    const sealed = sealIdentity(clean, id, this.ring);
    const fingerprints = fingerprintsOf(clean, kind, this.ring);
    return {
      identityCiphertext: sealed.ciphertext,
      identityKeyId: sealed.keyId,
      idNumberFingerprint: fingerprints.idNumber,
      nameAddressFingerprint: fingerprints.nameAddress,
    };
  }

  /** Fingerprints of an identity, e.g. to look for earlier đơn before recording a new one. */
  fingerprintsOf(identity: PartyIdentity, kind: PartyKind): PartyFingerprints {
    return fingerprintsOf(identity, kind, this.ring);
  }

  /**
   * The identity of a party, when the reveal policy allows this actor to see it. Where the đơn
   * is (holder, assigned handler) is read from the database in this transaction, never taken
   * from the caller. A refusal is indistinguishable from a party that does not exist, so
   * probing ids tells nothing. A protected identity is returned only once its identity_reveal
   * row is committed; that is why this method always runs its own transaction: inside a
   * caller's, the caller could roll the record back after receiving the identity.
   */
  async reveal(partyId: string, actor: Actor, reason: string, requestId?: string | null): Promise<RevealedIdentity> {
    // Validated before anything is read, and the same for every party: a different answer for
    // protected parties would itself tell who is protected.
    const why = revealReason(reason);
    if (!UUID.test(partyId)) throw notFound(partyId);
    return this.dataSource.transaction(async (manager) => {
      const party = await this.parties.findForReveal(manager, partyId);
      if (!party) throw notFound(partyId);
      const decision = revealPolicy(actor, party, party.context);
      if (!decision.allowed) throw notFound(partyId);
      const isProtected = isProtectedIdentity(party);
      // Decrypt before recording: a row that cannot be opened was not revealed.
      const identity = party.sealed ? openIdentity(party.sealed, party.id, this.ring) : {};
      const revealId =
        isProtected && party.sealed
          ? await this.reveals.record(manager, {
              partyId: party.id,
              petitionId: party.petitionId,
              userId: actor.userId,
              userRole: actor.role,
              userAuthorityId: actor.authority.id,
              reason: why,
              requestId: requestId ? requestId.slice(0, MAX_REQUEST_ID) : null,
            })
          : null;
      return {
        partyId: party.id,
        petitionId: party.petitionId,
        identity,
        protected: isProtected,
        revealId,
        basis: decision.basis,
      };
    });
  }

  /**
   * The identity of someone received at a visit, to whom visitorRevealPolicy allows, in its own
   * transaction like `reveal`. Every visitor reveal is recorded (not only protected ones): the
   * register's identities are needed only to answer the citizen, so each look is worth a line.
   * A refusal looks like a visitor that does not exist.
   */
  async revealVisitor(
    visitId: string,
    visitorId: string,
    actor: Actor,
    reason: string,
    requestId?: string | null,
  ): Promise<RevealedVisitorIdentity> {
    const why = revealReason(reason);
    const notFoundVisitor = () => new NotFoundError('người được tiếp', visitorId);
    if (!UUID.test(visitId) || !UUID.test(visitorId)) throw notFoundVisitor();
    return this.dataSource.transaction(async (manager) => {
      const visitor = await this.visitors.findForReveal(manager, visitId.toLowerCase(), visitorId.toLowerCase());
      if (!visitor) throw notFoundVisitor();
      const decision = visitorRevealPolicy(actor, visitor.visit);
      if (!decision.allowed) throw notFoundVisitor();
      const identity = visitor.sealed ? openIdentity(visitor.sealed, visitor.id, this.ring) : {};
      const revealId = await this.reveals.record(manager, {
        visitorId: visitor.id,
        visitId: visitor.visitId,
        userId: actor.userId,
        userRole: actor.role,
        userAuthorityId: actor.authority.id,
        reason: why,
        requestId: requestId ? requestId.slice(0, MAX_REQUEST_ID) : null,
      });
      return { visitorId: visitor.id, visitId: visitor.visitId, identity, revealId, basis: decision.basis };
    });
  }

  /**
   * Earlier parties with the same ID number or name + address: ids only, never identities.
   * Only parties this actor could reveal are returned, because a match alone tells that a
   * person filed (for a protected denouncer, that is the secret: Luật Tố cáo Art. 8.3).
   */
  async findByFingerprints(
    actor: Actor,
    fingerprints: PartyFingerprints,
    options: { excludePartyIds?: string[]; manager?: EntityManager } = {},
  ): Promise<DuplicateCandidate[]> {
    if (!fingerprints.idNumber && !fingerprints.nameAddress) return [];
    const manager = options.manager ?? this.dataSource.manager;
    const exclude = new Set(options.excludePartyIds ?? []);
    const matches = await this.parties.findMatchesHeldBy(manager, fingerprints, actor.authority.id, MAX_CANDIDATES);
    return matches
      .filter((m) => !exclude.has(m.id) && revealPolicy(actor, m, m.context).allowed)
      .map((m) => ({
        partyId: m.id,
        petitionId: m.petitionId,
        caseId: m.caseId,
        matchedOn: [
          ...(m.idNumberMatched ? ['idNumber' as const] : []),
          ...(m.nameAddressMatched ? ['nameAddress' as const] : []),
        ],
      }));
  }

  /**
   * At intake: the records this authority already holds with the same person (ids only). Unlike
   * `findByFingerprints` the reveal policy is not applied: the officer recording the đơn has the
   * person in front of them, so learning that the same person has another đơn at the same
   * authority discloses nothing new, and hiding it would defeat duplicate detection.
   */
  async findForIntake(
    actor: Actor,
    fingerprints: PartyFingerprints,
    manager: EntityManager,
    excludePetitionId: string,
  ): Promise<DuplicateCandidate[]> {
    if (!fingerprints.idNumber && !fingerprints.nameAddress) return [];
    const matches = await this.parties.findMatchesHeldBy(manager, fingerprints, actor.authority.id, MAX_CANDIDATES);
    return matches
      .filter((m) => m.petitionId !== excludePetitionId)
      .map((m) => ({
        partyId: m.id,
        petitionId: m.petitionId,
        caseId: m.caseId,
        matchedOn: [
          ...(m.idNumberMatched ? ['idNumber' as const] : []),
          ...(m.nameAddressMatched ? ['nameAddress' as const] : []),
        ],
      }));
  }

  /**
   * The reveal log for inspectors: who revealed which party, when and why; no identities.
   * Scope as for every inspector query (SCOPE_REACH in authorization/data-scope.ts): reveals
   * by users of the inspector's authority and every authority below it, dissolved ones
   * included, since an audit looks back.
   */
  async listReveals(actor: Actor, filter: RevealLogFilter = {}): Promise<IdentityRevealRecord[]> {
    if (actor.role !== 'inspector') {
      throw new ForbiddenError('Chỉ thanh tra được xem nhật ký xem thông tin nhân thân.');
    }
    const limit = filter.limit ?? 100;
    const invalid = [
      ...(['partyId', 'petitionId', 'visitorId', 'visitId', 'userId', 'userAuthorityId'] as const).filter(
        (f) => filter[f] !== undefined && !UUID.test(filter[f]),
      ),
      ...(['from', 'to'] as const).filter(
        (f) => filter[f] !== undefined && !(filter[f] instanceof Date && !Number.isNaN(filter[f].getTime())),
      ),
      ...(Number.isInteger(limit) && limit >= 1 && limit <= MAX_LOG_PAGE ? [] : ['limit']),
      ...(filter.afterId !== undefined && !/^\d{1,18}$/.test(filter.afterId) ? ['afterId'] : []),
    ];
    if (invalid.length > 0) {
      throw new ValidationFailedError(
        invalid.map((field) => ({ field, issue: 'invalid', message: `Giá trị ${field} không hợp lệ.` })),
      );
    }
    return this.reveals.listWithinAuthority(this.dataSource.manager, {
      ...filter,
      withinAuthorityId: actor.authority.id,
      limit,
    });
  }

  /** What everyone the policy refuses sees of a party. */
  redactedView(party: PartyFlags, contentKind?: PetitionContentKind | null): RedactedParty {
    return redactParty(party, contentKind);
  }

  /** The redacted parties of a đơn, e.g. for the file handed to verifiers (Luật Tố cáo Art. 56.2). */
  async redactedPartiesOfPetition(petitionId: string, manager?: EntityManager): Promise<RedactedParty[]> {
    if (!UUID.test(petitionId)) return [];
    const { parties, contentKind } = await this.parties.listFlagsOfPetition(
      manager ?? this.dataSource.manager,
      petitionId,
    );
    return parties.map((p) => redactParty(p, contentKind));
  }
}

const notFound = (partyId: string) => new NotFoundError('người gửi đơn', partyId);

/** The reason a reveal must give, normalised; the same check for every subject. */
function revealReason(reason: unknown): string {
  const why = typeof reason === 'string' ? reason.normalize('NFC').trim() : '';
  if (why.length === 0 || why.length > MAX_REASON) {
    throw new ValidationFailedError([
      {
        field: 'reason',
        issue: why.length === 0 ? 'required' : 'too_long',
        message: `Cần nêu lý do xem thông tin nhân thân (tối đa ${MAX_REASON} ký tự).`,
      },
    ]);
  }
  return why;
}
