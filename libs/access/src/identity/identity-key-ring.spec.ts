import { inspect } from 'node:util';
import { ConfigError } from '@kntc/config';
import { parseIdentityKeyRing } from './identity-key-ring';

const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');

function problemsOf(value: string | undefined): string {
  try {
    parseIdentityKeyRing(value);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems.join('\n');
  }
  throw new Error('expected a ConfigError');
}

describe('parseIdentityKeyRing', () => {
  it('encrypts with the first key and decrypts with all of them', () => {
    const ring = parseIdentityKeyRing(`k2:${key(2)}, k1:${key(1)}`);
    expect(ring.currentKeyId).toBe('k2');
    expect(ring.keyIds).toEqual(['k2', 'k1']);
    expect(ring.encryptionKey('k1')).toHaveLength(32);
    expect(ring.encryptionKey('k0')).toBeUndefined();
  });

  it('roots the blind indexes in the last (oldest) key, or in an explicit index entry', () => {
    expect(parseIdentityKeyRing(`k1:${key(1)}`).indexRootId).toBe('k1');
    expect(parseIdentityKeyRing(`k2:${key(2)},k1:${key(1)}`).indexRootId).toBe('k1');
    const explicit = parseIdentityKeyRing(`k2:${key(2)},index:${key(1)}`);
    expect(explicit.indexRootId).toBe('index');
    // The index entry never encrypts or decrypts.
    expect(explicit.keyIds).toEqual(['k2']);
    expect(explicit.encryptionKey('index')).toBeUndefined();
  });

  it('derives the same index keys from the same root whatever the encryption keys', () => {
    const before = parseIdentityKeyRing(`k1:${key(1)}`);
    const during = parseIdentityKeyRing(`k2:${key(2)},k1:${key(1)}`);
    const after = parseIdentityKeyRing(`k2:${key(2)},index:${key(1)}`);
    for (const ring of [during, after]) {
      expect(ring.indexKey('idNumber').equals(before.indexKey('idNumber'))).toBe(true);
      expect(ring.indexKey('nameAddress').equals(before.indexKey('nameAddress'))).toBe(true);
    }
    // Key separation: neither index key is the encryption key, nor each other.
    expect(before.indexKey('idNumber').equals(before.indexKey('nameAddress'))).toBe(false);
    expect(before.indexKey('idNumber').equals(before.encryptionKey('k1')!)).toBe(false);
  });

  it.each([
    ['unset', undefined, /not set/],
    ['empty', ' , ', /not set/],
    ['no id', key(1), /expected id:base64/],
    ['bad id', `k-1:${key(1)}`, /expected id:base64/],
    ['short key', `k1:${Buffer.alloc(16, 1).toString('base64')}`, /must be 32 bytes, got 16/],
    ['not base64', `k1:${'!'.repeat(44)}`, /not valid base64/],
    ['duplicate id', `k1:${key(1)},k1:${key(2)}`, /"k1" appears more than once/],
    ['same key twice', `k2:${key(1)},k1:${key(1)}`, /"k2" and "k1" are the same key/],
    ['only an index key', `index:${key(1)}`, /at least one encryption key/],
  ])('refuses %s', (_case, value, problem) => {
    expect(problemsOf(value)).toMatch(problem);
  });

  it('names every bad entry at once and never echoes key material', () => {
    const secret = Buffer.alloc(16, 7).toString('base64');
    const problems = problemsOf(`k1:${secret},k2:nope,k3:${key(3)}`);
    expect(problems).toMatch(/entry 1 \("k1"\)/);
    expect(problems).toMatch(/entry 2 \("k2"\)/);
    expect(problems).not.toContain(secret);
  });

  it('keeps key material out of logs and JSON', () => {
    const material = key(9);
    const ring = parseIdentityKeyRing(`k9:${material}`);
    const shown = `${JSON.stringify(ring)} ${inspect(ring, { showHidden: true, depth: 5 })}`;
    expect(shown).toContain('k9');
    expect(shown).not.toContain(material);
    expect(shown).not.toContain(Buffer.alloc(32, 9).toString('hex'));
  });
});
