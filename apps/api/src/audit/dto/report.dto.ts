import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';

const NUMBER_MAP = { type: 'object', additionalProperties: { type: 'number' } } as const;

export class PeriodDto {
  @ApiProperty({ description: 'The preset that named it, or custom.' })
  preset!: string;

  @ApiProperty({ format: 'date', description: 'First day (inclusive).' })
  from!: string;

  @ApiProperty({ format: 'date', description: 'Last day (inclusive).' })
  to!: string;

  @ApiProperty({ example: 'Quý II năm 2026', description: 'The period in Vietnamese.' })
  label!: string;
}

export class KnowledgeDto {
  @ApiProperty({ format: 'date-time', description: 'Facts recorded up to this instant were counted.' })
  asOf!: string;

  @ApiProperty({ description: 'true when the cut-off was given: the same request gives the same figures forever.' })
  frozen!: boolean;
}

export class AuthorityBriefDto {
  @ApiProperty({ format: 'uuid', description: 'Authority id.' })
  id!: string;

  @ApiProperty({ description: 'Authority code.' })
  code!: string;

  @ApiProperty({ description: 'Authority name.' })
  name!: string;

  @ApiProperty({ description: 'Level (cấp) of the authority.' })
  level!: string;
}

export class RowScopeDto {
  @ApiProperty({ enum: ['total', 'level', 'authority'], description: 'Which kind of row.' })
  type!: string;

  @ApiPropertyOptional({ description: 'Level group of a level or authority row.' })
  level?: string;

  @ApiPropertyOptional({ description: 'Name of the level group (Vietnamese).' })
  label?: string;

  @ApiPropertyOptional({ type: AuthorityBriefDto, description: 'The authority of an authority row.' })
  authority?: AuthorityBriefDto;
}

export class RatioPartDto {
  @ApiProperty({ description: 'What is counted (Vietnamese).' })
  definition!: string;

  @ApiProperty({ description: 'Its value.' })
  value!: number;
}

export class RatioDto {
  @ApiProperty({ description: 'Name of the ratio (Vietnamese).' })
  label!: string;

  @ApiProperty({ type: RatioPartDto, description: 'Numerator: definition and value.' })
  numerator!: RatioPartDto;

  @ApiProperty({ type: RatioPartDto, description: 'Denominator: definition and value.' })
  denominator!: RatioPartDto;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'numerator / denominator (4 decimals); null when the denominator is 0.',
  })
  value!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'The same as a percentage (1 decimal).' })
  percent!: number | null;
}

@ApiExtraModels(RatioDto)
export class ReportRowDto {
  @ApiProperty({ type: RowScopeDto, description: 'The total, a level group, or one authority.' })
  scope!: RowScopeDto;

  @ApiProperty({ ...NUMBER_MAP, description: 'Every line (metric key → value), declared figures included.' })
  cells!: Record<string, number>;

  @ApiPropertyOptional({ ...NUMBER_MAP, description: 'The part of each cell declared by hand (kê khai), when any.' })
  declared?: Record<string, number>;

  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(RatioDto) },
    description: 'Declared ratios (resolutionRate, onTimeRate, onTimeRateWithOverdue; eligibleOverTotal, …).',
  })
  ratios!: Record<string, RatioDto>;
}

export class CaseSectionsDto {
  @ApiProperty({ type: [ReportRowDto], description: 'Khiếu nại.' })
  complaint!: ReportRowDto[];

  @ApiProperty({ type: [ReportRowDto], description: 'Tố cáo.' })
  denunciation!: ReportRowDto[];

  @ApiProperty({ type: [ReportRowDto], description: 'Khiếu nại và tố cáo together (the published resolution rate).' })
  complaintAndDenunciation!: ReportRowDto[];

  @ApiProperty({ type: [ReportRowDto], description: 'Kiến nghị, phản ánh accepted for resolution.' })
  feedback!: ReportRowDto[];
}

export class IdentityFailureDto {
  @ApiProperty({ description: 'Identity key (e.g. balance).' })
  identity!: string;

