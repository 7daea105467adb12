import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { AUTHORITY_LEVELS, CONTENT_KINDS, Petition, type AuthorityLevel, type ContentKind } from '@kntc/domain';
import { VersionedCommandDto } from '../../http/versioned-command.dto';

/** Phân loại đơn (TT 05/2021; TT 07/2014 Art. 6). */
export class ClassifyPetitionDto extends VersionedCommandDto {
  @ApiProperty({
    enum: CONTENT_KINDS,
    description: 'Content: complaint (khiếu nại), denunciation (tố cáo), feedback (kiến nghị, phản ánh) or mixed.',
  })
  @IsIn(CONTENT_KINDS)
  contentKind!: ContentKind;

  @ApiProperty({ description: 'Đủ điều kiện xử lý.' })
  @IsBoolean()
  eligible!: boolean;

  @ApiPropertyOptional({
    enum: Petition.INELIGIBILITY_REASONS,
    description: 'Required when not eligible: the statutory reason.',
  })
  @IsOptional()
  @IsIn(Petition.INELIGIBILITY_REASONS)
  ineligibleReason?: Petition.IneligibilityReason;

  @ApiProperty({ description: 'Within the competence (thẩm quyền) of the authority holding the đơn.' })
  @IsBoolean()
  withinCompetence!: boolean;

  @ApiPropertyOptional({
    enum: Petition.COMPETENT_BODY_TYPES,
    description: 'Type of the competent body when outside competence.',
  })
  @IsOptional()
  @IsIn(Petition.COMPETENT_BODY_TYPES)
  competentBodyType?: Petition.CompetentBodyType;

  @ApiProperty({ description: 'Number of signatories (5 or more: đơn nhiều người).', minimum: 0, maximum: 100000 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  signatories!: number;

  @ApiProperty({ description: 'Original documents attached (returned if the đơn is not accepted).' })
  @IsBoolean()
  originalsAttached!: boolean;

  @ApiPropertyOptional({ description: 'Tố cáo nặc danh or mạo danh (Luật Tố cáo Art. 25).' })
  @IsOptional()
  @IsBoolean()
  anonymousOrImpersonated?: boolean;

  @ApiPropertyOptional({ description: 'Tố cáo also sent to the competent body (Luật Tố cáo Art. 24.3).' })
  @IsOptional()
  @IsBoolean()
  competentBodyAlreadyHasIt?: boolean;

  @ApiPropertyOptional({ description: "Within a lower level's competence and overdue there (đôn đốc)." })
  @IsOptional()
  @IsBoolean()
  belongsToLowerLevelAndOverdue?: boolean;
}

export class DenouncedDto {
  @ApiProperty({
    enum: ['official', 'agency'],
    description:
      'The denounced is an official (cá nhân) or an agency (cơ quan, tổ chức). No names: identities never enter the case.',
  })
  @IsIn(['official', 'agency'])
  kind!: 'official' | 'agency';

  @ApiPropertyOptional({
    enum: AUTHORITY_LEVELS,
    description:
      'The level of the authority the denounced person heads or deputises (decides competence, Luật Tố cáo Art. 12–13).',
  })
  @IsOptional()
  @IsIn(AUTHORITY_LEVELS)
  isHeadOrDeputyOf?: AuthorityLevel;
}

/** Đề xuất thụ lý: opens the case of the right kind. */
export class AcceptPetitionDto extends VersionedCommandDto {
  @ApiPropertyOptional({
    description: 'Complaint: against a disciplinary decision (khiếu nại quyết định kỷ luật).',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  disciplinary?: boolean;

  @ApiPropertyOptional({ description: 'Complaint: the disciplinary decision is buộc thôi việc.', default: false })
  @IsOptional()
  @IsBoolean()
  dismissal?: boolean;

  @ApiPropertyOptional({ type: DenouncedDto, description: 'Denunciation: who is denounced (required for a tố cáo).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DenouncedDto)
  denounced?: DenouncedDto;
}

export class GuidePetitionDto extends VersionedCommandDto {
  @ApiPropertyOptional({ description: 'The body the sender is guided to, as written in the notice.', maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  guidedTo?: string;
}

export class ForwardPetitionDto extends VersionedCommandDto {
  @ApiProperty({ format: 'uuid', description: 'The competent authority the đơn is forwarded to (chuyển đơn).' })
  @IsUUID()
  toAuthorityId!: string;
}

export class ReasonDto extends VersionedCommandDto {
  @ApiProperty({ description: 'Reason, as written in the notice.', minLength: 3, maxLength: 1000 })
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason!: string;
}

export class UrgePetitionDto extends VersionedCommandDto {
  @ApiProperty({ format: 'uuid', description: 'The lower authority that holds the matter and is overdue (đôn đốc).' })
  @IsUUID()
  lowerAuthorityId!: string;
}

export class FilePetitionDto extends VersionedCommandDto {
  @ApiProperty({
    enum: Petition.INELIGIBILITY_REASONS,
    description: 'Why the đơn is filed (lưu đơn): the reason recorded at classification.',
  })
  @IsIn(Petition.INELIGIBILITY_REASONS)
  reason!: Petition.IneligibilityReason;
}

export class DismissPetitionDto extends VersionedCommandDto {
  @ApiProperty({
    enum: Petition.DISMISSAL_REASONS,
    description: 'Why the tố cáo is not processed (Luật Tố cáo Arts. 24.3, 25).',
  })
  @IsIn(Petition.DISMISSAL_REASONS)
  reason!: Petition.DismissalReason;

  @ApiPropertyOptional({
    description: 'Anonymous but clear, with evidence: sent for inspection (Luật Tố cáo Art. 25.2).',
  })
  @IsOptional()
  @IsBoolean()
  managementInspection?: boolean;
}

export class AttachPetitionDto extends VersionedCommandDto {
  @ApiProperty({ format: 'uuid', description: 'The open case of this authority on the same content.' })
  @IsUUID()
  caseId!: string;

  @ApiProperty({
    enum: ['duplicate', 'repeat', 'copy_to_many'],
    description: 'duplicate (đơn trùng), repeat (gửi nhiều lần) or copy_to_many (gửi nhiều nơi).',
  })
  @IsIn(['duplicate', 'repeat', 'copy_to_many'])
  relation!: 'duplicate' | 'repeat' | 'copy_to_many';
}
