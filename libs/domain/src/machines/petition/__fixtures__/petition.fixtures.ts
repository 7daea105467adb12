import type { RuleSetId } from '../../../rules/rule-set.types';
import type { Actor, Role } from '../../../shared/actor';
import type { AuthorityRef } from '../../../shared/authority';
import type { EventMeta } from '../../../shared/event-meta';
import type { IsoDate } from '../../../shared/iso-date';
import type {
  DismissalReason,
  IneligibilityReason,
  PetitionClassificationInput,
  PetitionEvent,
  PetitionInput,
} from '../petition.types';

/** A small authority tree: one province with an agency and two communes, and another province. */
export const AUTH = {
  province: { id: 'tinh-a', level: 'province', path: ['tinh-a'], remote: false },
  agency: { id: 'so-tnmt', level: 'provincial_agency', path: ['tinh-a', 'so-tnmt'], remote: false },
  agencyUnit: { id: 'chi-cuc', level: 'provincial_agency_unit', path: ['tinh-a', 'so-tnmt', 'chi-cuc'], remote: false },
  communeA: { id: 'xa-a', level: 'commune', path: ['tinh-a', 'xa-a'], remote: false },
  communeB: { id: 'xa-b', level: 'commune', path: ['tinh-a', 'xa-b'], remote: false },
  otherProvince: { id: 'tinh-b', level: 'province', path: ['tinh-b'], remote: false },
} as const satisfies Record<string, AuthorityRef>;

/** A civil date well inside each rule set's period, at 09:00 Vietnam time. */
export const DATE_OF: Record<RuleSetId, IsoDate> = {
  'VN-2019': '2024-03-04',
  'VN-2025-07': '2025-09-15',
  'VN-2026-07': '2026-08-03',
};

export const actorOf = (authority: AuthorityRef, role: Role = 'handler'): Actor => ({
  userId: `${role}@${authority.id}`,
  role,
  authority,
});

export interface BuildOptions {
  ruleSetId?: RuleSetId;
  /** Civil date of the event; defaults to the rule set's sample date. */
  on?: IsoDate;
  role?: Role;
}

export function metaOf(authority: AuthorityRef, options: BuildOptions = {}): EventMeta {
  const ruleSetId = options.ruleSetId ?? 'VN-2026-07';
  const on = options.on ?? DATE_OF[ruleSetId];
  return { at: `${on}T09:00:00+07:00`, actor: actorOf(authority, options.role), ruleSetId };
}

export function petitionInput(overrides: Partial<Omit<PetitionInput, 'meta'>> & BuildOptions = {}): PetitionInput {
  const { ruleSetId, on, role, ...rest } = overrides;
  const holder = rest.holder ?? AUTH.province;
  const meta = metaOf(holder, { ruleSetId, on, role: role ?? 'reception_officer' });
  return {
    holder,
    receivedOn: on ?? DATE_OF[meta.ruleSetId],
    channel: 'post',
    fromReception: false,
    ...rest,
    meta,
  };
}

/** Classifications that exercise every disposition. */
const base: PetitionClassificationInput = {
  contentKind: 'complaint',
  eligible: true,
  withinCompetence: true,
  signatories: 1,
  originalsAttached: false,
};
const ineligible = (
  reason: IneligibilityReason,
): Pick<PetitionClassificationInput, 'eligible' | 'ineligibleReason'> => ({
  eligible: false,
  ineligibleReason: reason,
});

