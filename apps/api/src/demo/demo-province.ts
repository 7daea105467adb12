import type { AuthorityLevel, IsoDate } from '@kntc/domain';
import type { SuccessionKind, UserRole } from '@kntc/persistence';

/**
 * The demo province (tỉnh minh họa) that `npm start` loads into an empty database: a province as
 * it stands after the 2025 reorganisation (two-tier local government), the bodies around its
 * leaders, and a few communes and wards. Every name carries "(demo)" so nobody mistakes a screen
 * of the demo for real records. Pure data; `load-demo-data.ts` writes it.
 */

/** Every demo code starts with this, so demo rows are easy to find (and to delete). */
export const DEMO_CODE_PREFIX = 'DEMO-';

export interface DemoAuthority {
  code: string;
  name: string;
  level: AuthorityLevel;
  /** Code of the parent; absent for a root. */
  parent?: string;
  /** Vùng sâu, vùng xa (here: a coastal "xã bãi ngang"): longer statutory periods. */
  remote?: boolean;
  validFrom: IsoDate;
  /** First day it no longer exists (exclusive). */
  validUntil?: IsoDate;
}

/** First day of two-tier local government: the new province and its communes start here. */
const REFORM: IsoDate = '2025-07-01';

export const DEMO_PROVINCE_CODE = 'DEMO-HY';

export const DEMO_AUTHORITIES: readonly DemoAuthority[] = [
  { code: DEMO_PROVINCE_CODE, name: 'UBND tỉnh Hưng Yên (demo)', level: 'province', validFrom: REFORM },
  // The citizen-reception board receives citizens on behalf of the province's leaders; it decides
  // nothing itself, so what it cannot answer it guides elsewhere or forwards. It is a body under
  // the provincial People's Committee, hence provincial_agency (the engine has no "board" level).
  {
    code: 'DEMO-HY-BTCD',
    name: 'Ban Tiếp công dân tỉnh Hưng Yên (demo)',
    level: 'provincial_agency',
    parent: DEMO_PROVINCE_CODE,
    validFrom: REFORM,
  },
  {
    code: 'DEMO-HY-TTR',
    name: 'Thanh tra tỉnh Hưng Yên (demo)',
    level: 'provincial_agency',
    parent: DEMO_PROVINCE_CODE,
    validFrom: REFORM,
  },
  {
    code: 'DEMO-HY-SNNMT',
    name: 'Sở Nông nghiệp và Môi trường tỉnh Hưng Yên (demo)',
    level: 'provincial_agency',
    parent: DEMO_PROVINCE_CODE,
    validFrom: REFORM,
  },
  {
    code: 'DEMO-HY-SXD',
    name: 'Sở Xây dựng tỉnh Hưng Yên (demo)',
    level: 'provincial_agency',
    parent: DEMO_PROVINCE_CODE,
    validFrom: REFORM,
  },
  {
    code: 'DEMO-HY-SNV',
    name: 'Sở Nội vụ tỉnh Hưng Yên (demo)',
    level: 'provincial_agency',
    parent: DEMO_PROVINCE_CODE,
    validFrom: REFORM,
  },
  {
    code: 'DEMO-HY-HOABINH',
    name: 'UBND phường Hòa Bình (demo)',
    level: 'commune',
    parent: DEMO_PROVINCE_CODE,
    validFrom: REFORM,
  },
  {
    code: 'DEMO-HY-ANLAC',
    name: 'UBND xã An Lạc (demo)',
    level: 'commune',
    parent: DEMO_PROVINCE_CODE,
    validFrom: REFORM,
  },
  {
    code: 'DEMO-HY-HAIAN',
    name: 'UBND xã Hải An (demo, xã bãi ngang ven biển)',
    level: 'commune',
    parent: DEMO_PROVINCE_CODE,
    remote: true,
    validFrom: REFORM,
  },
  {
    code: 'DEMO-HY-TANTHINH',
    name: 'UBND phường Tân Thịnh (demo)',
    level: 'commune',
    parent: DEMO_PROVINCE_CODE,
    validFrom: REFORM,
  },
  {
    code: 'DEMO-HY-DONGPHONG',
    name: 'UBND xã Đông Phong (demo)',
    level: 'commune',
    parent: DEMO_PROVINCE_CODE,
    validFrom: REFORM,
  },
  {
    code: 'DEMO-HY-MINHTAN',
    name: 'UBND xã Minh Tân (demo)',
    level: 'commune',
    parent: DEMO_PROVINCE_CODE,
    validFrom: REFORM,
  },
  // Before the reform: a province merged into the new one, and one of its districts. They end on
  // 2025-06-30 (valid_until is exclusive) and stay in the tree for history.
  {
    code: 'DEMO-TB',
    name: 'UBND tỉnh Thái Bình (demo, đến 30/6/2025)',
    level: 'province',
    validFrom: '2020-01-01',
    validUntil: REFORM,
  },
  {
    code: 'DEMO-TB-THAITHUY',
    name: 'UBND huyện Thái Thụy (demo, đến 30/6/2025)',
    level: 'district',
    parent: 'DEMO-TB',
    validFrom: '2020-01-01',
    validUntil: REFORM,
  },
];

