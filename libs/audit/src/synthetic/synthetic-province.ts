import type { Client } from 'pg';
import type { AuthorityLevel, AuthorityRef, IsoDate, Role } from '@kntc/domain';
import type { Random } from './random';
import type { HolderClass } from './scenarios';

/** The day the two-tier local government took over: districts abolished (kntc-rules §7). */
export const DISTRICTS_ABOLISHED_ON: IsoDate = '2025-07-01';
export const REORGANISATION_BASIS =
  'Luật Tổ chức chính quyền địa phương 2025; nghị quyết sắp xếp đơn vị hành chính (dữ liệu giả lập)';

export const OFFICER_ROLES = ['reception_officer', 'handler', 'leader'] as const;
export type OfficerRole = (typeof OFFICER_ROLES)[number];

export interface SyntheticAuthority {
  id: string;
  code: string;
  name: string;
  level: AuthorityLevel;
  parentId: string | null;
  remote: boolean;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
  holderClass: HolderClass;
  /** Districts: the commune that takes their open files on 1 July 2025. */
  successorId: string | null;
}

/** A province, its agencies and communes (and, for years up to 2025, its districts), with their officers. */
export interface SyntheticProvince {
  province: SyntheticAuthority;
  authorities: SyntheticAuthority[];
  byClass: Map<HolderClass, SyntheticAuthority[]>;
  /** Officer ids by authority id and role. */
  users: Map<string, Record<OfficerRole, string>>;
  refOf(id: string): AuthorityRef;
  userOf(authorityId: string, role: Role): string;
}

const AGENCIES = [
  'Văn phòng UBND tỉnh',
  'Thanh tra tỉnh',
  'Sở Nội vụ',
  'Sở Tài chính',
  'Sở Xây dựng',
  'Sở Nông nghiệp và Môi trường',
  'Sở Công Thương',
  'Sở Giáo dục và Đào tạo',
  'Sở Y tế',
  'Sở Tư pháp',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Khoa học và Công nghệ',
  'Sở Dân tộc và Tôn giáo',
  'Sở Ngoại vụ',
  'Ban Quản lý các khu công nghiệp',
  'Chi cục Thuế khu vực',
  'Bảo hiểm xã hội tỉnh',
  'Ban Quản lý dự án đầu tư xây dựng',
  'Quỹ Phát triển đất',
  'Trung tâm Phát triển quỹ đất',
];

const NAME_A = ['An', 'Bình', 'Tân', 'Phú', 'Hòa', 'Thạnh', 'Long', 'Đông', 'Tây', 'Nam'];
const NAME_B = ['Lạc', 'Thịnh', 'Hưng', 'Phong', 'Sơn', 'Hải', 'Lâm', 'Mỹ', 'Xuân', 'Thuận'];

export interface ProvincePlanOptions {
  code: string;
  year: number;
  communes: number;
  agencies: number;
  districts: number;
}

/**
 * The authority tree of a synthetic province: the UBND tỉnh, its agencies (sở, ngành) and its
 * communes and wards (one in ten remote: longer periods), all under the province. For a year
 * that begins before 1 July 2025 there are districts too, abolished that day, each handing its
 * open files to one commune (the two-tier reform). Valid from the first day of the previous
 * year: streams that start in its last quarter are carried over into the reported year.
 */
export function planProvince(options: ProvincePlanOptions, random: Random): SyntheticAuthority[] {
  const validFrom: IsoDate = `${options.year - 1}-01-01`;
  const label = `(giả lập ${options.code})`;
  const province: SyntheticAuthority = {
    id: random.uuid(),
    code: options.code,
    name: `UBND tỉnh Mẫu ${options.code} ${label}`,
    level: 'province',
    parentId: null,
    remote: false,
    validFrom,
    validUntil: null,
    holderClass: 'province',
    successorId: null,
  };
  const child = (
    code: string,
    name: string,
    level: AuthorityLevel,
    holderClass: HolderClass,
    extra: Partial<SyntheticAuthority> = {},
  ): SyntheticAuthority => ({
    id: random.uuid(),
    code: `${options.code}-${code}`,
    name: `${name} ${label}`,
    level,
    parentId: province.id,
    remote: false,
    validFrom,
    validUntil: null,
    holderClass,
    successorId: null,
    ...extra,
  });
  const agencies = Array.from({ length: options.agencies }, (_, i) =>
    child(`S${String(i + 1).padStart(2, '0')}`, AGENCIES[i % AGENCIES.length], 'provincial_agency', 'agency'),
  );
  const communes = Array.from({ length: options.communes }, (_, i) => {
    const remote = i % 10 === 9;
    const name = `${NAME_A[i % 10]} ${NAME_B[Math.floor(i / 10) % 10]}${i >= 100 ? ` ${Math.floor(i / 100) + 1}` : ''}`;
    return child(
      `X${String(i + 1).padStart(3, '0')}`,
      `UBND ${remote ? 'xã' : i % 3 === 0 ? 'phường' : 'xã'} ${name}`,
      'commune',
      remote ? 'remote_commune' : 'commune',
      { remote },
    );
  });
  // Only when streams can start before the districts were abolished (from 1 October of the year before).
  const withDistricts = `${options.year - 1}-10-01` < DISTRICTS_ABOLISHED_ON;
  const districts = withDistricts
    ? Array.from({ length: options.districts }, (_, i) =>
        child(
          `H${String(i + 1).padStart(2, '0')}`,
          `UBND huyện ${NAME_B[i % 10]} ${NAME_A[i % 10]}`,
          'district',
          'district',
          {
            validUntil: DISTRICTS_ABOLISHED_ON,
            successorId: communes[(i * 7) % communes.length].id,
          },
        ),
      )
    : [];
  return [province, ...agencies, ...communes, ...districts];
}

