import { Injectable } from '@nestjs/common';
import { ValidationFailedError } from '@kntc/domain';
import { knowledgeCutOff } from './cut-off';
import { DrillRepository, type CaseDrillRow, type PetitionDrillRow } from './drill.repository';
import { levelGroupOf, type LevelGroup } from './levels';
import { CASE_METRIC_INDEX, PETITION_METRIC_INDEX } from './metrics';
import { ReportRepository } from './report.repository';
import type { AuthorityInfo, ReportRequest, Subject } from './report-types';

export const MAX_DRILL_PAGE = 500;

export type DrillRowScope =
  { type: 'total' } | { type: 'level'; level: LevelGroup } | { type: 'authority'; authorityId: string };

export interface DrillRequest extends ReportRequest {
  subject: Subject;
  metric: string;
  row: DrillRowScope;
  cursor?: string;
  limit: number;
}

export interface DrillPage<T> {
  subject: Subject;
  metric: { key: string; label: string; definition: string };
  /** As many as the cell shows for the engine's part. */
  count: number;
  /** Declared figures have no records behind them: their part of the cell, not listed. */
  declared: number;
  items: T[];
  nextCursor: string | null;
}

const KINDS: Record<Exclude<Subject, 'petitions'>, string[]> = {
  complaint: ['complaint'],
  denunciation: ['denunciation'],
  complaintAndDenunciation: ['complaint', 'denunciation'],
  feedback: ['feedback'],
};

const DECLARATION_SUBJECTS: Record<Subject, string[]> = {
  petitions: ['petition'],
  complaint: ['complaint'],
  denunciation: ['denunciation'],
  complaintAndDenunciation: ['complaint', 'denunciation'],
  feedback: ['feedback'],
};

function badCursor(): never {
  throw new ValidationFailedError([{ field: 'cursor', issue: 'invalid', message: 'Con trỏ trang không hợp lệ.' }]);
}

export function encodeCursor(key: [string, number, number]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): [string, number, number] | undefined {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === 3 && typeof key[0] === 'string' && key.slice(1).every(Number.isInteger)) {
      return key as [string, number, number];
    }
  } catch {
    // fall through
  }
  return badCursor();
}

/**
 * Opens any cell of a report as the list behind it (keyset pages): the same facts, the same
 * cut-off, the same predicate as the count. Ids, codes, dates and holders only — never identities.
 */
@Injectable()
export class DrillService {
  constructor(
    private readonly reports: ReportRepository,
    private readonly drills: DrillRepository,
  ) {}

  async drill(request: DrillRequest): Promise<DrillPage<CaseDrillRow | PetitionDrillRow>> {
    const metric = (request.subject === 'petitions' ? PETITION_METRIC_INDEX : CASE_METRIC_INDEX).get(request.metric);
    if (!metric) {
      throw new ValidationFailedError([
        { field: 'metric', issue: 'unknown', message: `Không có chỉ tiêu "${request.metric}" trong báo cáo này.` },
      ]);
    }
    const asOf = knowledgeCutOff(request.asOf, await this.reports.now());
    const subtree = await this.reports.subtree(request.rootId);
    const authorities = request.scope === 'subtree' ? subtree : subtree.filter((a) => a.id === request.rootId);
    const ids = authoritiesOf(authorities, request.row);
    const { from, to } = request.period;
    const query = {
      metric,
      authorityIds: ids,
      kinds: request.subject === 'petitions' ? [] : KINDS[request.subject],
      from,
      to,
      asOf,
      after: decodeCursor(request.cursor),
      limit: request.limit + 1,
    };
    const page = request.subject === 'petitions' ? await this.drills.petitions(query) : await this.drills.cases(query);
    const declarations = await this.reports.declarations(ids, from, to, asOf);
    const declared = declarations
      .filter((d) => DECLARATION_SUBJECTS[request.subject].includes(d.subject))
      .filter((d) => d.periodFrom >= from && d.periodTo <= to)
      .reduce((total, d) => total + (d.figures[metric.key] ?? 0), 0);
    const items = page.rows.slice(0, request.limit);
    const last = items[items.length - 1];
    const hasMore = page.rows.length > request.limit;
    return {
      subject: request.subject,
      metric: { key: metric.key, label: metric.label, definition: metric.definition },
      count: page.count,
      declared,
      items,
      nextCursor:
        hasMore && last
          ? encodeCursor('unitNo' in last ? [last.code, last.unitNo, last.segmentNo] : [last.code, last.spellNo, 0])
          : null,
    };
  }
}

function authoritiesOf(authorities: AuthorityInfo[], row: DrillRowScope): string[] {
  switch (row.type) {
    case 'total':
      return authorities.map((a) => a.id);
    case 'level':
      return authorities.filter((a) => levelGroupOf(a.level) === row.level).map((a) => a.id);
    case 'authority': {
      if (!authorities.some((a) => a.id === row.authorityId)) {
        throw new ValidationFailedError([
          { field: 'authorityId', issue: 'not_in_report', message: 'Cơ quan này không thuộc phạm vi báo cáo.' },
        ]);
      }
      return [row.authorityId];
    }
  }
}
