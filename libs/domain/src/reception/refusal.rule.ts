import type { LegalSource, ReceptionRefusalGround, RuleSet, TimeLimitKey } from '../rules/rule-set.types';

export interface RefusalDecision {
  /** The ground exists in the rule set in force on the visit's date. */
  allowed: boolean;
  /** A written Thông báo từ chối tiếp công dân (Mẫu 01/TCD) must follow. */
  noticeRequired: boolean;
  /** The period for the notice, where the rule set fixes one (3 working days from 2026-07-01). */
  noticeRule?: TimeLimitKey;
  source: LegalSource[];
}

/**
 * Từ chối tiếp công dân (Luật TCD Art. 9; ND154/2026 Art. 4). For most grounds the officer
 * explains the reason to the citizen on the spot (ND154 Art. 4.2); for a case already properly
 * resolved (Art. 9.3) and, from 2026-07-01, a kiến nghị already answered with nothing new (ND154
 * Art. 4.1.h), the head issues a written notice, within 3 working days from 2026-07-01 (Art. 4.3).
 * Before that no text we could read fixes the notice's period (TT 06/2014 Art. 4 requires the
 * notice, without a period): the notice is required, no clock runs.
 */
export function refusalDecision(ruleSet: RuleSet, ground: ReceptionRefusalGround): RefusalDecision {
  const allowed = ruleSet.features.receptionRefusalGrounds.includes(ground);
  const noticeRequired = allowed && ruleSet.features.receptionRefusalNoticeGrounds.includes(ground);
  const hasPeriod = ruleSet.timeLimits['reception.refusalNotice'] !== undefined;
  return {
    allowed,
    noticeRequired,
    ...(noticeRequired && hasPeriod ? { noticeRule: 'reception.refusalNotice' as const } : {}),
    source: [
      ...(ruleSet.provenance?.features.receptionRefusalGrounds ?? []),
      ...(noticeRequired ? (ruleSet.provenance?.features.receptionRefusalNoticeGrounds ?? []) : []),
    ],
  };
}
