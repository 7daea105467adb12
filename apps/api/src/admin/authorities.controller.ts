import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Actor } from '@kntc/domain';
import { AuthorityTreeService, Authorize, CurrentActor } from '@kntc/access';
import { ErrorEnvelopeDto } from '../http/error-envelope';
import { AuthorityListDto, AuthorityNodeDto, toAuthorityNodeDto, toAuthorityTreeDto } from './dto/authority.dto';
import {
  AuthorityIdParams,
  CreateAuthorityDto,
  ListAuthoritiesQuery,
  UpdateAuthorityDto,
} from './dto/authority-requests.dto';

const NOT_FOUND = 'NOT_FOUND: no such authority in your authority or below it (the two look the same).';

/**
 * The authority tree. Reading is open to everyone signed in: the names, levels and places of
 * public bodies are public administrative facts, hold no citizen data, and every officer needs
 * them to route a đơn to the competent body outside their own branch. Changing it is for
 * administrators (authority.manage), within their own subtree.
 */
@ApiTags('authorities')
@Controller('authorities')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHENTICATED: no valid access token.' })
export class AuthoritiesController {
  constructor(private readonly authorities: AuthorityTreeService) {}

  @Get()
  @ApiOperation({
    summary: 'The authority tree, flat or nested, with validity dates and successions; any signed-in user.',
    description: '`on` gives the tree of one day: dissolved authorities appear on the days they existed.',
  })
  @ApiOkResponse({ type: AuthorityListDto, description: 'The authorities.' })
  @ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: bad date, shape or rootId.' })
  async list(@Query() query: ListAuthoritiesQuery): Promise<AuthorityListDto> {
    const filter = { on: query.on, rootId: query.rootId };
    const items =
      query.shape === 'tree'
        ? (await this.authorities.tree(filter)).map(toAuthorityTreeDto)
        : (await this.authorities.list(filter)).map(toAuthorityNodeDto);
    return { shape: query.shape, on: query.on ?? null, items };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One authority with its validity, predecessors and successors; any signed-in user.' })
  @ApiOkResponse({ type: AuthorityNodeDto, description: 'The authority.' })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'NOT_FOUND: no such authority.' })
  async get(@Param() params: AuthorityIdParams): Promise<AuthorityNodeDto> {
    return toAuthorityNodeDto(await this.authorities.get(params.id));
  }

  @Post()
  @Authorize('authority.manage')
  @ApiOperation({
    summary: 'Create an authority under one of yours.',
    description:
      'The level must fit the parent (a commune under a district before 2025-07-01, under a province from then; no district level from 2025-07-01), and the parent must exist for the whole validity.',
  })
  @ApiCreatedResponse({ type: AuthorityNodeDto, description: 'Created.' })
  @ApiBadRequestResponse({
    type: ErrorEnvelopeDto,
    description: 'VALIDATION_FAILED: invalid field, code taken, level not allowed under the parent, or bad validity.',
  })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: `${NOT_FOUND} (the parent)` })
  async create(@CurrentActor() admin: Actor, @Body() dto: CreateAuthorityDto): Promise<AuthorityNodeDto> {
    return toAuthorityNodeDto(await this.authorities.create(admin, dto));
  }

  @Patch(':id')
  @Authorize('authority.manage')
  @ApiOperation({
    summary: 'Edit the name, administrative-unit code or remote flag of one of your authorities.',
    description:
      'A change of `remote` affects only clocks started afterwards on đơn and cases opened at (or handed over to) the authority from then on: running periods, and files already held, keep the period they started with. Validity, parent and successions change only through POST /reorganisations.',
  })
  @ApiOkResponse({ type: AuthorityNodeDto, description: 'The authority as changed.' })
  @ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: invalid or unknown field.' })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: NOT_FOUND })
  async update(
    @CurrentActor() admin: Actor,
    @Param() params: AuthorityIdParams,
    @Body() dto: UpdateAuthorityDto,
  ): Promise<AuthorityNodeDto> {
    return toAuthorityNodeDto(await this.authorities.update(admin, params.id, dto));
  }
}
