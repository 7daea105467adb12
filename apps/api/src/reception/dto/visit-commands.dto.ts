import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { RECEPTION_REPLY_KINDS, REPLY_FORMS, type ReceptionReplyKind, type ReplyForm } from '@kntc/domain';
import { VersionedCommandDto } from '../../http/versioned-command.dto';
import { VisitPetitionDto, VisitResultDto } from './register-visit.dto';

/** The result of a visit recorded after registration: the same fields, on a version. */
export class RecordVisitResultDto extends IntersectionType(VersionedCommandDto, VisitResultDto) {
  @ApiPropertyOptional({
    type: [VisitPetitionDto],
    description: 'Received: đơn to log now, with their petitioners (channel reception_desk, from a reception).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => VisitPetitionDto)
  petitions?: VisitPetitionDto[];
}

export class ReplyToVisitDto extends VersionedCommandDto {
  @ApiProperty({
    enum: RECEPTION_REPLY_KINDS,
    description:
      'Luật TCD Art. 28.1: accepted (thụ lý), extended (more time to verify), refused (không thụ lý), forwarded.',
  })
  @IsIn(RECEPTION_REPLY_KINDS)
  kind!: ReceptionReplyKind;

  @ApiProperty({ enum: REPLY_FORMS, description: 'in_person (trả lời trực tiếp) or written (thông báo bằng văn bản).' })
  @IsIn(REPLY_FORMS)
  form!: ReplyForm;
}

export class RefusalNoticeDto extends VersionedCommandDto {
  @ApiPropertyOptional({ description: 'Number of the notice (số Thông báo), if any.', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  reference?: string;
}
