import { NotFoundError, type Actor } from '@kntc/domain';
import { SCOPE_REACH } from '@kntc/access';

export type ReportScope = 'authority' | 'subtree';

/**
 * Which authority an actor may audit, and how far. Inspectors audit their authority's whole
 * subtree, dissolved units included (past periods need them); leaders answer for their own
 * authority only. Anything else looks missing (404), as everywhere in the engine.
 */
export function auditScopeOf(
  actor: Actor,
  request: { rootId?: string; scope?: ReportScope },
  subtreeIds: ReadonlySet<string>,
): { rootId: string; scope: ReportScope } {
  const reach = SCOPE_REACH[actor.role];
  const rootId = request.rootId ?? actor.authority.id;
  const scope = request.scope ?? (reach === 'subtree' ? 'subtree' : 'authority');
  const allowed = reach === 'subtree' ? subtreeIds.has(rootId) : rootId === actor.authority.id && scope === 'authority';
  if (!allowed) throw new NotFoundError('cơ quan, đơn vị', rootId);
  return { rootId, scope };
}
