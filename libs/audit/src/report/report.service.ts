import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@kntc/domain';
import { ReceptionFiguresService } from '../reception/reception-figures.service';
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
  constructor(
    private readonly repository: ReportRepository,
    private readonly reception: ReceptionFiguresService,
  ) {}

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
    // The register's table has the same rows as the others (their authorities, in their order).
    const shownIds = new Set(
      built.petitions.flatMap((r) => (r.scope.type === 'authority' ? [r.scope.authority.id] : [])),
    );
    const reception = await this.reception.section({
      shown: authorities.filter((a) => shownIds.has(a.id)),
      all: authorities,
      from,
      to,
      asOf,
    });
    return {
      period: request.period,
      knowledge: { asOf: asOf.toISOString(), frozen: !!request.asOf },
      root: { id: root.id, code: root.code, name: root.name, level: root.level },
      scope: request.scope,
      ...built,
      reception: { delegationMinPeople: reception.delegationMinPeople, rows: reception.rows, duty: reception.duty },
      checks: {
        checked: built.checks.checked + reception.checked,
        failed: [...built.checks.failed, ...reception.failed],
      },
    };
  }
}
