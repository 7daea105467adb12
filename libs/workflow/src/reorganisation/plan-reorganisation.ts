import {
  codeTakenIssue,
  isValidOn,
  placementIssues,
  validityIssues,
  type AuthorityRecord,
  type Validity,
} from '@kntc/access';
import { formatVietnameseDate, type AuthorityLevel, type ErrorDetail, type IsoDate } from '@kntc/domain';
import type { StreamType, SuccessionKind } from '@kntc/persistence';
import {
  SUCCESSION_KIND_OF,
  type NewSuccessorInput,
  type ReorganisationChange,
  type ReorganisationRequest,
} from './reorganisation.types';

/** An authority the request names, with its ancestor path (root first, own id last). */
export interface AuthorityFact extends AuthorityRecord {
  path: readonly string[];
}

export interface OpenStreamFact {
  streamType: StreamType;
  id: string;
  code: string;
  state: string;
  holderId: string;
}

export interface SuccessionFact {
  predecessorId: string;
  successorId: string;
  kind: SuccessionKind;
  effectiveOn: IsoDate;
}

/** What the database says, read in the reorganisation's transaction. */
export interface PlanningFacts {
  /** Predecessors, existing successors, parents of new successors and of predecessors, `childrenTo`. */
  authorities: ReadonlyMap<string, AuthorityFact>;
  /** Existing authorities holding the codes of the successors to create. */
  byCode: ReadonlyMap<string, AuthorityRecord>;
  /** Children of the predecessors, whatever their dates. */
  children: readonly AuthorityRecord[];
  /** Succession rows from the predecessors. */
  successions: readonly SuccessionFact[];
  /** Open đơn and cases held by the predecessors. */
  openStreams: readonly OpenStreamFact[];
}

export interface PlannedAuthority {
  code: string;
  name: string;
  level: AuthorityLevel;
  parentId: string;
  adminUnitCode: string | null;
  remote: boolean;
  validFrom: IsoDate;
}

/** Every step, with successors and new parents named by code (new authorities have no id yet). */
export interface ReorganisationPlan {
  create: PlannedAuthority[];
  /** Successors an earlier run of the same reorganisation created. */
  reuse: AuthorityRecord[];
  successions: { predecessorId: string; successorCode: string; kind: SuccessionKind; alreadyRecorded: boolean }[];
  close: { id: string; alreadyClosed: boolean }[];
  reparent: { id: string; fromParentId: string; toCode: string }[];
  moves: { streamType: StreamType; id: string; fromId: string; toCode: string }[];
}

interface ResolvedSuccessor {
  code: string;
  /** Existing (or reused) authority; undefined for one to create. */
  existing?: AuthorityRecord;
  level: AuthorityLevel;
  validity: Validity;
  /** Ancestor ids of where it sits (for cycle checks). */
  ancestors: readonly string[];
}

