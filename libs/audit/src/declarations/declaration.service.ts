import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError, ValidationFailedError, type Actor } from '@kntc/domain';
import { SCOPE_REACH } from '@kntc/access';
import type { IdentityFailure } from '../report/identities';
import { ReportRepository } from '../report/report.repository';
import { DeclarationRepository, type DeclarationView } from './declaration.repository';
import { declarationProblems, declaredFailures, type DeclarationInput } from './declared-figures';

/**
 * Kê khai số liệu: an authority that starts using the engine part-way through a period declares
 * the figures of the earlier part (carried over, received, resolved, pending…) by the same lines
 * as the reports. Inconsistent figures are stored as declared — they are what the authority
 * reported — and their failing identities are returned now and in every report that uses them.
 */
@Injectable()
export class DeclarationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly declarations: DeclarationRepository,
    private readonly reports: ReportRepository,
  ) {}

  async declare(
    actor: Actor,
    input: DeclarationInput,
  ): Promise<{ declaration: DeclarationView; failedChecks: IdentityFailure[] }> {
    await this.assertInScope(actor, input.authorityId);
    const problems = declarationProblems(input);
    if (problems.length > 0) throw new ValidationFailedError(problems);
    const figures = input.figures as Record<string, number>;
    const declaration = await this.dataSource.transaction(async (em) => {
      await this.declarations.supersede(em, input);
      return this.declarations.insert(em, {
        authorityId: input.authorityId,
        subject: input.subject,
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        figures,
        source: input.source.trim(),
        declaredById: actor.userId,
      });
    });
    return { declaration, failedChecks: declaredFailures(input.subject, figures) };
  }

  async list(actor: Actor, authorityId?: string): Promise<DeclarationView[]> {
    const ids = await this.scopeIds(actor);
    if (authorityId && !ids.includes(authorityId)) throw new NotFoundError('cơ quan, đơn vị', authorityId);
    return this.declarations.inForce(this.dataSource.manager, authorityId ? [authorityId] : ids);
  }

  private async scopeIds(actor: Actor): Promise<string[]> {
    if (SCOPE_REACH[actor.role] !== 'subtree') return [actor.authority.id];
    return (await this.reports.subtree(actor.authority.id)).map((a) => a.id);
  }

  private async assertInScope(actor: Actor, authorityId: string): Promise<void> {
    if (!(await this.scopeIds(actor)).includes(authorityId)) throw new NotFoundError('cơ quan, đơn vị', authorityId);
  }
}
