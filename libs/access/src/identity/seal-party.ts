import { randomUUID } from 'node:crypto';
import { ValidationFailedError } from '@kntc/domain';
import type { PartyKind, PartyRole } from '@kntc/persistence';
import { fingerprintsOf } from './blind-index';
import { sealIdentity } from './identity-cipher';
import type { IdentityKeyRing } from './identity-key-ring';
import { cleanPartyIdentity, isEmptyIdentity, type PartyIdentity } from './party-identity';

/** A party as intake knows it, identity in plain text. */
export interface NewParty {
  petitionId: string;
  role: PartyRole;
  kind: PartyKind;
  /** Nặc danh: no identity is given, and none may be. */
  anonymous: boolean;
  /** Set for the denouncer(s) of a tố cáo (Luật Tố cáo Art. 47). */
  protected: boolean;
  /** The denouncer declined protection (Art. 47: "trừ trường hợp người tố cáo tự tiết lộ"). */
  protectionWaived?: boolean;
  identity?: PartyIdentity;
}

/** Exactly the columns of a party row: what intake inserts. No plain identity in it. */
export interface SealedPartyRow {
  id: string;
  petitionId: string;
  role: PartyRole;
  kind: PartyKind;
  anonymous: boolean;
  protected: boolean;
  protectionWaived: boolean;
  identityCiphertext: Buffer | null;
  identityKeyId: string | null;
  idNumberFingerprint: string | null;
  nameAddressFingerprint: string | null;
}

/**
 * Builds the row for a new party. The id is chosen here, before the insert, because the
 * ciphertext is bound to it (associated data).
 */
export function sealParty(input: NewParty, ring: IdentityKeyRing, partyId: string = randomUUID()): SealedPartyRow {
  const identity = input.identity === undefined ? {} : cleanPartyIdentity(input.identity);
  const empty = isEmptyIdentity(identity);
  if (input.anonymous && !empty) {
    // Storing "some" identity under an anonymous flag would hide it from the rules that
    // protect identities; intake must decide which it is.
    throw new ValidationFailedError([
      {
        field: 'identity',
        issue: 'anonymous_with_identity',
        message: 'Đơn nặc danh không được kèm thông tin nhân thân.',
      },
    ]);
  }
  const nameField = input.kind === 'organisation' ? 'organisationName' : 'fullName';
  if (!input.anonymous && !identity[nameField]) {
    throw new ValidationFailedError([
      {
        field: `identity.${nameField}`,
        issue: 'required',
        message:
          input.kind === 'organisation'
            ? 'Cần tên cơ quan, tổ chức (hoặc đánh dấu đơn nặc danh).'
            : 'Cần họ và tên (hoặc đánh dấu đơn nặc danh).',
      },
    ]);
  }
  const sealed = empty ? null : sealIdentity(identity, partyId, ring);
  const fingerprints = empty ? { idNumber: null, nameAddress: null } : fingerprintsOf(identity, input.kind, ring);
  return {
    id: partyId,
    petitionId: input.petitionId,
    role: input.role,
    kind: input.kind,
    anonymous: input.anonymous,
    protected: input.protected,
    protectionWaived: input.protectionWaived ?? false,
    identityCiphertext: sealed?.ciphertext ?? null,
    identityKeyId: sealed?.keyId ?? null,
    idNumberFingerprint: fingerprints.idNumber,
    nameAddressFingerprint: fingerprints.nameAddress,
  };
}
