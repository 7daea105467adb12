import type { Role } from '@kntc/domain';

/** Vietnamese names of the roles, for refusals and the UI. */
export const ROLE_LABELS: Record<Role, string> = {
  reception_officer: 'Cán bộ tiếp công dân, xử lý đơn',
  handler: 'Cán bộ giải quyết',
  leader: 'Lãnh đạo',
  inspector: 'Thanh tra viên',
  admin: 'Quản trị viên',
  system: 'Hệ thống',
};
