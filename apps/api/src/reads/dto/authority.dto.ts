import { ApiProperty } from '@nestjs/swagger';
import { AUTHORITY_LEVELS, type AuthorityLevel } from '@kntc/domain';
import type { AuthorityView } from '@kntc/workflow';

export class AuthorityDto {
  @ApiProperty({ format: 'uuid', description: 'Authority id.' })
  id!: string;

  @ApiProperty({ example: 'UBND-XA-A', description: 'Short stable code of the authority.' })
  code!: string;

  @ApiProperty({ example: 'UBND xã A', description: 'Name of the authority (Vietnamese).' })
  name!: string;

  @ApiProperty({ enum: AUTHORITY_LEVELS, enumName: 'AuthorityLevel', description: 'Level (cấp) of the authority.' })
  level!: AuthorityLevel;
}

export const toAuthorityDto = (a: AuthorityView): AuthorityDto => ({
  id: a.id,
  code: a.code,
  name: a.name,
  level: a.level,
});

export const toOptionalAuthorityDto = (a: AuthorityView | null): AuthorityDto | null => (a ? toAuthorityDto(a) : null);