  @ApiProperty({ description: 'The identity in words (Vietnamese).' })
  label!: string;

  @ApiProperty({
    enum: ['petitions', 'complaint', 'denunciation', 'complaintAndDenunciation', 'feedback'],
    description: 'Table.',
  })
  subject!: string;

  @ApiProperty({ type: RowScopeDto, description: 'The row where it fails.' })
  scope!: RowScopeDto;

  @ApiProperty({
    enum: ['engine', 'combined', 'declared'],
    description: 'Engine figures, combined with declared ones, or a declaration alone.',
  })
  source!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The declaration, for source=declared.' })
  declarationId?: string;

  @ApiProperty({ ...NUMBER_MAP, description: 'Every cell of the identity with its value.' })
  cells!: Record<string, number>;

  @ApiProperty({ description: 'Value of the left side.' })
  left!: number;

  @ApiProperty({ description: 'Value of the right side.' })
  right!: number;

  @ApiProperty({ description: 'left − right.' })
  difference!: number;

  @ApiProperty({ type: [String], description: 'Cells absent from the figures (counted as 0).' })
  missing!: string[];
}

export class ChecksDto {
  @ApiProperty({ description: 'How many identity checks were made.' })
  checked!: number;

  @ApiProperty({ type: [IdentityFailureDto], description: 'Every identity that fails, with its cells.' })
  failed!: IdentityFailureDto[];
}

export class DeclarationUseDto {
  @ApiProperty({ format: 'uuid', description: 'Declaration id.' })
  id!: string;

  @ApiProperty({ format: 'uuid', description: 'Authority that declared.' })
  authorityId!: string;

  @ApiProperty({ description: 'petition, complaint, denunciation or feedback.' })
  subject!: string;

  @ApiProperty({ format: 'date', description: 'First day the figures cover.' })
  periodFrom!: string;

  @ApiProperty({ format: 'date', description: 'Last day the figures cover.' })
  periodTo!: string;

  @ApiProperty({ description: 'Where the figures come from.' })
  source!: string;

  @ApiProperty({ format: 'date-time', description: 'When they were declared.' })
  declaredAt!: string;

  @ApiProperty({ description: 'Added to the engine figures (it lies inside the period), or only checked.' })
  combined!: boolean;
}

export class DutyPeriodCountsDto {
  @ApiProperty({ description: 'Periods met: enough days with the head receiving in person (Đạt, trực tiếp tiếp).' })
  met!: number;

  @ApiProperty({
    description: 'Periods met only when delegated days count (Đạt nếu tính ngày ủy quyền tiếp).',
  })
  met_by_delegation!: number;

  @ApiProperty({ description: 'Periods over and short of days, even counting delegated days (Không đạt).' })
  missed!: number;

  @ApiProperty({ description: 'Periods not over at the cut-off and not yet met (Chưa hết kỳ).' })
  ongoing!: number;
}

export class DutyRowDto {
  @ApiProperty({ type: RowScopeDto, description: 'The total, or one authority (no level rows).' })
  scope!: RowScopeDto;

  @ApiPropertyOptional({
    example: 'Chủ tịch UBND cấp xã',
    description: 'Authority rows: whose duty it is (Vietnamese).',
  })
  head?: string;

  @ApiProperty({ description: 'Days the head must receive citizens, over the periods overlapping the report period.' })
  required!: number;

  @ApiProperty({ description: 'Distinct days of periodic reception with the head receiving in person.' })
  heldInPerson!: number;

  @ApiProperty({ description: 'Distinct days of periodic reception, all delegated (a deputy or an official).' })
  heldDelegated!: number;

  @ApiProperty({ description: 'Days still owed, a delegated day counted as held; ongoing periods left out.' })
  missing!: number;

  @ApiProperty({ description: 'Days still owed in person (trực tiếp tiếp công dân); ongoing periods left out.' })
  missingInPerson!: number;

  @ApiProperty({ type: DutyPeriodCountsDto, description: 'Number of duty periods (weeks or months) by status.' })
  periods!: DutyPeriodCountsDto;
}

