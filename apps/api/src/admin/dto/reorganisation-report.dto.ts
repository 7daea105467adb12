import { ApiProperty } from '@nestjs/swagger';
import { AUTHORITY_LEVELS, type AuthorityLevel } from '@kntc/domain';
import { STREAM_TYPES, SUCCESSION_KINDS, type StreamType, type SuccessionKind } from '@kntc/persistence';
import { NOT_MOVED_REASONS, type NotMovedReason, type ReorganisationReport } from '@kntc/workflow';

export class AuthorityLabelDto {
  @ApiProperty({ format: 'uuid', description: 'Authority id.' })
  id!: string;

  @ApiProperty({ description: 'Authority code.' })
  code!: string;

  @ApiProperty({ description: 'Authority name (Vietnamese).' })
  name!: string;
}

export class CreatedAuthorityDto extends AuthorityLabelDto {
  @ApiProperty({ enum: AUTHORITY_LEVELS, enumName: 'AuthorityLevel', description: 'Its level.' })
  level!: AuthorityLevel;

  @ApiProperty({ format: 'uuid', description: 'Its parent.' })
  parentId!: string;

  @ApiProperty({ description: 'True when an earlier run of the same reorganisation created it.' })
  alreadyExisted!: boolean;
}

export class SuccessionReportDto {
  @ApiProperty({ type: AuthorityLabelDto, description: 'The authority that ceased to exist.' })
  predecessor!: AuthorityLabelDto;

  @ApiProperty({ type: AuthorityLabelDto, description: 'The authority that took over.' })
  successor!: AuthorityLabelDto;

  @ApiProperty({ enum: SUCCESSION_KINDS, description: 'How it took over.' })
  kind!: SuccessionKind;

  @ApiProperty({ description: 'True when an earlier run already recorded it.' })
  alreadyRecorded!: boolean;
}

export class ClosedAuthorityDto {
  @ApiProperty({ type: AuthorityLabelDto, description: 'The authority whose validity ended.' })
  authority!: AuthorityLabelDto;

  @ApiProperty({ format: 'date', description: 'First day it no longer exists (valid_until).' })
  validUntil!: string;

  @ApiProperty({ description: 'True when it had already ended on that day.' })
  alreadyClosed!: boolean;
}

export class ReparentedAuthorityDto {
  @ApiProperty({ type: AuthorityLabelDto, description: 'A child of a predecessor that lives on.' })
  authority!: AuthorityLabelDto;

  @ApiProperty({ type: AuthorityLabelDto, description: 'Its former parent.' })
  from!: AuthorityLabelDto;

  @ApiProperty({ type: AuthorityLabelDto, description: 'Its new parent.' })
  to!: AuthorityLabelDto;
}

export class MovedStreamDto {
  @ApiProperty({ enum: STREAM_TYPES, description: 'A đơn (petition), a case, or a reception visit.' })
  streamType!: StreamType;

  @ApiProperty({ format: 'uuid', description: 'Its id.' })
  id!: string;

  @ApiProperty({ description: 'Its reference (số đơn, số vụ việc).' })
  code!: string;

  @ApiProperty({ description: 'Its state, unchanged by the move.' })
  state!: string;

  @ApiProperty({ description: 'Its version after the `reassign` event.' })
  version!: number;

  @ApiProperty({ type: AuthorityLabelDto, description: 'The predecessor that held it.' })
  from!: AuthorityLabelDto;

  @ApiProperty({ type: AuthorityLabelDto, description: 'The successor that holds it now.' })
  to!: AuthorityLabelDto;
}

export class NotMovedStreamDto {
  @ApiProperty({ enum: STREAM_TYPES, description: 'A đơn (petition), a case, or a reception visit.' })
  streamType!: StreamType;

  @ApiProperty({ format: 'uuid', description: 'Its id.' })
  id!: string;

  @ApiProperty({ description: 'Its reference.' })
  code!: string;

  @ApiProperty({ description: 'Its state.' })
  state!: string;

  @ApiProperty({ type: AuthorityLabelDto, description: 'Who holds it.' })
  holder!: AuthorityLabelDto;

  @ApiProperty({
    enum: NOT_MOVED_REASONS,
    description:
      'busy / version_conflict: someone was working on it, run the same reorganisation again; changed: closed or moved meanwhile; refused: the machine does not take the transfer in its state; awaiting_receipt: forwarded to a predecessor and not received, its sender must forward it again; failed: unexpected error (logged).',
  })
  reason!: NotMovedReason;

  @ApiProperty({ description: 'What happened and what to do (Vietnamese).' })
  message!: string;
}

export class ReorganisationReportDto {
  @ApiProperty({ description: 'True when nothing was kept (a dry run).' })
  dryRun!: boolean;

  @ApiProperty({ format: 'date', description: 'First day of the new organisation.' })
  effectiveOn!: string;

  @ApiProperty({ description: 'The act that ordered it.' })
  legalBasis!: string;

  @ApiProperty({ type: [CreatedAuthorityDto], description: 'Successors created.' })
  created!: CreatedAuthorityDto[];

  @ApiProperty({ type: [SuccessionReportDto], description: 'Successions recorded (authority_succession).' })
  successions!: SuccessionReportDto[];

  @ApiProperty({ type: [ClosedAuthorityDto], description: 'Authorities whose validity ended.' })
  closed!: ClosedAuthorityDto[];

  @ApiProperty({ type: [ReparentedAuthorityDto], description: 'Children of predecessors given a new parent.' })
  reparented!: ReparentedAuthorityDto[];

  @ApiProperty({
    type: [MovedStreamDto],
    description:
      'Open đơn and cases handed to a successor as they stand (a `reassign` event each; no period restarts).',
  })
  moved!: MovedStreamDto[];

  @ApiProperty({ type: [NotMovedStreamDto], description: 'Open đơn and cases left where they are, and why.' })
  notMoved!: NotMovedStreamDto[];
}

export const toReorganisationReportDto = (r: ReorganisationReport): ReorganisationReportDto => ({ ...r });
