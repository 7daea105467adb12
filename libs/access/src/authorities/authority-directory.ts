import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotFoundError, type AuthorityRef, type IsoDate } from '@kntc/domain';
import { AuthorityDirectoryRepository, type AuthoritySummary } from './authority-directory.repository';

/** What access control knows about authorities: refs with their ancestor path, and subtrees. */
@Injectable()
export class AuthorityDirectory {
  constructor(private readonly authorities: AuthorityDirectoryRepository) {}

  /**
   * The AuthorityRef the domain needs (level, remote, ancestor path root-first incl. own id).
   * `em` reads inside a transaction (authorities created or moved in it).
   */
  async refOf(authorityId: string, em?: EntityManager): Promise<AuthorityRef> {
    const ref = await this.authorities.findRefById(authorityId, em);
    if (!ref) throw new NotFoundError('cơ quan, đơn vị', authorityId);
    return ref;
  }

  async summaryOf(authorityId: string): Promise<AuthoritySummary> {
    const found = await this.authorities.findSummaryById(authorityId);
    if (!found) throw new NotFoundError('cơ quan, đơn vị', authorityId);
    return found;
  }

  findByCode(code: string): Promise<AuthoritySummary | null> {
    return this.authorities.findSummaryByCode(code);
  }

  /** Ids of the authority and of its descendants that exist on `on`. */
  subtreeOf(rootId: string, on: IsoDate): Promise<string[]> {
    return this.authorities.findSubtreeIdsOn(rootId, on);
  }
}
