import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateBy,
} from 'class-validator';
import { DUTY_DAY_STATUSES, isIsoDate, VISIT_FORMS } from '@kntc/domain';
import { AuthorityFilter } from '../../reads/dto/query-fields';

const isRequiredCivilDate = (description: string) =>
  ValidateBy({
    name: 'isCivilDate',
    validator: {
      validate: (value: unknown) => isIsoDate(value),
      defaultMessage: (args) =>
        `${args?.property ?? 'value'} phải là một ngày có thật, dạng YYYY-MM-DD (${description}).`,
    },
  });

const civilDays = () =>
  ValidateBy(
    {
      name: 'isCivilDateEach',
      validator: {
        validate: (value: unknown) => isIsoDate(value),
        defaultMessage: () => 'Mỗi ngày phải là một ngày có thật, dạng YYYY-MM-DD.',
      },
    },
    { each: true },
  );

export class ScheduleDutyDto {
  @ApiProperty({ format: 'uuid', description: 'Authority whose head receives citizens on these days.' })
  @IsUUID()
  authorityId!: string;

  @ApiProperty({
    format: 'uuid',
    description: 'The leader of that authority who is to receive (an active user with role `leader`).',
  })
  @IsUUID()
  leaderId!: string;

  @ApiProperty({
    type: [String],
    format: 'date',
    example: ['2026-09-08', '2026-09-22'],
    description: 'Planned days (1 to 120). A day already planned for the authority is replanned.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(120)
  @civilDays()
  days!: string[];

  @ApiProperty({ maxLength: 300, description: 'Trụ sở tiếp công dân or địa điểm tiếp công dân.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  place!: string;

  @ApiPropertyOptional({ maxLength: 500, description: 'Free note (no personal data).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;

  @ApiPropertyOptional({
    enum: VISIT_FORMS,
    default: 'in_person',
    description:
      '`online` (tiếp công dân trực tuyến) only for days from 2026-07-01 (Luật TCD Art. 3a; 422 RULE_VIOLATION otherwise); an online session owes a notice 5 working days before (ND154/2026 Art. 23.1). Replanning a day online keeps its recorded notice; replanning it in person, or replanning a cancelled day, drops it.',
  })
  @IsOptional()
  @IsIn(VISIT_FORMS, { message: 'form phải là in_person hoặc online.' })
  form?: (typeof VISIT_FORMS)[number];
}

export class CancelDutyDto {
  @ApiProperty({ format: 'uuid', description: 'Authority whose planned days are cancelled.' })
  @IsUUID()
  authorityId!: string;

  @ApiProperty({
    type: [String],
    format: 'date',
    example: ['2026-09-22'],
    description:
      'Planned days to cancel (1 to 120): today or later, and not already held in the register. A day already cancelled keeps its first cancellation.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(120)
  @civilDays()
  days!: string[];

  // Same limit as reception_duty_schedule.cancel_reason.
  @ApiProperty({
    maxLength: 500,
    example: 'Chủ tịch UBND xã đi công tác đột xuất',
    description: 'Why the day is cancelled, as the schedule will show it (no personal data).',
  })
  @IsString()
  @MaxLength(500)
  @Matches(/\S/, { message: 'Cần nêu lý do hủy lịch tiếp.' })
  reason!: string;
}

export class RecordDutyNoticeDto {
  @ApiProperty({ format: 'uuid', description: 'Authority holding the online session.' })
  @IsUUID()
  authorityId!: string;

  @ApiProperty({ format: 'date', example: '2026-09-08', description: 'Day of the planned online session.' })
  @isRequiredCivilDate('day')
  day!: string;

  @ApiProperty({
    format: 'date',
    example: '2026-08-27',
    description:
      'Day the notice went out to the citizens and the participating bodies: not in the future, before the session.',
  })
  @isRequiredCivilDate('sentOn')
  sentOn!: string;
}

export class DutyWindowQuery {
  @ApiProperty({ format: 'date', example: '2026-07-01', description: 'First day of the window.' })
  @isRequiredCivilDate('from')
  from!: string;

  @ApiProperty({
    format: 'date',
    example: '2026-09-30',
    description: 'Last day of the window (at most two years after `from`).',
  })
  @isRequiredCivilDate('to')
  to!: string;

  @AuthorityFilter()
  authorityId?: string;
}

class DutyCancellationDto {
  @ApiProperty({ format: 'date-time', description: 'When the day was cancelled.' })
  at!: string;

  @ApiProperty({ format: 'uuid', description: 'Who cancelled it.' })
  byId!: string;

  @ApiProperty({ description: 'Why.' })
  reason!: string;
}

class DutyNoticeDto {
  @ApiProperty({
    format: 'date',
    description: 'Last day the notice may go out: the n-th working day before the session (holidays skipped).',
  })
  dueOn!: string;

  @ApiProperty({ format: 'date', nullable: true, description: 'Day it went out, as recorded.' })
  sentOn!: string | null;

  @ApiProperty({
    enum: ['pending', 'sent_on_time', 'sent_late', 'missing'],
    description:
      '`sent_on_time` on or before `dueOn`; `sent_late` after it; `pending` not sent, session ahead; `missing` the session day has come without one.',
  })
  status!: string;

  @ApiProperty({ description: 'Working days before the session (5 under VN-2026-07).' })
  workingDays!: number;

  @ApiProperty({ format: 'date-time', nullable: true, description: 'When the sending was recorded.' })
  recordedAt!: string | null;

  @ApiProperty({ format: 'uuid', nullable: true, description: 'Who recorded it.' })
  recordedById!: string | null;
}

export class DutyScheduleDayDto {
  @ApiProperty({ format: 'uuid', description: 'Id of the planned day.' })
  id!: string;

  @ApiProperty({ format: 'uuid', description: 'Authority whose head receives.' })
  authorityId!: string;

  @ApiProperty({ format: 'uuid', description: 'The leader who is to receive.' })
  leaderId!: string;

  @ApiProperty({ description: "The leader's display name." })
  leaderName!: string;

  @ApiProperty({ format: 'date', description: 'Planned day.' })
  plannedOn!: string;

  @ApiProperty({ description: 'Place of reception.' })
  place!: string;

  @ApiPropertyOptional({ nullable: true, description: 'Note.' })
  note!: string | null;

  @ApiProperty({ enum: VISIT_FORMS, description: 'In person, or online (tiếp công dân trực tuyến).' })
  form!: string;

  @ApiProperty({
    enum: DUTY_DAY_STATUSES,
    description: '`planned`, or `cancelled` (hủy lịch tiếp; the day stays in the schedule).',
  })
  status!: string;

  @ApiProperty({
    type: DutyCancellationDto,
    nullable: true,
    description: 'The last cancellation: shown while cancelled, and still after the day was planned again.',
  })
  cancellation!: DutyCancellationDto | null;

  @ApiProperty({
    type: DutyNoticeDto,
    nullable: true,
    description:
      'The notice a planned online session owes (ND154/2026 Art. 23.1); null in person, before 2026-07-01 and for a cancelled day.',
  })
  notice!: DutyNoticeDto | null;
}

class DutySourceDto {
  @ApiProperty({ description: 'Instrument, e.g. "Luật Tiếp công dân 42/2013/QH13".' })
  instrument!: string;

  @ApiProperty({ description: 'Article, e.g. "Điều 12 khoản 5".' })
  article!: string;

  @ApiPropertyOptional({
    description: 'Amending instrument and article, when the text in force comes from an amendment.',
  })
  amendedBy?: string;

  @ApiPropertyOptional({ enum: ['verified', 'secondary', 'unconfirmed'], description: 'How the text was read.' })
  confidence?: string;
}

class DutyCountsDto {
  @ApiProperty({ description: 'Days the head must receive citizens.' })
  required!: number;

  @ApiProperty({ description: 'Distinct days planned in the schedule and not cancelled.' })
  scheduled!: number;

  @ApiProperty({ description: 'Distinct days planned, then cancelled.' })
  cancelled!: number;

  @ApiProperty({ description: 'Distinct days of periodic reception with the head in person.' })
  heldInPerson!: number;

  @ApiProperty({
    description: 'Distinct days of periodic reception, all delegated (deputy or official on the head’s behalf).',
  })
  heldDelegated!: number;

  @ApiProperty({
    description: 'Days still owed, a delegated day counted as held (totals: periods not yet over excluded).',
  })
  missing!: number;

  @ApiProperty({ description: 'Days still owed in person ("trực tiếp tiếp công dân").' })
  missingInPerson!: number;
}

export class DutyPeriodDto extends DutyCountsDto {
  @ApiProperty({ format: 'date', description: 'First day of the week or month (cut where the rule changes).' })
  from!: string;

  @ApiProperty({ format: 'date', description: 'Last day of the period.' })
  to!: string;

  @ApiProperty({
    enum: ['week', 'month'],
    description: 'The duty is counted per week (Monday–Sunday) or calendar month.',
  })
  per!: string;

  @ApiProperty({
    enum: ['VN-2019', 'VN-2025-07', 'VN-2026-07'],
    description: 'Rule set in force on the period’s days.',
  })
  ruleSetId!: string;

  @ApiProperty({
    enum: ['met', 'met_by_delegation', 'missed', 'ongoing'],
    description:
      '`met`: enough days in person; `met_by_delegation`: enough only counting delegated days; `missed`; `ongoing`: not over yet.',
  })
  status!: string;

  @ApiProperty({ type: [DutySourceDto], description: 'Legal source of the duty.' })
  source!: DutySourceDto[];
}

class DutyAuthorityDto {
  @ApiProperty({ format: 'uuid', description: 'Id of the authority.' })
  id!: string;

  @ApiProperty({ description: 'Code of the authority.' })
  code!: string;

  @ApiProperty({ description: 'Name of the authority.' })
  name!: string;

  @ApiProperty({ description: 'Level of the authority (commune, province, provincial_agency, …).' })
  level!: string;
}

class AdHocDaysDto {
  @ApiProperty({ description: 'Days of tiếp đột xuất by the head in person within the window.' })
  inPersonDays!: number;

  @ApiProperty({ description: 'Days of tiếp đột xuất, all delegated, within the window.' })
  delegatedDays!: number;
}

export class DutyComplianceDto {
  @ApiProperty({ type: DutyAuthorityDto, description: 'The authority whose head is judged.' })
  authority!: DutyAuthorityDto;

  @ApiProperty({ format: 'date', description: 'First day of the window asked about.' })
  from!: string;

  @ApiProperty({ format: 'date', description: 'Last day of the window asked about.' })
  to!: string;

  @ApiProperty({ type: [DutyPeriodDto], description: 'Every week or month overlapping the window, judged whole.' })
  periods!: DutyPeriodDto[];

  @ApiProperty({ type: DutyCountsDto, description: 'Sums over the periods.' })
  totals!: DutyCountsDto;

  @ApiProperty({
    type: AdHocDaysDto,
    description: 'Ad hoc receptions, owed on top of the periodic days and not counted in them.',
  })
  adHoc!: AdHocDaysDto;
}
