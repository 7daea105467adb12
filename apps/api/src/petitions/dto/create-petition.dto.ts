import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { SUBJECT_AREAS, type SubjectArea } from '@kntc/domain';
import {
  PARTY_KINDS,
  PARTY_ROLES,
  PETITION_CHANNELS,
  type PartyKind,
  type PartyRole,
  type PetitionChannel,
} from '@kntc/persistence';

export class PartyIdentityDto {
  @ApiPropertyOptional({
    description: 'Full name (họ và tên). Stored encrypted; never returned by list or detail endpoints.',
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  fullName?: string;

  @ApiPropertyOptional({ description: 'Address (địa chỉ). Stored encrypted.', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string;

  @ApiPropertyOptional({
    description:
      'Identity number: số căn cước, số định danh cá nhân or passport. Stored encrypted; matched by a keyed hash.',
    example: '001203004567',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9 .-]{6,24}$/, { message: 'Số định danh chỉ gồm chữ và số (6–24 ký tự).' })
  idNumber?: string;

  @ApiPropertyOptional({ description: 'Phone number. Stored encrypted.', maxLength: 30 })
  @IsOptional()
  @Matches(/^[0-9+ ().-]{6,30}$/, { message: 'Số điện thoại không hợp lệ.' })
  phone?: string;

  @ApiPropertyOptional({ description: 'E-mail address. Stored encrypted.', maxLength: 200 })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string;

  @ApiPropertyOptional({
    description: 'Name of the organisation, for an organisation petitioner. Stored encrypted.',
    maxLength: 300,
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  organisationName?: string;

  @ApiPropertyOptional({
    description: "Name of the organisation's legal representative. Stored encrypted.",
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  representativeName?: string;
}

export class PetitionerDto {
  @ApiProperty({
    enum: PARTY_ROLES,
    description:
      'signatory (người đứng tên), representative (người đại diện), authorised_person (người được ủy quyền) or lawyer.',
  })
  @IsIn(PARTY_ROLES)
  role!: PartyRole;

  @ApiProperty({ enum: PARTY_KINDS, description: 'individual (cá nhân) or organisation (cơ quan, tổ chức).' })
  @IsIn(PARTY_KINDS)
  kind!: PartyKind;

  @ApiPropertyOptional({
    description: 'Nặc danh: no identity given. An anonymous tố cáo is not processed as a tố cáo (Luật Tố cáo Art. 25).',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;

  @ApiPropertyOptional({
    description:
      'The denouncer declined identity protection (Luật Tố cáo Art. 47). Otherwise a tố cáo petitioner is protected.',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  protectionWaived?: boolean;

  @ApiPropertyOptional({ type: PartyIdentityDto, description: 'Identity, required unless anonymous.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartyIdentityDto)
  identity?: PartyIdentityDto;
}

export class ForwardedByDto {
  @ApiProperty({
    description: 'Name of the body or deputy that forwarded the đơn (e.g. "Đoàn ĐBQH tỉnh").',
    maxLength: 300,
  })
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  name!: string;
}

export class CreatePetitionDto {
  @ApiProperty({
    description: 'When the đơn was received (ISO 8601 with offset). Not in the future, not before 2020-12-10.',
    example: '2026-11-23T09:30:00+07:00',
  })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(/(Z|[+-]\d{2}:\d{2})$/, { message: 'Ghi múi giờ (ví dụ +07:00).' })
  receivedAt!: string;

  @ApiProperty({ enum: PETITION_CHANNELS, description: 'How the đơn arrived.' })
  @IsIn(PETITION_CHANNELS)
  channel!: PetitionChannel;

  @ApiPropertyOptional({
    type: ForwardedByDto,
    description: 'The forwarding body; required for forwarded_by_agency, deputy, fatherland_front and press.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ForwardedByDto)
  forwardedBy?: ForwardedByDto;

  @ApiPropertyOptional({
    description:
      'Received at a citizen-reception session: the 10-working-day reply of Luật Tiếp công dân Art. 28 applies.',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  fromReception?: boolean;

  @ApiProperty({
    description: 'Summary of the content (tóm tắt nội dung), searchable. Write no identities here.',
    minLength: 5,
    maxLength: 2000,
  })
  @IsString()
  @MinLength(5)
  @MaxLength(2000)
  summary!: string;

  @ApiPropertyOptional({ description: 'Full text of the đơn, when transcribed.', maxLength: 100000 })
  @IsOptional()
  @IsString()
  @MaxLength(100_000)
  fullText?: string;

  @ApiProperty({ enum: SUBJECT_AREAS, description: 'Subject area (lĩnh vực).' })
  @IsIn(SUBJECT_AREAS)
  subjectArea!: SubjectArea;

  @ApiProperty({
    type: [PetitionerDto],
    description: 'Everyone on the đơn: signatories, representatives, authorised persons.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => PetitionerDto)
  petitioners!: PetitionerDto[];

  @ApiPropertyOptional({
    description:
      'Number of people who signed, when more than are listed (5 or more: đơn nhiều người). Defaults to the listed signatories.',
    minimum: 0,
    maximum: 100000,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  signatoryCount?: number;
}
