import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthorityLevel } from '@kntc/domain';
import type { AuthorityView } from './read-models';

interface AuthorityRecord {
  id: string;
  code: string;
  name: string;
  level: AuthorityLevel;
}

/** Names and codes of authorities, to label the ids stored on rows and in snapshots. */
@Injectable()
export class AuthorityReadRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The authorities with these ids (dissolved ones included: history names them). */
  async describe(ids: Iterable<string | null | undefined>): Promise<Map<string, AuthorityView>> {
    const wanted = [...new Set([...ids].filter((id): id is string => typeof id === 'string' && UUID.test(id)))];
    if (wanted.length === 0) return new Map();
    const rows = await this.dataSource.query<AuthorityRecord[]>(
      `SELECT id, code, name, level FROM authority WHERE id = ANY($1::uuid[])`,
      [wanted],
    );
    return new Map(rows.map((r) => [r.id, { id: r.id, code: r.code, name: r.name, level: r.level }]));
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Rows join the authority as `<prefix>_id, <prefix>_code, <prefix>_name, <prefix>_level`. */
export const authorityColumns = (alias: string, prefix: string): string =>
  `${alias}.id AS ${prefix}_id, ${alias}.code AS ${prefix}_code, ${alias}.name AS ${prefix}_name, ${alias}.level AS ${prefix}_level`;

export function authorityFrom(row: Record<string, unknown>, prefix: string): AuthorityView | null {
  const id = row[`${prefix}_id`];
  if (typeof id !== 'string') return null;
  return {
    id,
    code: String(row[`${prefix}_code`]),
    name: String(row[`${prefix}_name`]),
    level: row[`${prefix}_level`] as AuthorityLevel,
  };
}

/** An authority the row must have (a foreign key guarantees it). */
export function requiredAuthorityFrom(row: Record<string, unknown>, prefix: string): AuthorityView {
  const found = authorityFrom(row, prefix);
  if (!found) throw new Error(`row without ${prefix} authority`);
  return found;
}
