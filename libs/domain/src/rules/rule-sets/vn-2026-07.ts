import { RECEPTION_REFUSAL_GROUNDS, type RuleSet } from '../rule-set.types';
import {
  L136,
  LKN,
  LTC,
  LTCCQDP,
  LTCD,
  ND124,
  ND141,
  ND154,
  ND155,
  ND156,
  ND31,
  TT02_2025,
  TT05_2021,
  src,
} from './instruments';
import { byKey } from './time-limit.builder';
import { VN_2025_07 } from './vn-2025-07';
import { CHANGED_LIMITS_2026 } from './vn-2026-07.limits';

/** Luật 136/2025/QH15 and Nghị định 154, 155, 156/2026 from 2026-07-01. */
export const VN_2026_07: RuleSet = {
  ...VN_2025_07,
  id: 'VN-2026-07',
  title: 'Luật 136/2025/QH15 và các Nghị định 154, 155, 156/2026/NĐ-CP (từ 01/07/2026)',
  effectiveFrom: '2026-07-01',
  effectiveUntil: undefined,
  // ND154/2026 Art. 44 repeals ND64/2014.
  instruments: [LTCD, LKN, LTC, L136, LTCCQDP, ND31, ND124, ND141, ND154, ND155, ND156, TT05_2021, TT02_2025],
  timeLimits: { ...VN_2025_07.timeLimits, ...byKey(...CHANGED_LIMITS_2026) },
  features: {
    districtLevel: false,
    complaintSuspension: true,
    complaintTerminationGrounds: ['withdrawn', 'complainant_died_or_dissolved', 'no_object', 'court_accepted'],
    complaintPartialWithdrawal: true,
    onlineReception: true,
    receptionRefusalGrounds: [...RECEPTION_REFUSAL_GROUNDS],
    receptionRefusalNoticeGrounds: ['resolved_case_persisting', 'feedback_already_answered'],
    complaintWithdrawalByMinutes: true,
    complaintGroupPartialWithdrawal: true,
    complaintDialogue: { round1: 'when_disputed', round2: 'mandatory', disciplinary: 'mandatory' },
    complaintDialogueNoShowContinues: true,
    complaintProxyNotarisation: { requiredForIndividuals: true, endsOn: '2027-01-01' },
    denunciationPartialWithdrawal: true,
    denunciationContinueDespiteWithdrawal: true,
    denunciationWithdrawalMinutes: 'any_working_session',
    denunciationPmDelegationToInspectorGeneral: true,
  },
  thresholds: {
    ...VN_2025_07.thresholds,
    leaderReception: { ...VN_2025_07.thresholds.leaderReception, commune: { days: 2, per: 'month' } },
  },
  provenance: {
    features: {
      districtLevel: [src(L136, 'Điều 1 khoản 14, 15; Điều 2 khoản 16; Điều 3 khoản 8')],
      complaintSuspension: [src(LKN, 'Điều 11a khoản 1, 4', { amendedBy: `${L136}, Điều 2 khoản 4` })],
      complaintTerminationGrounds: [src(LKN, 'Điều 11a khoản 2', { amendedBy: `${L136}, Điều 2 khoản 4` })],
      complaintPartialWithdrawal: [
        src(LKN, 'Điều 2 khoản 3, Điều 10 khoản 1, 2', { amendedBy: `${L136}, Điều 2 khoản 1, 3` }),
      ],
      onlineReception: [
        src(LTCD, 'Điều 3a', { amendedBy: `${L136}, Điều 1 khoản 1` }),
        src(ND154, 'Điều 16 đến Điều 24'),
      ],
      receptionRefusalGrounds: [
        src(LTCD, 'Điều 9 khoản 1, 2, 3, 4', { amendedBy: `${L136}, Điều 1 khoản 5` }),
        src(ND154, 'Điều 4 khoản 1'),
      ],
      receptionRefusalNoticeGrounds: [src(ND154, 'Điều 4 khoản 2, 3 (Mẫu số 01/TCD)')],
      complaintWithdrawalByMinutes: [src(LKN, 'Điều 10 khoản 1', { amendedBy: `${L136}, Điều 2 khoản 3` })],
      complaintGroupPartialWithdrawal: [src(ND124, 'Điều 7a', { amendedBy: `${ND155}, Điều 5` })],
      complaintDialogue: [
        src(LKN, 'Điều 30 khoản 1, Điều 39, Điều 53, Điều 55 khoản 3'),
        src(ND124, 'Điều 28 khoản 2', { amendedBy: `${ND155}, Điều 11` }),
      ],
      complaintDialogueNoShowContinues: [
        src(LKN, 'Điều 30 khoản 6', { amendedBy: `${L136}, Điều 2 khoản 11` }),
        src(ND124, 'Điều 28 khoản 5, Điều 28a', { amendedBy: `${ND155}, Điều 11, 12` }),
      ],
      complaintProxyNotarisation: [
        src(ND124, 'Điều 5 khoản 3', { amendedBy: `${ND155}, Điều 3` }),
        src(ND155, 'Điều 21 khoản 2'),
      ],
      denunciationPartialWithdrawal: [src(LTC, 'Điều 33 khoản 1, 2', { amendedBy: `${L136}, Điều 3 khoản 5` })],
      denunciationContinueDespiteWithdrawal: [
        src(LTC, 'Điều 33 khoản 3'),
        src(ND31, 'Điều 4 khoản 4', { amendedBy: `${ND156}, Điều 1` }),
      ],
      denunciationWithdrawalMinutes: [
        src(LTC, 'Điều 33 khoản 1', { amendedBy: `${L136}, Điều 3 khoản 5` }),
        src(ND31, 'Điều 4 khoản 2', { amendedBy: `${ND156}, Điều 1` }),
      ],
      denunciationPmDelegationToInspectorGeneral: [
        src(LTC, 'Điều 13 khoản 8 điểm c', { amendedBy: `${L136}, Điều 3 khoản 2 điểm d` }),
      ],
    },
    competence: {
      complaintRound2: [
        src(LKN, 'Điều 17, Điều 21 khoản 2', { amendedBy: `${L136}, Điều 2 khoản 7, 8` }),
        src(LKN, 'Điều 18', { amendedBy: `${L136}, Điều 2 khoản 16 (bãi bỏ)` }),
        src(LKN, 'Điều 7 khoản 2, 3, Điều 20 khoản 2, Điều 23 khoản 2, 3'),
        src(ND124, 'Điều 14 khoản 2'),
      ],
      denunciationAgainstHead: [
        src(LTC, 'Điều 13 khoản 1, 3, khoản 4 điểm a', { amendedBy: `${L136}, Điều 3 khoản 2` }),
        src(LTC, 'Điều 13 khoản 2', { amendedBy: `${L136}, Điều 3 khoản 8 (bãi bỏ)` }),
        src(LTC, 'Điều 12 khoản 1, Điều 13 khoản 5, 7, 8'),
      ],
    },
    thresholds: {
      manySignatories: [
        src(TT05_2021, 'phân loại đơn nhiều người', { confidence: 'unconfirmed' }),
        src(LTCD, 'Điều 29'),
      ],
      representatives: [src(ND124, 'Điều 6 khoản 2', { amendedBy: `${ND155}, Điều 4` }), src(LTCD, 'Điều 29')],
      denunciationExtensions: [src(LTC, 'Điều 30 khoản 2, 3')],
      particularlyComplexMinCriteria: [src(ND31, 'Điều 3 khoản 3')],
      leaderReception: [
        src(LTCD, 'Điều 15 khoản 2 điểm c', { amendedBy: `${L136}, Điều 1 khoản 7` }),
        src(LTCD, 'Điều 12 khoản 5, Điều 18 khoản 2'),
        src(ND154, 'Điều 10 khoản 2'),
      ],
    },
  },
};
