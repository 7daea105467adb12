import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { DayOff, DeadlineDerivation, EstimatedPeriod, LegalSource } from '@kntc/domain';
import type { DeadlineView } from '@kntc/workflow';

const DEADLINE_STATUSES = ['running', 'paused', 'met', 'late', 'overdue'] as const;

export class LegalSourceDto {
  @ApiProperty({ example: 'Luật Tiếp công dân 42/2013/QH13', description: 'Legal instrument.' })
  instrument!: string;

  @ApiProperty({ example: 'Điều 28 khoản 1', description: 'Article (and clause) in the instrument.' })
  article!: string;

  @ApiPropertyOptional({ description: 'Amending instrument and article, when the text in force comes from one.' })
  amendedBy?: string;

  @ApiPropertyOptional({
    enum: ['verified', 'secondary', 'unconfirmed'],
    description: 'How the text was obtained; absent means verified in the official text.',
  })
  confidence?: string;
}

export class DeadlineRuleDto {
  @ApiProperty({ example: 'petition.processing', description: 'Time-limit key in the rule set.' })
  key!: string;

  @ApiProperty({ description: 'Title of the time limit (Vietnamese).' })
  title!: string;

  @ApiProperty({ example: 'VN-2026-07', description: 'Rule set that fixes the period.' })
  ruleSetId!: string;

  @ApiProperty({ type: [LegalSourceDto], description: 'Legal sources of the period.' })
  source!: LegalSourceDto[];

  @ApiProperty({ description: "True when the period is the authority's policy rather than a statute." })
  policy!: boolean;

  @ApiPropertyOptional({ description: 'What the days measure (e.g. act_within, effect_after).' })
  kind?: string;

  @ApiPropertyOptional({ description: 'Remark on the rule (how it was read, its limits).' })
  note?: string;
}

export class DeadlineVariantDto {
  @ApiProperty({ enum: ['base', 'complex', 'remote', 'remoteComplex'], description: 'Variant set on the clock.' })
  requested!: string;

  @ApiProperty({
    enum: ['base', 'complex', 'remote', 'remoteComplex'],
    description: 'Variant whose length was applied (a rule without the requested one falls back).',
  })
  applied!: string;
}

export class DeadlineExtensionDto {
  @ApiProperty({ format: 'date', description: 'Date the extension was decided.' })
  on!: string;

  @ApiProperty({ description: 'Time-limit key of the extension.' })
  rule!: string;

  @ApiProperty({ description: 'Rule set of the extension.' })
  ruleSetId!: string;

  @ApiProperty({ description: 'Title of the extension rule (Vietnamese).' })
  title!: string;

  @ApiProperty({ type: [LegalSourceDto], description: 'Legal sources of the extension.' })
  source!: LegalSourceDto[];

  @ApiProperty({ description: 'Days the extension adds.' })
  days!: number;

  @ApiProperty({ description: 'Reason given for the extension.' })
  reason!: string;

  @ApiProperty({ description: 'False when decided after the period had ended: it then adds nothing.' })
  applied!: boolean;
}

export class DeadlinePauseDto {
  @ApiProperty({ format: 'date', description: 'First day of the suspension.' })
  from!: string;

  @ApiPropertyOptional({ format: 'date', description: 'Resumption date; absent while suspended.' })
  to?: string;

  @ApiProperty({ description: 'Ground of the suspension.' })
  reason!: string;

  @ApiProperty({ description: 'False when the suspension came after the period had ended.' })
  applied!: boolean;

  @ApiPropertyOptional({ description: 'Days counted before the suspension.' })
  countedBefore?: number;

  @ApiPropertyOptional({ description: 'Days not counted because of the suspension.' })
  daysNotCounted?: number;
}

export class DeadlineStartDto {
  @ApiProperty({ example: 'intake', description: 'Event that started the period.' })
  event!: string;

  @ApiProperty({ format: 'date', description: 'Date of that event.' })
  date!: string;

  @ApiProperty({ format: 'date', description: 'First day counted (the day after, Civil Code Art. 147).' })
  firstCountedDay!: string;
}

export class DayOffDto {
  @ApiProperty({ format: 'date', description: 'The day off.' })
  date!: string;

