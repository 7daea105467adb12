import { fingerprintsOf } from './blind-index';
import { parseIdentityKeyRing } from './identity-key-ring';
import { normaliseIdNumber, normaliseNameOrAddress } from './identity-normalisation';

const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');
const ring = parseIdentityKeyRing(`k1:${key(1)}`);

describe('normalisation', () => {
  it.each([
    ['Nguyễn  Văn   An', 'nguyen van an'],
    ['NGUYỄN VĂN AN', 'nguyen van an'],
    ['Nguyen Van An', 'nguyen van an'],
    ['Nguye\u0302\u0303n Va\u0306n An', 'nguyen van an'], // decomposed input
    ['Đặng Thị Đào', 'dang thi dao'],
    ['  Số 12, ngõ 3/5 - Láng ', 'so 12 ngo 3 5 lang'],
    ['Ｎｇｕｙｅｎ', 'nguyen'], // full-width
    [' , ', null],
    [undefined, null],
  ])('name or address %j → %j', (input, expected) => {
    expect(normaliseNameOrAddress(input)).toBe(expected);
  });

  it.each([
    ['001091001234', '001091001234'],
    ['0010 9100 1234', '001091001234'],
    ['001.091.001.234', '001091001234'],
    ['０１２３４５６７８９', '0123456789'],
    ['c1234567', 'C1234567'],
    ['123', null], // too short to be a document number
    ['', null],
  ])('ID number %j → %j', (input, expected) => {
    expect(normaliseIdNumber(input)).toBe(expected);
  });
});

describe('fingerprintsOf', () => {
  const base = { fullName: 'Nguyễn Văn An', address: 'Số 12 ngõ 3 phường Láng', idNumber: '001091001234' };

  it('gives 64-hex fingerprints that do not contain the values', () => {
    const fp = fingerprintsOf(base, 'individual', ring);
    expect(fp.idNumber).toMatch(/^[0-9a-f]{64}$/);
    expect(fp.nameAddress).toMatch(/^[0-9a-f]{64}$/);
    expect(fp.idNumber).not.toContain('001091001234');
  });

  it('matches differently spaced, cased and accented spellings of the same person', () => {
    const a = fingerprintsOf(base, 'individual', ring);
    const b = fingerprintsOf(
      { fullName: '  NGUYEN van  AN ', address: 'so 12, Ngõ 3, Phường LÁNG', idNumber: '0010 9100 1234' },
      'individual',
      ring,
    );
    expect(b).toEqual(a);
  });

  it('tells different people, fields and kinds apart', () => {
    const a = fingerprintsOf(base, 'individual', ring);
    expect(fingerprintsOf({ ...base, idNumber: '001091001235' }, 'individual', ring).idNumber).not.toBe(a.idNumber);
    expect(fingerprintsOf({ ...base, address: 'Số 13 ngõ 3 phường Láng' }, 'individual', ring).nameAddress).not.toBe(
      a.nameAddress,
    );
    const org = fingerprintsOf({ organisationName: base.fullName, address: base.address }, 'organisation', ring);
    expect(org.nameAddress).not.toBe(a.nameAddress);
    // Field boundaries count: ("Nguyễn Văn", "An …") is not ("Nguyễn", "Văn An …").
    const shifted = fingerprintsOf(
      { fullName: 'Nguyễn', address: 'Văn An Số 12 ngõ 3 phường Láng' },
      'individual',
      ring,
    );
    expect(shifted.nameAddress).not.toBe(
      fingerprintsOf({ fullName: 'Nguyễn Văn', address: 'An Số 12 ngõ 3 phường Láng' }, 'individual', ring).nameAddress,
    );
  });

  it('leaves a fingerprint out when its parts are missing', () => {
    expect(fingerprintsOf({ fullName: 'Nguyễn Văn An' }, 'individual', ring)).toEqual({
      idNumber: null,
      nameAddress: null,
    });
  });

  it('stays the same across encryption-key rotation, and changes with another index root', () => {
    const before = fingerprintsOf(base, 'individual', ring);
    expect(fingerprintsOf(base, 'individual', parseIdentityKeyRing(`k2:${key(2)},k1:${key(1)}`))).toEqual(before);
    expect(fingerprintsOf(base, 'individual', parseIdentityKeyRing(`k2:${key(2)},index:${key(1)}`))).toEqual(before);
    expect(fingerprintsOf(base, 'individual', parseIdentityKeyRing(`k2:${key(2)}`))).not.toEqual(before);
  });
});
