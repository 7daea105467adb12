import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationFailedError, vietnamDateOf, type Actor } from '@kntc/domain';
import { ClockService } from '@kntc/workflow';
import { toCsv } from '../export/csv';
import { AuditQueryService, type AuditQuery } from '../report/audit-query.service';
import { MAX_DRILL_PAGE } from '../report/drill.service';
import { levelGroupOf } from '../report/levels';
import { ReportRepository } from '../report/report.repository';
import { knowledgeCutOff } from '../report/cut-off';
import type { AuthorityInfo, ReportRequest } from '../report/report-types';
import { InspectorViewsRepository, type OverdueFilter, type OverdueRow } from './inspector-views.repository';
import { buildLeague, defaultLeagueOrder, SECTION_KINDS, sortLeague } from './league';
import { decodeOverdueCursor, encodeOverdueCursor, overdueReferenceDay } from './overdue';
import { LEAGUE_COLUMNS, OVERDUE_COLUMNS } from './view-columns';
import type { League, LeagueQuery, OverdueItem, OverduePage, OverdueQuery, ViewFrame } from './view-types';

/** Largest page of the overdue list: the drill-down's. */
export const MAX_OVERDUE_PAGE = MAX_DRILL_PAGE;

const ALL_KINDS = ['complaint', 'denunciation', 'feedback'];

interface Context {
  request: ReportRequest;
  frame: ViewFrame;
  authorities: AuthorityInfo[];
  asOf: Date;
}

const itemOf = (r: OverdueRow): OverdueItem => ({
  caseId: r.caseId,
  code: r.code,
  kind: r.kind,
  round: r.round,
  unitNo: r.unitNo,
  authority: { id: r.authorityId, code: r.authorityCode, name: r.authorityName, level: r.authorityLevel },
  heldSince: r.heldSince,
  daysHeld: r.daysHeld,
  acceptedOn: r.acceptedOn,
  dueOn: r.dueOn,
  daysOverdue: r.daysOverdue,
});

/**
 * The inspector views: the overdue cases with who holds them and for how long, and the league
 * table of authorities. Same facts, same cut-off, same report lines as the period report; the
 * actor's scope is settled by AuditQueryService. Codes, dates and authorities only — never a
 * party's identity.
 */
@Injectable()
export class InspectorViewsService {
  constructor(
    private readonly audit: AuditQueryService,
    private readonly reports: ReportRepository,
    private readonly views: InspectorViewsRepository,
    private readonly clock: ClockService,
  ) {}

  async overdue(actor: Actor, query: OverdueQuery): Promise<OverduePage> {
    const { frame, filter } = await this.overdueContext(actor, query);
    const after = decodeOverdueCursor(query.cursor);
    const [rows, counts] = await Promise.all([
      this.views.overdueCases(filter, after, query.limit + 1),
      this.views.countOverdue(filter),
    ]);
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      ...frame,
      overdueOn: filter.on,
      count: counts.overdue,
      suspended: counts.suspended,
      items: page.map(itemOf),
      nextCursor:
        rows.length > query.limit && last
          ? encodeOverdueCursor([last.dueOn, last.code, last.unitNo, last.segmentNo])
          : null,
    };
  }

  /** The whole overdue list (up to `maxRows`) as CSV, in the same order. */
  async overdueCsv(actor: Actor, query: Omit<OverdueQuery, 'cursor' | 'limit'>, maxRows: number): Promise<string> {
    const { filter } = await this.overdueContext(actor, query);
    const rows: OverdueRow[] = [];
    let after: OverdueRow | undefined;
    do {
      const limit = Math.min(MAX_OVERDUE_PAGE, maxRows - rows.length);
      const page = await this.views.overdueCases(
        filter,
        after && [after.dueOn, after.code, after.unitNo, after.segmentNo],
        limit,
      );
      rows.push(...page);
      after = page.length === limit ? page[page.length - 1] : undefined;
    } while (after && rows.length < maxRows);
    return toCsv(OVERDUE_COLUMNS, rows.map(itemOf));
  }

  async league(actor: Actor, query: LeagueQuery): Promise<League> {
    const { frame, request, authorities, asOf } = await this.context(actor, query);
    const { from, to } = request.period;
    const filter = {
      authorityIds: authorities.map((a) => a.id),
      levelGroups: authorities.map((a) => levelGroupOf(a.level)),
      kinds: SECTION_KINDS[query.subject],
      from,
      to,
      asOf,
    };
    const [caseRows, petitionRows, declarations] = await Promise.all([
      this.views.leagueCaseFigures(filter),
      this.views.leaguePetitionFigures(filter),
      this.reports.declarations(filter.authorityIds, from, to, asOf),
    ]);
    const built = buildLeague({
      authorities,
      subject: query.subject,
      period: { from, to },
      caseRows,
      petitionRows,
      declarations,
    });
    const order = query.order ?? defaultLeagueOrder(query.sort);
    return {
      ...frame,
      subject: query.subject,
      sort: query.sort,
      order,
      rows: sortLeague(built.rows, query.sort, order),
      levels: built.levels,
      total: built.total,
    };
  }

  /** The league's authority rows as CSV, in the same order. */
  async leagueCsv(actor: Actor, query: LeagueQuery): Promise<string> {
    return toCsv(LEAGUE_COLUMNS, (await this.league(actor, query)).rows);
  }

  private async overdueContext(
    actor: Actor,
    query: Omit<OverdueQuery, 'cursor' | 'limit'>,
  ): Promise<{ frame: ViewFrame; filter: OverdueFilter }> {
    const { frame, request, authorities, asOf } = await this.context(actor, query);
    if (query.authorityId && !authorities.some((a) => a.id === query.authorityId)) {
      throw new ValidationFailedError([
        { field: 'authorityId', issue: 'not_in_report', message: 'Cơ quan này không thuộc phạm vi báo cáo.' },
      ]);
    }
    const cutOffDay = vietnamDateOf((request.asOf ?? this.clock.now()).toISOString());
    return {
      frame,
      filter: {
        authorityIds: query.authorityId ? [query.authorityId] : authorities.map((a) => a.id),
        kinds: query.subject ? SECTION_KINDS[query.subject] : ALL_KINDS,
        on: overdueReferenceDay(request.period.to, cutOffDay),
        asOf,
      },
    };
  }

  /** The actor's scope and period (as for the report), the cut-off, and the authorities in view. */
  private async context(actor: Actor, query: AuditQuery): Promise<Context> {
    const request = await this.audit.request(actor, query);
    const asOf = knowledgeCutOff(request.asOf, await this.reports.now());
    const subtree = await this.reports.subtree(request.rootId);
    const root = subtree.find((a) => a.id === request.rootId);
    if (!root) throw new NotFoundError('cơ quan, đơn vị', request.rootId);
    return {
      request,
      asOf,
      authorities: request.scope === 'subtree' ? subtree : [root],
      frame: {
        period: request.period,
        knowledge: { asOf: asOf.toISOString(), frozen: !!request.asOf },
        root: { id: root.id, code: root.code, name: root.name, level: root.level },
        scope: request.scope,
      },
    };
  }
}
