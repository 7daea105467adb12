import { randomUUID } from 'node:crypto';
import { ValidationFailedError } from '@kntc/domain';
import { openIdentity } from './identity-cipher';
import { parseIdentityKeyRing } from './identity-key-ring';
import { sealParty, type NewParty } from './seal-party';

const ring = parseIdentityKeyRing(`k1:${Buffer.alloc(32, 1).toString('base64')}`);
const petitionId = randomUUID();
const denouncer: NewParty = {
  petitionId,
  role: 'signatory',
  kind: 'individual',
  anonymous: false,
  protected: true,
  identity: { fullName: ' Trần Văn Bình ', address: 'Xã Yên Thế', idNumber: '001091001234', email: '' },
};

function detailsOf(work: () => unknown) {
  try {
    work();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationFailedError);
    return (e as ValidationFailedError).details;
  }
  throw new Error('expected a validation error');
}

describe('sealParty', () => {
  it('builds a row whose identity only the ciphertext holds, bound to the row id', () => {
    const row = sealParty(denouncer, ring);
    expect(row).toMatchObject({
      petitionId,
      role: 'signatory',
      protected: true,
      protectionWaived: false,
      identityKeyId: 'k1',
    });
    expect(row.idNumberFingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(row.nameAddressFingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify({ ...row, identityCiphertext: null })).not.toMatch(/Bình|Binh|001091001234|Yên/);
    // Cleaned: trimmed, empty fields dropped.
    expect(openIdentity({ ciphertext: row.identityCiphertext!, keyId: 'k1' }, row.id, ring)).toEqual({
      fullName: 'Trần Văn Bình',
      address: 'Xã Yên Thế',
      idNumber: '001091001234',
    });
  });

  it('stores nothing for an anonymous party', () => {
    const row = sealParty({ ...denouncer, anonymous: true, identity: undefined }, ring);
    expect(row).toMatchObject({
      anonymous: true,
      identityCiphertext: null,
      identityKeyId: null,
      idNumberFingerprint: null,
      nameAddressFingerprint: null,
    });
  });

  it('refuses an anonymous party that carries an identity', () => {
    expect(detailsOf(() => sealParty({ ...denouncer, anonymous: true }, ring))).toEqual([
      expect.objectContaining({ field: 'identity', issue: 'anonymous_with_identity' }),
    ]);
  });

  it('requires a name (or an organisation name) unless anonymous', () => {
    expect(detailsOf(() => sealParty({ ...denouncer, identity: { address: 'Xã Yên Thế' } }, ring))).toEqual([
      expect.objectContaining({ field: 'identity.fullName', issue: 'required' }),
    ]);
    expect(
      detailsOf(() => sealParty({ ...denouncer, kind: 'organisation', identity: { fullName: 'Trần Văn Bình' } }, ring)),
    ).toEqual([expect.objectContaining({ field: 'identity.organisationName', issue: 'required' })]);
  });

  it('names each malformed field without repeating its value', () => {
    const long = 'x'.repeat(501);
    const details = detailsOf(() =>
      sealParty(
        {
          ...denouncer,
          identity: { fullName: 42, address: long, handwritingScanIds: [''] } as unknown as NewParty['identity'],
        },
        ring,
      ),
    );
    expect(details.map((d) => d.field)).toEqual([
      'identity.fullName',
      'identity.address',
      'identity.handwritingScanIds.0',
    ]);
    expect(JSON.stringify(details)).not.toContain(long);
  });
});
