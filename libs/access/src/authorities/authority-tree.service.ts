import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  NotFoundError,
  ValidationFailedError,
  type Actor,
  type AuthorityLevel,
  type ErrorDetail,
  type IsoDate,
} from '@kntc/domain';
import { DatabaseChanges, type ChangeFeed } from '@kntc/persistence';
import { AuthorityDirectory } from './authority-directory';
import { placementIssues, validityIssues } from './authority-placement';
import { nestAuthorities, subtreeOf, type AuthorityNode, type AuthorityTreeNode } from './authority-tree';
import {
  AuthorityCodeTakenError,
  AuthorityTreeRepository,
  type AuthorityDetailsPatch,
  type AuthorityRecord,
} from './authority-tree.repository';

export interface AuthorityQuery {
  /** Only the authorities that exist on this day. */
  on?: IsoDate;
  /** Only this authority and its descendants. */
  rootId?: string;
}

export interface NewAuthorityInput {
  code: string;
  name: string;
  level: AuthorityLevel;
  parentId: string;
  adminUnitCode?: string | null;
  remote?: boolean;
  validFrom: IsoDate;
  validUntil?: IsoDate | null;
}

const AUTHORITY = 'cơ quan, đơn vị';

export const codeTakenIssue = (field: string, code: string): ErrorDetail => ({
  field,
  issue: 'taken',
  message: `Mã cơ quan, đơn vị "${code}" đã được dùng.`,
});

/**
 * The authority tree for people: anyone signed in reads it (names and places of public bodies,
 * needed to route a đơn); administrators create and edit authorities within their own subtree.
 * Ends of validity, successions and re-parenting belong to a reorganisation, not to an edit.
 */
@Injectable()
export class AuthorityTreeService {
  constructor(
    private readonly authorities: AuthorityTreeRepository,
    private readonly directory: AuthorityDirectory,
    @Inject(DatabaseChanges) private readonly changes: ChangeFeed,
  ) {}

  async list(query: AuthorityQuery = {}): Promise<AuthorityNode[]> {
    const records = await this.authorities.listAuthorities(query.on);
    const chosen = query.rootId ? subtreeOf(records, query.rootId) : records;
    return this.withLinks(chosen);
  }

  async tree(query: AuthorityQuery = {}): Promise<AuthorityTreeNode[]> {
    return nestAuthorities(await this.list(query));
  }

  async get(id: string): Promise<AuthorityNode> {
    const found = await this.authorities.findById(id);
    if (!found) throw new NotFoundError(AUTHORITY, id);
    const [node] = await this.withLinks([found]);
    return node;
  }

  /** An administrator creates an authority under a parent of their subtree. */
  async create(admin: Actor, input: NewAuthorityInput): Promise<AuthorityNode> {
    await this.assertManages(admin, input.parentId);
    const parent = await this.authorities.findById(input.parentId);
    if (!parent) throw new NotFoundError(AUTHORITY, input.parentId);
    const validity = { validFrom: input.validFrom, validUntil: input.validUntil ?? null };
    const issues = [
      ...validityIssues(input.level, validity),
      ...placementIssues({ level: input.level, placedOn: input.validFrom, validUntil: validity.validUntil, parent }),
    ];
    if (await this.authorities.findByCode(input.code)) issues.push(codeTakenIssue('code', input.code));
    if (issues.length > 0) throw new ValidationFailedError(issues, 'Không thể tạo cơ quan, đơn vị.');
    let id: string;
    try {
      id = await this.authorities.insertAuthority({
        code: input.code,
        name: input.name,
        level: input.level,
        parentId: input.parentId,
        adminUnitCode: input.adminUnitCode ?? null,
        remote: input.remote ?? false,
        ...validity,
      });
    } catch (error) {
      if (error instanceof AuthorityCodeTakenError) {
        throw new ValidationFailedError([codeTakenIssue('code', input.code)]);
      }
      throw error;
    }
    return this.get(id);
  }

  /**
   * Edits what does not change the tree's shape: name, administrative-unit code, remote flag.
   * The remote flag is read when a đơn or case is opened at (or handed to) the authority, and
   * the clock's period is fixed when it starts, so the change reaches only clocks started later.
   */
  async update(admin: Actor, id: string, patch: AuthorityDetailsPatch): Promise<AuthorityNode> {
    await this.assertManages(admin, id);
    await this.authorities.updateDetails(id, patch);
    // The remote flag is part of every session's authority: this process forgets them now.
    this.changes.announce({ topic: 'authority' });
    return this.get(id);
  }

  /**
   * Throws NotFoundError unless the authority is the administrator's own or lies below it, at any
   * date (a dissolved unit stays in its administrator's care for history). Out of scope looks
   * exactly like missing, so that other provinces' units do not leak.
   */
  async assertManages(admin: Actor, authorityId: string, em?: EntityManager): Promise<void> {
    const ref = await this.directory.refOf(authorityId, em);
    if (!ref.path.includes(admin.authority.id)) throw new NotFoundError(AUTHORITY, authorityId);
  }

  private async withLinks(records: readonly AuthorityRecord[]): Promise<AuthorityNode[]> {
    const links = await this.authorities.successionLinksOf(records.map((r) => r.id));
    return records.map((r) => ({
      ...r,
      successors: links.successors.get(r.id) ?? [],
      predecessors: links.predecessors.get(r.id) ?? [],
    }));
  }
}
