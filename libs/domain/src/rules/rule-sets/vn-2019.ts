import type { RuleSet } from '../rule-set.types';
import {
  L136,
  LKN,
  LTC,
  LTCD,
  ND124,
  ND155,
  ND31,
  ND64,
  TT04_2021,
  TT05_2021,
  TT06_2014,
  TT07_2014,
  src,
} from './instruments';
import { byKey } from './time-limit.builder';
import { COMPLAINT_LIMITS_2019 } from './vn-2019.complaint-limits';
import { DENUNCIATION_LIMITS_2019 } from './vn-2019.denunciation-limits';
import { PETITION_LIMITS_2019 } from './vn-2019.petition-limits';

/**
 * Three-tier local government (tỉnh, huyện, xã), from the day ND124/2020 replaced ND75/2012
 * (every complaint period here cites ND124) to the 2025 reorganisation. The id keeps "2019"
 * (Luật Tố cáo 2018 in force from 2019-01-01); cases before 2020-12-10 are outside the engine.
 */
export const VN_2019: RuleSet = {
  id: 'VN-2019',
  title: 'Chính quyền địa phương ba cấp (10/12/2020 – 30/06/2025)',
  effectiveFrom: '2020-12-10',
  effectiveUntil: '2025-07-01',
  instruments: [LTCD, LKN, LTC, ND64, ND31, ND124, TT07_2014, TT05_2021],
  timeLimits: byKey(...PETITION_LIMITS_2019, ...COMPLAINT_LIMITS_2019, ...DENUNCIATION_LIMITS_2019),
  features: {
    districtLevel: true,
    complaintSuspension: false,
    complaintTerminationGrounds: ['withdrawn'],
    complaintPartialWithdrawal: false,
    onlineReception: false,
    receptionRefusalGrounds: ['incapacitated', 'threatening_or_disorderly', 'resolved_case_persisting'],
    receptionRefusalNoticeGrounds: ['resolved_case_persisting'],
    complaintWithdrawalByMinutes: false,
    complaintGroupPartialWithdrawal: false,
    complaintDialogue: { round1: 'when_disputed', round2: 'mandatory', disciplinary: 'mandatory' },
    complaintDialogueNoShowContinues: false,
    complaintProxyNotarisation: { requiredForIndividuals: true, endsOn: null },
    denunciationPartialWithdrawal: true,
    denunciationContinueDespiteWithdrawal: true,
    denunciationWithdrawalMinutes: 'in_person_withdrawal',
    denunciationPmDelegationToInspectorGeneral: false,
  },
  competence: {
    complaintRound2: {
      commune: 'district',
      district_agency: 'district',
      district: 'province',
      provincial_agency_unit: 'provincial_agency',
      provincial_agency: 'province',
      province: 'ministry',
      ministry_agency: 'ministry',
      ministry: 'court_only',
    },
    denunciationAgainstHead: {
      commune: 'district',
      district_agency: 'district',
      district: 'province',
      provincial_agency_unit: 'provincial_agency',
      provincial_agency: 'province',
      province: 'central',
      ministry_agency: 'ministry',
      ministry: 'central',
    },
  },
  thresholds: {
    manySignatories: 5,
    representatives: [
      { minPeople: 5, maxPeople: 10, minRepresentatives: 1, maxRepresentatives: 2 },
      { minPeople: 11, maxPeople: null, minRepresentatives: 1, maxRepresentatives: 5 },
    ],
    denunciationExtensions: { complex: 1, particularlyComplex: 2 },
    particularlyComplexMinCriteria: 2,
    leaderReception: {
      commune: { days: 1, per: 'week' },
      district: { days: 2, per: 'month' },
      province: { days: 1, per: 'month' },
      provincial_agency: { days: 1, per: 'month' },
      ministry: { days: 1, per: 'month' },
      ministry_agency: { days: 1, per: 'month' },
      public_service_unit: { days: 1, per: 'month' },
    },
  },
  provenance: {
    features: {
      districtLevel: [src(LTCD, 'Điều 13'), src(LKN, 'Điều 18'), src(LTC, 'Điều 13 khoản 2')],
      complaintSuspension: [src(L136, 'Điều 2 khoản 4 (Điều 11a Luật Khiếu nại chỉ có từ 01/07/2026)')],
      complaintTerminationGrounds: [src(LKN, 'Điều 10, Điều 11 khoản 8')],
      complaintPartialWithdrawal: [src(LKN, 'Điều 2 khoản 3, Điều 10')],
      onlineReception: [src(L136, 'Điều 1 khoản 1 (Điều 3a Luật Tiếp công dân chỉ có từ 01/07/2026)')],
      receptionRefusalGrounds: [src(LTCD, 'Điều 9 khoản 1, 2, 3')],
      receptionRefusalNoticeGrounds: [
        src(LTCD, 'Điều 9 khoản 3'),
        src(TT06_2014, 'Điều 4 (Mẫu số 01-TCD)'),
        src(TT04_2021, 'thông báo từ chối tiếp công dân', { confidence: 'unconfirmed' }),
      ],
      complaintWithdrawalByMinutes: [src(LKN, 'Điều 10')],
      complaintGroupPartialWithdrawal: [src(ND155, 'Điều 5 (Điều 7a Nghị định 124 chỉ có từ 01/07/2026)')],
      complaintDialogue: [
        src(LKN, 'Điều 30 khoản 1, Điều 39, Điều 53, Điều 55 khoản 3'),
        src(ND124, 'Điều 28 khoản 1'),
      ],
      complaintDialogueNoShowContinues: [
        src(L136, 'Điều 2 khoản 11 (Điều 30 khoản 6 Luật Khiếu nại chỉ có từ 01/07/2026)'),
      ],
      complaintProxyNotarisation: [src(ND124, 'Điều 5 khoản 3')],
      denunciationPartialWithdrawal: [src(LTC, 'Điều 33 khoản 1, 2')],
      denunciationContinueDespiteWithdrawal: [src(LTC, 'Điều 33 khoản 3'), src(ND31, 'Điều 4 khoản 3')],
      denunciationWithdrawalMinutes: [src(LTC, 'Điều 33 khoản 1'), src(ND31, 'Điều 4 khoản 1')],
      denunciationPmDelegationToInspectorGeneral: [src(L136, 'Điều 3 khoản 2 điểm d (chỉ có từ 01/07/2026)')],
    },
    competence: {
      complaintRound2: [
        src(LKN, 'Điều 7 khoản 2, 3, Điều 18 khoản 2, Điều 20 khoản 2, Điều 21 khoản 2, Điều 23 khoản 2, 3'),
        src(ND124, 'Điều 14 khoản 2'),
      ],
      denunciationAgainstHead: [src(LTC, 'Điều 12 khoản 1, Điều 13 khoản 2, 3, 4, 5, 7, 8')],
    },
    thresholds: {
      manySignatories: [
        src(TT07_2014, 'Điều 6 khoản 4 điểm b'),
        src(TT05_2021, 'phân loại đơn nhiều người', { confidence: 'unconfirmed' }),
        src(LTCD, 'Điều 29'),
      ],
      representatives: [src(ND124, 'Điều 6 khoản 2'), src(LTCD, 'Điều 29')],
      denunciationExtensions: [src(LTC, 'Điều 30 khoản 2, 3')],
      particularlyComplexMinCriteria: [src(ND31, 'Điều 3 khoản 3')],
      leaderReception: [
        src(LTCD, 'Điều 12 khoản 5, Điều 13 khoản 5, Điều 15 khoản 2 điểm d, Điều 18 khoản 2'),
        src(ND64, 'Điều 4 khoản 2'),
      ],
    },
  },
};
