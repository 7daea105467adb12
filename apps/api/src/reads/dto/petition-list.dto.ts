import { ApiProperty } from '@nestjs/swagger';
import type { Page, PetitionListItemView } from '@kntc/workflow';
import { AuthorityDto, toAuthorityDto } from './authority.dto';

export class PetitionListItemDto {
  @ApiProperty({ format: 'uuid', description: 'Id of the đơn.' })
  id!: string;

  @ApiProperty({ example: 'DON-2026-000123', description: 'Reference (số đơn).' })
  code!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Content kind (null before classification).' })
  contentKind!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Content kind in Vietnamese.' })
  contentKindLabel!: string | null;

  @ApiProperty({ description: 'Top-level machine state.' })
  state!: string;

  @ApiProperty({ description: 'Title of the state (Vietnamese).' })
  stateTitle!: string;

  @ApiProperty({ enum: ['active', 'done'], description: '`done` once processing ended.' })
  status!: string;

  @ApiProperty({ description: 'Version (expectedVersion for commands).' })
  version!: number;

  @ApiProperty({ type: AuthorityDto, description: 'The authority holding the đơn now.' })
  holder!: AuthorityDto;

  @ApiProperty({ format: 'date-time', description: 'When the đơn was received.' })
  receivedAt!: string;

  @ApiProperty({ format: 'date', description: 'Civil date of receipt in Vietnam.' })
  receivedOn!: string;

  @ApiProperty({ description: 'How the đơn arrived.' })
  channel!: string;

  @ApiProperty({ description: 'Summary of the content.' })
  summary!: string;

  @ApiProperty({ description: 'Subject area (lĩnh vực).' })
  subjectArea!: string;

  @ApiProperty({ description: 'Number of signatories.' })
  signatoryCount!: number;

  @ApiProperty({ description: 'Bounced back to an authority that had held it (đá bóng).' })
  bounced!: boolean;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Case the đơn belongs to.' })
  caseId!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Earliest running due date.' })
  nextDueOn!: string | null;

  @ApiProperty({ description: 'That date is before today in Vietnam.' })
  overdue!: boolean;
}

export class PetitionListDto {
  @ApiProperty({ type: [PetitionListItemDto], description: 'Đơn of this page, newest receipt first (ties by id).' })
  items!: PetitionListItemDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Cursor of the next page; null on the last page.' })
  nextCursor!: string | null;

  @ApiProperty({ description: 'Page size used.' })
  limit!: number;
}

export const toPetitionListItemDto = (v: PetitionListItemView): PetitionListItemDto => ({
  id: v.id,
  code: v.code,
  contentKind: v.contentKind,
  contentKindLabel: v.contentKindLabel,
  state: v.state,
  stateTitle: v.stateTitle,
  status: v.status,
  version: v.version,
  holder: toAuthorityDto(v.holder),
  receivedAt: v.receivedAt,
  receivedOn: v.receivedOn,
  channel: v.channel,
  summary: v.summary,
  subjectArea: v.subjectArea,
  signatoryCount: v.signatoryCount,
  bounced: v.bounced,
  caseId: v.caseId,
  nextDueOn: v.nextDueOn,
  overdue: v.overdue,
});

export const toPetitionListDto = (page: Page<PetitionListItemView>, limit: number): PetitionListDto => ({
  items: page.items.map(toPetitionListItemDto),
  nextCursor: page.nextCursor,
  limit,
});
