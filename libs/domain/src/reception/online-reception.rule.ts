import type { ContentKind } from '../machines/shared/kinds';
import { L136, LTCD, ND154, src } from '../rules/rule-sets/instruments';
import type { LegalSource, RuleSet } from '../rules/rule-set.types';

export type OnlineReceptionDecision =
  | { allowed: true }
  | { allowed: false; issue: 'online_not_in_force' | 'protected_denouncer'; message: string; source: LegalSource[] };

/**
 * Whether a visit may be held online (tiếp công dân trực tuyến):
 * - the form exists only where the rule set has it: Luật TCD Art. 3a, added by Luật 136/2025
 *   Art. 1.1, in force from 2026-07-01;
 * - a tố cáo is received online only when the denouncer has not asked for identity protection
 *   (ND154/2026 Art. 20.4). Content that is mixed may hold a tố cáo, so it is treated alike.
 */
export function onlineReceptionDecision(
  ruleSet: RuleSet,
  visit: { contentKind?: ContentKind; identityProtectionRequested: boolean },
): OnlineReceptionDecision {
  if (!ruleSet.features.onlineReception) {
    return {
      allowed: false,
      issue: 'online_not_in_force',
      message: 'Tiếp công dân trực tuyến chỉ được thực hiện từ ngày 01/07/2026 (Điều 3a Luật Tiếp công dân).',
      source: [src(LTCD, 'Điều 3a', { amendedBy: `${L136}, Điều 1 khoản 1` })],
    };
  }
  const mayHoldDenunciation = visit.contentKind === 'denunciation' || visit.contentKind === 'mixed';
  if (mayHoldDenunciation && visit.identityProtectionRequested) {
    return {
      allowed: false,
      issue: 'protected_denouncer',
      message:
        'Không tiếp trực tuyến vụ việc tố cáo khi người tố cáo yêu cầu bảo vệ danh tính (khoản 4 Điều 20 Nghị định 154/2026/NĐ-CP).',
      source: [src(ND154, 'Điều 20 khoản 4')],
    };
  }
  return { allowed: true };
}
