/**
 * Lĩnh vực (subject area) of a đơn or case, as the reporting forms analyse them. Land and
 * housing are kept apart because they are the majority of complaints (58% in 2024).
 */
export const SUBJECT_AREAS = [
  'dat_dai',
  'nha_o',
  'moi_truong',
  'xay_dung',
  'chinh_sach_xa_hoi',
  'lao_dong',
  'tai_chinh_thue',
  'tu_phap',
  'hanh_chinh',
  'can_bo_cong_chuc',
  'giao_duc',
  'y_te',
  'doanh_nghiep',
  'khac',
] as const;
export type SubjectArea = (typeof SUBJECT_AREAS)[number];

export const SUBJECT_AREA_LABELS: Record<SubjectArea, string> = {
  dat_dai: 'Đất đai',
  nha_o: 'Nhà ở',
  moi_truong: 'Môi trường',
  xay_dung: 'Xây dựng',
  chinh_sach_xa_hoi: 'Chính sách xã hội',
  lao_dong: 'Lao động, việc làm',
  tai_chinh_thue: 'Tài chính, thuế',
  tu_phap: 'Tư pháp',
  hanh_chinh: 'Hành chính',
  can_bo_cong_chuc: 'Cán bộ, công chức, viên chức',
  giao_duc: 'Giáo dục',
  y_te: 'Y tế',
  doanh_nghiep: 'Doanh nghiệp, đầu tư',
  khac: 'Lĩnh vực khác',
};
