import { ApiProperty } from '@nestjs/swagger';
import type { CaseListItemView, Page } from '@kntc/workflow';
import { AuthorityDto, toAuthorityDto } from './authority.dto';

export class CaseListItemDto {
  @ApiProperty({ format: 'uuid', description: 'Case id.' })
  id!: string;

  @ApiProperty({ example: 'VV-2026-000045', description: 'Case reference (số vụ việc).' })
  code!: string;

  @ApiProperty({ enum: ['complaint', 'denunciation', 'feedback'], description: 'Kind of case.' })
  kind!: string;

  @ApiProperty({ description: 'Kind of case in Vietnamese.' })
  kindLabel!: string;

  @ApiProperty({ description: 'Top-level machine state.' })
  state!: string;

  @ApiProperty({ description: 'Title of the state (Vietnamese).' })
  stateTitle!: string;

  @ApiProperty({ enum: ['active', 'done'], description: '`done` once the case ended.' })
  status!: string;

  @ApiProperty({ description: 'Version (expectedVersion for commands).' })
  version!: number;

  @ApiProperty({ type: AuthorityDto, description: 'The authority holding the case now.' })
  holder!: AuthorityDto;

  @ApiProperty({ format: 'date-time', description: 'When the case was opened.' })
  openedAt!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Date the originating đơn was received.' })
  receivedOn!: string | null;

  @ApiProperty({ description: 'Summary of the content.' })
  summary!: string;

  @ApiProperty({ description: 'Subject area (lĩnh vực).' })
  subjectArea!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Outcome once done.' })
  outcome!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The outcome in Vietnamese.' })
  outcomeLabel!: string | null;

  @ApiProperty({ format: 'uuid', description: 'The đơn that opened the case.' })
  originPetitionId!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Earliest running due date.' })
  nextDueOn!: string | null;

  @ApiProperty({ description: 'That date is before today in Vietnam.' })
  overdue!: boolean;
}

export class CaseListDto {
  @ApiProperty({ type: [CaseListItemDto], description: 'Cases of this page, newest first (ties by id).' })
  items!: CaseListItemDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Cursor of the next page; null on the last page.' })
  nextCursor!: string | null;

  @ApiProperty({ description: 'Page size used.' })
  limit!: number;
}

export const toCaseListItemDto = (v: CaseListItemView): CaseListItemDto => ({
  id: v.id,
  code: v.code,
  kind: v.kind,
  kindLabel: v.kindLabel,
  state: v.state,
  stateTitle: v.stateTitle,
  status: v.status,
  version: v.version,
  holder: toAuthorityDto(v.holder),
  openedAt: v.openedAt,
  receivedOn: v.receivedOn,
  summary: v.summary,
  subjectArea: v.subjectArea,
  outcome: v.outcome,
  outcomeLabel: v.outcomeLabel,
  originPetitionId: v.originPetitionId,
  nextDueOn: v.nextDueOn,
  overdue: v.overdue,
});

export const toCaseListDto = (page: Page<CaseListItemView>, limit: number): CaseListDto => ({
  items: page.items.map(toCaseListItemDto),
  nextCursor: page.nextCursor,
  limit,
});
