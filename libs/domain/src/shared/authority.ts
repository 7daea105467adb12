/**
 * Levels of authority (cấp). `district` (cấp huyện) exists only before 2025-07-01, when the
 * two-tier local government abolished it.
 */
export const AUTHORITY_LEVELS = [
  'central', // trung ương: Chính phủ, Thủ tướng, Thanh tra Chính phủ
  'ministry', // bộ, cơ quan ngang bộ, ngành
  'ministry_agency', // cơ quan thuộc bộ, tổng cục, cục
  'province', // UBND cấp tỉnh
  'provincial_agency', // cơ quan chuyên môn, tổ chức hành chính thuộc UBND cấp tỉnh (sở)
  'provincial_agency_unit', // đơn vị thuộc sở
  'district', // UBND cấp huyện (historic, until 2025-06-30)
  'district_agency', // phòng thuộc UBND huyện (historic)
  'commune', // UBND cấp xã (xã, phường, đặc khu)
  'public_service_unit', // đơn vị sự nghiệp công lập
] as const;
export type AuthorityLevel = (typeof AUTHORITY_LEVELS)[number];

/** What the domain needs to know about an authority to apply the competence rules. */
export interface AuthorityRef {
  id: string;
  level: AuthorityLevel;
  /** Ids of the ancestors, root first, ending with this authority's own id. */
  path: string[];
  /** vùng sâu, vùng xa, khó khăn: longer statutory periods (Luật KN Arts. 28, 33, 37). */
  remote: boolean;
}
