import { ApiProperty } from '@nestjs/swagger';
import type { CaseDetailView, GroupedPetitionView } from '@kntc/workflow';
import { AuthorityDto, toOptionalAuthorityDto } from './authority.dto';
import { StreamDetailDto, toStreamDetailDto } from './stream-detail.dto';

export class GroupedPetitionDto {
  @ApiProperty({ format: 'uuid', description: 'Id of the đơn.' })
  id!: string;

  @ApiProperty({ example: 'DON-2026-000123', description: 'Reference of the đơn.' })
  code!: string;

  @ApiProperty({ description: 'Top-level state of the đơn.' })
  state!: string;

  @ApiProperty({ description: 'Title of that state (Vietnamese).' })
  stateTitle!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'origin',
    description: 'origin, duplicate, repeat or copy_to_many.',
  })
  relation!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was linked to the case.' })
  linkedAt!: string | null;

  @ApiProperty({ format: 'date', description: 'Date the đơn was received.' })
  receivedOn!: string;

  @ApiProperty({ description: 'How the đơn arrived.' })
  channel!: string;

  @ApiProperty({ description: 'Number of signatories.' })
  signatoryCount!: number;

  @ApiProperty({ description: 'The đơn went back to an authority that had already held it.' })
  bounced!: boolean;
}

export class CaseDetailDto extends StreamDetailDto {
  @ApiProperty({ enum: ['complaint', 'denunciation', 'feedback'], description: 'Kind of case.' })
  kind!: string;

  @ApiProperty({ example: 'Khiếu nại', description: 'Kind of case in Vietnamese.' })
  kindLabel!: string;

  @ApiProperty({ type: Number, nullable: true, description: 'Complaint round (1 or 2); null for other kinds.' })
  round!: number | null;

  @ApiProperty({ format: 'date-time', description: 'When the case was opened.' })
  openedAt!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Date the originating đơn was received.' })
  receivedOn!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'How the originating đơn arrived.' })
  channel!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The channel in Vietnamese.' })
  channelLabel!: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Signatories of the originating đơn.' })
  signatoryCount!: number | null;

  @ApiProperty({ description: 'Some đơn of the case went back to an authority that had already held it.' })
  bounced!: boolean;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Date of thụ lý.' })
  acceptedOn!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Date of the decision or conclusion.' })
  decidedOn!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Date the case was closed.' })
  closedOn!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Outcome once the case is done.' })
  outcome!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The outcome in Vietnamese.' })
  outcomeLabel!: string | null;

  @ApiProperty({ type: AuthorityDto, nullable: true, description: 'Authority a tố cáo case was forwarded to, if any.' })
  forwardedTo!: AuthorityDto | null;

  @ApiProperty({ format: 'uuid', description: 'The đơn that opened the case.' })
  originPetitionId!: string;

  @ApiProperty({ type: [GroupedPetitionDto], description: 'The đơn grouped in the case, the origin first.' })
  petitions!: GroupedPetitionDto[];
}

const toGroupedPetitionDto = (p: GroupedPetitionView): GroupedPetitionDto => ({
  id: p.id,
  code: p.code,
  state: p.state,
  stateTitle: p.stateTitle,
  relation: p.relation,
  linkedAt: p.linkedAt,
  receivedOn: p.receivedOn,
  channel: p.channel,
  signatoryCount: p.signatoryCount,
  bounced: p.bounced,
});

export function toCaseDetailDto(v: CaseDetailView): CaseDetailDto {
  return {
    ...toStreamDetailDto(v),
    kind: v.kind,
    kindLabel: v.kindLabel,
    round: v.round,
    openedAt: v.openedAt,
    receivedOn: v.receivedOn,
    channel: v.channel,
    channelLabel: v.channelLabel,
    signatoryCount: v.signatoryCount,
    bounced: v.bounced,
    acceptedOn: v.acceptedOn,
    decidedOn: v.decidedOn,
    closedOn: v.closedOn,
    outcome: v.outcome,
    outcomeLabel: v.outcomeLabel,
    forwardedTo: toOptionalAuthorityDto(v.forwardedTo),
    originPetitionId: v.originPetitionId,
    petitions: v.petitions.map(toGroupedPetitionDto),
  };
}
