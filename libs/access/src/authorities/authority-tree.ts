import type { AuthorityLevel, IsoDate } from '@kntc/domain';
import type { SuccessionKind } from '@kntc/persistence';

/** One end of a succession edge, seen from the other end. */
export interface SuccessionLink {
  authorityId: string;
  code: string;
  name: string;
  kind: SuccessionKind;
  effectiveOn: IsoDate;
  legalBasis: string;
}

/** An authority with its validity and its place in the reorganisation history. */
export interface AuthorityNode {
  id: string;
  code: string;
  name: string;
  level: AuthorityLevel;
  parentId: string | null;
  adminUnitCode: string | null;
  remote: boolean;
  validFrom: IsoDate;
  /** First day it no longer exists (exclusive); null while it exists. */
  validUntil: IsoDate | null;
  /** Who took over from it (when it was merged, split, renamed or dissolved). */
  successors: SuccessionLink[];
  /** Whom it took over from. */
  predecessors: SuccessionLink[];
}

export interface AuthorityTreeNode extends AuthorityNode {
  children: AuthorityTreeNode[];
}

const byName = (a: AuthorityNode, b: AuthorityNode) =>
  a.name.localeCompare(b.name, 'vi') || a.code.localeCompare(b.code);

/**
 * Nests a list of authorities by parent. An authority whose parent is not in the list (the
 * parent did not exist on the day asked for, or lies outside the subtree asked for) is a root.
 * Siblings are ordered by name.
 */
export function nestAuthorities(nodes: readonly AuthorityNode[]): AuthorityTreeNode[] {
  const tree = new Map<string, AuthorityTreeNode>(nodes.map((n) => [n.id, { ...n, children: [] }]));
  const roots: AuthorityTreeNode[] = [];
  for (const node of tree.values()) {
    const parent = node.parentId ? tree.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: AuthorityTreeNode[]) => {
    list.sort(byName);
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

/** The authority `rootId` and its descendants among `nodes` (empty when it is not among them). */
export function subtreeOf<T extends { id: string; parentId: string | null }>(nodes: readonly T[], rootId: string): T[] {
  const children = new Map<string, T[]>();
  for (const n of nodes) {
    if (n.parentId) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n]);
  }
  const root = nodes.find((n) => n.id === rootId);
  if (!root) return [];
  const result: T[] = [];
  const seen = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    // A cycle in the data must not loop for ever.
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    result.push(node);
    stack.push(...(children.get(node.id) ?? []));
  }
  return result;
}
