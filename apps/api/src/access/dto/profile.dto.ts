import { ApiProperty } from '@nestjs/swagger';
import { AUTHORITY_LEVELS, type AuthorityLevel } from '@kntc/domain';
import { COMMANDS, type Command, type Profile } from '@kntc/access';
import { toUserDto, UserDto } from './user.dto';

export class ProfileAuthorityDto {
  @ApiProperty({ format: 'uuid', description: 'Authority id.' })
  id!: string;

  @ApiProperty({ description: 'Short stable code of the authority.' })
  code!: string;

  @ApiProperty({ description: 'Name of the authority.' })
  name!: string;

  @ApiProperty({ enum: AUTHORITY_LEVELS, enumName: 'AuthorityLevel', description: 'Level (cấp) of the authority.' })
  level!: AuthorityLevel;

  @ApiProperty({ type: [String], description: 'Ids of the ancestors, root first, ending with this authority.' })
  path!: string[];
}

export class ProfileDto {
  @ApiProperty({ type: UserDto, description: 'The signed-in user.' })
  user!: UserDto;

  @ApiProperty({ type: ProfileAuthorityDto, description: "The user's authority." })
  authority!: ProfileAuthorityDto;

  @ApiProperty({
    enum: COMMANDS,
    enumName: 'Command',
    isArray: true,
    description: "Commands the user's role may send (records are further limited to the user's data scope).",
  })
  commands!: Command[];
}

export function toProfileDto(p: Profile): ProfileDto {
  const { id, code, name, level, path } = p.authority;
  return { user: toUserDto(p.user), authority: { id, code, name, level, path }, commands: p.commands };
}
