import { NotFoundError, type Actor } from '@kntc/domain';
import { auditScopeOf } from './audit-scope';

const ref = (id: string) => ({ id, level: 'province' as const, path: [id], remote: false });
const inspector: Actor = { userId: 'u1', role: 'inspector', authority: ref('P') };
const leader: Actor = { userId: 'u2', role: 'leader', authority: ref('C1') };
const tree = new Set(['P', 'C1', 'C2', 'D-old']);

describe('auditScopeOf', () => {
  it('lets an inspector audit any authority of the subtree, dissolved ones included, whole subtree by default', () => {
    expect(auditScopeOf(inspector, {}, tree)).toEqual({ rootId: 'P', scope: 'subtree' });
    expect(auditScopeOf(inspector, { rootId: 'D-old', scope: 'authority' }, tree)).toEqual({
      rootId: 'D-old',
      scope: 'authority',
    });
  });

  it('makes an authority outside the subtree look missing', () => {
    expect(() => auditScopeOf(inspector, { rootId: 'X' }, tree)).toThrow(NotFoundError);
  });

  it('lets a leader see its own authority only', () => {
    expect(auditScopeOf(leader, {}, new Set(['C1']))).toEqual({ rootId: 'C1', scope: 'authority' });
    expect(() => auditScopeOf(leader, { rootId: 'C2' }, new Set(['C1']))).toThrow(NotFoundError);
    expect(() => auditScopeOf(leader, { scope: 'subtree' }, new Set(['C1']))).toThrow(NotFoundError);
  });
});
