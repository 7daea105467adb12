import { INDEX_KEY_ID, type IdentityKeyRing } from './identity-key-ring';

export interface KeyUsage {
  keyId: string;
  /** Party rows whose identity is sealed with this key. */
  rows: number;
  current: boolean;
  indexRoot: boolean;
  /** True when the entry can be dropped from IDENTITY_KEYS without losing anything. */
  removable: boolean;
  advice: string;
}

export interface KeyUsageReport {
  currentKeyId: string;
  indexRootId: string;
  keys: KeyUsage[];
  /** Key ids found on rows but absent from the ring: those identities cannot be read. */
  missingKeys: { keyId: string; rows: number }[];
  /** True when every sealed identity is on the current key. */
  rotationComplete: boolean;
}

/**
 * Which IDENTITY_KEYS entries are still needed, given how many rows each key id seals.
 * Pure: the counts come from the party table.
 */
export function describeKeyUsage(ring: IdentityKeyRing, rowsByKeyId: ReadonlyMap<string, number>): KeyUsageReport {
  const keys: KeyUsage[] = ring.keyIds.map((keyId) => {
    const rows = rowsByKeyId.get(keyId) ?? 0;
    const current = keyId === ring.currentKeyId;
    const indexRoot = keyId === ring.indexRootId;
    let advice: string;
    if (current) advice = 'current key: encrypts new identities';
    else if (rows > 0) advice = `still used by ${rows} row(s): run identity:rotate before removing it`;
    else if (indexRoot) {
      advice =
        `no row uses it, but it roots the blind indexes: replace "${keyId}:" with "${INDEX_KEY_ID}:" ` +
        '(same base64) to stop it decrypting, never drop its material, or duplicate detection breaks';
    } else advice = 'no row uses it: it can be removed from IDENTITY_KEYS';
    return { keyId, rows, current, indexRoot, removable: !current && !indexRoot && rows === 0, advice };
  });
  if (ring.indexRootId === INDEX_KEY_ID) {
    keys.push({
      keyId: INDEX_KEY_ID,
      rows: 0,
      current: false,
      indexRoot: true,
      removable: false,
      advice: 'blind-index root: keep it for as long as fingerprints are stored',
    });
  }
  const missingKeys = [...rowsByKeyId]
    .filter(([keyId, rows]) => rows > 0 && ring.encryptionKey(keyId) === undefined)
    .map(([keyId, rows]) => ({ keyId, rows }));
  const rotationComplete = [...rowsByKeyId].every(([keyId, rows]) => rows === 0 || keyId === ring.currentKeyId);
  return { currentKeyId: ring.currentKeyId, indexRootId: ring.indexRootId, keys, missingKeys, rotationComplete };
}