/** Officer ids for every authority (three roles each). */
export function planOfficers(
  authorities: SyntheticAuthority[],
  random: Random,
): Map<string, Record<OfficerRole, string>> {
  return new Map(
    authorities.map((a) => [
      a.id,
      Object.fromEntries(OFFICER_ROLES.map((r) => [r, random.uuid()])) as Record<OfficerRole, string>,
    ]),
  );
}

export function assembleProvince(
  authorities: SyntheticAuthority[],
  users: Map<string, Record<OfficerRole, string>>,
): SyntheticProvince {
  const province = authorities.find((a) => a.level === 'province' && a.parentId === null);
  if (!province) throw new Error('the synthetic province has no root');
  const byId = new Map(authorities.map((a) => [a.id, a]));
  const byClass = new Map<HolderClass, SyntheticAuthority[]>();
  for (const a of authorities) byClass.set(a.holderClass, [...(byClass.get(a.holderClass) ?? []), a]);
  const refs = new Map<string, AuthorityRef>();
  return {
    province,
    authorities,
    byClass,
    users,
    refOf(id) {
      let ref = refs.get(id);
      if (!ref) {
        const a = byId.get(id);
        if (!a) throw new Error(`authority ${id} is not in the synthetic province`);
        ref = { id, level: a.level, path: a.parentId ? [a.parentId, id] : [id], remote: a.remote };
        refs.set(id, ref);
      }
      return ref;
    },
    userOf(authorityId, role) {
      const id = users.get(authorityId)?.[role as OfficerRole];
      if (!id) throw new Error(`no synthetic ${role} at ${authorityId}`);
      return id;
    },
  };
}

const HOLDER_CLASS_OF = (level: string, remote: boolean): HolderClass =>
  level === 'province'
    ? 'province'
    : level === 'provincial_agency'
      ? 'agency'
      : level === 'district'
        ? 'district'
        : remote
          ? 'remote_commune'
          : 'commune';

/** The province as stored (a second seed into the same province-year grows it). */
export async function loadProvince(client: Client, code: string): Promise<SyntheticProvince | undefined> {
  const { rows } = await client.query<{
    id: string;
    code: string;
    name: string;
    level: AuthorityLevel;
    parent_id: string | null;
    remote: boolean;
    valid_from: string;
    valid_until: string | null;
    successor_id: string | null;
  }>(
    `WITH root AS (SELECT id FROM authority WHERE code = $1 AND parent_id IS NULL)
     SELECT a.id, a.code, a.name, a.level, a.parent_id, a.remote, to_char(a.valid_from, 'YYYY-MM-DD') AS valid_from,
            to_char(a.valid_until, 'YYYY-MM-DD') AS valid_until,
            (SELECT s.successor_id FROM authority_succession s WHERE s.predecessor_id = a.id LIMIT 1) AS successor_id
       FROM authority a, root WHERE a.id = root.id OR a.parent_id = root.id ORDER BY a.code`,
    [code],
  );
  if (rows.length === 0) return undefined;
  const authorities: SyntheticAuthority[] = rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    level: r.level,
    parentId: r.parent_id,
    remote: r.remote,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    holderClass: HOLDER_CLASS_OF(r.level, r.remote),
    successorId: r.successor_id,
  }));
  const { rows: userRows } = await client.query<{ id: string; authority_id: string; role: OfficerRole }>(
    `SELECT id, authority_id, role FROM app_user WHERE authority_id = ANY($1::uuid[]) AND username LIKE 'syn.%'`,
    [authorities.map((a) => a.id)],
  );
  const users = new Map<string, Record<OfficerRole, string>>();
  for (const u of userRows) users.set(u.authority_id, { ...users.get(u.authority_id)!, [u.role]: u.id });
  return assembleProvince(authorities, users);
}

/**
 * Writes the authority tree, the successions of the districts, and three officers per authority
 * (reception, handler, leader). Their password hash is that of one user created through the
 * access services with a random password nobody is told: the accounts exist for the records
 * (who acted), nobody can sign in with them.
 */
export async function insertProvince(
  client: Client,
  authorities: SyntheticAuthority[],
  passwordHash: string,
  random: Random,
): Promise<SyntheticProvince> {
  for (const a of authorities) {
    await client.query(
      `INSERT INTO authority (id, code, name, level, parent_id, remote, valid_from, valid_until)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [a.id, a.code, a.name, a.level, a.parentId, a.remote, a.validFrom, a.validUntil],
    );
  }
  for (const a of authorities) {
    if (!a.successorId) continue;
    await client.query(
      `INSERT INTO authority_succession (predecessor_id, successor_id, effective_on, kind, legal_basis)
       VALUES ($1, $2, $3, 'competence_transferred', $4)`,
      [a.id, a.successorId, a.validUntil, REORGANISATION_BASIS],
    );
  }
  const users = planOfficers(authorities, random);
  const rows: unknown[][] = [];
  for (const a of authorities) {
    for (const role of OFFICER_ROLES) {
      rows.push([
        users.get(a.id)![role],
        `syn.${a.code.toLowerCase()}.${role.replace('_officer', '')}`,
        `${role} ${a.code}`,
        role,
        a.id,
      ]);
    }
  }
  await client.query(
    `INSERT INTO app_user (id, username, display_name, role, authority_id, password_hash, password_changed_at)
     SELECT u.id, u.username, u.display_name, u.role, u.authority_id, $6, now()
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[])
         AS u(id, username, display_name, role, authority_id)`,
    [
      rows.map((r) => r[0]),
      rows.map((r) => r[1]),
      rows.map((r) => r[2]),
      rows.map((r) => r[3]),
      rows.map((r) => r[4]),
      passwordHash,
    ],
  );
  return assembleProvince(authorities, users);
}
