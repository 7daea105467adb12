import { ApiProperty } from '@nestjs/swagger';
import type { StreamDetailCore } from '@kntc/workflow';
import { AuthorityDto, toAuthorityDto } from './authority.dto';
import { DeadlineDto, toDeadlineDto } from './deadline.dto';
import {
  AllowedCommandDto,
  CustodyPeriodDto,
  RedactedPartyDto,
  TimelineEntryDto,
  toAllowedCommandDto,
  toCustodyPeriodDto,
  toRedactedPartyDto,
  toTimelineEntryDto,
} from './stream-parts.dto';

/** What the detail of a đơn and of a case share. */
export abstract class StreamDetailDto {
  @ApiProperty({ format: 'uuid', description: 'Id.' })
  id!: string;

  @ApiProperty({ example: 'DON-2026-000123', description: 'Human reference (số đơn, số vụ việc).' })
  code!: string;

  @ApiProperty({ example: 'classified', description: 'Top-level machine state.' })
  state!: string;

  @ApiProperty({ example: 'Đã phân loại, chờ xử lý', description: 'Title of the current (deepest) state, Vietnamese.' })
  stateTitle!: string;

  @ApiProperty({ description: 'Version: send it back as `expectedVersion` with the next command.' })
  version!: number;

  @ApiProperty({ enum: ['active', 'done'], description: '`done` once a final state is reached.' })
  status!: string;

  @ApiProperty({ example: 'petition', description: 'Machine running the record.' })
  machineId!: string;

  @ApiProperty({ example: '1', description: 'Version of that machine.' })
  machineVersion!: string;

  @ApiProperty({ example: 'VN-2026-07', description: 'Rule set the record was opened under.' })
  ruleSetId!: string;

  @ApiProperty({ type: AuthorityDto, description: 'The authority holding it now (custody).' })
  holder!: AuthorityDto;

  @ApiProperty({ description: 'Summary of the content.' })
  summary!: string;

  @ApiProperty({ example: 'dat_dai', description: 'Subject area (lĩnh vực).' })
  subjectArea!: string;

  @ApiProperty({ format: 'date', description: 'Today in Vietnam: the date deadline statuses are judged at.' })
  asOf!: string;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Earliest due date among the running periods.',
  })
  nextDueOn!: string | null;

  @ApiProperty({ description: 'The earliest running due date is before today in Vietnam.' })
  overdue!: boolean;

  @ApiProperty({
    type: [AllowedCommandDto],
    description:
      "The machine's commands your role may send, each with whether it is allowed now and why not. Empty for inspectors.",
  })
  commands!: AllowedCommandDto[];

  @ApiProperty({ type: [DeadlineDto], description: 'Every period with its status, due date and proof.' })
  deadlines!: DeadlineDto[];

  @ApiProperty({ type: [TimelineEntryDto], description: 'Every event, in order.' })
  timeline!: TimelineEntryDto[];

  @ApiProperty({ type: [CustodyPeriodDto], description: 'Which authority held it, from when until when.' })
  custody!: CustodyPeriodDto[];

  @ApiProperty({ type: [RedactedPartyDto], description: 'Parties, redacted: role and flags only, never an identity.' })
  parties!: RedactedPartyDto[];
}

export function toStreamDetailDto(v: StreamDetailCore): StreamDetailDto {
  return {
    id: v.id,
    code: v.code,
    state: v.state,
    stateTitle: v.stateTitle,
    version: v.version,
    status: v.status,
    machineId: v.machineId,
    machineVersion: v.machineVersion,
    ruleSetId: v.ruleSetId,
    holder: toAuthorityDto(v.holder),
    summary: v.summary,
    subjectArea: v.subjectArea,
    asOf: v.asOf,
    nextDueOn: v.nextDueOn,
    overdue: v.overdue,
    commands: v.commands.map(toAllowedCommandDto),
    deadlines: v.deadlines.map(toDeadlineDto),
    timeline: v.timeline.map(toTimelineEntryDto),
    custody: v.custody.map(toCustodyPeriodDto),
    parties: v.parties.map(toRedactedPartyDto),
  };
}
