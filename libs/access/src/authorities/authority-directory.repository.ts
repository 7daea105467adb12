import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthorityLevel, AuthorityRef, IsoDate } from '@kntc/domain';
import { AuthorityEntity } from '@kntc/persistence';
import { isUuid } from '../tokens/access-token-claims';

/** A parent chain longer than this is a cycle in the data, not a real tree. */
export const MAX_DEPTH = 32;

/**
 * The recursive CTE `chain`: the authority whose id `start` gives (a parameter or a scalar
 * subquery) and its ancestors, each with its depth (0 for the authority itself), walking at
 * most `maxDepth` (a parameter) levels up.
 */
export const authorityChainCte = (start: string, maxDepth: string): string => `chain AS (
         SELECT id, parent_id, level, remote, 0 AS depth FROM authority WHERE id = ${start}
         UNION ALL
         SELECT p.id, p.parent_id, p.level, p.remote, c.depth + 1
           FROM authority p JOIN chain c ON p.id = c.parent_id
          WHERE c.depth < ${maxDepth}
       )`;

export interface AuthoritySummary {
  id: string;
  code: string;
  name: string;
  level: AuthorityLevel;
  parentId: string | null;
  remote: boolean;
}

/** Reads of the authority tree that access control needs. The tree itself is managed elsewhere. */
@Injectable()
export class AuthorityDirectoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The authority and its ancestors (root first): its AuthorityRef, or null when there is none.
   * `em` reads inside a transaction, e.g. an authority a reorganisation has just created.
   */
  async findRefById(id: string, em?: EntityManager): Promise<AuthorityRef | null> {
    if (!isUuid(id)) return null;
    const rows = await (em ?? this.dataSource).query<
      { id: string; level: AuthorityLevel; remote: boolean; depth: number }[]
    >(
      `WITH RECURSIVE ${authorityChainCte('$1', '$2')}
       SELECT id, level, remote, depth FROM chain ORDER BY depth DESC`,
      [id, MAX_DEPTH],
    );
    const own = rows.find((r) => r.depth === 0);
    if (!own) return null;
    return { id: own.id, level: own.level, remote: own.remote, path: rows.map((r) => r.id) };
  }

  async findSummaryById(id: string): Promise<AuthoritySummary | null> {
    if (!isUuid(id)) return null;
    const found = await this.dataSource.getRepository(AuthorityEntity).findOneBy({ id });
    return found ? summaryOf(found) : null;
  }

  async findSummaryByCode(code: string): Promise<AuthoritySummary | null> {
    const found = await this.dataSource.getRepository(AuthorityEntity).findOneBy({ code });
    return found ? summaryOf(found) : null;
  }

  /**
   * The authority and every descendant that exists on `on` (valid_from ≤ on < valid_until).
   * A dissolved authority cuts its branch: its records moved to its successors. The root is
   * included whatever its dates, so a user is never scoped out of their own authority.
   */
  async findSubtreeIdsOn(rootId: string, on: IsoDate): Promise<string[]> {
    if (!isUuid(rootId)) return [];
    const rows = await this.dataSource.query<{ id: string }[]>(
      `WITH RECURSIVE subtree AS (
         SELECT id, 0 AS depth FROM authority WHERE id = $1
         UNION
         SELECT a.id, s.depth + 1
           FROM authority a JOIN subtree s ON a.parent_id = s.id
          WHERE a.valid_from <= $2::date
            AND (a.valid_until IS NULL OR a.valid_until > $2::date)
            AND s.depth < $3
       )
       SELECT DISTINCT id FROM subtree`,
      [rootId, on, MAX_DEPTH],
    );
    return rows.map((r) => r.id);
  }

  /** For the first install only (the CLI): a root authority with no parent. */
  async insertRootAuthority(input: { code: string; name: string; level: AuthorityLevel; validFrom: IsoDate }) {
    const repo = this.dataSource.getRepository(AuthorityEntity);
    const saved = await repo.save(
      repo.create({ ...input, parentId: null, adminUnitCode: null, remote: false, validUntil: null }),
    );
    return summaryOf(saved);
  }
}

function summaryOf(a: AuthorityEntity): AuthoritySummary {
  return { id: a.id, code: a.code, name: a.name, level: a.level, parentId: a.parentId, remote: a.remote };
}
