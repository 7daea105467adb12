import { ApiProperty } from '@nestjs/swagger';
import { USER_ROLES, type UserRole } from '@kntc/persistence';
import type { UserView } from '@kntc/access';

export class UserDto {
  @ApiProperty({ format: 'uuid', description: 'User id.' })
  id!: string;

  @ApiProperty({ example: 'nguyen.van.a', description: 'Username (lower case).' })
  username!: string;

  @ApiProperty({ example: 'Nguyễn Văn A', description: 'Full name shown in the UI and on records.' })
  displayName!: string;

  @ApiProperty({ enum: USER_ROLES, enumName: 'UserRole', description: 'Role at the authority.' })
  role!: UserRole;

  @ApiProperty({ format: 'uuid', description: 'The authority the user belongs to.' })
  authorityId!: string;

  @ApiProperty({ description: 'True when an administrator disabled the account.' })
  disabled!: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the account was disabled.' })
  disabledAt!: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Until when sign-in is locked after repeated failures (null or past: not locked).',
  })
  lockedUntil!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Last successful sign-in.' })
  lastLoginAt!: string | null;

  @ApiProperty({ format: 'date-time', description: 'When the password was last set.' })
  passwordChangedAt!: string;

  @ApiProperty({ format: 'date-time', description: 'When the account was created.' })
  createdAt!: string;
}

export class UserListDto {
  @ApiProperty({ type: [UserDto], description: 'Users of this page, by username.' })
  items!: UserDto[];

  @ApiProperty({ description: 'Users matching the query in all pages.' })
  total!: number;

  @ApiProperty({ description: 'Page size used.' })
  limit!: number;

  @ApiProperty({ description: 'Offset used.' })
  offset!: number;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toUserDto(u: UserView): UserDto {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    authorityId: u.authorityId,
    disabled: u.disabledAt !== null,
    disabledAt: iso(u.disabledAt),
    lockedUntil: iso(u.lockedUntil),
    lastLoginAt: iso(u.lastLoginAt),
    passwordChangedAt: u.passwordChangedAt.toISOString(),
    createdAt: u.createdAt.toISOString(),
  };
}
