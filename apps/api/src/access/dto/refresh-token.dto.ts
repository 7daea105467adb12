import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { REFRESH_TOKEN_PATTERN } from '@kntc/access';

export class RefreshTokenDto {
  @ApiProperty({
    description: 'The refresh token from the last login or refresh (43 characters, base64url). Single use.',
    pattern: REFRESH_TOKEN_PATTERN.source,
  })
  @Matches(REFRESH_TOKEN_PATTERN, { message: 'refreshToken không đúng định dạng.' })
  refreshToken!: string;
}
