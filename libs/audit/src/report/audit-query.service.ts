import { Injectable } from '@nestjs/common';
import type { Actor } from '@kntc/domain';
import { auditScopeOf, type ReportScope } from './audit-scope';
import { toCsv } from '../export/csv';
import { buildForm, type FormTable } from '../forms/build-form';
import type { FormCode } from '../forms/form-definitions';
import { formToXlsx } from '../forms/form-xlsx';
import { CASE_LIST_COLUMNS, PETITION_LIST_COLUMNS } from '../export/list-columns';
import { DrillService, MAX_DRILL_PAGE, type DrillPage, type DrillRowScope } from './drill.service';
import type { CaseDrillRow, PetitionDrillRow } from './drill.repository';
import { resolvePeriod, type PeriodRequest } from './period';
import { ReportRepository } from './report.repository';
import { ReceptionFiguresService, type ReceptionDrillPage } from '../reception/reception-figures.service';
import { ReportService } from './report.service';
import type { Report, ReportRequest, Subject } from './report-types';

export type DrillQuery = AuditQuery & {
  subject: Subject;
  metric: string;
  row: DrillRowScope;
  cursor?: string;
  limit: number;
};

export interface AuditQuery {
  rootId?: string;
  scope?: ReportScope;
  period: PeriodRequest;
  /** Knowledge cut-off (facts recorded up to it); now when absent. */
  asOf?: Date;
}

/** What the API asks of the audit: the actor's scope is settled here, once, for every view. */
@Injectable()
export class AuditQueryService {
  constructor(
    private readonly repository: ReportRepository,
    private readonly reports: ReportService,
    private readonly drills: DrillService,
    private readonly reception: ReceptionFiguresService,
  ) {}

  async request(actor: Actor, query: AuditQuery): Promise<ReportRequest> {
    const period = resolvePeriod(query.period);
    const subtree = await this.repository.subtree(actor.authority.id);
    const { rootId, scope } = auditScopeOf(actor, query, new Set(subtree.map((a) => a.id)));
    return { rootId, scope, period, ...(query.asOf ? { asOf: query.asOf } : {}) };
  }

  async report(actor: Actor, query: AuditQuery): Promise<Report> {
    return this.reports.report(await this.request(actor, query));
  }

  /** A statutory form (Biểu 01/TCD … 05/KQTH) over the same figures as the report. */
  async form(actor: Actor, query: AuditQuery, code: FormCode): Promise<FormTable> {
    return buildForm(await this.report(actor, query), code);
  }

  async formXlsx(actor: Actor, query: AuditQuery, code: FormCode): Promise<{ table: FormTable; xlsx: Buffer }> {
    const table = await this.form(actor, query, code);
    return { table, xlsx: await formToXlsx(table) };
  }

  async drill(actor: Actor, query: DrillQuery): Promise<DrillPage<CaseDrillRow | PetitionDrillRow>> {
    const base = await this.request(actor, query);
    return this.drills.drill({
      ...base,
      subject: query.subject,
      metric: query.metric,
      row: query.row,
      cursor: query.cursor,
      limit: query.limit,
    });
  }

  /** The visits behind a reception figure (Biểu 01/TCD): register columns, never who came. */
  async receptionDrill(
    actor: Actor,
    query: AuditQuery & { metric: string; row: DrillRowScope; cursor?: string; limit: number },
  ): Promise<ReceptionDrillPage> {
    const base = await this.request(actor, query);
    return this.reception.drill({
      ...base,
      metric: query.metric,
      row: query.row,
      cursor: query.cursor,
      limit: query.limit,
    });
  }

  /** Every row behind a cell (up to `maxRows`), as CSV: the drill-down's pages, one after another. */
  async drillCsv(actor: Actor, query: Omit<DrillQuery, 'cursor' | 'limit'>, maxRows: number): Promise<string> {
    const base = await this.request(actor, query);
    const rows: (CaseDrillRow | PetitionDrillRow)[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.drills.drill({
        ...base,
        subject: query.subject,
        metric: query.metric,
        row: query.row,
        cursor,
        limit: Math.min(MAX_DRILL_PAGE, maxRows - rows.length),
      });
      rows.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor && rows.length < maxRows);
    return query.subject === 'petitions'
      ? toCsv(PETITION_LIST_COLUMNS, rows as PetitionDrillRow[])
      : toCsv(CASE_LIST_COLUMNS, rows as CaseDrillRow[]);
  }
}
