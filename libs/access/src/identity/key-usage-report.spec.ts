import { parseIdentityKeyRing } from './identity-key-ring';
import { describeKeyUsage } from './key-usage-report';

const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');

describe('describeKeyUsage', () => {
  it('keeps an old key while rows use it', () => {
    const ring = parseIdentityKeyRing(`k3:${key(3)},k2:${key(2)},k1:${key(1)}`);
    const report = describeKeyUsage(
      ring,
      new Map([
        ['k3', 5],
        ['k2', 2],
      ]),
    );
    expect(report.rotationComplete).toBe(false);
    expect(report.keys.map((k) => [k.keyId, k.rows, k.removable])).toEqual([
      ['k3', 5, false],
      ['k2', 2, false],
      ['k1', 0, false], // unused, but the blind-index root
    ]);
    expect(report.keys[2].advice).toMatch(/replace "k1:" with "index:"/);
  });

  it('says which keys can go once every row is on the current key', () => {
    const ring = parseIdentityKeyRing(`k3:${key(3)},k2:${key(2)},index:${key(1)}`);
    const report = describeKeyUsage(ring, new Map([['k3', 7]]));
    expect(report.rotationComplete).toBe(true);
    expect(report.keys.filter((k) => k.removable).map((k) => k.keyId)).toEqual(['k2']);
    expect(report.keys.find((k) => k.keyId === 'index')).toMatchObject({ indexRoot: true, removable: false });
  });

  it('reports rows sealed with a key the ring no longer has', () => {
    const ring = parseIdentityKeyRing(`k2:${key(2)}`);
    const report = describeKeyUsage(
      ring,
      new Map([
        ['k2', 1],
        ['k0', 3],
      ]),
    );
    expect(report.missingKeys).toEqual([{ keyId: 'k0', rows: 3 }]);
    expect(report.rotationComplete).toBe(false);
  });
});
