import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import {
  CASE_SECTIONS,
  LEAGUE_SORTS,
  MAX_OVERDUE_PAGE,
  type CaseSection,
  type LeagueQuery,
  type LeagueSort,
  type OverdueQuery,
  type SortOrder,
} from '@kntc/audit';
import { Cursor } from '../../reads/dto/query-fields';
import { AuditQueryDto, auditQueryOf } from './audit-query.dto';
import { AuthorityBriefDto, KnowledgeDto, PeriodDto, RatioDto, RowScopeDto } from './report.dto';

const SORT_ORDERS = ['asc', 'desc'] as const;

/** Which overdue cases: the audit query, narrowed to a kind of case or one authority. */
export class OverdueFilterDto extends AuditQueryDto {
  @ApiPropertyOptional({
    enum: CASE_SECTIONS,
    description:
      'Only this kind of case: complaint, denunciation, complaintAndDenunciation (both) or feedback (kiến nghị, phản ánh). Default: every kind.',
  })
  @IsOptional()
  @IsIn(CASE_SECTIONS)
  subject?: CaseSection;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only the cases held by this authority; it must be within the view (otherwise 400).',
  })
  @IsOptional()
  @IsUUID()
  authorityId?: string;
}

export class OverdueQueryDto extends OverdueFilterDto {
  @Cursor()
  cursor?: string;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: MAX_OVERDUE_PAGE, description: 'Page size.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_OVERDUE_PAGE)
  limit: number = 50;
}

