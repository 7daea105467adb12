import { formatVietnameseDate, RULE_SETS, type AuthorityLevel, type ErrorDetail, type IsoDate } from '@kntc/domain';

/**
 * First day without the district level (cấp huyện): two-tier local government from 2025-07-01
 * (Luật Tổ chức chính quyền địa phương 2025; NQ 190/2025/QH15). Taken from the rule sets, which
 * already say on which dates the district level exists, so the tree and the law agree.
 */
export const DISTRICTS_ABOLISHED_ON: IsoDate = (() => {
  const first = RULE_SETS.find((r) => !r.features.districtLevel);
  if (!first) throw new Error('no rule set without the district level');
  return first.effectiveFrom;
})();

const DISTRICT_LEVELS: readonly AuthorityLevel[] = ['district', 'district_agency'];

/**
 * The levels an authority of `level` may sit under, from `placedOn`. The tree follows the state
 * apparatus: ministries and provinces under the Government, agencies under their body; communes
 * under the district until 2025-06-30 and directly under the province from 2025-07-01. A central
 * authority is a root, created by the operator (CLI), never placed under another.
 */
export function allowedParentLevels(level: AuthorityLevel, placedOn: IsoDate): readonly AuthorityLevel[] {
  const twoTier = placedOn >= DISTRICTS_ABOLISHED_ON;
  switch (level) {
    case 'central':
      return [];
    case 'ministry':
    case 'province':
      return ['central'];
    case 'ministry_agency':
      return ['ministry'];
    case 'provincial_agency':
      return ['province'];
    case 'provincial_agency_unit':
      return ['provincial_agency'];
    case 'district':
      return ['province'];
    case 'district_agency':
      return ['district'];
    case 'commune':
      return twoTier ? ['province'] : ['district'];
    case 'public_service_unit':
      return twoTier
        ? ['central', 'ministry', 'ministry_agency', 'province', 'provincial_agency', 'commune']
        : ['central', 'ministry', 'ministry_agency', 'province', 'provincial_agency', 'district', 'commune'];
  }
}

export interface Validity {
  validFrom: IsoDate;
  /** First day it no longer exists (exclusive); null while it exists. */
  validUntil: IsoDate | null;
}

/** Whether the authority exists on `on` (valid_from ≤ on < valid_until). */
export const isValidOn = (a: Validity, on: IsoDate): boolean =>
  a.validFrom <= on && (a.validUntil === null || on < a.validUntil);

/**
 * Problems with an authority's own level and validity interval: the interval must not be empty,
 * and a district-level unit cannot exist from 2025-07-01.
 */
export function validityIssues(level: AuthorityLevel, validity: Validity): ErrorDetail[] {
  const issues: ErrorDetail[] = [];
  if (validity.validUntil !== null && validity.validUntil <= validity.validFrom) {
    issues.push({
      field: 'validUntil',
      issue: 'before_valid_from',
      message: 'Ngày chấm dứt hiệu lực phải sau ngày bắt đầu hiệu lực.',
    });
  }
  if (
    DISTRICT_LEVELS.includes(level) &&
    (validity.validUntil === null || validity.validUntil > DISTRICTS_ABOLISHED_ON)
  ) {
    issues.push({
      field: 'validUntil',
      issue: 'district_level_abolished',
      message:
        `Cấp huyện không còn từ ngày ${formatVietnameseDate(DISTRICTS_ABOLISHED_ON)} (chính quyền địa phương hai cấp): ` +
        `đơn vị cấp huyện phải chấm dứt hiệu lực chậm nhất ngày ${formatVietnameseDate(DISTRICTS_ABOLISHED_ON)}.`,
    });
  }
  return issues;
}

export interface Placement {
  level: AuthorityLevel;
  /** From when it sits under the parent: its validFrom when created, the effective date when moved. */
  placedOn: IsoDate;
  /** Its own end (exclusive), null while it exists. */
  validUntil: IsoDate | null;
  parent: { level: AuthorityLevel } & Validity;
}

/**
 * Problems with placing an authority under a parent: the parent's level must fit, and the parent
 * must exist for as long as the child sits under it (a child never outlives its parent, or it
 * would drop out of the tree of the day: see AuthorityDirectoryRepository.findSubtreeIdsOn).
 */
export function placementIssues(p: Placement): ErrorDetail[] {
  const issues: ErrorDetail[] = [];
  const allowed = allowedParentLevels(p.level, p.placedOn);
  if (!allowed.includes(p.parent.level)) {
    issues.push({
      field: 'parentId',
      issue: 'level_mismatch',
      message:
        allowed.length === 0
          ? `Cơ quan cấp ${p.level} không đặt dưới cơ quan khác.`
          : `Cơ quan cấp ${p.level} từ ngày ${formatVietnameseDate(p.placedOn)} chỉ trực thuộc cấp ${allowed.join(', ')}, không trực thuộc cấp ${p.parent.level}.`,
      allowedParentLevels: allowed,
    });
  }
  const endsBeforeChild = p.parent.validUntil !== null && (p.validUntil === null || p.validUntil > p.parent.validUntil);
  if (!isValidOn(p.parent, p.placedOn) || endsBeforeChild) {
    issues.push({
      field: 'parentId',
      issue: 'parent_not_valid',
      message:
        'Cơ quan cấp trên phải còn hiệu lực trong suốt thời gian cơ quan trực thuộc nó' +
        (p.parent.validUntil
          ? ` (cơ quan cấp trên chấm dứt hiệu lực từ ${formatVietnameseDate(p.parent.validUntil)}).`
          : '.'),
    });
  }
  return issues;
}
