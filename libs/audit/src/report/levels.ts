/**
 * How reports group authorities by level: the province (UBND tỉnh), its agencies (sở, ngành and
 * their units), districts (before 2025-07-01, when the two-tier local government abolished
 * them) and communes; central bodies and others apart.
 */
export const LEVEL_GROUPS = ['central', 'province', 'provincial_agencies', 'district', 'commune', 'other'] as const;
export type LevelGroup = (typeof LEVEL_GROUPS)[number];

export const LEVEL_GROUP_LABELS: Record<LevelGroup, string> = {
  central: 'Trung ương, bộ, ngành',
  province: 'Cấp tỉnh (Ủy ban nhân dân tỉnh)',
  provincial_agencies: 'Các sở, ban, ngành cấp tỉnh',
  district: 'Cấp huyện (trước 01/07/2025)',
  commune: 'Cấp xã',
  other: 'Đơn vị khác',
};

export function levelGroupOf(level: string): LevelGroup {
  switch (level) {
    case 'central':
    case 'ministry':
    case 'ministry_agency':
      return 'central';
    case 'province':
      return 'province';
    case 'provincial_agency':
    case 'provincial_agency_unit':
      return 'provincial_agencies';
    case 'district':
    case 'district_agency':
      return 'district';
    case 'commune':
      return 'commune';
    default:
      return 'other';
  }
}
