import { randomUUID } from 'node:crypto';
import { IdentityCipherError, openIdentity, sealIdentity } from './identity-cipher';
import { parseIdentityKeyRing } from './identity-key-ring';
import type { PartyIdentity } from './party-identity';

const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');
const ring1 = parseIdentityKeyRing(`k1:${key(1)}`);
const ring21 = parseIdentityKeyRing(`k2:${key(2)},k1:${key(1)}`);

const identity: PartyIdentity = {
  fullName: 'Nguyễn Thị Hồng Nhung',
  address: 'Số 12, ngõ 3, phường Láng, Hà Nội',
  idNumber: '001091001234',
  phone: '0912 345 678',
  handwritingScanIds: ['scan-1', 'scan-2'],
};

describe('sealIdentity / openIdentity', () => {
  const partyId = randomUUID();

  it('round-trips an identity and lays out iv ‖ tag ‖ data under the current key', () => {
    const sealed = sealIdentity(identity, partyId, ring21);
    expect(sealed.keyId).toBe('k2');
    expect(sealed.ciphertext.length).toBeGreaterThan(12 + 16);
    expect(openIdentity(sealed, partyId, ring21)).toEqual(identity);
  });

  it('uses a fresh iv each time and shows nothing of the plain text', () => {
    const a = sealIdentity(identity, partyId, ring1);
    const b = sealIdentity(identity, partyId, ring1);
    expect(a.ciphertext.subarray(0, 12).equals(b.ciphertext.subarray(0, 12))).toBe(false);
    for (const text of ['Nguyễn', 'Nguy', '001091001234', 'Láng']) {
      expect(a.ciphertext.includes(Buffer.from(text, 'utf8'))).toBe(false);
    }
  });

  it('pads, so the length does not give away the length of the name', () => {
    const short = sealIdentity({ fullName: 'An' }, partyId, ring1);
    const longer = sealIdentity({ fullName: 'Nguyễn Văn An' }, partyId, ring1);
    expect(short.ciphertext.length).toBe(longer.ciphertext.length);
  });

  it('opens data sealed with an older key while the ring still has it', () => {
    const old = sealIdentity(identity, partyId, ring1);
    expect(openIdentity(old, partyId, ring21)).toEqual(identity);
  });

  it('refuses a ciphertext with any byte changed (iv, tag or data)', () => {
    const sealed = sealIdentity(identity, partyId, ring1);
    for (const at of [0, 12, 28, sealed.ciphertext.length - 1]) {
      const tampered = Buffer.from(sealed.ciphertext);
      tampered[at] ^= 0x01;
      expect(() => openIdentity({ ...sealed, ciphertext: tampered }, partyId, ring1)).toThrow(IdentityCipherError);
    }
  });

  it('refuses a ciphertext moved to another party row (associated data)', () => {
    const sealed = sealIdentity(identity, partyId, ring1);
    expect(() => openIdentity(sealed, randomUUID(), ring1)).toThrow(IdentityCipherError);
  });

  it('refuses an unknown key id, and a key id pointing at the wrong key', () => {
    const sealed = sealIdentity(identity, partyId, ring21);
    expect(() => openIdentity({ ...sealed, keyId: 'k9' }, partyId, ring21)).toThrow(/"k9" is not in IDENTITY_KEYS/);
    expect(() => openIdentity({ ...sealed, keyId: 'k1' }, partyId, ring21)).toThrow(IdentityCipherError);
    expect(() => openIdentity(sealed, partyId, ring1)).toThrow(IdentityCipherError);
  });

  it('refuses a truncated ciphertext', () => {
    const sealed = sealIdentity(identity, partyId, ring1);
    expect(() => openIdentity({ ...sealed, ciphertext: sealed.ciphertext.subarray(0, 20) }, partyId, ring1)).toThrow(
      /truncated/,
    );
  });
});
