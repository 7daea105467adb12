import { isIsoDate, type IsoDate } from '../shared/iso-date';
import { RULE_SETS } from './rule-set.registry';
import type { LegalSource, RuleSet, RuleSetId } from './rule-set.types';
import { L136, LKN, LTC, LTCCQDP, LTCD, ND141, ND154, ND155, ND156, src } from './rule-sets/instruments';

/** The procedures whose steps pick a rule set. */
export const PROCEDURE_KINDS = ['petition', 'reception', 'complaint', 'denunciation', 'feedback'] as const;
export type ProcedureKind = (typeof PROCEDURE_KINDS)[number];

/** Steps of each procedure that the rules govern; each has one anchoring date (TRANSITIONS). */
export const RULE_STEPS = {
  petition: [
    'processing',
    'receptionReply',
    'denunciationInitialCheck',
    'denunciationForward',
    'forwardedDenunciationReport',
    'competence',
  ],
  reception: ['session', 'refusal', 'onlineSession', 'leaderDuty'],
  complaint: [
    'limitation',
    'acceptance',
    'resolutionPeriod',
    'verification',
    'dialogue',
    'withdrawal',
    'suspension',
    'termination',
    'decision',
    'secondComplaint',
    'finality',
    'enforcement',
    'unlawfulResolutionReview',
    'competence',
  ],
  denunciation: [
    'acceptance',
    'resolutionPeriod',
    'extension',
    'verification',
    'withdrawal',
    'suspension',
    'termination',
    'conclusion',
    'handling',
    'furtherDenunciation',
    'overdue',
    'competence',
  ],
  feedback: ['resolution', 'competence'],
} as const satisfies Record<ProcedureKind, readonly string[]>;
export type RuleStep<K extends ProcedureKind = ProcedureKind> = (typeof RULE_STEPS)[K][number];

/**
 * The date whose rule set governs a step: the đơn's receipt, the thụ lý (decision or notice), or
 * the date of the event itself (the act done, or the day a period starts to run).
 */
export type AnchorDate = 'received' | 'accepted' | 'event';

export interface StepDates {
  received?: IsoDate;
  accepted?: IsoDate;
  event: IsoDate;
}

export interface TransitionRow {
  kind: ProcedureKind;
  steps: readonly string[];
  anchor: AnchorDate;
  basis: LegalSource[];
}

const NO_TRANSITIONAL_CLAUSE = src(L136, 'Điều 4 (hiệu lực từ 01/07/2026, không có quy định chuyển tiếp)');

/**
 * Luật 136/2025 and ND154/2026 have no transitional clause, so a period runs under the rules in
 * force on the day it starts and an act follows the rules in force on the day it is done; ND155
 * and ND156 say so expressly for pending cases. The district handover of 2025 is by event date.
 */
