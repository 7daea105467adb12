import type { AuthorityRef } from '../../../shared/authority';
import type { EventMeta } from '../../../shared/event-meta';
import type { IsoDateTime } from '../../../shared/iso-date';
import type { RuleSetId } from '../../../rules/rule-set.types';
import type { DeadlineExpiredEvent } from '../../shared/common-events';
import type {
  ComplexityCriterion,
  Conclusion,
  DenunciationEvent,
  DenunciationInput,
  HandlingMeasure,
  ReResolutionGround,
  RefusalReason,
  SuspensionGround,
  TakeOverGround,
  TerminationGround,
  WithdrawEvent,
} from '../denunciation.types';

/** A small authority tree: Chính phủ → UBND tỉnh → sở / UBND huyện (before 2025) → UBND xã. */
const authority = (id: string, level: AuthorityRef['level'], path: string[]): AuthorityRef => ({
  id,
  level,
  path,
  remote: false,
});

export const GOV = authority('gov', 'central', ['gov']);
export const PROVINCE = authority('p1', 'province', ['gov', 'p1']);
export const AGENCY = authority('s1', 'provincial_agency', ['gov', 'p1', 's1']);
export const OTHER_AGENCY = authority('s2', 'provincial_agency', ['gov', 'p1', 's2']);
export const DISTRICT = authority('d1', 'district', ['gov', 'p1', 'd1']);
/** A commune under a district (three-tier government, VN-2019). */
export const COMMUNE_2019 = authority('c1', 'commune', ['gov', 'p1', 'd1', 'c1']);
/** A commune directly under the province (two-tier government, from 2025-07-01). */
export const COMMUNE_2025 = authority('c2', 'commune', ['gov', 'p1', 'c2']);

/** A date inside each rule set, so that the samples look like real cases. */
export const DATE_OF: Record<RuleSetId, IsoDateTime> = {
  'VN-2019': '2024-03-04T09:00:00+07:00',
  'VN-2025-07': '2025-09-08T09:00:00+07:00',
  'VN-2026-07': '2026-08-03T09:00:00+07:00',
};

export interface EventOptions {
  ruleSetId?: RuleSetId;
  at?: IsoDateTime;
}

export function metaOf(by: AuthorityRef, o: EventOptions = {}): EventMeta {
  const ruleSetId = o.ruleSetId ?? 'VN-2026-07';
  return {
    at: o.at ?? DATE_OF[ruleSetId],
    ruleSetId,
    actor: { userId: `officer-${by.id}`, role: 'leader', authority: by },
  };
}

export function inputOf(partial: Partial<DenunciationInput> = {}, o: EventOptions = {}): DenunciationInput {
  const holder = partial.holder ?? AGENCY;
  return {
    holder,
    receivedOn: (o.at ?? DATE_OF[o.ruleSetId ?? 'VN-2026-07']).slice(0, 10),
    denouncers: 1,
    denounced: { kind: 'official' },
    forwardedBefore: false,
    meta: metaOf(holder, o),
    ...partial,
  };
}

