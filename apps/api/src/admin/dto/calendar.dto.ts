import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { HOLIDAY_OCCASIONS, type Confidence, type DayOffKind, type HolidayOccasion } from '@kntc/domain';
import type { AnnouncementView, CalendarDayView, ClockChange, RecomputeReport, RecomputedStream } from '@kntc/workflow';
import { STREAM_TYPES, type StreamType } from '@kntc/persistence';
import { IsCivilDate } from '../../http/is-civil-date.validator';

const CONFIDENCES = ['verified', 'secondary', 'unconfirmed'] as const;
const DAY_OFF_KINDS = ['weekend', 'public_holiday', 'compensatory', 'swapped_off'] as const;

const Year = (description: string) =>
  ApiProperty({ type: Number, minimum: 1900, maximum: 2199, example: 2026, description });

export class CompensatoryDayDto {
  @ApiProperty({ format: 'date', description: 'The nghỉ bù day.' })
  @IsCivilDate()
  date!: string;

  @ApiProperty({ format: 'date', description: 'The holiday of this announcement it makes up for.' })
  @IsCivilDate()
  for!: string;
}

export class SwapDto {
  @ApiProperty({ format: 'date', description: 'The weekday taken off.' })
  @IsCivilDate()
  off!: string;

  @ApiProperty({ format: 'date', description: 'The weekly rest day worked instead (làm bù).' })
  @IsCivilDate()
  worked!: string;
}

/** The domain's HolidayAnnouncement: what the Government announced for one occasion of one year. */
export class HolidayAnnouncementDto {
  @Year('Gregorian year of the occasion (for Tết, the year of mùng 1).')
  @IsInt()
  @Min(1900)
  @Max(2199)
  year!: number;

  @ApiProperty({ enum: HOLIDAY_OCCASIONS, description: 'The occasion (BLLĐ 2019 Art. 112.1), or `other`.' })
  @IsIn(HOLIDAY_OCCASIONS)
  occasion!: HolidayOccasion;

  @ApiPropertyOptional({
    maxLength: 200,
    description: 'Vietnamese name; required for `other` (and its key with year).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiProperty({
    type: [String],
    format: 'date',
    description:
      'Every paid holiday of the occasion that year: it replaces the default rule for the occasion entirely.',
  })
  @IsArray()
  @ArrayMaxSize(31)
  @IsCivilDate({ each: true })
  holidays!: string[];

