import type { RuleSet } from '../rule-set.types';
import { LKN, LTC, LTCCQDP, LTCD, ND124, ND141, ND64, TT02_2025, src } from './instruments';
import { VN_2019 } from './vn-2019';

const reported = { confidence: 'secondary' } as const;

/**
 * Two-tier local government from 2025-07-01: the district level is gone and, by NĐ 141/2025/NĐ-CP
 * (read only in press reports), the district chair's complaint and denunciation powers went to the
 * commune and province chairs, as Luật 136/2025 later wrote into the statutes. Procedures and
 * periods are those of VN-2019 until 2026-07-01.
 */
export const VN_2025_07: RuleSet = {
  ...VN_2019,
  id: 'VN-2025-07',
  title: 'Chính quyền địa phương hai cấp, trước Luật 136/2025/QH15 (01/07/2025 – 30/06/2026)',
  effectiveFrom: '2025-07-01',
  effectiveUntil: '2026-07-01',
  instruments: [...VN_2019.instruments, LTCCQDP, ND141, TT02_2025],
  features: { ...VN_2019.features, districtLevel: false },
  competence: {
    complaintRound2: {
      commune: 'province',
      provincial_agency_unit: 'provincial_agency',
      provincial_agency: 'province',
      province: 'ministry',
      ministry_agency: 'ministry',
      ministry: 'court_only',
    },
    denunciationAgainstHead: {
      commune: 'province',
      provincial_agency_unit: 'provincial_agency',
      provincial_agency: 'province',
      province: 'central',
      ministry_agency: 'ministry',
      ministry: 'central',
    },
  },
  thresholds: {
    ...VN_2019.thresholds,
    leaderReception: {
      commune: { days: 1, per: 'week' },
      province: { days: 1, per: 'month' },
      provincial_agency: { days: 1, per: 'month' },
      ministry: { days: 1, per: 'month' },
      ministry_agency: { days: 1, per: 'month' },
      public_service_unit: { days: 1, per: 'month' },
    },
  },
  provenance: {
    features: {
      ...VN_2019.provenance!.features,
      districtLevel: [src(LTCCQDP, 'tổ chức chính quyền địa phương hai cấp', reported)],
    },
    competence: {
      complaintRound2: [
        src(ND141, 'các điều về giải quyết khiếu nại của Chủ tịch UBND cấp tỉnh, cấp xã', reported),
        src(LKN, 'Điều 7 khoản 2, 3, Điều 20 khoản 2, Điều 21 khoản 2, Điều 23 khoản 2, 3'),
        src(ND124, 'Điều 14 khoản 2'),
      ],
      denunciationAgainstHead: [
        src(ND141, 'các điều về giải quyết tố cáo của Chủ tịch UBND cấp tỉnh, cấp xã', reported),
        src(LTC, 'Điều 12 khoản 1, Điều 13 khoản 3, 4, 5, 7, 8'),
      ],
    },
    thresholds: {
      ...VN_2019.provenance!.thresholds,
      leaderReception: [
        src(LTCD, 'Điều 12 khoản 5, Điều 15 khoản 2 điểm d, Điều 18 khoản 2'),
        src(ND141, 'tiếp công dân cấp xã theo Điều 15 Luật Tiếp công dân', reported),
        src(ND64, 'Điều 4 khoản 2'),
      ],
    },
  },
};
