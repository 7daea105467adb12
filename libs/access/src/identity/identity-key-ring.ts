import { hkdfSync } from 'node:crypto';
import { inspect } from 'node:util';
import { ConfigError } from '@kntc/config';

/** The id reserved for a key that only roots the blind indexes and never encrypts. */
export const INDEX_KEY_ID = 'index';

const KEY_BYTES = 32;
const ID_PATTERN = /^\w{1,32}$/; // identity_key_id is varchar(32)
const BASE64_PATTERN = /^[A-Za-z0-9+/]+={0,2}$/;

// HKDF labels: each use gets its own key, so the same key material can never serve two
// algorithms (the index root may be an encryption key of the ring: see parseIdentityKeyRing).
const ENCRYPTION_INFO = 'kntc/party-identity/aes-256-gcm/v1';
const ID_NUMBER_INDEX_INFO = 'kntc/party-identity/blind-index/id-number/v1';
const NAME_ADDRESS_INDEX_INFO = 'kntc/party-identity/blind-index/name-address/v1';

const derive = (material: Buffer, info: string): Buffer =>
  Buffer.from(hkdfSync('sha256', material, Buffer.alloc(0), info, KEY_BYTES));

/**
 * The parsed IDENTITY_KEYS. Key material lives in private fields, so logging, inspecting or
 * serialising a ring shows ids only.
 */
export class IdentityKeyRing {
  readonly #encryptionKeys: ReadonlyMap<string, Buffer>;
  readonly #idNumberIndexKey: Buffer;
  readonly #nameAddressIndexKey: Buffer;

  constructor(
    /** Encryption key ids in the configured order; the first encrypts new data. */
    readonly keyIds: readonly string[],
    /** Id of the entry whose material roots the blind indexes. */
    readonly indexRootId: string,
    materials: ReadonlyMap<string, Buffer>,
  ) {
    const indexRoot = materials.get(indexRootId);
    if (keyIds.length === 0 || !indexRoot) throw new Error('IdentityKeyRing: no encryption key or no index root');
    this.#encryptionKeys = new Map(keyIds.map((id) => [id, derive(materials.get(id)!, ENCRYPTION_INFO)]));
    this.#idNumberIndexKey = derive(indexRoot, ID_NUMBER_INDEX_INFO);
    this.#nameAddressIndexKey = derive(indexRoot, NAME_ADDRESS_INDEX_INFO);
  }

  get currentKeyId(): string {
    return this.keyIds[0];
  }

  /** The AES-256 key for a stored key id, or undefined when the ring no longer has it. */
  encryptionKey(keyId: string): Buffer | undefined {
    return this.#encryptionKeys.get(keyId);
  }

  indexKey(index: 'idNumber' | 'nameAddress'): Buffer {
    return index === 'idNumber' ? this.#idNumberIndexKey : this.#nameAddressIndexKey;
  }

  toJSON(): { keyIds: readonly string[]; currentKeyId: string; indexRootId: string } {
    return { keyIds: this.keyIds, currentKeyId: this.currentKeyId, indexRootId: this.indexRootId };
  }

  [inspect.custom](): string {
    return `IdentityKeyRing ${JSON.stringify(this.toJSON())}`;
  }
}

/**
 * Parses IDENTITY_KEYS: `id:base64` pairs separated by commas, each key exactly 32 bytes.
 *
 * - Encryption: every entry except `index` is an encryption key; the first encrypts new data,
 *   all of them decrypt (rotation: put the new key first, keep the old ones until
 *   `identity:rotate --check` says no row uses them).
 * - Blind indexes: the fingerprints must not change when the encryption key does, or
 *   duplicate detection silently stops matching older đơn. Their key is derived (HKDF) from a
 *   root that rotation does not touch: the entry named `index` when there is one, otherwise
 *   the LAST entry, which is the oldest key when new keys are prepended as documented. Before
 *   removing that oldest key, keep its material as `index:<same base64>` (the rotation check
 *   says so). A leaked index root needs a re-index; a leaked encryption key only a rotation.
 *
 * Throws ConfigError naming every problem; key material is never echoed.
 */
export function parseIdentityKeyRing(value: string | undefined): IdentityKeyRing {
  const problems: string[] = [];
  const entries = (value ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e.length > 0);
  if (entries.length === 0) {
    throw new ConfigError(['IDENTITY_KEYS: not set (expected k1:<32 random bytes, base64>[,k0:<older key>])']);
  }
  const materials = new Map<string, Buffer>();
  const ids: string[] = [];
  entries.forEach((entry, i) => {
    const where = `IDENTITY_KEYS entry ${i + 1}`;
    const colon = entry.indexOf(':');
    const id = colon > 0 ? entry.slice(0, colon) : '';
    const encoded = colon > 0 ? entry.slice(colon + 1) : '';
    if (!ID_PATTERN.test(id)) {
      problems.push(`${where}: expected id:base64 with an id of 1-32 letters, digits or _`);
      return;
    }
    if (materials.has(id)) {
      problems.push(`${where}: key id "${id}" appears more than once`);
      return;
    }
    const material = BASE64_PATTERN.test(encoded) ? Buffer.from(encoded, 'base64') : undefined;
    // Re-encoding catches non-canonical base64 that Node would silently truncate.
    if (!material || material.toString('base64') !== encoded) {
      problems.push(`${where} ("${id}"): the key is not valid base64`);
      return;
    }
    if (material.length !== KEY_BYTES) {
      problems.push(`${where} ("${id}"): the key must be ${KEY_BYTES} bytes, got ${material.length}`);
      return;
    }
    materials.set(id, material);
    ids.push(id);
  });
  const keyIds = ids.filter((id) => id !== INDEX_KEY_ID);
  if (problems.length === 0 && keyIds.length === 0) {
    problems.push(`IDENTITY_KEYS: needs at least one encryption key besides "${INDEX_KEY_ID}"`);
  }
  // Two ids on the same material is a copy-paste slip (rotation would achieve nothing), except
  // for `index`, which is meant to carry the material of the key it outlives.
  const seen = new Map<string, string>();
  for (const id of keyIds) {
    const hex = materials.get(id)!.toString('hex');
    const other = seen.get(hex);
    if (other) problems.push(`IDENTITY_KEYS: keys "${other}" and "${id}" are the same key`);
    seen.set(hex, id);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const indexRootId = materials.has(INDEX_KEY_ID) ? INDEX_KEY_ID : keyIds[keyIds.length - 1];
  return new IdentityKeyRing(keyIds, indexRootId, materials);
}
