import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
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
} from 'class-validator';
import { COMPLAINT_TERMINATION_GROUNDS, Complaint, Denunciation } from '@kntc/domain';
import { IsCivilDate } from '../../http/is-civil-date.validator';
import { VersionedCommandDto } from '../../http/versioned-command.dto';

const DECISION_OUTCOMES = ['correct', 'partly_correct', 'incorrect'] as const;
const EFFECTS_ON_ROUND1 = ['upheld', 'amended', 'annulled'] as const;
const REFUSAL_GROUNDS = [...Complaint.COMPLAINT_REFUSAL_GROUNDS, ...Denunciation.REFUSAL_REASONS] as const;
const SUSPENSION_GROUNDS = [...Complaint.COMPLAINT_SUSPENSION_GROUNDS, ...Denunciation.SUSPENSION_GROUNDS] as const;
const TERMINATION_GROUNDS = [...new Set([...COMPLAINT_TERMINATION_GROUNDS, ...Denunciation.TERMINATION_GROUNDS])];

export class RefuseCaseDto extends VersionedCommandDto {
  @ApiProperty({
    enum: REFUSAL_GROUNDS,
    description:
      'Statutory ground of không thụ lý: for a complaint one of the nine of Luật Khiếu nại Art. 11; for a tố cáo, Luật Tố cáo Art. 29.1.',
  })
  @IsIn(REFUSAL_GROUNDS)
  ground!: string;
}

export class DecideNowDto extends VersionedCommandDto {
  @ApiProperty({
    enum: ['correct'],
    description: 'Kiểm tra lại shows the complaint right: decide at once (Luật Khiếu nại Art. 29.1).',
  })
  @IsIn(['correct'])
  outcome!: 'correct';
}

export class CompleteVerificationDto extends VersionedCommandDto {
  @ApiProperty({
    enum: DECISION_OUTCOMES,
    description: 'Finding of the verification report: đúng / đúng một phần / sai toàn bộ.',
  })
  @IsIn(DECISION_OUTCOMES)
  finding!: (typeof DECISION_OUTCOMES)[number];

  @ApiProperty({
    description: "The finding still differs from the complainant's request (dialogue then required, Art. 30.1).",
  })
  @IsBoolean()
  differsFromRequest!: boolean;
}

export class HoldDialogueDto extends VersionedCommandDto {
  @ApiProperty({ description: 'The complainant attended the dialogue (đối thoại).' })
  @IsBoolean()
  attended!: boolean;

