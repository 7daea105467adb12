import type { RuleSetId } from '../../../rules/rule-set.types';
import type { Actor, Role } from '../../../shared/actor';
import type { AuthorityLevel, AuthorityRef } from '../../../shared/authority';
import type { EventMeta } from '../../../shared/event-meta';
import type { IsoDate } from '../../../shared/iso-date';
import type { ComplaintEvent, ComplaintInput } from '../complaint.types';

/** A small authority tree (root first in each path). */
const node = (id: string, level: AuthorityLevel, parentPath: string[], remote = false): AuthorityRef => ({
  id,
  level,
  path: [...parentPath, id],
  remote,
});

export const CENTRAL = node('vn', 'central', []);
export const MINISTRY = node('bo-tnmt', 'ministry', CENTRAL.path);
export const MINISTRY_HOME_AFFAIRS = node('bo-noi-vu', 'ministry', CENTRAL.path);
export const MINISTRY_AGENCY = node('cuc-dat-dai', 'ministry_agency', MINISTRY.path);
export const PROVINCE = node('tinh-a', 'province', CENTRAL.path);
export const OTHER_PROVINCE = node('tinh-b', 'province', CENTRAL.path);
export const PROVINCIAL_AGENCY = node('so-tnmt-a', 'provincial_agency', PROVINCE.path);
export const DISTRICT = node('huyen-a1', 'district', PROVINCE.path);
/** A commune under a district (three-tier, before 2025-07-01). */
export const COMMUNE_UNDER_DISTRICT = node('xa-a1-1', 'commune', DISTRICT.path);
/** A commune directly under the province (two-tier, from 2025-07-01). */
export const COMMUNE = node('xa-a-1', 'commune', PROVINCE.path);
export const REMOTE_COMMUNE = node('xa-a-2', 'commune', PROVINCE.path, true);
export const OTHER_COMMUNE = node('xa-b-1', 'commune', OTHER_PROVINCE.path);

/** A date inside each rule set's period, so that events look like their time. */
export const DAY_IN: Record<RuleSetId, IsoDate> = {
  'VN-2019': '2024-03-04',
  'VN-2025-07': '2025-09-03',
  'VN-2026-07': '2026-08-03',
};

/** The first-round resolver and its competent superior, per rule set, for an administrative complaint. */
export const ROUND1_AND_SUPERIOR: Record<RuleSetId, { round1: AuthorityRef; superior: AuthorityRef }> = {
  'VN-2019': { round1: COMMUNE_UNDER_DISTRICT, superior: DISTRICT },
  'VN-2025-07': { round1: COMMUNE, superior: PROVINCE },
  'VN-2026-07': { round1: COMMUNE, superior: PROVINCE },
};

export const actorOf = (authority: AuthorityRef, role: Role = 'leader'): Actor => ({
  userId: `u-${authority.id}`,
  role,
  authority,
});

export interface MetaOptions {
  ruleSetId?: RuleSetId;
  on?: IsoDate;
  role?: Role;
}

export const metaOf = (authority: AuthorityRef, options: MetaOptions = {}): EventMeta => {
  const ruleSetId = options.ruleSetId ?? 'VN-2026-07';
  const on = options.on ?? DAY_IN[ruleSetId];
  return { at: `${on}T09:00:00+07:00`, actor: actorOf(authority, options.role), ruleSetId };
};

type PayloadOf<T extends ComplaintEvent['type']> = Omit<Extract<ComplaintEvent, { type: T }>, 'type' | 'meta'>;

/** `ev('decide', PROVINCE, { outcome: 'correct' }, { on: '2026-08-10' })` */
export function ev<T extends ComplaintEvent['type']>(
  type: T,
  by: AuthorityRef,
  payload: PayloadOf<T>,
  options: MetaOptions = {},
): Extract<ComplaintEvent, { type: T }> {
  return { type, meta: metaOf(by, options), ...payload } as Extract<ComplaintEvent, { type: T }>;
}

/** Deadline sweeper events come from the system actor. */
export const expired = (clock: string, options: MetaOptions = {}): ComplaintEvent =>
  ev('deadlineExpired', CENTRAL, { clock }, { ...options, role: 'system' });

export function inputOf(overrides: Partial<ComplaintInput> = {}): ComplaintInput {
  const ruleSetId = overrides.meta?.ruleSetId ?? 'VN-2026-07';
  const holder = overrides.holder ?? ROUND1_AND_SUPERIOR[ruleSetId].round1;
  return {
    round: 1,
    holder,
    receivedOn: DAY_IN[ruleSetId],
    complainants: 1,
    disciplinary: false,
    meta: metaOf(holder, { ruleSetId, role: 'reception_officer' }),
    ...overrides,
  };
}
