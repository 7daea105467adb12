import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
import {
  RECEPTION_REFUSAL_GROUNDS,
  RECEPTION_REPLY_KINDS,
  REPLY_FORMS,
  VISIT_RESULTS,
  type ReceptionRefusalGround,
  type ReceptionReplyKind,
  type ReplyForm,
  type VisitResult,
} from '@kntc/domain';
import { IsUUID } from 'class-validator';
import { VersionedCommandDto } from '../../http/versioned-command.dto';
import { VisitPetitionDto } from './register-visit.dto';

export class RecordVisitResultDto extends VersionedCommandDto {
  @ApiProperty({
    enum: VISIT_RESULTS,
    description: 'received (đơn logged or linked; the Art. 28 reply starts), guided, answered on the spot, or refused.',
  })
  @IsIn(VISIT_RESULTS)
  kind!: VisitResult;

  @ApiPropertyOptional({ enum: RECEPTION_REFUSAL_GROUNDS, description: 'Refused: the statutory ground.' })
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
