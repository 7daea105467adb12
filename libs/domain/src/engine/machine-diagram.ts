import type { AnyStateMachine } from 'xstate';

interface NodeLike {
  key: string;
  id: string;
  type: string;
  initial?: { target: readonly { key: string }[] };
  states: Record<string, NodeLike>;
  meta?: { title?: string };
  transitions: Map<string, readonly { target?: readonly { id: string; key: string }[]; guard?: unknown }[]>;
}

const guardName = (guard: unknown): string | undefined =>
  typeof guard === 'string' ? guard : (guard as { type?: string } | undefined)?.type;

/**
 * A Mermaid state diagram generated from the machine definition itself, so the documentation
 * cannot drift from the code. Edges are labelled `event [guard]`.
 */
export function machineToMermaid(machine: AnyStateMachine): string {
  const lines = ['stateDiagram-v2'];
  const root = machine.root as unknown as NodeLike;
  const walk = (node: NodeLike, indent: string) => {
    const children = Object.values(node.states);
    const initial = node.initial?.target[0];
    if (initial) lines.push(`${indent}[*] --> ${initial.key}`);
    for (const child of children) {
      if (child.meta?.title) lines.push(`${indent}${child.key} : ${child.key} — ${child.meta.title}`);
      if (child.type === 'final') lines.push(`${indent}${child.key} --> [*]`);
      if (Object.keys(child.states).length > 0) {
        lines.push(`${indent}state ${child.key} {`);
        walk(child, `${indent}  `);
        lines.push(`${indent}}`);
      }
      for (const [event, transitions] of child.transitions) {
        for (const t of transitions) {
          const guard = guardName(t.guard);
          const label = guard ? `${event} [${guard}]` : event;
          for (const target of t.target ?? [child]) lines.push(`${indent}${child.key} --> ${target.key} : ${label}`);
        }
      }
    }
  };
  walk(root, '  ');
  return lines.join('\n');
}
