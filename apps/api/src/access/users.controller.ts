import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Actor } from '@kntc/domain';
import { Authorize, CurrentActor, UsersService } from '@kntc/access';
import { ErrorEnvelopeDto } from '../http/error-envelope';
import { ResetPasswordDto } from './dto/change-password.dto';
import { CreateUserDto } from './dto/create-user.dto';
import { ListUsersQuery } from './dto/list-users.query';
import { UserIdParams } from './dto/user-id.params';
import { toUserDto, UserDto, UserListDto } from './dto/user.dto';

const NOT_FOUND = 'NOT_FOUND: no such user in your authority or its subtree.';

/** User administration: administrators only, within their authority's subtree. */
@ApiTags('users')
@Controller('users')
@Authorize('user.manage')
@ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHENTICATED: no valid access token.' })
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @ApiOperation({ summary: 'Create a user in an authority of your subtree.' })
  @ApiCreatedResponse({ type: UserDto, description: 'Created.' })
  @ApiBadRequestResponse({
    type: ErrorEnvelopeDto,
    description: 'VALIDATION_FAILED: invalid field, username taken, or password policy broken (one detail per rule).',
  })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'NOT_FOUND: no such authority in your subtree.' })
  async create(@CurrentActor() admin: Actor, @Body() dto: CreateUserDto): Promise<UserDto> {
    return toUserDto(await this.users.createByAdmin(admin, dto));
  }

  @Get()
  @ApiOperation({ summary: 'List the users of your authority and its subtree.' })
  @ApiOkResponse({ type: UserListDto, description: 'A page of users.' })
  @ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: invalid paging.' })
  async list(@CurrentActor() admin: Actor, @Query() query: ListUsersQuery): Promise<UserListDto> {
    const page = await this.users.list(admin, query);
    return { items: page.items.map(toUserDto), total: page.total, limit: query.limit, offset: query.offset };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One user of your subtree.', description: 'Users outside your subtree answer 404.' })
  @ApiOkResponse({ type: UserDto, description: 'The user.' })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: NOT_FOUND })
  async get(@CurrentActor() admin: Actor, @Param() params: UserIdParams): Promise<UserDto> {
    return toUserDto(await this.users.get(admin, params.id));
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Disable a user.',
    description: 'Ends all of their sessions at once (access and refresh tokens). You cannot disable yourself.',
  })
  @ApiOkResponse({ type: UserDto, description: 'The disabled user.' })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: NOT_FOUND })
  @ApiUnprocessableEntityResponse({ type: ErrorEnvelopeDto, description: 'RULE_VIOLATION: disabling yourself.' })
  async disable(@CurrentActor() admin: Actor, @Param() params: UserIdParams): Promise<UserDto> {
    return toUserDto(await this.users.disable(admin, params.id));
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Enable a disabled user.', description: 'Also clears a sign-in lock.' })
  @ApiOkResponse({ type: UserDto, description: 'The enabled user.' })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: NOT_FOUND })
  async enable(@CurrentActor() admin: Actor, @Param() params: UserIdParams): Promise<UserDto> {
    return toUserDto(await this.users.enable(admin, params.id));
  }

  @Post(':id/password')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Set a new password for another user (forgotten password).',
    description: 'Ends all of their sessions and clears a sign-in lock. For your own password use POST /auth/password.',
  })
  @ApiNoContentResponse({ description: 'Password set.' })
  @ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: password policy broken.' })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: NOT_FOUND })
  @ApiUnprocessableEntityResponse({
    type: ErrorEnvelopeDto,
    description: 'RULE_VIOLATION: resetting your own password.',
  })
  async resetPassword(
    @CurrentActor() admin: Actor,
    @Param() params: UserIdParams,
    @Body() dto: ResetPasswordDto,
  ): Promise<void> {
    await this.users.resetPassword(admin, params.id, dto.newPassword);
  }
}
