import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DECLARATION_SUBJECTS, type DeclarationView, type IdentityFailure } from '@kntc/audit';
import { CivilDate } from '../../reads/dto/query-fields';

export class DeclareFiguresDto {
  @ApiProperty({ format: 'uuid', description: 'The authority whose figures these are (within your scope).' })
  @IsUUID()
  authorityId!: string;

  @ApiProperty({ enum: DECLARATION_SUBJECTS, description: 'Đơn (petition) or a kind of case.' })
  @IsIn(DECLARATION_SUBJECTS)
  subject!: (typeof DECLARATION_SUBJECTS)[number];

  @CivilDate('First day the figures cover (e.g. the start of the year).')
  @IsString()
  periodFrom!: string;

  @CivilDate('Last day the figures cover (the day before the engine took over).')
  @IsString()
  periodTo!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0 },
    example: { carriedOver: 4, new: 10, toResolve: 14, resolved: 9, resolvedByDecision: 9, pending: 5 },
    description: 'Line key (as in the report cells) → whole number. Lines left out are not declared.',
  })
  @IsObject()
  figures!: Record<string, unknown>;

  @ApiProperty({ maxLength: 500, description: 'Where the figures come from (sổ theo dõi, báo cáo đã gửi…).' })
  @IsString()
  @MaxLength(500)
  source!: string;
}

export class ListDeclarationsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this authority’s declarations (within your scope).' })
  @IsOptional()
  @IsUUID()
  authorityId?: string;
}

export class DeclarationDto {
  @ApiProperty({ format: 'uuid', description: 'Declaration id.' })
  id!: string;

  @ApiProperty({ format: 'uuid', description: 'The authority.' })
  authorityId!: string;

  @ApiProperty({ enum: DECLARATION_SUBJECTS, description: 'Đơn or a kind of case.' })
  subject!: string;

  @ApiProperty({ format: 'date', description: 'First day covered.' })
  periodFrom!: string;

  @ApiProperty({ format: 'date', description: 'Last day covered.' })
  periodTo!: string;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'The declared lines.' })
  figures!: Record<string, number>;

  @ApiProperty({ description: 'Source of the figures.' })
  source!: string;

  @ApiProperty({ format: 'uuid', description: 'Who declared them.' })
  declaredById!: string;

  @ApiProperty({ format: 'date-time', description: 'When (a later correction supersedes it from its own time).' })
  declaredAt!: string;
}

export const toDeclarationDto = (d: DeclarationView): DeclarationDto => ({
  ...d,
  declaredAt: new Date(d.declaredAt).toISOString(),
});

export class DeclaredIdentityFailureDto {
  @ApiProperty({ description: 'Identity key.' })
  identity!: string;

  @ApiProperty({ description: 'The identity in words (Vietnamese).' })
  label!: string;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Its cells and values.' })
  cells!: Record<string, number>;

  @ApiProperty({ description: 'Left side.' })
  left!: number;

  @ApiProperty({ description: 'Right side.' })
  right!: number;

  @ApiProperty({ description: 'left − right.' })
  difference!: number;

  @ApiProperty({ type: [String], description: 'Lines not declared (counted as 0).' })
  missing!: string[];
}

export class DeclarationResultDto {
  @ApiProperty({ type: DeclarationDto, description: 'The declaration as stored.' })
  declaration!: DeclarationDto;

  @ApiProperty({
    type: [DeclaredIdentityFailureDto],
    description: 'Identities the declared lines break: stored anyway, and flagged in every report that uses them.',
  })
  failedChecks!: IdentityFailure[];
}