/** A CSV export of the overdue list: every row, in the same order, up to a bound. */
export class OverdueCsvQueryDto extends OverdueFilterDto {
  @ApiPropertyOptional({ default: 10000, minimum: 1, maximum: 100000, description: 'At most this many rows.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  maxRows: number = 10000;
}

export function overdueQueryOf(q: OverdueFilterDto & Partial<Pick<OverdueQueryDto, 'cursor' | 'limit'>>): OverdueQuery {
  return {
    ...auditQueryOf(q),
    ...(q.subject ? { subject: q.subject } : {}),
    ...(q.authorityId ? { authorityId: q.authorityId } : {}),
    cursor: q.cursor,
    limit: q.limit ?? 50,
  };
}

export class LeagueQueryDto extends AuditQueryDto {
  @ApiPropertyOptional({
    enum: CASE_SECTIONS,
    default: 'complaintAndDenunciation',
    description:
      'Which cases the case columns count: complaint, denunciation, complaintAndDenunciation (the published resolution rate) or feedback. Đơn received are always all đơn.',
  })
  @IsOptional()
  @IsIn(CASE_SECTIONS)
  subject: CaseSection = 'complaintAndDenunciation';

  @ApiPropertyOptional({
    enum: LEAGUE_SORTS,
    default: 'resolutionRate',
    description:
      'The column the authorities are ranked by. Ratios rank by their exact fraction; rows without a value (no denominator, no resolved unit) come last; ties by authority code.',
  })
  @IsOptional()
  @IsIn(LEAGUE_SORTS)
  sort: LeagueSort = 'resolutionRate';

  @ApiPropertyOptional({
    enum: SORT_ORDERS,
    description: 'Direction. Default: desc (best first), except sort=authority (code, asc).',
  })
  @IsOptional()
  @IsIn(SORT_ORDERS)
  order?: SortOrder;
}

export function leagueQueryOf(q: LeagueQueryDto): LeagueQuery {
  return { ...auditQueryOf(q), subject: q.subject, sort: q.sort, ...(q.order ? { order: q.order } : {}) };
}

export class OverdueItemDto {
  @ApiProperty({ format: 'uuid', description: 'Case id.' })
  caseId!: string;

  @ApiProperty({ description: 'Case reference (số vụ việc).' })
  code!: string;

  @ApiProperty({ enum: ['complaint', 'denunciation', 'feedback'], description: 'Kind of case.' })
  kind!: string;

  @ApiProperty({ type: Number, nullable: true, description: 'Complaint round (1 or 2); null for other kinds.' })
  round!: number | null;

  @ApiProperty({ description: 'Unit of the case (round 2, a re-resolution… are further units).' })
  unitNo!: number;

  @ApiProperty({ type: AuthorityBriefDto, description: 'The authority holding the case on the reference day.' })
  authority!: AuthorityBriefDto;

  @ApiProperty({
    format: 'date',
    description: 'Since when that authority has held it: its thụ lý, or the day the case was handed over to it.',
  })
  heldSince!: string;

  @ApiProperty({ description: 'Calendar days from heldSince to the reference day.' })
  daysHeld!: number;

  @ApiProperty({ format: 'date', description: 'Thụ lý date of the unit.' })
  acceptedOn!: string;

  @ApiProperty({ format: 'date', description: 'Resolution due date (lawful extensions and suspensions included).' })
  dueOn!: string;

  @ApiProperty({ description: 'Calendar days from the due date to the reference day (at least 1).' })
  daysOverdue!: number;
}

export class OverduePageDto {
  @ApiProperty({ type: PeriodDto, description: 'The period of the view.' })
  period!: PeriodDto;

  @ApiProperty({ type: KnowledgeDto, description: 'The knowledge cut-off.' })
  knowledge!: KnowledgeDto;

  @ApiProperty({ type: AuthorityBriefDto, description: 'The authority the view is about.' })
  root!: AuthorityBriefDto;

  @ApiProperty({ enum: ['authority', 'subtree'], description: 'The authority alone, or with its subtree.' })
  scope!: string;

  @ApiProperty({
    format: 'date',
    description:
      'The reference day: the last day of the period, or the day of the cut-off (today when none is given, Vietnam time) when that is earlier.',
  })
  overdueOn!: string;

  @ApiProperty({ description: 'Open cases past their due date on the reference day (all pages).' })
  count!: number;

  @ApiProperty({
    description:
      'Open cases whose resolution period is suspended (tạm đình chỉ) on the reference day: they have no due date, so they are not listed.',
  })
  suspended!: number;

  @ApiProperty({ type: [OverdueItemDto], description: 'This page, most late first. Codes, dates and holders only.' })
  items!: OverdueItemDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Cursor of the next page; null on the last.' })
  nextCursor!: string | null;
}

export class LeagueFiguresDto {
  @ApiProperty({ description: 'Đơn received in the period (the report line "Tiếp nhận trong kỳ").' })
  received!: number;

  @ApiProperty({ description: 'Cases to resolve (the report line "Tổng số vụ việc phải giải quyết").' })
  toResolve!: number;

  @ApiProperty({ description: 'Cases resolved in the period.' })
  resolved!: number;

  @ApiProperty({ description: 'Resolved in the period on time.' })
  onTime!: number;

  @ApiProperty({ description: 'Resolved in the period after the due date.' })
  late!: number;

  @ApiProperty({ description: 'Open at the end of the period and past due before it ("Trong đó quá hạn").' })
  pendingOverdue!: number;
}

export class LeagueRowDto extends LeagueFiguresDto {
  @ApiProperty({ type: RowScopeDto, description: 'One authority (with its level group), a level group, or the total.' })
  scope!: RowScopeDto;

  @ApiProperty({
    type: RatioDto,
    description: 'Resolution ratio: resolved / to resolve, with both values; value null when nothing was to resolve.',
  })
  resolutionRate!: RatioDto;

  @ApiProperty({
    type: RatioDto,
    description: 'On-time ratio: on time / resolved, with both values; value null when nothing was resolved.',
  })
  onTimeRate!: RatioDto;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Median of the calendar days from thụ lý to resolution of the cases resolved in the period (1 decimal); null when none.',
  })
  medianDays!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: '90th percentile (continuous) of the same days (1 decimal); null when none.',
  })
  p90Days!: number | null;

  @ApiProperty({
    description:
      'Resolved cases behind medianDays and p90Days: those the engine recorded (declared figures have no dates).',
  })
  timedUnits!: number;

  @ApiPropertyOptional({
    type: LeagueFiguresDto,
    description: 'The part of each figure declared by hand (kê khai), when any; it is included in the figures.',
  })
  declared?: LeagueFiguresDto;
}

export class LeagueDto {
  @ApiProperty({ type: PeriodDto, description: 'The period of the table.' })
  period!: PeriodDto;

  @ApiProperty({ type: KnowledgeDto, description: 'The knowledge cut-off.' })
  knowledge!: KnowledgeDto;

  @ApiProperty({ type: AuthorityBriefDto, description: 'The authority the table is about.' })
  root!: AuthorityBriefDto;

  @ApiProperty({ enum: ['authority', 'subtree'], description: 'The authority alone, or with its subtree.' })
  scope!: string;

  @ApiProperty({ enum: CASE_SECTIONS, description: 'Which cases the case columns count.' })
  subject!: string;

  @ApiProperty({ enum: LEAGUE_SORTS, description: 'The column the rows are ranked by.' })
  sort!: string;

  @ApiProperty({ enum: SORT_ORDERS, description: 'The direction of the ranking.' })
  order!: string;

  @ApiProperty({
    type: [LeagueRowDto],
    description:
      'One row per authority that held a đơn or a case of the subject in the period (or declared figures for it), ranked.',
  })
  rows!: LeagueRowDto[];

  @ApiProperty({
    type: [LeagueRowDto],
    description: 'The same figures by level group (province, agencies, communes…).',
  })
  levels!: LeagueRowDto[];

  @ApiProperty({ type: LeagueRowDto, description: 'The same figures for the whole view.' })
  total!: LeagueRowDto;
}
