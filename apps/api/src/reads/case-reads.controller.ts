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
import { CaseReadService } from '@kntc/workflow';
import { ErrorEnvelopeDto } from '../http/error-envelope';
import { CaseDetailDto, toCaseDetailDto } from './dto/case-detail.dto';
import { CaseListDto, toCaseListDto } from './dto/case-list.dto';
import { caseFilterOf, ListCasesQuery } from './dto/list-cases.query';
import { CaseIdParams } from './dto/read-id.params';

/** Reading cases: the filtered list and one case in full. */
@ApiTags('cases')
@Controller('cases')
@Authorize('read')
@ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHENTICATED: no valid access token.' })
export class CaseReadsController {
  constructor(private readonly cases: CaseReadService) {}

  @Get()
  @ApiOperation({
    summary: 'List the cases you may see, filtered, newest first (keyset pages).',
    description: 'Your scope: cases your authority holds or held (inspectors: their whole subtree).',
  })
  @ApiOkResponse({ type: CaseListDto, description: 'A page of cases.' })
  @ApiBadRequestResponse({
    type: ErrorEnvelopeDto,
    description: 'VALIDATION_FAILED: unknown parameter, bad date, reversed range or invalid cursor.',
  })
  @ApiNotFoundResponse({
    type: ErrorEnvelopeDto,
    description: 'NOT_FOUND: holderAuthorityId is not within your scope.',
  })
  async list(@CurrentActor() actor: Actor, @Query() query: ListCasesQuery): Promise<CaseListDto> {
    const page = await this.cases.list(actor, caseFilterOf(query), { limit: query.limit, cursor: query.cursor });
    return toCaseListDto(page, query.limit);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One case: state, the commands you may send now, deadlines with proofs, timeline, custody, grouped đơn.',
  })
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case.' })
  @ApiNotFoundResponse({
    type: ErrorEnvelopeDto,
    description: 'NOT_FOUND: no such case, or not within your scope (the two look the same).',
  })
  async detail(@CurrentActor() actor: Actor, @Param() params: CaseIdParams): Promise<CaseDetailDto> {
    return toCaseDetailDto(await this.cases.detail(actor, params.id));
  }
}
