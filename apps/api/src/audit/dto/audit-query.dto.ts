import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { CASE_SECTIONS, LEVEL_GROUPS, MAX_DRILL_PAGE, PERIOD_PRESETS, type AuditQuery } from '@kntc/audit';
import { CivilDate, Cursor } from '../../reads/dto/query-fields';

/** The period, the authority and the knowledge cut-off: shared by every audit view. */
export class AuditQueryDto {
  @ApiPropertyOptional({
    enum: PERIOD_PRESETS,
    description:
      'month, quarter, half (6 months), nine_months, year, assembly_year (1 August of the year before to 31 July), or custom (from/to). Default: year, or custom when from/to are given.',
  })
  @IsOptional()
  @IsIn(PERIOD_PRESETS)
  preset?: (typeof PERIOD_PRESETS)[number];

  @ApiPropertyOptional({ example: 2026, description: 'Year of the period (for the presets).' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  year?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 12, description: 'Month, for preset=month.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  month?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 4, description: 'Quarter, for preset=quarter.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  quarter?: number;

  @CivilDate('First day of a custom period (inclusive).')
  from?: string;

  @CivilDate('Last day of a custom period (inclusive).')
  to?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Authority to report on; default: yours. It must be within your scope (otherwise 404).',
  })
  @IsOptional()
  @IsUUID()
  rootId?: string;

  @ApiPropertyOptional({
    enum: ['authority', 'subtree'],
    description: 'The authority alone, or with everything under it (inspectors; default for them).',
  })
  @IsOptional()
  @IsIn(['authority', 'subtree'])
  scope?: 'authority' | 'subtree';

  @ApiPropertyOptional({
    format: 'date-time',
    description:
      'Knowledge cut-off: count only what was recorded up to this instant. Give it to freeze an official run (the same figures whenever it is rerun); default: now.',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  // ISO 8601 also allows week and ordinal dates (2026-W01), which JavaScript cannot read.
  @Matches(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/, {
    message: 'Ghi thời điểm chốt số liệu dạng 2026-12-31T17:00:00+07:00.',
  })
  asOf?: string;
}

export function auditQueryOf(q: AuditQueryDto): AuditQuery {
  return {
    rootId: q.rootId,
    scope: q.scope,
    period: { preset: q.preset, year: q.year, month: q.month, quarter: q.quarter, from: q.from, to: q.to },
    ...(q.asOf ? { asOf: new Date(q.asOf) } : {}),
  };
}

export const SUBJECTS = ['petitions', ...CASE_SECTIONS] as const;

/** One cell of a table: which line, which row, and a page of what is behind it. */
export class CellQueryDto extends AuditQueryDto {
  @ApiPropertyOptional({
    example: 'resolved',
    description: 'The line (metric key, as in the report cells: e.g. resolved, or leaderDelegated for reception).',
  })
  @IsString()
  @Matches(/^[A-Za-z0-9]{1,40}$/, { message: 'metric phải là mã chỉ tiêu.' })
  metric!: string;

  @ApiPropertyOptional({ enum: LEVEL_GROUPS, description: 'The row of a level group (omit both for the total row).' })
  @IsOptional()
  @IsIn(LEVEL_GROUPS)
  level?: (typeof LEVEL_GROUPS)[number];

  @ApiPropertyOptional({ format: 'uuid', description: 'The row of one authority (omit both for the total row).' })
  @IsOptional()
  @IsUUID()
  authorityId?: string;

  @Cursor()
  cursor?: string;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: MAX_DRILL_PAGE, description: 'Page size.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_DRILL_PAGE)
  limit: number = 50;
}

/** A cell's line, row and page, as the services take them. */
function cellQueryOf(q: CellQueryDto) {
  return {
    ...auditQueryOf(q),
    metric: q.metric,
    row: q.authorityId
      ? ({ type: 'authority', authorityId: q.authorityId } as const)
      : q.level
        ? ({ type: 'level', level: q.level } as const)
        : ({ type: 'total' } as const),
    cursor: q.cursor,
    limit: q.limit,
  };
}

/** One cell of a report: which table, which line, which row. */
export class DrillQueryDto extends CellQueryDto {
  @ApiPropertyOptional({
    enum: SUBJECTS,
    default: 'complaintAndDenunciation',
    description: 'The table: đơn (petitions) or a kind of case.',
  })
  @IsOptional()
  @IsIn(SUBJECTS)
  subject: (typeof SUBJECTS)[number] = 'complaintAndDenunciation';
}

export function drillQueryOf(q: DrillQueryDto) {
  return { ...cellQueryOf(q), subject: q.subject };
}

/** A CSV export of a cell: every row, page after page, up to a bound (the cursor and limit are ignored). */
export class DrillCsvQueryDto extends DrillQueryDto {
  @ApiPropertyOptional({ default: 10000, minimum: 1, maximum: 100000, description: 'At most this many rows.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  maxRows: number = 10000;
}

/** One cell of the reception table (Biểu 01/TCD). */
export class ReceptionDrillQueryDto extends CellQueryDto {}

export const receptionDrillQueryOf = cellQueryOf;