  @ApiProperty({ example: 'Quốc khánh (02/09)', description: 'Name of the day off (Vietnamese).' })
  name!: string;

  @ApiProperty({
    example: 'public_holiday',
    description: 'weekend, public_holiday, compensatory (nghỉ bù) or swapped_off (nghỉ hoán đổi).',
  })
  kind!: string;

  @ApiPropertyOptional({ description: 'Holiday occasion (e.g. national_day, lunar_new_year).' })
  occasion?: string;

  @ApiPropertyOptional({
    description: 'True when fixed by the default rule because the decision is not announced yet.',
  })
  estimated?: boolean;

  @ApiPropertyOptional({ description: 'Where the day off comes from (law or announcement).' })
  source?: string;

  @ApiPropertyOptional({ description: 'How sure the source is (verified, secondary, unconfirmed).' })
  confidence?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Holiday compensated, or rest day worked instead.' })
  relatedDate?: string;
}

export class EstimatedPeriodDto {
  @ApiProperty({ description: 'Year of the holiday period.' })
  year!: number;

  @ApiProperty({ description: 'Holiday occasion.' })
  occasion!: string;

  @ApiProperty({ format: 'date', description: 'First day of the estimated period.' })
  from!: string;

  @ApiProperty({ format: 'date', description: 'Last day of the estimated period.' })
  to!: string;

  @ApiProperty({ description: 'Why it is estimated (Vietnamese).' })
  reason!: string;
}

/** The deadline proof: enough for an officer or inspector to redo the count by hand. */
export class DeadlineDerivationDto {
  @ApiProperty({ type: DeadlineRuleDto, description: 'The rule applied, with its legal sources.' })
  rule!: DeadlineRuleDto;

  @ApiProperty({ enum: ['calendar_days', 'working_days'], description: 'Unit the days are counted in.' })
  unit!: string;

  @ApiProperty({ type: DeadlineVariantDto, description: 'Variant requested and applied.' })
  variant!: DeadlineVariantDto;

  @ApiProperty({ description: 'Length of the rule for the applied variant.' })
  days!: number;

  @ApiProperty({ type: [DeadlineExtensionDto], description: 'Extensions (gia hạn).' })
  extensions!: DeadlineExtensionDto[];

  @ApiProperty({ description: 'Days plus the applied extensions.' })
  totalDays!: number;

  @ApiProperty({ type: DeadlineStartDto, description: 'Start of the count.' })
  start!: DeadlineStartDto;

  @ApiProperty({ type: [DeadlinePauseDto], description: 'Suspensions (tạm đình chỉ) and their effect.' })
  pauses!: DeadlinePauseDto[];

  @ApiPropertyOptional({
    format: 'date',
    description: 'Calendar days: last day of the count before moving off a day off.',
  })
  nominalEnd?: string;

  @ApiProperty({ type: [DayOffDto], description: 'Working days: the days off skipped while counting, with names.' })
  skipped!: DayOffDto[];

  @ApiProperty({ type: [DayOffDto], description: 'Days off the end was moved across (Civil Code Art. 148.5).' })
  rolledOver!: DayOffDto[];

  @ApiPropertyOptional({ format: 'date', description: 'Due date; absent while suspended.' })
  dueDate?: string;

  @ApiPropertyOptional({ format: 'date-time', description: '24:00 of the due date in Vietnam.' })
  dueAt?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Date the step the clock measures was done.' })
  stoppedOn?: string;

  @ApiProperty({ format: 'date', description: 'Date the status was judged at.' })
  asOf!: string;

  @ApiProperty({ type: [EstimatedPeriodDto], description: 'Unannounced days off the due date depends on.' })
  estimated!: EstimatedPeriodDto[];

  @ApiProperty({ type: [String], description: 'Remarks on irregular facts (Vietnamese).' })
  warnings!: string[];

  @ApiProperty({ description: 'The count explained in one paragraph (Vietnamese).' })
  explanation!: string;
}

export class DeadlineDto {
  @ApiProperty({ example: 'processing', description: 'Clock name in the machine.' })
  clock!: string;

  @ApiProperty({ example: 'petition.processing', description: 'Time-limit key.' })
  rule!: string;

  @ApiProperty({ example: 'VN-2026-07', description: 'Rule set fixing the period.' })
  ruleSetId!: string;

