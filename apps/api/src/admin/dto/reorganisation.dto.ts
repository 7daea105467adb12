import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { AUTHORITY_LEVELS, ValidationFailedError, type AuthorityLevel, type ErrorDetail } from '@kntc/domain';
import { STREAM_TYPES, type StreamType } from '@kntc/persistence';
import {
  REORGANISATION_KINDS,
  type ReorganisationChange,
  type ReorganisationKind,
  type ReorganisationRequest,
  type SuccessorInput,
} from '@kntc/workflow';
import { IsCivilDate } from '../../http/is-civil-date.validator';
import { AUTHORITY_CODE_PATTERN } from './authority-requests.dto';

export class NewSuccessorDto {
  @ApiProperty({ maxLength: 40, description: 'Code of the authority to create (unique; letters, digits, . _ -).' })
  @IsString()
  @MaxLength(40)
  @Matches(AUTHORITY_CODE_PATTERN)
  code!: string;

  @ApiProperty({ maxLength: 300, description: 'Its name (Vietnamese).' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;

  @ApiPropertyOptional({
    enum: AUTHORITY_LEVELS,
    enumName: 'AuthorityLevel',
    description: "Its level; default: the first predecessor's.",
  })
  @IsOptional()
  @IsIn(AUTHORITY_LEVELS)
  level?: AuthorityLevel;

  @ApiPropertyOptional({ format: 'uuid', description: "Its parent; default: the first predecessor's parent." })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ type: String, maxLength: 20, nullable: true, description: 'Administrative-unit code.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  adminUnitCode?: string | null;

  @ApiPropertyOptional({ default: false, description: 'Vùng sâu, vùng xa.' })
  @IsOptional()
  @IsBoolean()
  remote?: boolean;
}

export class SuccessorDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'An existing authority (give `id` or `create`).' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiPropertyOptional({ type: NewSuccessorDto, description: 'An authority to create from the effective date.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewSuccessorDto)
  create?: NewSuccessorDto;
}

export class StreamAssignmentDto {
  @ApiProperty({
    enum: STREAM_TYPES,
    description: 'A đơn (petition), a case, or a reception visit still owing its reply.',
  })
  @IsIn(STREAM_TYPES)
  streamType!: StreamType;

  @ApiProperty({ format: 'uuid', description: 'Id of the open đơn, case or visit.' })
  @IsUUID()
  id!: string;

  @ApiProperty({ description: "Code of the successor that takes it (one of the change's successors)." })
  @IsString()
  @MaxLength(40)
  successorCode!: string;
}

export class ReorganisationChangeDto {
  @ApiProperty({
    enum: REORGANISATION_KINDS,
    description:
      'merge (hợp nhất, sáp nhập: one or more into one), split (chia tách: one into several), dissolve (giải thể: competence to one existing or new body), rename (đổi tên: one to one new record).',
  })
  @IsIn(REORGANISATION_KINDS)
  kind!: ReorganisationKind;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'The authorities that cease to exist on the effective date (exactly one for split and rename).',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  predecessorIds!: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'merge, dissolve, rename: the existing successor.' })
  @IsOptional()
  @IsUUID()
  successorId?: string;

  @ApiPropertyOptional({ type: NewSuccessorDto, description: 'merge, dissolve, rename: the successor to create.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewSuccessorDto)
  newSuccessor?: NewSuccessorDto;

  @ApiPropertyOptional({
    type: [SuccessorDto],
    description: 'split: two or more successors, existing or new; the first is the default one.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SuccessorDto)
  successors?: SuccessorDto[];

  @ApiPropertyOptional({
    type: [StreamAssignmentDto],
    description:
      'split: which successor takes each open đơn and case of the predecessor. Required for every open one unless defaultToFirstSuccessor; ignored for one already moved by an earlier run.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100_000)
  @ValidateNested({ each: true })
  @Type(() => StreamAssignmentDto)
  assignments?: StreamAssignmentDto[];

  @ApiPropertyOptional({
    default: false,
    description: 'split: send every open đơn and case not in `assignments` to the first successor.',
  })
  @IsOptional()
  @IsBoolean()
  defaultToFirstSuccessor?: boolean;

  @ApiPropertyOptional({
    description:
      "Where the predecessors' remaining children go: an existing authority's id, or the code of a successor this change creates. Default: the first successor when the level fits, else the predecessor's parent.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  childrenTo?: string;
}

export class ReorganisationDto {
  @ApiProperty({
    format: 'date',
    example: '2025-07-01',
    description:
      "First day of the new organisation: the predecessors' validity ends here (valid_until). Applying is refused before this day (a dry run is not).",
  })
  @IsCivilDate()
  effectiveOn!: string;

  @ApiProperty({ maxLength: 300, example: 'Nghị quyết 1656/NQ-UBTVQH15', description: 'The act that ordered it.' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  legalBasis!: string;

  @ApiProperty({
    description:
      'true: do everything in a transaction that is rolled back and report what would happen (ids of authorities it would create are provisional).',
  })
  @IsBoolean()
  dryRun!: boolean;

  @ApiProperty({ type: [ReorganisationChangeDto], description: 'The changes, applied together in one transaction.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ReorganisationChangeDto)
  changes!: ReorganisationChangeDto[];
}

/**
 * The request as the service takes it: each change's successors as one list, whichever of
 * `successorId`, `newSuccessor` or `successors` the client used (exactly one of them).
 */
export function toReorganisationRequest(dto: ReorganisationDto): ReorganisationRequest {
  const issues: ErrorDetail[] = [];
  const changes = dto.changes.map((c, i): ReorganisationChange => {
    const at = `changes[${i}]`;
    const forms = [c.successorId, c.newSuccessor, c.successors].filter((f) => f !== undefined).length;
    if (forms !== 1) {
      issues.push({
        field: at,
        issue: 'successor_required',
        message: 'Cần đúng một trong successorId, newSuccessor hoặc successors.',
      });
    }
    const successors: SuccessorInput[] = [];
    if (c.successorId) successors.push({ id: c.successorId, field: `${at}.successorId` });
    if (c.newSuccessor) successors.push({ create: c.newSuccessor, field: `${at}.newSuccessor` });
    (c.successors ?? []).forEach((s, j) => {
      const field = `${at}.successors[${j}]`;
      if ((s.id === undefined) === (s.create === undefined)) {
        issues.push({ field, issue: 'successor_required', message: 'Cần đúng một trong id hoặc create.' });
      } else successors.push(s.id ? { id: s.id, field } : { create: s.create!, field: `${field}.create` });
    });
    return {
      kind: c.kind,
      predecessorIds: c.predecessorIds,
      successors,
      assignments: c.assignments,
      defaultToFirstSuccessor: c.defaultToFirstSuccessor,
      childrenTo: c.childrenTo,
    };
  });
  if (issues.length > 0) throw new ValidationFailedError(issues);
  return { effectiveOn: dto.effectiveOn, legalBasis: dto.legalBasis, dryRun: dto.dryRun, changes };
}
