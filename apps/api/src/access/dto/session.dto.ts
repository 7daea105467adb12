import { ApiProperty } from '@nestjs/swagger';
import type { Session } from '@kntc/access';

export class SessionDto {
  @ApiProperty({ description: 'JWT access token; send it as `Authorization: Bearer <token>`.' })
  accessToken!: string;

  @ApiProperty({ example: 'Bearer', description: 'Always "Bearer".' })
  tokenType!: 'Bearer';

  @ApiProperty({ example: 900, description: 'Seconds until the access token expires.' })
  expiresIn!: number;

  @ApiProperty({
    description:
      'Opaque refresh token for POST /auth/refresh. Single use: each refresh returns a new one, and presenting a used one again ends the session.',
  })
  refreshToken!: string;

  @ApiProperty({ format: 'date-time', description: 'When the refresh token expires if not used.' })
  refreshTokenExpiresAt!: string;
}

export function toSessionDto(s: Session): SessionDto {
  return {
    accessToken: s.accessToken,
    tokenType: 'Bearer',
    expiresIn: s.expiresIn,
    refreshToken: s.refreshToken,
    refreshTokenExpiresAt: s.refreshTokenExpiresAt.toISOString(),
  };
}