  @ApiPropertyOptional({
    type: [CompensatoryDayDto],
    description: 'Nghỉ bù as fixed by the notice; omitted: computed by BLLĐ Art. 111.3 (next working day).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(31)
  @ValidateNested({ each: true })
  @Type(() => CompensatoryDayDto)
  compensatory?: CompensatoryDayDto[];

  @ApiPropertyOptional({ type: [SwapDto], description: 'Hoán đổi ngày làm việc for public servants.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(31)
  @ValidateNested({ each: true })
  @Type(() => SwapDto)
  swaps?: SwapDto[];

  @ApiProperty({
    maxLength: 500,
    description: 'The instrument, e.g. "Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ".',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  source!: string;

  @ApiPropertyOptional({ maxLength: 1000, description: 'Where the instrument can be read.' })
  @IsOptional()
  @IsUrl({ require_protocol: true })
  @MaxLength(1000)
  url?: string;

  @ApiProperty({
    enum: CONFIDENCES,
    description: 'verified: read in the official text; secondary: reported by press or portal; unconfirmed.',
  })
  @IsIn(CONFIDENCES)
  confidence!: Confidence;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Remark.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ListAnnouncementsQuery {
  @ApiPropertyOptional({ type: Number, minimum: 1900, maximum: 2199, description: 'Only this year; omit for all.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2199)
  year?: number;
}

export class AnnouncementKeyParams {
  @Year('Year of the announcement.')
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2199)
  year!: number;

  @ApiProperty({ enum: HOLIDAY_OCCASIONS, description: 'Its occasion.' })
  @IsIn(HOLIDAY_OCCASIONS)
  occasion!: HolidayOccasion;
}

export class AnnouncementNameQuery {
  @ApiPropertyOptional({ maxLength: 200, description: 'For `other`: the name of the occasion.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;
}

export class AnnouncementItemDto {
  @ApiProperty({
    enum: ['built_in', 'administrator'],
    description: 'Shipped with the engine, or stored by an administrator.',
  })
  origin!: 'built_in' | 'administrator';

  @ApiProperty({ description: "False for a built-in announcement replaced by an administrator's." })
  inEffect!: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When an administrator stored it.' })
  storedAt!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Who stored it.' })
  storedById!: string | null;

  @ApiProperty({ type: HolidayAnnouncementDto, description: 'The announcement.' })
  announcement!: HolidayAnnouncementDto;
}

export class AnnouncementListDto {
  @ApiProperty({ type: [AnnouncementItemDto], description: 'By year and occasion.' })
  items!: AnnouncementItemDto[];
}

export class PutAnnouncementResultDto {
  @ApiProperty({ description: 'True when it replaced a stored announcement of the same year and occasion.' })
  replaced!: boolean;

  @ApiProperty({ type: AnnouncementItemDto, description: 'The stored announcement.' })
  item!: AnnouncementItemDto;
}

export class CalendarDaysQuery {
  @ApiProperty({ format: 'date', example: '2026-08-28', description: 'First day.' })
  @IsCivilDate()
  from!: string;

  @ApiProperty({ format: 'date', example: '2026-09-03', description: 'Last day (at most 400 days in all).' })
  @IsCivilDate()
  to!: string;
}

export class DayOffDto {
  @ApiProperty({ enum: DAY_OFF_KINDS, description: 'Weekly rest day, public holiday, nghỉ bù or swapped day off.' })
  kind!: DayOffKind;

  @ApiProperty({ description: 'Why offices are closed (Vietnamese).' })
  name!: string;

  @ApiProperty({ enum: HOLIDAY_OCCASIONS, nullable: true, description: 'The occasion, for holidays.' })
  occasion!: HolidayOccasion | null;

  @ApiProperty({ description: 'Fixed by the default rule: the Government has not announced it yet.' })
  estimated!: boolean;

  @ApiProperty({ type: String, nullable: true, description: 'The instrument or rule it comes from.' })
  source!: string | null;

  @ApiProperty({ enum: CONFIDENCES, nullable: true, description: 'How sure the source is.' })
  confidence!: Confidence | null;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'The holiday a nghỉ bù makes up for, or the rest day worked for a swapped day.',
  })
  relatedDate!: string | null;
}

export class WorkedInsteadDto {
  @ApiProperty({ description: 'Why this rest day is worked (Vietnamese).' })
  name!: string;

  @ApiProperty({ format: 'date', description: 'The weekday taken off in exchange.' })
  offDate!: string;

  @ApiProperty({ description: 'The instrument.' })
  source!: string;

  @ApiProperty({ enum: CONFIDENCES, description: 'How sure the source is.' })
  confidence!: Confidence;
}

export class CalendarDayDto {
  @ApiProperty({ format: 'date', description: 'The day.' })
  date!: string;

  @ApiProperty({ example: 'thứ Hai', description: 'Weekday (Vietnamese).' })
  weekday!: string;

  @ApiProperty({ description: 'Public offices work that day (ngày làm việc).' })
  working!: boolean;

  @ApiProperty({ type: DayOffDto, nullable: true, description: 'Why offices are closed; null on a working day.' })
  dayOff!: DayOffDto | null;

  @ApiProperty({
    type: WorkedInsteadDto,
    nullable: true,
    description: 'A rest day worked instead of a swapped weekday.',
  })
  workedInstead!: WorkedInsteadDto | null;
}

export class CalendarDaysDto {
  @ApiProperty({ type: [CalendarDayDto], description: 'Every day of the range, in order.' })
  items!: CalendarDayDto[];
}

export class RecomputeDto {
  @ApiProperty({ description: 'true: report only; false: also store the new earliest due dates (next_due_on).' })
  @IsBoolean()
  dryRun!: boolean;
}

export class ClockChangeDto {
  @ApiProperty({ description: 'Clock name in the đơn or case.' })
  clock!: string;

  @ApiProperty({ description: 'Time-limit rule of the clock.' })
  rule!: string;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Due date under the calendar before the change.',
  })
  before!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Due date under the calendar now.' })
  after!: string | null;

  @ApiProperty({ description: 'The new due date still depends on days off not yet announced.' })
  estimated!: boolean;
}

export class NextDueChangeDto {
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Stored earliest running due date.' })
  before!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Earliest running due date now.' })
  after!: string | null;
}

export class RecomputeHolderDto {
  @ApiProperty({ format: 'uuid', description: 'Authority id.' })
  id!: string;

  @ApiProperty({ description: 'Authority code.' })
  code!: string;

  @ApiProperty({ description: 'Authority name.' })
  name!: string;
}

export class RecomputedStreamDto {
  @ApiProperty({ enum: STREAM_TYPES, description: 'A đơn (petition) or a case.' })
  streamType!: StreamType;

  @ApiProperty({ format: 'uuid', description: 'Its id.' })
  id!: string;

  @ApiProperty({ description: 'Its reference.' })
  code!: string;

  @ApiProperty({ description: 'Its state.' })
  state!: string;

  @ApiProperty({ type: RecomputeHolderDto, description: 'The authority holding it (to notify).' })
  holder!: RecomputeHolderDto;

  @ApiProperty({ type: [ClockChangeDto], description: 'Clocks whose due date moved.' })
  clocks!: ClockChangeDto[];

  @ApiProperty({ type: NextDueChangeDto, description: 'Its earliest running due date, stored and new.' })
  nextDueOn!: NextDueChangeDto;

  @ApiProperty({ description: 'The new earliest due date was stored.' })
  updated!: boolean;
}

export class FailedStreamDto {
  @ApiProperty({ enum: STREAM_TYPES, description: 'A đơn (petition) or a case.' })
  streamType!: StreamType;

  @ApiProperty({ format: 'uuid', description: 'Its id.' })
  id!: string;

  @ApiProperty({ description: 'Its reference.' })
  code!: string;
}

export class RecomputeReportDto {
  @ApiProperty({ description: 'True when nothing was stored.' })
  dryRun!: boolean;

  @ApiProperty({ format: 'date', description: 'Today in Vietnam: the date deadlines are judged at.' })
  asOf!: string;

  @ApiProperty({
    description:
      'True when the calendar in use before the first change since the last recompute is known, so moved clocks show their old due date; false after a restart of the API: only stored earliest due dates are compared.',
  })
  baselineKnown!: boolean;

  @ApiProperty({ description: 'Open đơn and cases examined.' })
  examined!: number;

  @ApiProperty({ type: [RecomputedStreamDto], description: 'Those whose deadlines move.' })
  changed!: RecomputedStreamDto[];

  @ApiProperty({ description: 'Rows whose next_due_on was stored.' })
  updated!: number;

  @ApiProperty({
    type: [FailedStreamDto],
    description: 'Rows whose deadlines could not be computed (the error is logged).',
  })
  failed!: FailedStreamDto[];
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const toAnnouncementItemDto = (v: AnnouncementView): AnnouncementItemDto => ({
  origin: v.origin,
  inEffect: v.inEffect,
  storedAt: iso(v.storedAt),
  storedById: v.storedById,
  announcement: v.announcement,
});

export const toCalendarDayDto = (d: CalendarDayView): CalendarDayDto => ({ ...d });

const toRecomputedStreamDto = (s: RecomputedStream): RecomputedStreamDto => ({
  ...s,
  clocks: s.clocks.map((c: ClockChange) => ({ ...c })),
});

export const toRecomputeReportDto = (r: RecomputeReport): RecomputeReportDto => ({
  ...r,
  changed: r.changed.map(toRecomputedStreamDto),
});
