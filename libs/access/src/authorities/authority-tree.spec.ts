import { nestAuthorities, subtreeOf, type AuthorityNode } from './authority-tree';

const node = (id: string, name: string, parentId: string | null): AuthorityNode => ({
  id,
  code: id.toUpperCase(),
  name,
  level: parentId ? 'commune' : 'province',
  parentId,
  adminUnitCode: null,
  remote: false,
  validFrom: '2025-07-01',
  validUntil: null,
  successors: [],
  predecessors: [],
});

describe('the authority tree', () => {
  const flat = [
    node('p', 'Tỉnh P', null),
    node('b', 'Xã Bình', 'p'),
    node('a', 'Xã An', 'p'),
    node('a1', 'Trường học xã An', 'a'),
    // Its parent did not exist on the day asked for: it shows as a root, not lost.
    node('orphan', 'Xã Mồ Côi', 'gone'),
  ];

  it('nests authorities under their parents, siblings by name', () => {
    const roots = nestAuthorities(flat);
    expect(roots.map((r) => r.id)).toEqual(['p', 'orphan']);
    expect(roots[0].children.map((c) => c.id)).toEqual(['a', 'b']);
    expect(roots[0].children[0].children.map((c) => c.id)).toEqual(['a1']);
  });

  it('cuts the subtree of one authority, and nothing for an authority not in the list', () => {
    expect(
      subtreeOf(flat, 'a')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['a', 'a1']);
    expect(subtreeOf(flat, 'p')).toHaveLength(4);
    expect(subtreeOf(flat, 'gone')).toEqual([]);
  });

  it('survives a cycle in the data', () => {
    const cyclic = [node('x', 'X', 'y'), node('y', 'Y', 'x')];
    expect(subtreeOf(cyclic, 'x').map((n) => n.id)).toEqual(['x', 'y']);
  });
});