  @ApiProperty({
    enum: DEADLINE_STATUSES,
    description: 'running, paused, met (done in time), late (done late) or overdue.',
  })
  status!: string;

  @ApiProperty({ example: 'Đang tính thời hạn', description: 'Status in Vietnamese.' })
  statusLabel!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Due date (null while suspended).' })
  dueDate!: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Instant the period ends (24:00 in Vietnam).',
  })
  dueAt!: string | null;

  @ApiProperty({ description: 'The due date relies on days off not announced yet.' })
  estimated!: boolean;

  @ApiProperty({ type: DeadlineDerivationDto, description: 'The proof of the due date.' })
  derivation!: DeadlineDerivationDto;
}

const toSourceDto = (s: LegalSource): LegalSourceDto => ({
  instrument: s.instrument,
  article: s.article,
  ...(s.amendedBy !== undefined ? { amendedBy: s.amendedBy } : {}),
  ...(s.confidence !== undefined ? { confidence: s.confidence } : {}),
});

const toDayOffDto = (d: DayOff): DayOffDto => ({
  date: d.date,
  name: d.name,
  kind: d.kind,
  ...(d.occasion !== undefined ? { occasion: d.occasion } : {}),
  ...(d.estimated !== undefined ? { estimated: d.estimated } : {}),
  ...(d.source !== undefined ? { source: d.source } : {}),
  ...(d.confidence !== undefined ? { confidence: d.confidence } : {}),
  ...(d.relatedDate !== undefined ? { relatedDate: d.relatedDate } : {}),
});

const toEstimatedDto = (e: EstimatedPeriod): EstimatedPeriodDto => ({
  year: e.year,
  occasion: e.occasion,
  from: e.from,
  to: e.to,
  reason: e.reason,
});

export function toDerivationDto(d: DeadlineDerivation): DeadlineDerivationDto {
  return {
    rule: {
      key: d.rule.key,
      title: d.rule.title,
      ruleSetId: d.rule.ruleSetId,
      source: d.rule.source.map(toSourceDto),
      policy: d.rule.policy,
      ...(d.rule.kind !== undefined ? { kind: d.rule.kind } : {}),
      ...(d.rule.note !== undefined ? { note: d.rule.note } : {}),
    },
    unit: d.unit,
    variant: { requested: d.variant.requested, applied: d.variant.applied },
    days: d.days,
    extensions: d.extensions.map((x) => ({
      on: x.on,
      rule: x.rule,
      ruleSetId: x.ruleSetId,
      title: x.title,
      source: x.source.map(toSourceDto),
      days: x.days,
      reason: x.reason,
      applied: x.applied,
    })),
    totalDays: d.totalDays,
    start: { event: d.start.event, date: d.start.date, firstCountedDay: d.start.firstCountedDay },
    pauses: d.pauses.map((p) => ({
      from: p.from,
      ...(p.to !== undefined ? { to: p.to } : {}),
      reason: p.reason,
      applied: p.applied,
      ...(p.countedBefore !== undefined ? { countedBefore: p.countedBefore } : {}),
      ...(p.daysNotCounted !== undefined ? { daysNotCounted: p.daysNotCounted } : {}),
    })),
    ...(d.nominalEnd !== undefined ? { nominalEnd: d.nominalEnd } : {}),
    skipped: d.skipped.map(toDayOffDto),
    rolledOver: d.rolledOver.map(toDayOffDto),
    ...(d.dueDate !== undefined ? { dueDate: d.dueDate } : {}),
    ...(d.dueAt !== undefined ? { dueAt: d.dueAt } : {}),
    ...(d.stoppedOn !== undefined ? { stoppedOn: d.stoppedOn } : {}),
    asOf: d.asOf,
    estimated: d.estimated.map(toEstimatedDto),
    warnings: [...d.warnings],
    explanation: d.explanation,
  };
}

export const toDeadlineDto = (d: DeadlineView): DeadlineDto => ({
  clock: d.clock,
  rule: d.rule,
  ruleSetId: d.ruleSetId,
  status: d.status,
  statusLabel: d.statusLabel,
  dueDate: d.dueDate,
  dueAt: d.dueAt,
  estimated: d.estimated,
  derivation: toDerivationDto(d.derivation),
});
