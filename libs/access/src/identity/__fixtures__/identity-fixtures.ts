import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Actor, Role } from '@kntc/domain';

/** A province with two communes: enough to tell "own authority" from "another" and a subtree. */
export interface AuthorityFixture {
  province: { id: string; path: string[] };
  communeA: { id: string; path: string[] };
  communeB: { id: string; path: string[] };
}

export async function seedAuthorities(ds: DataSource): Promise<AuthorityFixture> {
  const insert = async (code: string, level: string, parentId: string | null) => {
    const [row] = await ds.query<{ id: string }[]>(
      `INSERT INTO authority (code, name, level, parent_id, valid_from) VALUES ($1, $2, $3, $4, '2025-07-01') RETURNING id`,
      [`${code}-${randomUUID().slice(0, 8)}`, `UBND ${code}`, level, parentId],
    );
    return row.id;
  };
  const province = await insert('TINH', 'province', null);
  const a = await insert('XA-A', 'commune', province);
  const b = await insert('XA-B', 'commune', province);
  return {
    province: { id: province, path: [province] },
    communeA: { id: a, path: [province, a] },
    communeB: { id: b, path: [province, b] },
  };
}

/** A đơn held by an authority; no case yet. */
export async function seedPetition(
  ds: DataSource,
  holderAuthorityId: string,
  contentKind: string | null = 'denunciation',
): Promise<string> {
  const [row] = await ds.query<{ id: string }[]>(
    `INSERT INTO petition (code, receiving_authority_id, holder_authority_id, channel, received_at, received_on,
        summary, subject_area, content_kind, machine_id, machine_version, state, snapshot, version, rule_set_id, created_by_id)
      VALUES ($1, $2, $2, 'reception_desk', now(), CURRENT_DATE, 'Tố cáo cán bộ địa chính', 'dat_dai', $3,
        'petition', '1', 'received', '{}', 1, 'VN-2026-07', gen_random_uuid())
      RETURNING id`,
    [`D-${randomUUID().slice(0, 12)}`, holderAuthorityId, contentKind],
  );
  return row.id;
}

/** Opens a case on the đơn, held by `holderAuthorityId`, with an assigned handler. */
export async function seedCase(
  ds: DataSource,
  petitionId: string,
  holderAuthorityId: string,
  assignedHandlerId: string | null,
): Promise<string> {
  const [row] = await ds.query<{ id: string }[]>(
    `INSERT INTO kntc_case (code, kind, holder_authority_id, origin_petition_id, machine_id, machine_version, state,
        snapshot, version, rule_set_id, subject_area, summary, assigned_handler_id, opened_at)
      VALUES ($1, 'denunciation', $2, $3, 'denunciation', '1', 'verifying', '{}', 1, 'VN-2026-07', 'dat_dai',
        'Tố cáo cán bộ địa chính', $4, now())
      RETURNING id`,
    [`V-${randomUUID().slice(0, 12)}`, holderAuthorityId, petitionId, assignedHandlerId],
  );
  await ds.query(`UPDATE petition SET case_id = $1 WHERE id = $2`, [row.id, petitionId]);
  return row.id;
}

export function actorAt(role: Role, authority: { id: string; path: string[] }, userId: string = randomUUID()): Actor {
  return { userId, role, authority: { id: authority.id, level: 'commune', path: authority.path, remote: false } };
}

export const testKey = (byte: number) => Buffer.alloc(32, byte).toString('base64');

/** A citizen received at a reception visit of `authorityId`, sealed with `sealed` (visitor rows share the party cipher). */
export async function seedVisitor(
  ds: DataSource,
  authorityId: string,
  seal: (visitorId: string) => { identityCiphertext: Buffer | null; identityKeyId: string | null },
): Promise<string> {
  const [user] = await ds.query<{ id: string }[]>(
    `INSERT INTO app_user (username, display_name, role, authority_id, password_hash, password_changed_at)
      VALUES ($1, 'Cán bộ tiếp dân', 'reception_officer', $2, 'x', now()) RETURNING id`,
    [`desk.${randomUUID().slice(0, 8)}`, authorityId],
  );
  const [visit] = await ds.query<{ id: string }[]>(
    `INSERT INTO reception_visit (code, serial_no, register_year, receiving_authority_id, holder_authority_id,
        visit_type, form, visited_at, visited_on, place, received_by_id, people_count, subject_area, summary,
        machine_id, machine_version, state, snapshot, version, rule_set_id, created_by_id)
      VALUES ($1, 1, 2026, $2, $2, 'regular', 'in_person', now(), CURRENT_DATE, 'Trụ sở tiếp công dân', $3, 1,
        'dat_dai', 'Kiến nghị về đất đai', 'visit', '1', 'registered', '{}', 1, 'VN-2026-07', $3)
      RETURNING id`,
    [`TCD-${randomUUID().slice(0, 12)}`, authorityId, user.id],
  );
  const id = randomUUID();
  const sealed = seal(id);
  await ds.query(
    `INSERT INTO reception_visitor (id, visit_id, role, kind, identity_ciphertext, identity_key_id)
      VALUES ($1, $2, 'signatory', 'individual', $3, $4)`,
    [id, visit.id, sealed.identityCiphertext, sealed.identityKeyId],
  );
  return id;
}
