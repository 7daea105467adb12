import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { IdentityKeyRing } from './identity-key-ring';
import { PARTY_IDENTITY_TEXT_FIELDS, type PartyIdentity } from './party-identity';

const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Plaintexts are padded to a multiple of this, so a ciphertext's length says little about a name's. */
const PAD_TO = 64;

export interface SealedIdentity {
  /** iv (12 bytes) ‖ GCM tag (16 bytes) ‖ encrypted identity JSON. */
  ciphertext: Buffer;
  keyId: string;
}

/** The ciphertext cannot be opened: wrong row, unknown key, or altered bytes. Never a user error. */
export class IdentityCipherError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IdentityCipherError';
  }
}

/**
 * Associated data: the ciphertext authenticates the party id it was sealed for, so copying it
 * onto another party's row (e.g. to make a protected identity appear under an unprotected
 * party) makes it fail to open instead of revealing it.
 */
function associatedData(partyId: string): Buffer {
  return Buffer.from(`kntc:party-identity:v1:${partyId.toLowerCase()}`, 'utf8');
}

function canonicalJson(identity: PartyIdentity): Buffer {
  const ordered: Record<string, unknown> = {};
  for (const field of PARTY_IDENTITY_TEXT_FIELDS) if (identity[field] !== undefined) ordered[field] = identity[field];
  if (identity.handwritingScanIds?.length) ordered.handwritingScanIds = identity.handwritingScanIds;
  const json = Buffer.from(JSON.stringify(ordered), 'utf8');
  // Trailing spaces are valid JSON whitespace: JSON.parse ignores them on the way back.
  const padded = Buffer.alloc(Math.ceil((json.length + 1) / PAD_TO) * PAD_TO, 0x20);
  json.copy(padded);
  return padded;
}

/** Encrypts an identity for one party row with the ring's current key (AES-256-GCM). */
export function sealIdentity(identity: PartyIdentity, partyId: string, ring: IdentityKeyRing): SealedIdentity {
  const keyId = ring.currentKeyId;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', ring.encryptionKey(keyId)!, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(partyId));
  const data = Buffer.concat([cipher.update(canonicalJson(identity)), cipher.final()]);
  return { ciphertext: Buffer.concat([iv, cipher.getAuthTag(), data]), keyId };
}

/** Decrypts and authenticates a sealed identity; throws IdentityCipherError on any mismatch. */
export function openIdentity(sealed: SealedIdentity, partyId: string, ring: IdentityKeyRing): PartyIdentity {
  const key = ring.encryptionKey(sealed.keyId);
  if (!key) throw new IdentityCipherError(`identity key "${sealed.keyId}" is not in IDENTITY_KEYS`);
  if (sealed.ciphertext.length < IV_BYTES + TAG_BYTES) {
    throw new IdentityCipherError('identity ciphertext is truncated');
  }
  const iv = sealed.ciphertext.subarray(0, IV_BYTES);
  const tag = sealed.ciphertext.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(associatedData(partyId));
  decipher.setAuthTag(tag);
  let plain: Buffer;
  try {
    plain = Buffer.concat([decipher.update(sealed.ciphertext.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    // Deliberately vague: which of key, row or bytes is wrong is not something to tell a caller.
    throw new IdentityCipherError('identity ciphertext does not authenticate for this party');
  }
  return JSON.parse(plain.toString('utf8')) as PartyIdentity;
}
