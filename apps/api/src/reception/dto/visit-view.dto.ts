import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PARTY_KINDS, PARTY_ROLES } from '@kntc/persistence';
import { DeadlineDto } from '../../reads/dto/deadline.dto';

export class VisitSummaryDto {
  @ApiProperty({ format: 'uuid', description: 'Id of the visit.' })
  id!: string;

  @ApiProperty({ description: 'Reference in the register.' })
  code!: string;

  @ApiProperty({ description: 'Số thứ tự in the register of the year.' })
  serialNo!: number;

  @ApiProperty({ format: 'uuid', description: 'Authority that received the citizen.' })
  authorityId!: string;

  @ApiProperty({ format: 'date', description: 'Ngày tiếp.' })
  visitedOn!: string;

  @ApiProperty({ enum: ['regular', 'periodic', 'ad_hoc'], description: 'Type of reception.' })
  type!: string;

  @ApiProperty({ enum: ['in_person', 'online'], description: 'Form of reception.' })
  form!: string;

  @ApiProperty({ description: 'Place of reception.' })
  place!: string;

  @ApiProperty({ format: 'uuid', description: 'The officer or leader who received.' })
  receivedById!: string;

  @ApiPropertyOptional({
    enum: ['in_person', 'delegated'],
    nullable: true,
    description: "Head's reception held in person or delegated.",
  })
  leaderPresence!: string | null;

  @ApiProperty({ description: 'Number of people who came.' })
  peopleCount!: number;

  @ApiProperty({ description: 'A crowd (đoàn đông người): the representatives rule applied.' })
  delegation!: boolean;

  @ApiProperty({ description: 'Representatives identified.' })
  representativeCount!: number;

  @ApiPropertyOptional({ nullable: true, description: 'Content kind stated at the desk.' })
  contentKind!: string | null;

  @ApiProperty({ description: 'Subject area (lĩnh vực).' })
  subjectArea!: string;

  @ApiProperty({ description: 'Content of the matter.' })
  summary!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'The case a repeat visit is about.' })
  caseId!: string | null;

  @ApiPropertyOptional({
    enum: ['received', 'guided', 'answered', 'refused'],
    nullable: true,
    description: 'Result, once recorded.',
  })
  result!: string | null;

  @ApiProperty({ description: 'State of the visit machine.' })
  state!: string;

  @ApiProperty({ description: 'Version, for the next command.' })
  version!: number;

  @ApiPropertyOptional({ format: 'date', nullable: true, description: 'Earliest due date of a running period.' })
  nextDueOn!: string | null;
}

export class VisitPageDto {
  @ApiProperty({ type: [VisitSummaryDto], description: 'Visits of this page, newest first (by day, then số thứ tự).' })
  items!: VisitSummaryDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Cursor of the next page; null on the last page.' })
  nextCursor!: string | null;

  @ApiProperty({ description: 'Page size used.' })
  limit!: number;
}

export class VisitorViewDto {
  @ApiProperty({ format: 'uuid', description: 'Id of the person received (no identity is ever returned).' })
  visitorId!: string;

  @ApiProperty({ enum: PARTY_ROLES, description: 'Role at the visit.' })
  role!: string;

  @ApiProperty({ enum: PARTY_KINDS, description: 'Individual or organisation.' })
  kind!: string;

  @ApiProperty({ description: 'Vietnamese label built from role and kind only.' })
  label!: string;
}

export class VisitPetitionViewDto {
  @ApiProperty({ format: 'uuid', description: 'Id of the đơn.' })
  petitionId!: string;

  @ApiProperty({ description: 'Its reference (số đơn).' })
  code!: string;

  @ApiProperty({ description: 'Its state.' })
  state!: string;

  @ApiProperty({ description: 'Logged at this visit (true) or an earlier đơn linked to it (false).' })
  loggedAtVisit!: boolean;
}

export class VisitReplyViewDto {
  @ApiProperty({ enum: ['accepted', 'extended', 'refused', 'forwarded'], description: 'Art. 28.1 answer.' })
  kind!: string;

  @ApiProperty({ enum: ['in_person', 'written'], description: 'How it was given.' })
  form!: string;

  @ApiProperty({ format: 'date', description: 'When.' })
  on!: string;

  @ApiPropertyOptional({
    type: () => [PetitionAnswerViewDto],
    description:
      'When the đơn logged at the visit answered it (each by its own disposition and notice): their answers. The visit is then answered the day the last of them was.',
  })
  petitions?: PetitionAnswerViewDto[];
}

export class PetitionAnswerViewDto {
  @ApiProperty({ format: 'uuid', description: 'The đơn.' })
  petitionId!: string;

  @ApiProperty({ enum: ['accepted', 'extended', 'refused', 'forwarded'], description: 'Its Art. 28.1 answer.' })
  kind!: string;

  @ApiProperty({ format: 'date', description: 'When it was given.' })
  on!: string;
}

export class RefusalNoticeViewDto {
  @ApiProperty({ format: 'date', description: 'When the notice was issued.' })
  on!: string;

  @ApiPropertyOptional({ nullable: true, description: 'Its number.' })
  reference!: string | null;
}

export class VisitDetailDto extends VisitSummaryDto {
  @ApiProperty({ description: 'Vietnamese title of the state.' })
  stateTitle!: string;

  @ApiPropertyOptional({ nullable: true, description: 'Prior handling by the competent bodies.' })
  priorHandling!: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'What the citizen asked for.' })
  requests!: string | null;

  @ApiProperty({ description: 'A denouncer asked for identity protection.' })
  identityProtectionRequested!: boolean;

  @ApiProperty({ type: [VisitorViewDto], description: 'Who came, redacted (ND154/2026 Art. 12.2).' })
  visitors!: VisitorViewDto[];

  @ApiProperty({ type: [VisitPetitionViewDto], description: 'Đơn the visit logged or was about.' })
  petitions!: VisitPetitionViewDto[];

  @ApiPropertyOptional({ nullable: true, description: 'Refused: the statutory ground.' })
  refusalGround!: string | null;

  @ApiProperty({ description: 'Refused on a ground that needs a written Thông báo từ chối tiếp công dân.' })
  refusalNoticeRequired!: boolean;

  @ApiPropertyOptional({ type: VisitReplyViewDto, nullable: true, description: 'The Art. 28.1 reply, once given.' })
  reply!: VisitReplyViewDto | null;

  @ApiPropertyOptional({ type: RefusalNoticeViewDto, nullable: true, description: 'The refusal notice, once issued.' })
  refusalNotice!: RefusalNoticeViewDto | null;

  @ApiProperty({ type: [DeadlineDto], description: 'The reply and refusal-notice periods, with their proofs.' })
  deadlines!: DeadlineDto[];
}
