import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@kntc/domain';
import { knowledgeCutOff } from './cut-off';
import { buildReport } from './build-report';
import { ReportRepository } from './report.repository';
import type { Report, ReportRequest } from './report-types';

/**
 * Period reports from the audit facts: per authority, rolled up by level and into a total, for
 * every kind, with declared ratios and self-checks. The knowledge cut-off (`asOf`) makes a run
 * reproducible: facts recorded after it are ignored, so the same request with the same cut-off
 * gives the same figures whenever it is run.
 */
@Injectable()
export class ReportService {
  constructor(private readonly repository: ReportRepository) {}

  async report(request: ReportRequest): Promise<Report> {
    const asOf = knowledgeCutOff(request.asOf, await this.repository.now());
    const subtree = await this.repository.subtree(request.rootId);
    const root = subtree.find((a) => a.id === request.rootId);
    if (!root) throw new NotFoundError('cơ quan, đơn vị', request.rootId);
    const authorities = request.scope === 'subtree' ? subtree : [root];
    const ids = authorities.map((a) => a.id);
    const { from, to } = request.period;
    const [caseRows, petitionRows, declarations] = await Promise.all([
      this.repository.caseCells(ids, from, to, asOf),
      this.repository.petitionCells(ids, from, to, asOf),
      this.repository.declarations(ids, from, to, asOf),
    ]);
    const built = buildReport({ authorities, period: { from, to }, caseRows, petitionRows, declarations });
    return {
      period: request.period,
      knowledge: { asOf: asOf.toISOString(), frozen: !!request.asOf },
      root: { id: root.id, code: root.code, name: root.name, level: root.level },
      scope: request.scope,
      ...built,
    };
  }
}
