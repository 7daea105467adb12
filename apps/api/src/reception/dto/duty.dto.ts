import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateBy,
} from 'class-validator';
import { isIsoDate } from '@kntc/domain';
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
  @ValidateBy(
    {
      name: 'isCivilDateEach',
      validator: {
        validate: (value: unknown) => isIsoDate(value),
        defaultMessage: () => 'Mỗi ngày phải là một ngày có thật, dạng YYYY-MM-DD.',
      },
    },
    { each: true },
  )
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

  @ApiProperty({ description: 'Distinct days planned in the schedule.' })
  scheduled!: number;

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
