import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Actor } from '@kntc/domain';
import { Authorize, CurrentActor } from '@kntc/access';
import { DuplicateCandidatesService, PetitionReadService } from '@kntc/workflow';
import { ErrorEnvelopeDto } from '../http/error-envelope';
import { DuplicateCandidatesDto, toDuplicateCandidatesDto } from './dto/duplicates.dto';
import { ListPetitionsQuery, petitionFilterOf } from './dto/list-petitions.query';
import { PetitionDetailDto, toPetitionDetailDto } from './dto/petition-detail.dto';
import { PetitionListDto, toPetitionListDto } from './dto/petition-list.dto';
import { PetitionIdParams } from './dto/read-id.params';

const NOT_FOUND = 'NOT_FOUND: no such đơn, or not within your scope (the two look the same).';

/** Reading đơn: the register, one đơn in full, and its duplicate candidates. */
@ApiTags('petitions')
@Controller('petitions')
@Authorize('read')
@ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHENTICATED: no valid access token.' })
export class PetitionReadsController {
  constructor(
    private readonly petitions: PetitionReadService,
    private readonly duplicates: DuplicateCandidatesService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'List the đơn you may see, filtered, newest receipt first (keyset pages).',
    description:
      'Your scope: đơn your authority holds, held, or was forwarded (inspectors: their whole subtree). Overdue is judged against today in Vietnam.',
  })
  @ApiOkResponse({ type: PetitionListDto, description: 'A page of đơn.' })
  @ApiBadRequestResponse({
    type: ErrorEnvelopeDto,
    description: 'VALIDATION_FAILED: unknown parameter, bad date, reversed range or invalid cursor.',
  })
  @ApiNotFoundResponse({
    type: ErrorEnvelopeDto,
    description: 'NOT_FOUND: holderAuthorityId is not within your scope.',
  })
  async list(@CurrentActor() actor: Actor, @Query() query: ListPetitionsQuery): Promise<PetitionListDto> {
    const page = await this.petitions.list(actor, petitionFilterOf(query), {
      limit: query.limit,
      cursor: query.cursor,
    });
    return toPetitionListDto(page, query.limit);
  }

  @Get(':id')
  @ApiOperation({
    summary:
      'One đơn: state, the commands you may send now, deadlines with proofs, timeline, custody, redacted parties.',
  })
  @ApiOkResponse({ type: PetitionDetailDto, description: 'The đơn.' })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: NOT_FOUND })
  async detail(@CurrentActor() actor: Actor, @Param() params: PetitionIdParams): Promise<PetitionDetailDto> {
    return toPetitionDetailDto(await this.petitions.detail(actor, params.id));
  }

  @Get(':id/duplicates')
  @ApiOperation({
    summary:
      'Open đơn and cases that may be the same matter (same petitioner, or same subject area and a similar summary).',
    description:
      'Searched at your authority (inspectors: at the authority holding the đơn). Petitioner matches use blind indexes and only parties you may reveal; no identity is returned.',
  })
  @ApiOkResponse({ type: DuplicateCandidatesDto, description: 'The candidates and why each matched.' })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: NOT_FOUND })
  async duplicatesOf(@CurrentActor() actor: Actor, @Param() params: PetitionIdParams): Promise<DuplicateCandidatesDto> {
    return toDuplicateCandidatesDto(await this.duplicates.candidatesFor(actor, params.id));
  }
}
