import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  CONTENT_KINDS,
  LEADER_PRESENCE,
  RECEPTION_REFUSAL_GROUNDS,
  SUBJECT_AREAS,
  VISIT_FORMS,
  VISIT_RESULTS,
  VISIT_TYPES,
  type ContentKind,
  type LeaderPresence,
  type ReceptionRefusalGround,
  type SubjectArea,
  type VisitForm,
  type VisitResult,
  type VisitType,
} from '@kntc/domain';
import { PARTY_KINDS, PARTY_ROLES, type PartyKind, type PartyRole } from '@kntc/persistence';
import { CreatePetitionDto, PartyIdentityDto } from '../../petitions/dto/create-petition.dto';

export class VisitorDto {
  @ApiProperty({
    enum: PARTY_ROLES,
    description:
      'signatory (the citizen who came), representative (of a delegation or an organisation), authorised_person or lawyer.',
  })
  @IsIn(PARTY_ROLES)
  role!: PartyRole;

  @ApiProperty({ enum: PARTY_KINDS, description: 'individual (cá nhân) or organisation (cơ quan, tổ chức).' })
  @IsIn(PARTY_KINDS)
  kind!: PartyKind;

  @ApiProperty({
    type: PartyIdentityDto,
    description:
      'Name, address and identity number (Luật TCD Art. 25.1; ND154/2026 Art. 12.1). Stored encrypted; never returned, logged or exported.',
  })
  @ValidateNested()
  @Type(() => PartyIdentityDto)
  identity!: PartyIdentityDto;
}

export class VisitResultDto {
  @ApiProperty({
    enum: VISIT_RESULTS,
    description:
      'received: content taken in as đơn (the 10-working-day reply of Luật TCD Art. 28 starts); guided; answered on the spot; refused (with a ground).',
  })
  @IsIn(VISIT_RESULTS)
  kind!: VisitResult;

  @ApiPropertyOptional({
    enum: RECEPTION_REFUSAL_GROUNDS,
    description:
      'Refused: the statutory ground (Luật TCD Art. 9; from 2026-07-01 also ND154/2026 Art. 4.1). Grounds that need a written notice open its 3-working-day period.',
  })
  @IsOptional()
  @IsIn(RECEPTION_REFUSAL_GROUNDS)
  ground?: ReceptionRefusalGround;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Received: existing đơn of your authority the visit was about.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  petitionIds?: string[];
}

export class RegistrationResultDto extends VisitResultDto {
  @ApiPropertyOptional({
    description:
      'Received: log one đơn from this visit (its content, the people received as petitioners) in the same transaction.',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  logPetition?: boolean;
}

export class RegisterVisitDto {
  @ApiProperty({
    description: 'When the citizen was received (ISO 8601 with offset). Not in the future, not before 2020-12-10.',
    example: '2026-08-28T09:00:00+07:00',
  })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(/(Z|[+-]\d{2}:\d{2})$/, { message: 'Ghi múi giờ (ví dụ +07:00).' })
  visitedAt!: string;

  @ApiProperty({
    enum: VISIT_TYPES,
    description: 'regular (tiếp thường xuyên), periodic (định kỳ, by the head) or ad_hoc (đột xuất, by the head).',
  })
  @IsIn(VISIT_TYPES)
  type!: VisitType;

  @ApiProperty({ enum: VISIT_FORMS, description: 'in_person, or online (only from 2026-07-01: Luật TCD Art. 3a).' })
  @IsIn(VISIT_FORMS)
  form!: VisitForm;

  @ApiProperty({ description: 'Place of reception (nơi tiếp công dân).', minLength: 2, maxLength: 300 })
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  place!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The officer or leader of your authority who received; defaults to you. A leader may name only themselves.',
  })
  @IsOptional()
  @IsUUID()
  receivedById?: string;

  @ApiPropertyOptional({
    enum: LEADER_PRESENCE,
    description: 'Periodic and ad hoc receptions: the head received in person, or delegated. Not for regular ones.',
  })
  @IsOptional()
  @IsIn(LEADER_PRESENCE)
  leaderPresence?: LeaderPresence;

  @ApiProperty({
    description: 'Number of people who came (số lượng người). From 5, they appoint representatives (Luật TCD Art. 29).',
    minimum: 1,
    maximum: 10000,
  })
  @IsInt()
  @Min(1)
  @Max(10_000)
  peopleCount!: number;

  @ApiProperty({
    type: [VisitorDto],
    description: 'The people received and identified: the citizen, or the representatives of a delegation.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => VisitorDto)
  visitors!: VisitorDto[];

  @ApiPropertyOptional({ enum: CONTENT_KINDS, description: 'What the content is, as stated at the desk.' })
  @IsOptional()
  @IsIn(CONTENT_KINDS)
  contentKind?: ContentKind;

  @ApiProperty({ enum: SUBJECT_AREAS, description: 'Subject area (lĩnh vực).' })
  @IsIn(SUBJECT_AREAS)
  subjectArea!: SubjectArea;

  @ApiProperty({
    description: 'Content of the matter (nội dung sự việc). Write no identities here.',
    minLength: 5,
    maxLength: 2000,
  })
  @IsString()
  @MinLength(5)
  @MaxLength(2000)
  summary!: string;

  @ApiPropertyOptional({
    description: 'Prior handling by the competent bodies (quá trình xem xét, giải quyết), if any.',
    maxLength: 2000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  priorHandling?: string;

  @ApiPropertyOptional({ description: 'What the citizen asks for (yêu cầu, đề nghị).', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  requests?: string;

  @ApiPropertyOptional({
    description:
      'A denouncer asked for identity protection (Luật TC Art. 47): no online reception (ND154/2026 Art. 20.4).',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  identityProtectionRequested?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'A repeat visit about this case of your authority.' })
  @IsOptional()
  @IsUUID()
  caseId?: string;

  @ApiPropertyOptional({ type: RegistrationResultDto, description: 'The result, when known at registration.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RegistrationResultDto)
  result?: RegistrationResultDto;
}

export class RegisteredVisitDto {
  @ApiProperty({ format: 'uuid', description: 'Id of the visit.' })
  id!: string;

  @ApiProperty({ description: 'Reference in the register.', example: 'UBND-HB/TCD-2026-000012' })
  code!: string;

  @ApiProperty({ description: 'Số thứ tự in the authority’s register of the year.', example: 12 })
  serialNo!: number;

  @ApiProperty({ description: 'Version: send it with the next command.', example: 2 })
  version!: number;

  @ApiProperty({ description: 'State of the visit.', example: 'awaitingReply' })
  state!: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Đơn logged or linked by the result.' })
  petitionIds!: string[];
}

/** Đơn logged at a visit after its registration: channel and origin are set by the register. */
export class VisitPetitionDto extends CreatePetitionDto {}
