import { Inject, Injectable } from '@nestjs/common';
import { addDays, isIsoDate, ValidationFailedError, vietnamDateOf, type IsoDate } from '@kntc/domain';
import { knowledgeCutOff } from '../report/cut-off';
import { decodeCursor, encodeCursor, type DrillRowScope } from '../report/drill.service';
import { levelGroupOf } from '../report/levels';
import { ReportRepository } from '../report/report.repository';
import type { AuthorityInfo, DutyReportRow, ReportFailure, ReportRequest, ReportRow } from '../report/report-types';
import { buildReceptionRows } from './build-reception-rows';
import { buildDutyRows } from './duty-rows';
import { RECEPTION_FIGURE_OPTIONS, type ReceptionFigureOptions } from './reception-figure-options';
import { ReceptionFiguresRepository, type ReceptionDrillRow } from './reception-figures.repository';
import { RECEPTION_METRICS } from './reception-metrics';

export interface ReceptionSection {
  delegationMinPeople: number;
  rows: ReportRow[];
  duty: DutyReportRow[];
  checked: number;
  failed: ReportFailure[];
}

export interface ReceptionDrillRequest extends ReportRequest {
  metric: string;
  row: DrillRowScope;
  cursor?: string;
  limit: number;
}

export interface ReceptionDrillPage {
  metric: { key: string; label: string; measure: 'count' | 'people' | 'cases' };
  /** The cell's value: visits, people or vụ việc, as the metric counts. */
  value: number;
  items: ReceptionDrillRow[];
  nextCursor: string | null;
}

const METRIC_INDEX = new Map(RECEPTION_METRICS.map((m) => [m.key, m]));

/** The longest duty period is a month: reading this far around the period covers every period overlapping it. */
const DUTY_MARGIN_DAYS = 31;

/** The reception figures of a report (Biểu 01/TCD), and the visits behind each of them. */
@Injectable()
export class ReceptionFiguresService {
  constructor(
    private readonly figures: ReceptionFiguresRepository,
    private readonly reports: ReportRepository,
    @Inject(RECEPTION_FIGURE_OPTIONS) private readonly options: ReceptionFigureOptions,
  ) {}

  async section(input: {
    shown: readonly AuthorityInfo[];
    all: readonly AuthorityInfo[];
    from: IsoDate;
    to: IsoDate;
    asOf: Date;
  }): Promise<ReceptionSection> {
    const { delegationMinPeople } = this.options;
    const ids = input.all.map((a) => a.id);
    const [cells, days] = await Promise.all([
      this.figures.cells(ids, input.from, input.to, input.asOf, delegationMinPeople),
      this.figures.headReceptionDays(
        ids,
        addDays(input.from, -DUTY_MARGIN_DAYS),
        addDays(input.to, DUTY_MARGIN_DAYS),
        input.asOf,
      ),
    ]);
    const built = buildReceptionRows({ shown: input.shown, all: input.all, cells });
    // The duty of the heads of the table's authorities, judged as of the cut-off's day in Vietnam.
    const byId = new Map(input.all.map((a) => [a.id, a]));
    const duty = buildDutyRows({
      authorities: built.rows.flatMap((r) => (r.scope.type === 'authority' ? [byId.get(r.scope.authority.id)!] : [])),
      from: input.from,
      to: input.to,
      today: vietnamDateOf(input.asOf.toISOString()),
      days,
    });
    return { delegationMinPeople, ...built, duty };
  }

  async drill(request: ReceptionDrillRequest): Promise<ReceptionDrillPage> {
    const metric = METRIC_INDEX.get(request.metric);
    if (!metric) {
      throw new ValidationFailedError([
        {
          field: 'metric',
          issue: 'unknown',
          message: `Không có chỉ tiêu "${request.metric}" trong phần tiếp công dân.`,
        },
      ]);
    }
    const asOf = knowledgeCutOff(request.asOf, await this.reports.now());
    const subtree = await this.reports.subtree(request.rootId);
    const authorities = request.scope === 'subtree' ? subtree : subtree.filter((a) => a.id === request.rootId);
    const ids = authoritiesOf(authorities, request.row);
    const { from, to } = request.period;
    const { delegationMinPeople } = this.options;
    const after = decodeCursor(request.cursor);
    const [rows, cells] = await Promise.all([
      this.figures.visits({
        authorityIds: ids,
        from,
        to,
        asOf,
        delegationMinPeople,
        metric,
        ...(after ? { after: visitKeyOf(after) } : {}),
        limit: request.limit + 1,
      }),
      this.figures.cells(ids, from, to, asOf, delegationMinPeople),
    ]);
    const items = rows.slice(0, request.limit);
    const last = items[items.length - 1];
    return {
      metric: { key: metric.key, label: metric.label, measure: metric.measure },
      value: cells.reduce((t, c) => t + Number(c[metric.key] ?? 0), 0),
      items,
      nextCursor: rows.length > request.limit && last ? encodeCursor([`${last.visitedOn}|${last.id}`, 0, 0]) : null,
    };
  }
}

/** The drill cursor carries "day|id" in its first slot. */
function visitKeyOf(key: [string, number, number]): { visitedOn: IsoDate; id: string } {
  const [visitedOn, id] = key[0].split('|');
  if (!isIsoDate(visitedOn) || !id || !/^[0-9a-f-]{36}$/.test(id)) {
    throw new ValidationFailedError([{ field: 'cursor', issue: 'invalid', message: 'Con trỏ trang không hợp lệ.' }]);
  }
  return { visitedOn, id };
}

function authoritiesOf(authorities: readonly AuthorityInfo[], row: DrillRowScope): string[] {
  switch (row.type) {
    case 'total':
      return authorities.map((a) => a.id);
    case 'level':
      return authorities.filter((a) => levelGroupOf(a.level) === row.level).map((a) => a.id);
    case 'authority':
      if (!authorities.some((a) => a.id === row.authorityId)) {
        throw new ValidationFailedError([
          { field: 'authorityId', issue: 'not_in_report', message: 'Cơ quan này không thuộc phạm vi báo cáo.' },
        ]);
      }
      return [row.authorityId];
  }
}
