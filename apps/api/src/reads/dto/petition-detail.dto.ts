import { ApiProperty } from '@nestjs/swagger';
import { PETITION_CHANNELS } from '@kntc/persistence';
import type { CaseLinkView, PetitionDetailView } from '@kntc/workflow';
import { AuthorityDto, toAuthorityDto, toOptionalAuthorityDto } from './authority.dto';
import { StreamDetailDto, toStreamDetailDto } from './stream-detail.dto';

export class CaseLinkDto {
  @ApiProperty({ format: 'uuid', description: 'Case id.' })
  id!: string;

  @ApiProperty({ example: 'VV-2026-000045', description: 'Case reference.' })
  code!: string;

  @ApiProperty({ enum: ['complaint', 'denunciation', 'feedback'], description: 'Kind of case.' })
  kind!: string;

  @ApiProperty({ example: 'Khiếu nại', description: 'Kind of case in Vietnamese.' })
  kindLabel!: string;

  @ApiProperty({ description: 'Top-level state of the case.' })
  state!: string;

  @ApiProperty({ description: 'Title of that state (Vietnamese).' })
  stateTitle!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'origin',
    description: 'How this đơn belongs to the case: origin, duplicate, repeat or copy_to_many.',
  })
  relation!: string | null;
}

export class PetitionDetailDto extends StreamDetailDto {
  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['complaint', 'denunciation', 'feedback', 'mixed'],
    description: 'Content kind set by classification (null before).',
  })
  contentKind!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Khiếu nại', description: 'Content kind in Vietnamese.' })
  contentKindLabel!: string | null;

  @ApiProperty({ type: AuthorityDto, description: 'The authority that first received the đơn.' })
  receivingAuthority!: AuthorityDto;

  @ApiProperty({ format: 'date-time', description: 'When the đơn was received.' })
  receivedAt!: string;

  @ApiProperty({ format: 'date', description: 'Civil date of receipt in Vietnam (periods count from the next day).' })
  receivedOn!: string;

  @ApiProperty({ enum: PETITION_CHANNELS, description: 'How the đơn arrived (nguồn đơn).' })
  channel!: string;

  @ApiProperty({ description: 'The channel in Vietnamese.' })
  channelLabel!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The body (deputy, Front, press, agency) that forwarded the đơn to the first authority.',
  })
  forwardedByName!: string | null;

  @ApiProperty({ description: 'Received at a citizen-reception session (reply due within 10 working days).' })
  fromReception!: boolean;

  @ApiProperty({ description: 'Number of signatories.' })
  signatoryCount!: number;

  @ApiProperty({ description: 'Đá bóng: the đơn came back to an authority that had already held it.' })
  bounced!: boolean;

  @ApiProperty({
    type: AuthorityDto,
    nullable: true,
    description: 'While the đơn waits after a chuyển đơn: the authority it was forwarded to.',
  })
  forwardedTo!: AuthorityDto | null;

  @ApiProperty({ type: CaseLinkDto, nullable: true, description: 'The case the đơn belongs to, if any.' })
  case!: CaseLinkDto | null;
}

const toCaseLinkDto = (c: CaseLinkView): CaseLinkDto => ({
  id: c.id,
  code: c.code,
  kind: c.kind,
  kindLabel: c.kindLabel,
  state: c.state,
  stateTitle: c.stateTitle,
  relation: c.relation,
});

export function toPetitionDetailDto(v: PetitionDetailView): PetitionDetailDto {
  return {
    ...toStreamDetailDto(v),
    contentKind: v.contentKind,
    contentKindLabel: v.contentKindLabel,
    receivingAuthority: toAuthorityDto(v.receivingAuthority),
    receivedAt: v.receivedAt,
    receivedOn: v.receivedOn,
    channel: v.channel,
    channelLabel: v.channelLabel,
    forwardedByName: v.forwardedByName,
    fromReception: v.fromReception,
    signatoryCount: v.signatoryCount,
    bounced: v.bounced,
    forwardedTo: toOptionalAuthorityDto(v.forwardedTo),
    case: v.case ? toCaseLinkDto(v.case) : null,
  };
}
