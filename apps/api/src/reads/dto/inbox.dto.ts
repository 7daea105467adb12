import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { AwaitingReceiptView, HeldItemView, InboxView } from '@kntc/workflow';
import { AuthorityDto, toAuthorityDto } from './authority.dto';
import { Cursor, DEFAULT_PAGE, PageLimit } from './query-fields';

const SECTIONS = ['awaiting_receipt', 'held'] as const;

export class InboxQuery {
  @PageLimit()
  limit: number = DEFAULT_PAGE;

  @ApiPropertyOptional({
    enum: SECTIONS,
    description: 'Only this section (when paging through one); by default both, each on its first page or cursor.',
  })
  @IsOptional()
  @IsIn(SECTIONS)
  section?: (typeof SECTIONS)[number];

  @Cursor('Cursor of the awaiting-receipt section (`awaitingReceipt.nextCursor`).')
  awaitingReceiptCursor?: string;

  @Cursor('Cursor of the held section (`held.nextCursor`).')
  heldCursor?: string;
}

export class AwaitingReceiptItemDto {
  @ApiProperty({ format: 'uuid', description: 'Id of the đơn.' })
  petitionId!: string;

  @ApiProperty({ description: 'Reference of the đơn.' })
  code!: string;

  @ApiProperty({ description: 'Version (expectedVersion for `receive`).' })
  version!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Content kind as the sender classified it (cleared on forward: usually null).',
  })
  contentKind!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Content kind in Vietnamese.' })
  contentKindLabel!: string | null;

  @ApiProperty({ description: 'Summary of the content.' })
  summary!: string;

  @ApiProperty({ description: 'Subject area (lĩnh vực).' })
  subjectArea!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was forwarded.' })
  forwardedAt!: string | null;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Date of the chuyển đơn (the receiver’s periods run from it).',
  })
  forwardedOn!: string | null;

  @ApiProperty({ type: AuthorityDto, description: 'The authority that forwarded it.' })
  forwardedBy!: AuthorityDto;

  @ApiProperty({ type: String, nullable: true, description: 'Role of the officer who forwarded it.' })
  forwardedByRole!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'That role in Vietnamese.' })
  forwardedByRoleLabel!: string | null;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Earliest due date of the periods running for the receiver since the forward.',
  })
  receiptDueOn!: string | null;

  @ApiProperty({ description: 'That date is before today in Vietnam.' })
  overdue!: boolean;
}

export class HeldItemDto {
  @ApiProperty({ enum: ['petition', 'case'], description: 'A đơn or a case.' })
  streamType!: string;

  @ApiProperty({ format: 'uuid', description: 'Id.' })
  id!: string;

  @ApiProperty({ description: 'Reference.' })
  code!: string;

  @ApiProperty({ description: 'Version (expectedVersion for commands).' })
  version!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Content kind of a đơn (null before classification), kind of a case.',
  })
  kind!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The kind in Vietnamese.' })
  kindLabel!: string | null;

  @ApiProperty({ description: 'Top-level machine state.' })
  state!: string;

  @ApiProperty({ description: 'Title of the state (Vietnamese).' })
  stateTitle!: string;

  @ApiProperty({ description: 'Summary of the content.' })
  summary!: string;

  @ApiProperty({ description: 'Subject area (lĩnh vực).' })
  subjectArea!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Earliest running due date.' })
  nextDueOn!: string | null;

  @ApiProperty({ description: 'That date is before today in Vietnam.' })
  overdue!: boolean;
}

export class AwaitingReceiptPageDto {
  @ApiProperty({ type: [AwaitingReceiptItemDto], description: 'Đơn waiting for receipt, due soonest first.' })
  items!: AwaitingReceiptItemDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Cursor of the next page of this section.' })
  nextCursor!: string | null;
}

export class HeldPageDto {
  @ApiProperty({
    type: [HeldItemDto],
    description: 'Open đơn and cases, due soonest first; those without a due date last.',
  })
  items!: HeldItemDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Cursor of the next page of this section.' })
  nextCursor!: string | null;
}

export class InboxDto {
  @ApiProperty({ type: AuthorityDto, description: 'Your authority, whose inbox this is.' })
  authority!: AuthorityDto;

  @ApiProperty({ format: 'date', description: 'Today in Vietnam (overdue is judged against it).' })
  asOf!: string;

  @ApiProperty({
    type: AwaitingReceiptPageDto,
    nullable: true,
    description:
      'Đơn other authorities forwarded to yours, not received yet (null when another section was asked for).',
  })
  awaitingReceipt!: AwaitingReceiptPageDto | null;

  @ApiProperty({
    type: HeldPageDto,
    nullable: true,
    description: 'Open đơn and cases your authority holds (null when another section was asked for).',
  })
  held!: HeldPageDto | null;
}

const toAwaitingDto = (v: AwaitingReceiptView): AwaitingReceiptItemDto => ({
  petitionId: v.petitionId,
  code: v.code,
  version: v.version,
  contentKind: v.contentKind,
  contentKindLabel: v.contentKindLabel,
  summary: v.summary,
  subjectArea: v.subjectArea,
  forwardedAt: v.forwardedAt,
  forwardedOn: v.forwardedOn,
  forwardedBy: toAuthorityDto(v.forwardedBy),
  forwardedByRole: v.forwardedByRole,
  forwardedByRoleLabel: v.forwardedByRoleLabel,
  receiptDueOn: v.receiptDueOn,
  overdue: v.overdue,
});

const toHeldDto = (v: HeldItemView): HeldItemDto => ({
  streamType: v.streamType,
  id: v.id,
  code: v.code,
  version: v.version,
  kind: v.kind,
  kindLabel: v.kindLabel,
  state: v.state,
  stateTitle: v.stateTitle,
  summary: v.summary,
  subjectArea: v.subjectArea,
  nextDueOn: v.nextDueOn,
  overdue: v.overdue,
});

export const toInboxDto = (v: InboxView): InboxDto => ({
  authority: toAuthorityDto(v.authority),
  asOf: v.asOf,
  awaitingReceipt: v.awaitingReceipt
    ? { items: v.awaitingReceipt.items.map(toAwaitingDto), nextCursor: v.awaitingReceipt.nextCursor }
    : null,
  held: v.held ? { items: v.held.items.map(toHeldDto), nextCursor: v.held.nextCursor } : null,
});