export class ReceptionSectionDto {
  @ApiProperty({
    description: 'A visit of at least this many people counts as a đoàn đông người (RECEPTION_DELEGATION_MIN_PEOPLE).',
  })
  delegationMinPeople!: number;

  @ApiProperty({
    type: [ReportRowDto],
    description:
      'Sổ tiếp công dân: visits, people, cases (vụ việc: old, new), delegations, leaders in person / delegated, content; total, level groups, authorities.',
  })
  rows!: ReportRowDto[];

  @ApiProperty({
    type: [DutyRowDto],
    description:
      "Heads' periodic reception duty (Luật TCD Arts. 12.5, 15.2, 18.2): total, then each authority of rows whose head has a statutory duty. Periods overlapping the report period are judged whole, from the register as known at the cut-off; schedules are not used.",
  })
  duty!: DutyRowDto[];
}

export class ReportDto {
  @ApiProperty({ type: PeriodDto, description: 'The period reported on.' })
  period!: PeriodDto;

  @ApiProperty({ type: KnowledgeDto, description: 'The knowledge cut-off.' })
  knowledge!: KnowledgeDto;

  @ApiProperty({ type: AuthorityBriefDto, description: 'The authority reported on.' })
  root!: AuthorityBriefDto;

  @ApiProperty({ enum: ['authority', 'subtree'], description: 'The authority alone, or with its subtree.' })
  scope!: string;

  @ApiProperty({ type: [ReportRowDto], description: 'Đơn received and processed: total, level groups, authorities.' })
  petitions!: ReportRowDto[];

  @ApiProperty({ type: CaseSectionsDto, description: 'Cases within competence, by kind.' })
  cases!: CaseSectionsDto;

  @ApiProperty({ type: ReceptionSectionDto, description: 'Citizen reception figures (Biểu 01/TCD).' })
  reception!: ReceptionSectionDto;

  @ApiProperty({ type: ChecksDto, description: 'Self-checks: every failing identity.' })
  checks!: ChecksDto;

  @ApiProperty({ type: [DeclarationUseDto], description: 'Declared figures (kê khai) met by the period.' })
  declarations!: DeclarationUseDto[];
}

export class MetricInfoDto {
  @ApiProperty({ description: 'Metric key.' })
  key!: string;

  @ApiProperty({ description: 'Name of the line (Vietnamese).' })
  label!: string;

  @ApiProperty({ description: 'What it counts (Vietnamese).' })
  definition!: string;
}

export class DrillItemDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Case id (case tables).' })
  caseId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Đơn id (petitions).' })
  petitionId?: string;

  @ApiProperty({ description: 'Reference (số vụ việc / số đơn).' })
  code!: string;

  @ApiPropertyOptional({ description: 'Kind of case.' })
  kind?: string;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Complaint round (1 or 2).' })
  round?: number | null;

  @ApiPropertyOptional({ description: 'Unit of the case (round 2, a re-resolution… are further units).' })
  unitNo?: number;

  @ApiPropertyOptional({ description: 'Holder segment of the unit.' })
  segmentNo?: number;

  @ApiPropertyOptional({ description: 'Spell of the đơn (one per authority that held it).' })
  spellNo?: number;

  @ApiProperty({ format: 'uuid', description: 'The authority the row belongs to (holder).' })
  authorityId!: string;

  @ApiProperty({ description: 'Its code.' })
  authorityCode!: string;

  @ApiProperty({ description: 'Its name.' })
  authorityName!: string;

  @ApiPropertyOptional({ format: 'date', description: 'Thụ lý date of the unit.' })
  acceptedOn?: string;

  @ApiPropertyOptional({ format: 'date', description: 'First day this authority held the unit.' })
  startOn?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Day the đơn reached this authority.' })
  arrivedOn?: string;

  @ApiProperty({ description: 'How the authority came to hold it.' })
  entry!: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Why (reassign, take_over).' })
  entryReason?: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Day it ended for this authority.' })
  endOn!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'How it ended for this authority.' })
  exit!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Why it ended otherwise or moved.' })
  exitReason?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'decision, withdrawn or terminated.' })
  resolution?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'correct, partly_correct or incorrect.' })
  outcome?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Round 2: upheld, amended or annulled.' })
  effectOnRound1?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Resolution due date.' })
  dueOn?: string | null;

  @ApiPropertyOptional({ type: Boolean, nullable: true, description: 'Resolved on time.' })
  onTime?: boolean | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Decision carried out on.' })
  implementedOn?: string | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Days past due at the end of the period (open units).',
  })
  daysOverdue?: number | null;

  @ApiPropertyOptional({ description: 'How the đơn first arrived (nguồn đơn).' })
  channel?: string;

  @ApiPropertyOptional({ description: 'People who signed.' })
  signatories?: number;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Content as classified.' })
  contentKind?: string | null;

  @ApiPropertyOptional({ type: Boolean, nullable: true, description: 'Đủ điều kiện xử lý.' })
  eligible?: boolean | null;

  @ApiPropertyOptional({ type: Boolean, nullable: true, description: 'Within the authority’s competence.' })
  withinCompetence?: boolean | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'What the authority did with the đơn.' })
  disposition?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid', description: 'Where it was sent.' })
  sentToId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Receiver acknowledged on.' })
  acknowledgedOn?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Receiver answered on.' })
  replyOn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'The receiver’s answer.' })
  reply?: string | null;
}

