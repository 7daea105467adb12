import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@kntc/access';

export class ChangePasswordDto {
  @ApiProperty({ format: 'password', description: 'The current password.' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @ApiProperty({
    format: 'password',
    minLength: PASSWORD_MIN_LENGTH,
    description:
      'The new password: at least 12 characters, 3 of 4 character classes (lower, upper, digit, symbol), not the username, not a common password.',
  })
  @IsString()
  newPassword!: string;
}

export class ResetPasswordDto {
  @ApiProperty({
    format: 'password',
    minLength: PASSWORD_MIN_LENGTH,
    description: 'The new password, under the same policy as a change. Give it to the user through a safe channel.',
  })
  @IsString()
  newPassword!: string;
}
