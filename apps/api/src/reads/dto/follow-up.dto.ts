import { ApiProperty } from '@nestjs/swagger';
import type { FollowUpItemView, Page } from '@kntc/workflow';
import { AuthorityDto, toAuthorityDto } from './authority.dto';
import { Cursor, DEFAULT_PAGE, PageLimit } from './query-fields';

const RECEIVER_STATUSES = ['awaiting_receipt', 'returned', 'processing', 'forwarded_on', 'disposed'] as const;

export class FollowUpQuery {
  @PageLimit()
  limit: number = DEFAULT_PAGE;

  @Cursor()
  cursor?: string;
}

export class ReturnedDto {
  @ApiProperty({ format: 'date', description: 'Date the receiver sent the đơn back.' })
  on!: string;

  @ApiProperty({ description: 'Reason it gave.' })
  reason!: string;
}

export class ReceiverDispositionDto {
  @ApiProperty({ example: 'accept', description: 'What the receiver did (a petition disposition).' })
  code!: string;

  @ApiProperty({ example: 'Đề xuất thụ lý giải quyết', description: 'The disposition in Vietnamese.' })
  label!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'When.' })
  on!: string | null;
}

export class FollowUpCaseDto {
  @ApiProperty({ format: 'uuid', description: 'Case id.' })
  id!: string;

  @ApiProperty({ description: 'Case reference.' })
  code!: string;

  @ApiProperty({ enum: ['complaint', 'denunciation', 'feedback'], description: 'Kind of case.' })
  kind!: string;

  @ApiProperty({ description: 'Kind in Vietnamese.' })
  kindLabel!: string;

  @ApiProperty({ description: 'Top-level state of the case.' })
  state!: string;

  @ApiProperty({ description: 'Title of that state (Vietnamese).' })
  stateTitle!: string;

  @ApiProperty({ enum: ['active', 'done'], description: '`done` once the case ended.' })
  status!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Outcome once done (the reply on the merits).' })
  outcome!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The outcome in Vietnamese.' })
  outcomeLabel!: string | null;
}

export class FollowUpItemDto {
  @ApiProperty({ format: 'uuid', description: 'Id of the đơn.' })
  petitionId!: string;

  @ApiProperty({ description: 'Reference of the đơn.' })
  code!: string;

  @ApiProperty({ description: 'Summary of the content.' })
  summary!: string;

  @ApiProperty({ format: 'date-time', description: 'When your authority forwarded it.' })
  forwardedAt!: string;

  @ApiProperty({ format: 'date', description: 'Date of the chuyển đơn.' })
  forwardedOn!: string;

  @ApiProperty({ type: AuthorityDto, description: 'The authority it was forwarded to.' })
  receiver!: AuthorityDto;

  @ApiProperty({
    enum: RECEIVER_STATUSES,
    description:
      'At the receiver: awaiting_receipt, returned (sent back), processing (received), forwarded_on, or disposed.',
  })
  receiverStatus!: string;

  @ApiProperty({ description: 'That status in Vietnamese.' })
  receiverStatusLabel!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Date the receiver acknowledged receipt.' })
  receivedOn!: string | null;

  @ApiProperty({ type: ReturnedDto, nullable: true, description: 'The receiver sent it back: when and why.' })
  returned!: ReturnedDto | null;

  @ApiProperty({
    type: ReceiverDispositionDto,
    nullable: true,
    description: 'What the receiver did with it (disposed of it, or forwarded it on).',
  })
  disposition!: ReceiverDispositionDto | null;

  @ApiProperty({ description: 'Top-level state of the đơn now.' })
  currentState!: string;

  @ApiProperty({ description: 'Title of that state (Vietnamese).' })
  currentStateTitle!: string;

  @ApiProperty({ type: AuthorityDto, description: 'The authority holding the đơn now.' })
  currentHolder!: AuthorityDto;

  @ApiProperty({ type: FollowUpCaseDto, nullable: true, description: 'The case opened on it, with its outcome.' })
  case!: FollowUpCaseDto | null;
}

export class FollowUpListDto {
  @ApiProperty({ type: [FollowUpItemDto], description: 'Forwards of your authority, newest first.' })
  items!: FollowUpItemDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Cursor of the next page; null on the last page.' })
  nextCursor!: string | null;

  @ApiProperty({ description: 'Page size used.' })
  limit!: number;
}

export const toFollowUpItemDto = (v: FollowUpItemView): FollowUpItemDto => ({
  petitionId: v.petitionId,
  code: v.code,
  summary: v.summary,
  forwardedAt: v.forwardedAt,
  forwardedOn: v.forwardedOn,
  receiver: toAuthorityDto(v.receiver),
  receiverStatus: v.receiverStatus,
  receiverStatusLabel: v.receiverStatusLabel,
  receivedOn: v.receivedOn,
  returned: v.returned ? { on: v.returned.on, reason: v.returned.reason } : null,
  disposition: v.disposition ? { code: v.disposition.code, label: v.disposition.label, on: v.disposition.on } : null,
  currentState: v.currentState,
  currentStateTitle: v.currentStateTitle,
  currentHolder: toAuthorityDto(v.currentHolder),
  case: v.case
    ? {
        id: v.case.id,
        code: v.case.code,
        kind: v.case.kind,
        kindLabel: v.case.kindLabel,
        state: v.case.state,
        stateTitle: v.case.stateTitle,
        status: v.case.status,
        outcome: v.case.outcome,
        outcomeLabel: v.case.outcomeLabel,
      }
    : null,
});

export const toFollowUpListDto = (page: Page<FollowUpItemView>, limit: number): FollowUpListDto => ({
  items: page.items.map(toFollowUpItemDto),
  nextCursor: page.nextCursor,
  limit,
});
