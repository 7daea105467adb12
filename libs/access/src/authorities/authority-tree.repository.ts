import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, LessThanOrEqual, MoreThan, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { AuthorityLevel, IsoDate } from '@kntc/domain';
import { AuthorityEntity, type SuccessionKind } from '@kntc/persistence';
import { isUuid } from '../tokens/access-token-claims';
import type { AuthorityNode, SuccessionLink } from './authority-tree';

/** An authority row without its succession links. */
export type AuthorityRecord = Omit<AuthorityNode, 'successors' | 'predecessors'>;

export interface NewAuthorityRecord {
  code: string;
  name: string;
  level: AuthorityLevel;
  parentId: string;
  adminUnitCode: string | null;
  remote: boolean;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
}

export interface AuthorityDetailsPatch {
  name?: string;
  adminUnitCode?: string | null;
  remote?: boolean;
}

interface SuccessionRecord {
  predecessor_id: string;
  predecessor_code: string;
  predecessor_name: string;
  successor_id: string;
  successor_code: string;
  successor_name: string;
  kind: SuccessionKind;
  effective_on: IsoDate;
  legal_basis: string;
}

/** Raised when another authority already has the code (the unique index answers races too). */
export class AuthorityCodeTakenError extends Error {
  constructor(readonly code: string) {
    super(`authority code taken: ${code}`);
  }
}

const UNIQUE_VIOLATION = '23505';

/** Reads and writes of the authority tree for its administration (the access checks read AuthorityDirectoryRepository). */
@Injectable()
export class AuthorityTreeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every authority, or only those that exist on `on`, by code. */
  async listAuthorities(on?: IsoDate): Promise<AuthorityRecord[]> {
    const where: FindOptionsWhere<AuthorityEntity>[] | undefined = on
      ? [
          { validFrom: LessThanOrEqual(on), validUntil: IsNull() },
          { validFrom: LessThanOrEqual(on), validUntil: MoreThan(on) },
        ]
      : undefined;
    const rows = await this.dataSource.getRepository(AuthorityEntity).find({ where, order: { code: 'ASC' } });
    return rows.map(recordOf);
  }

  async findById(id: string, em?: EntityManager): Promise<AuthorityRecord | null> {
    if (!isUuid(id)) return null;
    const found = await (em ?? this.dataSource.manager).getRepository(AuthorityEntity).findOneBy({ id });
    return found ? recordOf(found) : null;
  }

  async findByCode(code: string, em?: EntityManager): Promise<AuthorityRecord | null> {
    const found = await (em ?? this.dataSource.manager).getRepository(AuthorityEntity).findOneBy({ code });
    return found ? recordOf(found) : null;
  }

  /**
   * The succession links of these authorities, both ways: `successors` of an id are the
   * authorities that took over from it, `predecessors` those it took over from.
   */
  async successionLinksOf(
    ids: readonly string[],
  ): Promise<{ successors: Map<string, SuccessionLink[]>; predecessors: Map<string, SuccessionLink[]> }> {
    const successors = new Map<string, SuccessionLink[]>();
    const predecessors = new Map<string, SuccessionLink[]>();
    if (ids.length === 0) return { successors, predecessors };
    const rows = await this.dataSource.query<SuccessionRecord[]>(
      `SELECT s.predecessor_id, p.code AS predecessor_code, p.name AS predecessor_name,
              s.successor_id, n.code AS successor_code, n.name AS successor_name,
              s.kind, to_char(s.effective_on, 'YYYY-MM-DD') AS effective_on, s.legal_basis
         FROM authority_succession s
         JOIN authority p ON p.id = s.predecessor_id
         JOIN authority n ON n.id = s.successor_id
        WHERE s.predecessor_id = ANY($1::uuid[]) OR s.successor_id = ANY($1::uuid[])
        ORDER BY s.effective_on, n.code, p.code`,
      [ids],
    );
    const push = (map: Map<string, SuccessionLink[]>, key: string, link: SuccessionLink) =>
      map.set(key, [...(map.get(key) ?? []), link]);
    for (const r of rows) {
      const edge = { kind: r.kind, effectiveOn: r.effective_on, legalBasis: r.legal_basis };
      push(successors, r.predecessor_id, {
        authorityId: r.successor_id,
        code: r.successor_code,
        name: r.successor_name,
        ...edge,
      });
      push(predecessors, r.successor_id, {
        authorityId: r.predecessor_id,
        code: r.predecessor_code,
        name: r.predecessor_name,
        ...edge,
      });
    }
    return { successors, predecessors };
  }

  /** Inserts an authority; AuthorityCodeTakenError when its code is in use. */
  async insertAuthority(input: NewAuthorityRecord, em?: EntityManager): Promise<string> {
    try {
      const inserted = await (em ?? this.dataSource.manager).getRepository(AuthorityEntity).insert(input);
      return String((inserted.identifiers[0] as { id: string }).id);
    } catch (error) {
      const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
      const code = e.driverError?.code ?? e.code;
      const constraint = e.driverError?.constraint ?? e.constraint;
      if (code === UNIQUE_VIOLATION && constraint === 'authority_code_key') {
        throw new AuthorityCodeTakenError(input.code);
      }
      throw error;
    }
  }

  async updateDetails(id: string, patch: AuthorityDetailsPatch): Promise<void> {
    await this.dataSource.getRepository(AuthorityEntity).update({ id }, patch);
  }
}

function recordOf(a: AuthorityEntity): AuthorityRecord {
  return {
    id: a.id,
    code: a.code,
    name: a.name,
    level: a.level,
    parentId: a.parentId,
    adminUnitCode: a.adminUnitCode,
    remote: a.remote,
    validFrom: a.validFrom,
    validUntil: a.validUntil,
  };
}