export class DrillPageDto {
  @ApiProperty({ description: 'The table.' })
  subject!: string;

  @ApiProperty({ type: MetricInfoDto, description: 'The line and what it counts.' })
  metric!: MetricInfoDto;

  @ApiProperty({ description: 'Rows behind the cell (the engine’s part of it).' })
  count!: number;

  @ApiProperty({ description: 'The declared part of the cell: figures without records, not listed.' })
  declared!: number;

  @ApiProperty({ type: [DrillItemDto], description: 'This page. Ids, codes, dates and holders only.' })
  items!: DrillItemDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Cursor of the next page; null on the last.' })
  nextCursor!: string | null;
}

export class ReceptionMetricInfoDto {
  @ApiProperty({ description: 'Metric key (as in the reception cells).' })
  key!: string;

  @ApiProperty({ description: 'Name of the line (Vietnamese).' })
  label!: string;

  @ApiProperty({
    enum: ['count', 'people', 'cases'],
    description: 'What the value counts: visits, people, or distinct vụ việc.',
  })
  measure!: string;
}

export class ReceptionDrillItemDto {
  @ApiProperty({ format: 'uuid', description: 'Visit id.' })
  id!: string;

  @ApiProperty({ description: 'Reference in the register.' })
  code!: string;

  @ApiProperty({ description: 'Số thứ tự in the register of the year.' })
  serialNo!: number;

  @ApiProperty({ format: 'uuid', description: 'Authority that received.' })
  authorityId!: string;

  @ApiProperty({ format: 'date', description: 'Ngày tiếp.' })
  visitedOn!: string;

  @ApiProperty({ enum: ['regular', 'periodic', 'ad_hoc'], description: 'Type of reception.' })
  type!: string;

  @ApiProperty({ enum: ['in_person', 'online'], description: 'Form of reception.' })
  form!: string;

  @ApiProperty({ description: 'Number of people.' })
  peopleCount!: number;

  @ApiPropertyOptional({
    enum: ['in_person', 'delegated'],
    nullable: true,
    description: "Head's reception in person or delegated.",
  })
  leaderPresence!: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'The case the visit was about, if any.' })
  caseId!: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Result of the visit.' })
  result!: string | null;
}

export class ReceptionDrillPageDto {
  @ApiProperty({ type: ReceptionMetricInfoDto, description: 'The line.' })
  metric!: ReceptionMetricInfoDto;

  @ApiProperty({ description: 'The value of the cell (visits, people or vụ việc, as the line counts).' })
  value!: number;

  @ApiProperty({ type: [ReceptionDrillItemDto], description: 'The visits behind the cell (no identities).' })
  items!: ReceptionDrillItemDto[];

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Cursor of the next page, or null.' })
  nextCursor!: string | null;
}