  @ApiPropertyOptional({
    description: 'Valid reason for an absence (force majeure, objective obstacle).',
    maxLength: 500,
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  validAbsenceReason?: string;
}

export class DecideDto extends VersionedCommandDto {
  @ApiProperty({
    enum: DECISION_OUTCOMES,
    description: 'The decision (quyết định giải quyết khiếu nại): complaint đúng / đúng một phần / sai toàn bộ.',
  })
  @IsIn(DECISION_OUTCOMES)
  outcome!: (typeof DECISION_OUTCOMES)[number];

  @ApiPropertyOptional({
    enum: EFFECTS_ON_ROUND1,
    description: 'Round 2: công nhận (upheld), sửa (amended) or hủy (annulled) the first-round decision.',
  })
  @IsOptional()
  @IsIn(EFFECTS_ON_ROUND1)
  effectOnRound1?: (typeof EFFECTS_ON_ROUND1)[number];
}

export class ConcludeDto extends VersionedCommandDto {
  @ApiProperty({
    enum: Denunciation.CONCLUSIONS,
    description: 'Kết luận nội dung tố cáo: đúng / đúng một phần / sai sự thật.',
  })
  @IsIn(Denunciation.CONCLUSIONS)
  outcome!: Denunciation.Conclusion;
}

export class SecondRoundDto extends VersionedCommandDto {
  @ApiPropertyOptional({
    description: 'Date the superior received the second complaint (defaults to today).',
    example: '2026-11-23',
  })
  @IsOptional()
  @IsCivilDate()
  receivedOn?: string;
}

export class SuspendCaseDto extends VersionedCommandDto {
  @ApiProperty({
    enum: SUSPENSION_GROUNDS,
    description: 'Ground of tạm đình chỉ (Luật Khiếu nại Art. 11a; Luật Tố cáo Art. 34).',
  })
  @IsIn(SUSPENSION_GROUNDS)
  ground!: string;
}

export class TerminateCaseDto extends VersionedCommandDto {
  @ApiProperty({
    enum: TERMINATION_GROUNDS,
    description: 'Ground of đình chỉ allowed by the rules in force for the case.',
  })
  @IsIn(TERMINATION_GROUNDS)
  ground!: string;
}

export class WithdrawCaseDto extends VersionedCommandDto {
  @ApiProperty({ enum: ['all', 'part'], description: 'Rút toàn bộ or một phần nội dung.' })
  @IsIn(['all', 'part'])
  scope!: 'all' | 'part';

  @ApiPropertyOptional({
    description: 'Complaint: how many complainants withdraw (default: all remaining).',
    minimum: 1,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  complainants?: number;

  @ApiPropertyOptional({
    enum: Denunciation.WITHDRAWAL_FORMS,
    description: 'Tố cáo: by letter (đơn rút) or minutes (biên bản).',
  })
  @IsOptional()
  @IsIn(Denunciation.WITHDRAWAL_FORMS)
  form?: Denunciation.WithdrawalForm;

  @ApiPropertyOptional({
    enum: Denunciation.WITHDRAWAL_MINUTES_SETTINGS,
    description: 'Tố cáo, minutes: where they were made.',
  })
  @IsOptional()
  @IsIn(Denunciation.WITHDRAWAL_MINUTES_SETTINGS)
  minutesAt?: (typeof Denunciation.WITHDRAWAL_MINUTES_SETTINGS)[number];

  @ApiPropertyOptional({ description: 'Tố cáo: how many denouncers withdraw (default 1).', minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  withdrawers?: number;

  @ApiPropertyOptional({
    enum: Denunciation.WITHDRAWAL_CONTINUE_GROUNDS,
    description:
      'Tố cáo: the resolution continues despite the withdrawal (signs of violation, coercion, slander: Luật Tố cáo Art. 33.3).',
  })
  @IsOptional()
  @IsIn(Denunciation.WITHDRAWAL_CONTINUE_GROUNDS)
  continueBecause?: (typeof Denunciation.WITHDRAWAL_CONTINUE_GROUNDS)[number];
}

export class SetComplexityDto extends VersionedCommandDto {
  @ApiPropertyOptional({
    enum: ['normal', 'complex'],
    description: 'Complaint: vụ việc phức tạp or not (lengthens the period).',
  })
  @IsOptional()
  @IsIn(['normal', 'complex'])
  complexity?: 'normal' | 'complex';

  @ApiProperty({
    isArray: true,
    enum: Denunciation.COMPLEXITY_CRITERIA,
    description:
      'The criteria met (NĐ 31/2019 Art. 3; NĐ 124/2020 Art. 3a). Tố cáo: two or more make it particularly complex.',
  })
  @IsArray()
  @ArrayMaxSize(7)
  @IsIn([...Denunciation.COMPLEXITY_CRITERIA, ...Complaint.COMPLEXITY_CRITERIA], { each: true })
  criteria!: string[];

  @ApiPropertyOptional({ description: 'Written reason (required for a complaint).', maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class ReasonCommandDto extends VersionedCommandDto {
  @ApiProperty({ description: 'Reason, as written in the decision.', minLength: 3, maxLength: 1000 })
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason!: string;
}

export class RecordHandlingDto extends VersionedCommandDto {
  @ApiProperty({
    isArray: true,
    enum: Denunciation.HANDLING_MEASURES,
    description: 'Measures taken on the conclusion (Luật Tố cáo Art. 36).',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsIn(Denunciation.HANDLING_MEASURES, { each: true })
  measures!: Denunciation.HandlingMeasure[];
}

export class ReResolveDto extends VersionedCommandDto {
  @ApiProperty({
    enum: Denunciation.RE_RESOLUTION_GROUNDS,
    description: 'Ground for giải quyết lại (Luật Tố cáo Art. 37).',
  })
  @IsIn(Denunciation.RE_RESOLUTION_GROUNDS)
  ground!: Denunciation.ReResolutionGround;
}

export class TakeOverDto extends VersionedCommandDto {
  @ApiProperty({
    enum: Denunciation.TAKE_OVER_GROUNDS,
    description: 'Ground for the superior to take the case over (NĐ 31/2019 Art. 5).',
  })
  @IsIn(Denunciation.TAKE_OVER_GROUNDS)
  ground!: Denunciation.TakeOverGround;
}

export class ForwardCaseDto extends VersionedCommandDto {
  @ApiProperty({ format: 'uuid', description: 'The competent authority.' })
  @IsUUID()
  toAuthorityId!: string;
}

export class AssignUnitDto extends VersionedCommandDto {
  @ApiProperty({
    description: 'Kiến nghị, phản ánh: the unit assigned to study and answer.',
    minLength: 2,
    maxLength: 300,
  })
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  unit!: string;
}

export class ReplyDto extends VersionedCommandDto {
  @ApiProperty({
    description: 'Kiến nghị, phản ánh: summary of the answer sent to the petitioner.',
    minLength: 5,
    maxLength: 2000,
  })
  @IsString()
  @MinLength(5)
  @MaxLength(2000)
  summary!: string;
}

export class AssignHandlerDto extends VersionedCommandDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The handler or leader of your authority who will work the case (cán bộ thụ lý).',
  })
  @IsUUID()
  handlerId!: string;
}
