import { DomainError, type AuthorityLevel, type IsoDate } from '@kntc/domain';
import type { StreamType, SuccessionKind } from '@kntc/persistence';

/**
 * What an administrator's reorganisation (sắp xếp tổ chức bộ máy, đơn vị hành chính) does to
 * an authority: merged into another (hợp nhất, sáp nhập), split into several (chia tách),
 * dissolved with its competence passed to another (giải thể, chuyển giao thẩm quyền), renamed
 * (đổi tên: a new record, so that history keeps the old name).
 */
export const REORGANISATION_KINDS = ['merge', 'split', 'dissolve', 'rename'] as const;
export type ReorganisationKind = (typeof REORGANISATION_KINDS)[number];

/** How each kind is recorded in authority_succession. */
export const SUCCESSION_KIND_OF: Record<ReorganisationKind, SuccessionKind> = {
  merge: 'merged',
  split: 'split',
  dissolve: 'competence_transferred',
  rename: 'renamed',
};

/** A successor the reorganisation creates; level and parent default to the first predecessor's. */
export interface NewSuccessorInput {
  code: string;
  name: string;
  level?: AuthorityLevel;
  parentId?: string;
  adminUnitCode?: string | null;
  remote?: boolean;
}

/** An existing successor (`id`) or one to create, with the request field it came from (for errors). */
export type SuccessorInput = ({ id: string } | { create: NewSuccessorInput }) & { field: string };

/** Which successor takes an open đơn or case of a split authority. */
export interface StreamAssignment {
  streamType: StreamType;
  id: string;
  /** Code of one of the change's successors (existing or created). */
  successorCode: string;
}

export interface ReorganisationChange {
  kind: ReorganisationKind;
  predecessorIds: string[];
  /** One for merge, dissolve and rename; two or more for split, the first being the default. */
  successors: SuccessorInput[];
  /** Split: the successor of each open đơn and case of the predecessor. */
  assignments?: StreamAssignment[];
  /** Split: send every open matter not assigned to the first successor. */
  defaultToFirstSuccessor?: boolean;
  /**
   * Where the predecessors' remaining children go: an existing authority's id, or the code of a
   * successor created by this change. Default: the first successor if the level fits, else the
   * predecessor's parent.
   */
  childrenTo?: string;
}

export interface ReorganisationRequest {
  /** First day of the new organisation: the predecessors' validity ends the day before. */
  effectiveOn: IsoDate;
  /** The act that ordered it, e.g. "Nghị quyết 1656/NQ-UBTVQH15". */
  legalBasis: string;
  changes: ReorganisationChange[];
  /** Do everything in a transaction that is rolled back, and report what would have happened. */
  dryRun: boolean;
}

export interface AuthorityLabel {
  id: string;
  code: string;
  name: string;
}

export interface CreatedAuthorityReport extends AuthorityLabel {
  level: AuthorityLevel;
  parentId: string;
  /** True when an earlier run of the same reorganisation already created it. */
  alreadyExisted: boolean;
}

export interface SuccessionReport {
  predecessor: AuthorityLabel;
  successor: AuthorityLabel;
  kind: SuccessionKind;
  /** True when an earlier run already recorded this succession. */
  alreadyRecorded: boolean;
}

export interface ClosedAuthorityReport {
  authority: AuthorityLabel;
  validUntil: IsoDate;
  /** True when its validity already ended on the effective date. */
  alreadyClosed: boolean;
}

export interface ReparentedAuthorityReport {
  authority: AuthorityLabel;
  from: AuthorityLabel;
  to: AuthorityLabel;
}

export interface MovedStreamReport {
  streamType: StreamType;
  id: string;
  code: string;
  /** State after the move: the same as before, a reorganisation only changes the holder. */
  state: string;
  version: number;
  from: AuthorityLabel;
  to: AuthorityLabel;
}

/**
 * Why an open đơn or case was not moved. `busy` and `version_conflict`: someone was working on it
 * at that moment; run the same reorganisation again. `changed`: it was closed or moved meanwhile.
 * `refused`: the machine does not accept the transfer in its state. `awaiting_receipt`: it was
 * forwarded to a dissolved authority and not yet received; its sender still holds it.
 */
export const NOT_MOVED_REASONS = [
  'busy',
  'version_conflict',
  'changed',
  'refused',
  'awaiting_receipt',
  'failed',
] as const;
export type NotMovedReason = (typeof NOT_MOVED_REASONS)[number];

export interface NotMovedStreamReport {
  streamType: StreamType;
  id: string;
  code: string;
  state: string;
  holder: AuthorityLabel;
  reason: NotMovedReason;
  /** Vietnamese: what happened and what to do. */
  message: string;
}

export interface ReorganisationReport {
  dryRun: boolean;
  effectiveOn: IsoDate;
  legalBasis: string;
  created: CreatedAuthorityReport[];
  successions: SuccessionReport[];
  closed: ClosedAuthorityReport[];
  reparented: ReparentedAuthorityReport[];
  moved: MovedStreamReport[];
  notMoved: NotMovedStreamReport[];
}

/** 422: a reorganisation the rules do not allow now (e.g. applied before its effective date). */
export class ReorganisationRuleError extends DomainError {
  constructor(issue: string, message: string) {
    super('RULE_VIOLATION', message, [{ issue, message }]);
  }
}
