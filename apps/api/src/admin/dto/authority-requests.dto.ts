import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { AUTHORITY_LEVELS, type AuthorityLevel } from '@kntc/domain';
import { IsCivilDate } from '../../http/is-civil-date.validator';
import { CivilDate } from '../../reads/dto/query-fields';

/** Codes are typed by people and imported: letters, digits and . _ - only. */
export const AUTHORITY_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const CODE_MESSAGE = 'Mã chỉ gồm chữ không dấu, chữ số và . _ -, bắt đầu bằng chữ hoặc số.';

export class ListAuthoritiesQuery {
  @CivilDate(
    'Only the authorities that exist on this day (e.g. 2025-06-30 shows the districts). Omit for all, past and present.',
  )
  on?: string;

  @ApiPropertyOptional({ enum: ['flat', 'tree'], default: 'flat', description: 'A flat list, or nested by parent.' })
  @IsOptional()
  @IsIn(['flat', 'tree'])
  shape: 'flat' | 'tree' = 'flat';

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this authority and its descendants.' })
  @IsOptional()
  @IsUUID()
  rootId?: string;
}

export class AuthorityIdParams {
  @ApiProperty({ format: 'uuid', description: 'Authority id.' })
  @IsUUID()
  id!: string;
}

export class CreateAuthorityDto {
  @ApiProperty({ example: 'UBND-XA-TAN-AN', maxLength: 40, description: 'Short stable code, unique across the tree.' })
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  @Matches(AUTHORITY_CODE_PATTERN, { message: CODE_MESSAGE })
  code!: string;

  @ApiProperty({ example: 'UBND xã Tân An', maxLength: 300, description: 'Name (Vietnamese).' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;

  @ApiProperty({
    enum: AUTHORITY_LEVELS,
    enumName: 'AuthorityLevel',
    description:
      "Level (cấp); it must fit the parent's: e.g. a commune under a district before 2025-07-01, under a province from then. District levels cannot exist from 2025-07-01.",
  })
  @IsIn(AUTHORITY_LEVELS)
  level!: AuthorityLevel;

  @ApiProperty({
    format: 'uuid',
    description: 'Parent authority: yours or one below it, existing for the whole validity.',
  })
  @IsUUID()
  parentId!: string;

  @ApiPropertyOptional({
    type: String,
    maxLength: 20,
    nullable: true,
    description: 'Official administrative-unit code.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  adminUnitCode?: string | null;

  @ApiPropertyOptional({ default: false, description: 'Vùng sâu, vùng xa (longer statutory periods).' })
  @IsOptional()
  @IsBoolean()
  remote?: boolean;

  @ApiProperty({ format: 'date', example: '2025-07-01', description: 'First day it exists.' })
  @IsCivilDate()
  validFrom!: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description:
      'First day it no longer exists (exclusive), after validFrom; omit while it exists. A district must end by 2025-07-01.',
  })
  @IsOptional()
  @IsCivilDate()
  validUntil?: string | null;
}

/** What an edit may change; the shape of the tree changes only by a reorganisation. */
export class UpdateAuthorityDto {
  @ApiPropertyOptional({ maxLength: 300, description: 'New name (Vietnamese).' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name?: string;

  @ApiPropertyOptional({
    type: String,
    maxLength: 20,
    nullable: true,
    description: 'Administrative-unit code; null clears it.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  adminUnitCode?: string | null;

  @ApiPropertyOptional({
    description:
      'Vùng sâu, vùng xa. Affects only clocks started afterwards on đơn and cases opened at (or handed over to) the authority from then on; running periods and files already held keep theirs.',
  })
  @IsOptional()
  @IsBoolean()
  remote?: boolean;
}
