import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class DuplicateCandidateDto {
  @ApiProperty({ format: 'uuid', description: 'An earlier đơn of this authority from the same person.' })
  petitionId!: string;

  @ApiProperty({ description: 'Its reference (số đơn).' })
  code!: string;

  @ApiProperty({ description: 'Its state.' })
  state!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: 'The case it belongs to, if any: attach the new đơn there instead of opening another.',
  })
  caseId!: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Reference of that case.' })
  caseCode!: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'State of that case.' })
  caseState!: string | null;

  @ApiProperty({
    isArray: true,
    enum: ['idNumber', 'nameAddress'],
    description: 'What matched: the identity number, or name and address.',
  })
  matchedOn!: ('idNumber' | 'nameAddress')[];
}

export class ReceivedPetitionDto {
  @ApiProperty({ format: 'uuid', description: 'Id of the new đơn.' })
  id!: string;

  @ApiProperty({ description: 'Reference (số đơn).', example: 'DON-2026-000123' })
  code!: string;

  @ApiProperty({ description: 'Version: send it with the first command.', example: 1 })
  version!: number;

  @ApiProperty({ description: 'State (received).', example: 'received' })
  state!: string;

  @ApiProperty({
    type: [DuplicateCandidateDto],
    description: 'Open đơn and cases of this authority from the same person.',
  })
  duplicates!: DuplicateCandidateDto[];
}
