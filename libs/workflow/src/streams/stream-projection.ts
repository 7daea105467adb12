import { topState, type StoredSnapshot } from '@kntc/domain';
import type { StreamType } from '@kntc/persistence';
import { holderIdOf } from './stream-row';

/**
 * Columns denormalised from a machine snapshot, written in the same UPDATE as the snapshot so
 * they can never disagree with it. Only the write path calls these.
 */
export interface StreamColumns {
  state: string;
  holderAuthorityId: string;
  nextDueOn: string | null;
  extra: Record<string, unknown>;
}

type Ctx = Record<string, unknown> & {
  classification?: { contentKind?: string };
  bounced?: boolean;
  round?: number;
  acceptedOn?: string;
  decision?: { decidedOn?: string };
  conclusion?: { on?: string; concludedOn?: string };
  outcome?: string;
  outcomeDetails?: { on?: string };
};

export function projectColumns(
  streamType: StreamType,
  s: StoredSnapshot,
  nextDueOn: string | null,
  closedAt: Date,
): StreamColumns {
  const c = s.context as Ctx;
  const base = { state: topState(s.value), holderAuthorityId: holderIdOf(s), nextDueOn };
  if (streamType === 'visit') {
    const result = (c.result as { kind?: string } | undefined)?.kind ?? null;
    return { ...base, extra: { result, closedAt: s.status === 'done' ? closedAt : null } };
  }
  if (streamType === 'petition') {
    return {
      ...base,
      extra: {
        contentKind: c.classification?.contentKind ?? null,
        bounced: c.bounced === true,
        closedAt: s.status === 'done' ? closedAt : null,
      },
    };
  }
  return {
    ...base,
    extra: {
      round: typeof c.round === 'number' ? c.round : null,
      acceptedOn: c.acceptedOn ?? null,
      decidedOn: c.decision?.decidedOn ?? c.conclusion?.concludedOn ?? c.conclusion?.on ?? null,
      outcome: s.status === 'done' ? (c.outcome ?? null) : null,
      closedOn: s.status === 'done' ? (c.outcomeDetails?.on ?? null) : null,
      assignedHandlerId: typeof c.assignedHandlerId === 'string' ? c.assignedHandlerId : null,
    },
  };
}