/** Event builders: `by` is the authority the acting officer works for. */
export const ev = {
  accept: (by: AuthorityRef, o?: EventOptions): DenunciationEvent => ({ type: 'accept', meta: metaOf(by, o) }),
  refuse: (by: AuthorityRef, reason: RefusalReason = 'no_basis_to_identify', o?: EventOptions): DenunciationEvent => ({
    type: 'refuse',
    reason,
    meta: metaOf(by, o),
  }),
  forward: (by: AuthorityRef, to: AuthorityRef = OTHER_AGENCY, o?: EventOptions): DenunciationEvent => ({
    type: 'forward',
    to,
    meta: metaOf(by, o),
  }),
  transferToInvestigation: (by: AuthorityRef, o?: EventOptions): DenunciationEvent => ({
    type: 'transferToInvestigation',
    meta: metaOf(by, o),
  }),
  setComplexity: (by: AuthorityRef, criteria: ComplexityCriterion[], o?: EventOptions): DenunciationEvent => ({
    type: 'setComplexity',
    criteria,
    meta: metaOf(by, o),
  }),
  extend: (by: AuthorityRef, o?: EventOptions): DenunciationEvent => ({
    type: 'extend',
    reason: 'Phải xác minh tại nhiều địa điểm',
    meta: metaOf(by, o),
  }),
  conclude: (by: AuthorityRef, outcome: Conclusion = 'correct', o?: EventOptions): DenunciationEvent => ({
    type: 'conclude',
    outcome,
    meta: metaOf(by, o),
  }),
  suspend: (
    by: AuthorityRef,
    ground: SuspensionGround = 'awaiting_expert_reassessment',
    o?: EventOptions,
  ): DenunciationEvent => ({
    type: 'suspend',
    ground,
    meta: metaOf(by, o),
  }),
  resume: (by: AuthorityRef, o?: EventOptions): DenunciationEvent => ({ type: 'resume', meta: metaOf(by, o) }),
  terminate: (by: AuthorityRef, ground: TerminationGround, o?: EventOptions): DenunciationEvent => ({
    type: 'terminate',
    ground,
    meta: metaOf(by, o),
  }),
  withdraw: (
    by: AuthorityRef,
    w: Partial<Pick<WithdrawEvent, 'scope' | 'form' | 'minutesAt' | 'withdrawers' | 'continueBecause'>> = {},
    o?: EventOptions,
  ): DenunciationEvent => ({
    type: 'withdraw',
    scope: w.scope ?? 'all',
    form: w.form ?? 'letter',
    ...(w.minutesAt ? { minutesAt: w.minutesAt } : {}),
    ...(w.withdrawers !== undefined ? { withdrawers: w.withdrawers } : {}),
    ...(w.continueBecause ? { continueBecause: w.continueBecause } : {}),
    meta: metaOf(by, o),
  }),
  sendConclusion: (by: AuthorityRef, o?: EventOptions): DenunciationEvent => ({
    type: 'sendConclusion',
    meta: metaOf(by, o),
  }),
  recordHandling: (by: AuthorityRef, measures: HandlingMeasure[], o?: EventOptions): DenunciationEvent => ({
    type: 'recordHandling',
    measures,
    meta: metaOf(by, o),
  }),
  publish: (by: AuthorityRef, o?: EventOptions): DenunciationEvent => ({ type: 'publish', meta: metaOf(by, o) }),
  close: (by: AuthorityRef, o?: EventOptions): DenunciationEvent => ({ type: 'close', meta: metaOf(by, o) }),
  furtherDenunciation: (by: AuthorityRef, o?: EventOptions): DenunciationEvent => ({
    type: 'furtherDenunciation',
    meta: metaOf(by, o),
  }),
  upholdResolution: (by: AuthorityRef, o?: EventOptions): DenunciationEvent => ({
    type: 'upholdResolution',
    meta: metaOf(by, o),
  }),
  reResolve: (
    by: AuthorityRef,
    ground: ReResolutionGround = 'missed_evidence',
    o?: EventOptions,
  ): DenunciationEvent => ({
    type: 'reResolve',
    ground,
    meta: metaOf(by, o),
  }),
  redirectCompetence: (by: AuthorityRef, to: AuthorityRef = OTHER_AGENCY, o?: EventOptions): DenunciationEvent => ({
    type: 'redirectCompetence',
    to,
    meta: metaOf(by, o),
  }),
  demandReport: (by: AuthorityRef, o?: EventOptions): DenunciationEvent => ({
    type: 'demandReport',
    meta: metaOf(by, o),
  }),
  submitReport: (by: AuthorityRef, o?: EventOptions): DenunciationEvent => ({
    type: 'submitReport',
    meta: metaOf(by, o),
  }),
  takeOver: (by: AuthorityRef, ground: TakeOverGround = 'not_objective', o?: EventOptions): DenunciationEvent => ({
    type: 'takeOver',
    ground,
    meta: metaOf(by, o),
  }),
  /** The deadline sweeper acts as `system` for the authority holding the case. */
  deadlineExpired: (clock: string, holder: AuthorityRef, o?: EventOptions): DeadlineExpiredEvent => ({
    type: 'deadlineExpired',
    clock,
    meta: { ...metaOf(holder, o), actor: { userId: 'sweeper', role: 'system', authority: holder } },
  }),
};