export interface DemoSuccession {
  predecessor: string;
  successor: string;
  effectiveOn: IsoDate;
  kind: SuccessionKind;
  legalBasis: string;
}

export const DEMO_SUCCESSIONS: readonly DemoSuccession[] = [
  {
    predecessor: 'DEMO-TB',
    successor: DEMO_PROVINCE_CODE,
    effectiveOn: REFORM,
    kind: 'merged',
    legalBasis: 'Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh (dữ liệu minh họa)',
  },
  {
    predecessor: 'DEMO-TB-THAITHUY',
    successor: 'DEMO-HY-HAIAN',
    effectiveOn: REFORM,
    kind: 'competence_transferred',
    legalBasis: 'Nghị quyết của UBTVQH về sắp xếp đơn vị hành chính cấp xã năm 2025 (dữ liệu minh họa)',
  },
];

export interface DemoAccount {
  username: string;
  role: UserRole;
  authority: string;
  displayName: string;
}

/**
 * One account per role at the authorities where the demo's work happens. Every authority that
 * receives forwarded đơn or holds cases has its own reception officer, because taking in a đơn
 * (`petition.receive`) is a reception officer's command at the receiving authority. The inspector
 * and the administrator sit at the province: both roles reach the whole subtree of their
 * authority, and an inspector placed at the inspectorate would see only the inspectorate.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'tiepdan.tinh',
    role: 'reception_officer',
    authority: 'DEMO-HY-BTCD',
    displayName: 'Cán bộ tiếp công dân tỉnh (demo)',
  },
  {
    username: 'xulydon.tinh',
    role: 'reception_officer',
    authority: DEMO_PROVINCE_CODE,
    displayName: 'Chuyên viên xử lý đơn, Văn phòng UBND tỉnh (demo)',
  },
  {
    username: 'chuyenvien.tinh',
    role: 'handler',
    authority: DEMO_PROVINCE_CODE,
    displayName: 'Chuyên viên giải quyết, UBND tỉnh (demo)',
  },
  { username: 'lanhdao.tinh', role: 'leader', authority: DEMO_PROVINCE_CODE, displayName: 'Lãnh đạo UBND tỉnh (demo)' },
  {
    username: 'thanhtra.tinh',
    role: 'inspector',
    authority: DEMO_PROVINCE_CODE,
    displayName: 'Thanh tra viên, Thanh tra tỉnh (demo)',
  },
  {
    username: 'quantri.tinh',
    role: 'admin',
    authority: DEMO_PROVINCE_CODE,
    displayName: 'Quản trị hệ thống tỉnh (demo)',
  },
  {
    username: 'xulydon.snnmt',
    role: 'reception_officer',
    authority: 'DEMO-HY-SNNMT',
    displayName: 'Chuyên viên xử lý đơn, Sở NN và MT (demo)',
  },
  {
    username: 'chuyenvien.snnmt',
    role: 'handler',
    authority: 'DEMO-HY-SNNMT',
    displayName: 'Chuyên viên giải quyết, Sở NN và MT (demo)',
  },
  { username: 'lanhdao.snnmt', role: 'leader', authority: 'DEMO-HY-SNNMT', displayName: 'Lãnh đạo Sở NN và MT (demo)' },
  {
    username: 'tiepdan.hoabinh',
    role: 'reception_officer',
    authority: 'DEMO-HY-HOABINH',
    displayName: 'Cán bộ tiếp dân phường Hòa Bình (demo)',
  },
  {
    username: 'chuyenvien.hoabinh',
    role: 'handler',
    authority: 'DEMO-HY-HOABINH',
    displayName: 'Công chức giải quyết, phường Hòa Bình (demo)',
  },
  {
    username: 'lanhdao.hoabinh',
    role: 'leader',
    authority: 'DEMO-HY-HOABINH',
    displayName: 'Chủ tịch UBND phường Hòa Bình (demo)',
  },
  {
    username: 'tiepdan.anlac',
    role: 'reception_officer',
    authority: 'DEMO-HY-ANLAC',
    displayName: 'Cán bộ tiếp dân xã An Lạc (demo)',
  },
  {
    username: 'chuyenvien.anlac',
    role: 'handler',
    authority: 'DEMO-HY-ANLAC',
    displayName: 'Công chức giải quyết, xã An Lạc (demo)',
  },
  {
    username: 'lanhdao.anlac',
    role: 'leader',
    authority: 'DEMO-HY-ANLAC',
    displayName: 'Chủ tịch UBND xã An Lạc (demo)',
  },
  {
    username: 'tiepdan.haian',
    role: 'reception_officer',
    authority: 'DEMO-HY-HAIAN',
    displayName: 'Cán bộ tiếp dân xã Hải An (demo)',
  },
  {
    username: 'chuyenvien.haian',
    role: 'handler',
    authority: 'DEMO-HY-HAIAN',
    displayName: 'Công chức giải quyết, xã Hải An (demo)',
  },
  {
    username: 'lanhdao.haian',
    role: 'leader',
    authority: 'DEMO-HY-HAIAN',
    displayName: 'Chủ tịch UBND xã Hải An (demo)',
  },
];