export const CLASSIFICATIONS = {
  complaintWithin: base,
  denunciationWithin: { ...base, contentKind: 'denunciation' },
  feedbackWithin: { ...base, contentKind: 'feedback' },
  mixedWithin: { ...base, contentKind: 'mixed' },
  complaintOutside: { ...base, withinCompetence: false, competentBodyType: 'state_administration' },
  complaintMissingSignature: { ...base, ...ineligible('missing_identification'), originalsAttached: true },
  complaintGuidedBefore: { ...base, ...ineligible('already_guided_same_content'), withinCompetence: false },
  complaintLowerOverdue: { ...base, withinCompetence: false, belongsToLowerLevelAndOverdue: true },
  denunciationOutside: { ...base, contentKind: 'denunciation', withinCompetence: false },
  denunciationLowerOverdue: {
    ...base,
    contentKind: 'denunciation',
    withinCompetence: false,
    belongsToLowerLevelAndOverdue: true,
  },
  denunciationAnonymous: {
    ...base,
    contentKind: 'denunciation',
    ...ineligible('missing_identification'),
    signatories: 0,
    anonymousOrImpersonated: true,
  },
  denunciationCompetentHasIt: {
    ...base,
    contentKind: 'denunciation',
    withinCompetence: false,
    competentBodyAlreadyHasIt: true,
  },
  denunciationIllegible: { ...base, contentKind: 'denunciation', ...ineligible('illegible') },
  feedbackOutside: { ...base, contentKind: 'feedback', withinCompetence: false },
  feedbackManySigners: { ...base, contentKind: 'feedback', signatories: 12 },
} as const satisfies Record<string, PetitionClassificationInput>;
export type ClassificationName = keyof typeof CLASSIFICATIONS;

/** Event builders: `by` is the authority the actor acts for. */
export const ev = {
  classify: (by: AuthorityRef, c: PetitionClassificationInput, o?: BuildOptions): PetitionEvent => ({
    type: 'classify',
    meta: metaOf(by, o),
    ...c,
  }),
  accept: (by: AuthorityRef, o?: BuildOptions): PetitionEvent => ({ type: 'accept', meta: metaOf(by, o) }),
  guide: (by: AuthorityRef, o?: BuildOptions): PetitionEvent => ({
    type: 'guide',
    meta: metaOf(by, o),
    guidedTo: 'UBND tỉnh B',
  }),
  forward: (by: AuthorityRef, to: AuthorityRef, o?: BuildOptions): PetitionEvent => ({
    type: 'forward',
    meta: metaOf(by, o),
    to,
  }),
  returnToSender: (by: AuthorityRef, o?: BuildOptions, reason = 'Không thuộc thẩm quyền'): PetitionEvent => ({
    type: 'returnToSender',
    meta: metaOf(by, o),
    reason,
  }),
  urge: (by: AuthorityRef, lower: AuthorityRef, o?: BuildOptions): PetitionEvent => ({
    type: 'urge',
    meta: metaOf(by, o),
    lower,
  }),
  requestSplit: (by: AuthorityRef, o?: BuildOptions): PetitionEvent => ({ type: 'requestSplit', meta: metaOf(by, o) }),
  file: (by: AuthorityRef, reason: IneligibilityReason, o?: BuildOptions): PetitionEvent => ({
    type: 'file',
    meta: metaOf(by, o),
    reason,
  }),
  dismiss: (
    by: AuthorityRef,
    reason: DismissalReason,
    o?: BuildOptions,
    managementInspection?: boolean,
  ): PetitionEvent => ({
    type: 'dismiss',
    meta: metaOf(by, o),
    reason,
    ...(managementInspection ? { managementInspection } : {}),
  }),
  receive: (by: AuthorityRef, o?: BuildOptions): PetitionEvent => ({ type: 'receive', meta: metaOf(by, o) }),
  extendInitialCheck: (by: AuthorityRef, o?: BuildOptions): PetitionEvent => ({
    type: 'extendInitialCheck',
    meta: metaOf(by, o),
    reason: 'Phải kiểm tra tại nhiều địa điểm',
  }),
  deadlineExpired: (clock: string, o?: BuildOptions): PetitionEvent => ({
    type: 'deadlineExpired',
    meta: metaOf(AUTH.province, { ...o, role: 'system' }),
    clock,
  }),
};
