import { Body, Controller, Get, Header, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Actor } from '@kntc/domain';
import { AuthService, CurrentActor, Public, UsersService, type AuthenticatedUser } from '@kntc/access';
import { ErrorEnvelopeDto } from '../http/error-envelope';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto } from './dto/login.dto';
import { ProfileDto, toProfileDto } from './dto/profile.dto';
import { RefreshTokenDto } from './dto/refresh-token.dto';
import { SessionDto, toSessionDto } from './dto/session.dto';
import { LoginGuard } from './login.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @UseGuards(LoginGuard)
  @ApiOperation({
    summary: 'Sign in with username and password.',
    description:
      'Returns a short-lived access token and a single-use refresh token. After 5 consecutive failures the account is locked for a period that doubles with each further failure (429 with retryAfterSeconds and a Retry-After header).',
  })
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: SessionDto, description: 'Signed in.' })
  @ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: malformed body.' })
  @ApiUnauthorizedResponse({
    type: ErrorEnvelopeDto,
    description: 'UNAUTHENTICATED: wrong username or password (invalid_credentials), or account disabled.',
  })
  @ApiTooManyRequestsResponse({ type: ErrorEnvelopeDto, description: 'TOO_MANY_REQUESTS: locked; retry later.' })
  async login(@Req() req: { user: AuthenticatedUser }): Promise<SessionDto> {
    return toSessionDto(await this.auth.startSession(req.user));
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Exchange a refresh token for a new access token and a new refresh token.',
    description:
      'The presented refresh token is spent. Presenting a spent token again revokes every token of that session (reuse means it was copied).',
  })
  @ApiOkResponse({ type: SessionDto, description: 'A new token pair.' })
  @ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: malformed token.' })
  @ApiUnauthorizedResponse({
    type: ErrorEnvelopeDto,
    description: 'UNAUTHENTICATED: unknown, expired, revoked or reused refresh token.',
  })
  async refresh(@Body() dto: RefreshTokenDto): Promise<SessionDto> {
    return toSessionDto(await this.auth.refresh(dto.refreshToken));
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Sign out this session: revoke its refresh tokens.',
    description: 'Idempotent. The access token stays valid until it expires (at most 15 minutes).',
  })
  @ApiNoContentResponse({ description: 'Signed out.' })
  @ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHENTICATED: no valid access token.' })
  async logout(@CurrentActor() actor: Actor, @Body() dto: RefreshTokenDto): Promise<void> {
    await this.auth.logout(actor, dto.refreshToken);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user, their authority and the commands their role may send.' })
  @ApiOkResponse({ type: ProfileDto, description: 'The profile.' })
  @ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHENTICATED: no valid access token.' })
  async me(@CurrentActor() actor: Actor): Promise<ProfileDto> {
    return toProfileDto(await this.users.profileOf(actor));
  }

  @Post('password')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Change your own password.',
    description:
      'Ends every existing session of the user (all devices) and returns a new one. A wrong current password counts towards the sign-in lockout.',
  })
  @ApiOkResponse({ type: SessionDto, description: 'Password changed; a new session.' })
  @ApiBadRequestResponse({
    type: ErrorEnvelopeDto,
    description: 'VALIDATION_FAILED: wrong current password, or the new one breaks the password policy.',
  })
  @ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHENTICATED: no valid access token.' })
  @ApiTooManyRequestsResponse({ type: ErrorEnvelopeDto, description: 'TOO_MANY_REQUESTS: locked; retry later.' })
  async changePassword(@CurrentActor() actor: Actor, @Body() dto: ChangePasswordDto): Promise<SessionDto> {
    return toSessionDto(await this.auth.changeOwnPassword(actor, dto.currentPassword, dto.newPassword));
  }
}