export const TRANSITIONS: readonly TransitionRow[] = [
  {
    kind: 'petition',
    steps: [
      'processing',
      'receptionReply',
      'denunciationInitialCheck',
      'denunciationForward',
      'forwardedDenunciationReport',
    ],
    anchor: 'received',
    basis: [src(LTCD, 'Điều 28 khoản 1'), src(LTC, 'Điều 24 khoản 1, 2, Điều 26 khoản 2'), NO_TRANSITIONAL_CLAUSE],
  },
  {
    kind: 'petition',
    steps: ['competence'],
    anchor: 'event',
    basis: [
      src(LTCD, 'Điều 26 khoản 1'),
      src(ND141, 'bàn giao nguyên trạng hồ sơ', { confidence: 'secondary' }),
      src(LTCCQDP, 'Điều 54 khoản 8', { confidence: 'secondary' }),
    ],
  },
  {
    kind: 'reception',
    steps: ['session', 'refusal', 'onlineSession', 'leaderDuty'],
    anchor: 'event',
    basis: [src(ND154, 'Điều 44'), NO_TRANSITIONAL_CLAUSE],
  },
  {
    kind: 'complaint',
    steps: ['limitation', 'secondComplaint'],
    anchor: 'event',
    basis: [src(LKN, 'Điều 9, Điều 33 khoản 1, Điều 48'), NO_TRANSITIONAL_CLAUSE],
  },
  {
    kind: 'complaint',
    steps: ['acceptance'],
    anchor: 'received',
    basis: [src(LKN, 'Điều 27, Điều 36 khoản 1, Điều 50'), NO_TRANSITIONAL_CLAUSE],
  },
  {
    kind: 'complaint',
    steps: ['resolutionPeriod'],
    anchor: 'accepted',
    basis: [src(LKN, 'Điều 28, Điều 37, Điều 50'), NO_TRANSITIONAL_CLAUSE],
  },
  {
    kind: 'complaint',
    steps: ['withdrawal', 'suspension', 'termination', 'dialogue'],
    anchor: 'event',
    basis: [src(ND155, 'Điều 22 khoản 1')],
  },
  {
    kind: 'complaint',
    steps: ['verification', 'decision', 'finality', 'enforcement'],
    anchor: 'event',
    basis: [src(ND155, 'Điều 21 khoản 1'), NO_TRANSITIONAL_CLAUSE],
  },
  { kind: 'complaint', steps: ['unlawfulResolutionReview'], anchor: 'event', basis: [src(ND155, 'Điều 22 khoản 2')] },
  {
    kind: 'complaint',
    steps: ['competence'],
    anchor: 'event',
    basis: [src(ND141, 'bàn giao nguyên trạng hồ sơ', { confidence: 'secondary' }), src(L136, 'Điều 2 khoản 7, 8, 16')],
  },
  {
    kind: 'denunciation',
    steps: ['acceptance', 'resolutionPeriod', 'extension'],
    anchor: 'accepted',
    basis: [src(LTC, 'Điều 29 khoản 3, Điều 30'), NO_TRANSITIONAL_CLAUSE],
  },
  {
    kind: 'denunciation',
    steps: [
      'verification',
      'withdrawal',
      'suspension',
      'termination',
      'conclusion',
      'handling',
      'furtherDenunciation',
      'overdue',
    ],
    anchor: 'event',
    basis: [src(ND156, 'Điều 10 khoản 1')],
  },
  {
    kind: 'denunciation',
    steps: ['competence'],
    anchor: 'event',
    basis: [src(LTCCQDP, 'Điều 54 khoản 8', { confidence: 'secondary' }), src(L136, 'Điều 3 khoản 2, 8')],
  },
  {
    kind: 'feedback',
    steps: ['resolution'],
    anchor: 'received',
    basis: [src(LTCD, 'Điều 26 khoản 2'), NO_TRANSITIONAL_CLAUSE],
  },
  {
    kind: 'feedback',
    steps: ['competence'],
    anchor: 'event',
    basis: [src(LTCD, 'Điều 26 khoản 2'), src(ND141, 'bàn giao nguyên trạng hồ sơ', { confidence: 'secondary' })],
  },
];

/** The rule set in force on a civil date. Throws before the first set (2020-12-10). */
export function ruleSetInForceOn(date: IsoDate): RuleSet {
  if (!isIsoDate(date)) throw new RangeError(`not a civil date: ${String(date)}`);
  const set = RULE_SETS.find(
    (r) => r.effectiveFrom <= date && (r.effectiveUntil === undefined || date < r.effectiveUntil),
  );
  if (!set) {
    throw new RangeError(`no rule set in force on ${date}: the engine starts on ${RULE_SETS[0].effectiveFrom}`);
  }
  return set;
}

export function transitionFor<K extends ProcedureKind>(kind: K, step: RuleStep<K>): TransitionRow {
  const row = TRANSITIONS.find((t) => t.kind === kind && t.steps.includes(step));
  if (!row) throw new RangeError(`no transition row for ${kind}.${String(step)}`);
  return row;
}

/** "A case is judged by the rules of its time": the rule set for one step of one case. */
export function applicableRuleSetId<K extends ProcedureKind>(kind: K, step: RuleStep<K>, dates: StepDates): RuleSetId {
  const { anchor } = transitionFor(kind, step);
  const date = dates[anchor];
  if (date === undefined) {
    throw new RangeError(`${kind}.${String(step)} is anchored on the date ${anchor}, which is missing`);
  }
  return ruleSetInForceOn(date).id;
}
