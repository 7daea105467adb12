import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { USER_ROLES, type UserRole } from '@kntc/persistence';

export class CreateUserDto {
  @ApiProperty({
    example: 'nguyen.van.a',
    description: 'Username: 3–64 characters, lower-case letters, digits and . _ - (stored lower case; unique).',
  })
  @IsString()
  @MinLength(3)
  @MaxLength(64)
  username!: string;

  @ApiProperty({ example: 'Nguyễn Văn A', description: 'Full name.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName!: string;

  @ApiProperty({ enum: USER_ROLES, enumName: 'UserRole', description: 'Role at the authority.' })
  @IsIn(USER_ROLES)
  role!: UserRole;

  @ApiProperty({ format: 'uuid', description: "The user's authority; must be in the administrator's subtree." })
  @IsUUID()
  authorityId!: string;

  @ApiProperty({
    format: 'password',
    description:
      'Initial password: at least 12 characters, 3 of 4 character classes, not the username, not a common password.',
  })
  @IsString()
  password!: string;
}
