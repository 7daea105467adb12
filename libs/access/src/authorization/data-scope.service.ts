import { Injectable } from '@nestjs/common';
import { NotFoundError, vietnamDateOf, type Actor, type IsoDate } from '@kntc/domain';
import { AuthorityDirectory } from '../authorities/authority-directory';
import { SCOPE_REACH, scopeIncludesAny, type DataScope } from './data-scope';

/**
 * Which authorities' records an actor may see and act on. Out-of-scope records must look
 * exactly like missing ones (404, not 403), so that existence does not leak across authorities.
 */
@Injectable()
export class DataScopeService {
  constructor(private readonly directory: AuthorityDirectory) {}

  /**
   * `on` picks the shape of the tree (authorities have validity dates); today in Vietnam by
   * default. Audits of past periods pass the period's date to see dissolved units.
   */
  async scopeOf(actor: Actor, on: IsoDate = vietnamDateOf(new Date().toISOString())): Promise<DataScope> {
    const reach = SCOPE_REACH[actor.role];
    const rootId = actor.authority.id;
    const authorityIds = reach === 'subtree' ? await this.directory.subtreeOf(rootId, on) : [rootId];
    return { reach, rootId, on, authorityIds };
  }

  /**
   * Throws NotFoundError unless one of the record's authorities is in the actor's scope.
   * `notFound` names the record in the message, as a missing one would be named.
   */
  async assertInScope(
    actor: Actor,
    authorityIds: readonly (string | null | undefined)[],
    notFound: { what: string; id: string } = { what: 'hồ sơ', id: '' },
  ): Promise<void> {
    const scope = await this.scopeOf(actor);
    if (!scopeIncludesAny(scope, authorityIds)) throw new NotFoundError(notFound.what, notFound.id);
  }
}