const ARITY: Record<ReorganisationChange['kind'], { predecessors: [number, number]; successors: [number, number] }> = {
  merge: { predecessors: [1, Infinity], successors: [1, 1] },
  dissolve: { predecessors: [1, Infinity], successors: [1, 1] },
  rename: { predecessors: [1, 1], successors: [1, 1] },
  split: { predecessors: [1, 1], successors: [2, Infinity] },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Turns a reorganisation request into steps, or says everything that is wrong with it. Rules:
 * a predecessor exists the day before the effective date and appears once; a successor exists on
 * the effective date (or is created then, placed by the level rules); the predecessors' remaining
 * children move to a parent their level allows; every open matter of a predecessor has exactly one
 * successor, which for a split the administrator names (or allows the first successor by
 * default). What an earlier run of the same request already did is marked, not redone.
 */
export function planReorganisation(
  request: ReorganisationRequest,
  facts: PlanningFacts,
): { plan: ReorganisationPlan; issues: ErrorDetail[] } {
  const eff = request.effectiveOn;
  const issues: ErrorDetail[] = [];
  const add = (field: string, issue: string, message: string, extra: Record<string, unknown> = {}) =>
    issues.push({ field, issue, message, ...extra });
  const plan: ReorganisationPlan = { create: [], reuse: [], successions: [], close: [], reparent: [], moves: [] };

  if (!request.legalBasis.trim()) add('legalBasis', 'required', 'Cần căn cứ pháp lý của việc sắp xếp.');

  // Which change ends which authority.
  const changeOf = new Map<string, number>();
  request.changes.forEach((change, i) => {
    const arity = ARITY[change.kind];
    const [minP, maxP] = arity.predecessors;
    const [minS, maxS] = arity.successors;
    if (change.predecessorIds.length < minP || change.predecessorIds.length > maxP) {
      add(`changes[${i}].predecessorIds`, 'arity', arityMessage(change.kind, 'cơ quan bị sắp xếp', minP, maxP));
    }
    if (change.successors.length < minS || change.successors.length > maxS) {
      add(`changes[${i}].successors`, 'arity', arityMessage(change.kind, 'cơ quan kế thừa', minS, maxS));
    }
    change.predecessorIds.forEach((id, j) => {
      if (changeOf.has(id)) {
        add(
          `changes[${i}].predecessorIds[${j}]`,
          'duplicate',
          'Một cơ quan chỉ được sắp xếp một lần trong một thao tác.',
        );
      } else changeOf.set(id, i);
    });
  });

  // Predecessors: exist the day before, end on the effective date.
  request.changes.forEach((change, i) =>
    change.predecessorIds.forEach((id, j) => {
      const field = `changes[${i}].predecessorIds[${j}]`;
      const a = facts.authorities.get(id);
      if (!a) return add(field, 'not_found', 'Không tìm thấy cơ quan, đơn vị.');
      if (a.validFrom >= eff) {
        return add(field, 'not_yet_valid', `${a.name} chưa tồn tại trước ngày hiệu lực của việc sắp xếp.`);
      }
      if (a.validUntil !== null && a.validUntil < eff) {
        return add(
          field,
          'already_ended',
          `${a.name} đã chấm dứt hiệu lực từ ${formatVietnameseDate(a.validUntil)}, trước ngày hiệu lực.`,
        );
      }
      if (!plan.close.some((c) => c.id === id)) plan.close.push({ id, alreadyClosed: a.validUntil === eff });
    }),
  );

  // Successors: existing ones valid on the day, new ones placed by the level rules.
  const newCodes = new Set<string>();
  const successorsOf = request.changes.map((change) =>
    change.successors.flatMap((s): ResolvedSuccessor[] => {
      const first = facts.authorities.get(change.predecessorIds[0] ?? '');
      if ('id' in s) {
        const a = facts.authorities.get(s.id);
        if (!a) return (add(s.field, 'not_found', 'Không tìm thấy cơ quan, đơn vị.'), []);
        if (changeOf.has(s.id)) {
          return (add(s.field, 'successor_is_predecessor', `${a.name} cũng bị sắp xếp, không thể kế thừa.`), []);
        }
        if (!isValidOn(a, eff)) {
          return (add(s.field, 'successor_not_valid', `${a.name} không còn hiệu lực vào ngày hiệu lực.`), []);
        }
        return [{ code: a.code, existing: a, level: a.level, validity: a, ancestors: a.path }];
      }
      const resolved = resolveNew(s.create, `${s.field}.`, first);
      return resolved ? [resolved] : [];
    }),
  );

  function resolveNew(c: NewSuccessorInput, prefix: string, first: AuthorityFact | undefined) {
    const level = c.level ?? first?.level;
    const parentId = c.parentId ?? first?.parentId ?? undefined;
    if (newCodes.has(c.code)) return void add(`${prefix}code`, 'duplicate', `Mã "${c.code}" được dùng hai lần.`);
    newCodes.add(c.code);
    if (!level || !parentId) return void add(`${prefix}parentId`, 'required', 'Cần cấp và cơ quan cấp trên.');
    const parent = facts.authorities.get(parentId);
    if (!parent) return void add(`${prefix}parentId`, 'not_found', 'Không tìm thấy cơ quan cấp trên.');
    if (changeOf.has(parentId)) {
      return void add(`${prefix}parentId`, 'parent_is_predecessor', `${parent.name} chấm dứt hiệu lực do sắp xếp.`);
    }
    const validity: Validity = { validFrom: eff, validUntil: null };
    const placed = [
      ...validityIssues(level, validity).map((i) => ({ ...i, field: 'level' })),
      ...placementIssues({ level, placedOn: eff, validUntil: null, parent }),
    ];
    placed.forEach((i) => issues.push({ ...i, field: `${prefix}${i.field}` }));
    if (placed.length > 0) return undefined;
    const existing = facts.byCode.get(c.code);
    const planned: PlannedAuthority = {
      code: c.code,
      name: c.name,
      level,
      parentId,
      adminUnitCode: c.adminUnitCode ?? null,
      remote: c.remote ?? false,
      validFrom: eff,
    };
    if (existing) {
      // Created by an earlier run of this reorganisation: the same authority, not a clash.
      const same =
        existing.name === c.name &&
        existing.level === level &&
        existing.parentId === parentId &&
        existing.validFrom === eff;
      if (!same) return void issues.push(codeTakenIssue(`${prefix}code`, c.code));
      plan.reuse.push(existing);
    } else plan.create.push(planned);
    const ancestors = [...parent.path, ...(existing ? [existing.id] : [])];
    return { code: c.code, existing, level, validity, ancestors } satisfies ResolvedSuccessor;
  }

  // Successions: one row per predecessor and successor; an existing row must say the same.
  request.changes.forEach((change, i) => {
    const kind = SUCCESSION_KIND_OF[change.kind];
    for (const predecessorId of change.predecessorIds) {
      for (const successor of successorsOf[i]) {
        const recorded = successor.existing
          ? facts.successions.find((s) => s.predecessorId === predecessorId && s.successorId === successor.existing!.id)
          : undefined;
        if (recorded && (recorded.kind !== kind || recorded.effectiveOn !== eff)) {
          add(
            `changes[${i}]`,
            'conflict',
            `Đã ghi nhận ${successor.code} kế thừa cơ quan này theo một lần sắp xếp khác (${recorded.kind}, ngày ${formatVietnameseDate(recorded.effectiveOn)}).`,
          );
          continue;
        }
        plan.successions.push({ predecessorId, successorCode: successor.code, kind, alreadyRecorded: !!recorded });
      }
    }
  });

  // Children that outlive their predecessor move to a parent their level allows.
  for (const child of facts.children) {
    if (!child.parentId || changeOf.has(child.id)) continue;
    if (child.validUntil !== null && child.validUntil <= eff) continue;
    const i = changeOf.get(child.parentId);
    if (i === undefined) continue;
    const change = request.changes[i];
    const predecessor = facts.authorities.get(child.parentId);
    const successors = successorsOf[i];
    const target = (candidate: ResolvedSuccessor | undefined) =>
      candidate &&
      candidate.existing?.id !== child.id &&
      !candidate.ancestors.includes(child.id) &&
      placementIssues({
        level: child.level,
        placedOn: eff,
        validUntil: child.validUntil,
        parent: { level: candidate.level, ...candidate.validity },
      }).length === 0;
    const parentOfPredecessor = predecessor?.parentId ? facts.authorities.get(predecessor.parentId) : undefined;
    const asSuccessor = (a: AuthorityFact | undefined): ResolvedSuccessor | undefined =>
      a && { code: a.code, existing: a, level: a.level, validity: a, ancestors: a.path };
    if (change.childrenTo !== undefined) {
      const named = UUID.test(change.childrenTo)
        ? asSuccessor(facts.authorities.get(change.childrenTo))
        : successors.find((s) => s.code === change.childrenTo);
      if (!named) {
        add(`changes[${i}].childrenTo`, 'not_found', 'Không tìm thấy cơ quan nhận các đơn vị trực thuộc.');
      } else if (!target(named)) {
        add(
          `changes[${i}].childrenTo`,
          'level_mismatch',
          `${child.name} (cấp ${child.level}) không thể trực thuộc ${named.code} từ ngày hiệu lực.`,
        );
      } else plan.reparent.push({ id: child.id, fromParentId: child.parentId, toCode: named.code });
      continue;
    }
    const chosen = [successors[0], asSuccessor(parentOfPredecessor)].find(target);
    if (chosen) plan.reparent.push({ id: child.id, fromParentId: child.parentId, toCode: chosen.code });
    else {
      add(
        `changes[${i}]`,
        'child_without_parent',
        `${child.name} (${child.code}, cấp ${child.level}) còn hiệu lực sau ngày sắp xếp nhưng không có cơ quan cấp trên phù hợp: ` +
          'hãy đưa nó vào thao tác sắp xếp hoặc chỉ định childrenTo.',
        { authorityId: child.id },
      );
    }
  }

  // Open matters: to the successor, or for a split to the one the administrator named.
  request.changes.forEach((change, i) => {
    const successors = successorsOf[i];
    const codes = successors.map((s) => s.code);
    (change.assignments ?? []).forEach((a, j) => {
      if (change.kind !== 'split') {
        add(`changes[${i}].assignments`, 'not_split', 'Chỉ chỉ định cơ quan kế thừa từng hồ sơ khi chia tách.');
      } else if (!codes.includes(a.successorCode)) {
        add(
          `changes[${i}].assignments[${j}].successorCode`,
          'not_a_successor',
          `${a.successorCode} không phải cơ quan kế thừa.`,
        );
      }
    });
    if (successors.length === 0) return;
    const unassigned: string[] = [];
    for (const stream of facts.openStreams) {
      if (!change.predecessorIds.includes(stream.holderId)) continue;
      let toCode: string | undefined = codes[0];
      if (change.kind === 'split') {
        const assigned = change.assignments?.find((a) => a.streamType === stream.streamType && a.id === stream.id);
        toCode = assigned?.successorCode ?? (change.defaultToFirstSuccessor ? codes[0] : undefined);
      }
      if (toCode === undefined) unassigned.push(stream.code);
      else plan.moves.push({ streamType: stream.streamType, id: stream.id, fromId: stream.holderId, toCode });
    }
    if (unassigned.length > 0) {
      add(
        `changes[${i}].assignments`,
        'unassigned',
        `Chưa chỉ định cơ quan kế thừa cho các hồ sơ đang giải quyết: ${unassigned.join(', ')} ` +
          '(hoặc cho phép chuyển về cơ quan kế thừa đầu tiên: defaultToFirstSuccessor).',
        { streams: unassigned },
      );
    }
  });

  return { plan, issues };
}

function arityMessage(kind: string, what: string, min: number, max: number): string {
  if (min === max) return `Thao tác ${kind} cần đúng ${min} ${what}.`;
  return max === Infinity
    ? `Thao tác ${kind} cần ít nhất ${min} ${what}.`
    : `Thao tác ${kind} cần ${min}–${max} ${what}.`;
}
