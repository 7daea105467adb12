import { createHmac } from 'node:crypto';
import type { PartyKind } from '@kntc/persistence';
import { normaliseIdNumber, normaliseNameOrAddress } from './identity-normalisation';
import type { IdentityKeyRing } from './identity-key-ring';
import type { PartyIdentity } from './party-identity';

/** Keyed fingerprints stored next to the ciphertext (64 hex characters each, or null). */
export interface PartyFingerprints {
  idNumber: string | null;
  nameAddress: string | null;
}

// Unit separator between fields: normalisation turns it into a space inside a value, so
// ("ab", "c") and ("a", "bc") can never produce the same input.
const SEP = '\u001f';

/**
 * HMAC-SHA256 fingerprints for duplicate detection without decrypting. The keys come from the
 * ring's index root, not from the encryption key, so rotation leaves every fingerprint as it
 * was. Each index has its own key, so equal values in the two columns say nothing.
 *
 * - ID number: computed whenever one is given.
 * - Name + address: computed whenever both are given (not only without an ID number: the
 *   same person often files once with and once without the number). The kind is part of the
 *   input, so a person and an organisation with the same name and address do not match.
 *   For an organisation the name is its organisationName.
 */
export function fingerprintsOf(identity: PartyIdentity, kind: PartyKind, ring: IdentityKeyRing): PartyFingerprints {
  const idNumber = normaliseIdNumber(identity.idNumber);
  const name = normaliseNameOrAddress(kind === 'organisation' ? identity.organisationName : identity.fullName);
  const address = normaliseNameOrAddress(identity.address);
  return {
    idNumber: idNumber ? hmac(ring.indexKey('idNumber'), idNumber) : null,
    nameAddress: name && address ? hmac(ring.indexKey('nameAddress'), [kind, name, address].join(SEP)) : null,
  };
}

const hmac = (key: Buffer, text: string): string => createHmac('sha256', key).update(text, 'utf8').digest('hex');
