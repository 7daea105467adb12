import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Authorize, CurrentActor } from '@kntc/access';
import type { Actor } from '@kntc/domain';
import { ReceptionReadService } from '@kntc/workflow';
import { ErrorEnvelopeDto } from '../http/error-envelope';
import { ListVisitsQuery } from './dto/list-visits.query';
import { VisitIdParams } from './dto/visit-id.params';
import { VisitDetailDto, VisitPageDto } from './dto/visit-view.dto';

/** Reading the sổ tiếp công dân: your authority's (inspectors: their subtree's). */
@ApiTags('reception')
@Controller('reception/visits')
@Authorize('read')
@ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHENTICATED: no valid access token.' })
export class VisitReadsController {
  constructor(private readonly visits: ReceptionReadService) {}

  @Get()
  @ApiOperation({
    summary: 'A page of the visits of the register you may see, newest first, by date range, type, form, authority.',
  })
  @ApiOkResponse({ type: VisitPageDto, description: 'The visits, with the cursor of the next page.' })
  @ApiBadRequestResponse({
    type: ErrorEnvelopeDto,
    description: 'VALIDATION_FAILED: a filter or the cursor is malformed.',
  })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'NOT_FOUND: the authority is not within your scope.' })
  async list(@CurrentActor() actor: Actor, @Query() q: ListVisitsQuery): Promise<VisitPageDto> {
    const { limit, cursor, ...filter } = q;
    return { ...(await this.visits.list(actor, filter, { limit, cursor })), limit };
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One visit: what was said, the people received (redacted), its đơn, result, reply and periods.',
  })
  @ApiOkResponse({ type: VisitDetailDto, description: 'The visit.' })
  @ApiNotFoundResponse({
    type: ErrorEnvelopeDto,
    description: 'NOT_FOUND: no such visit, or not within your scope (the two look the same).',
  })
  detail(@CurrentActor() actor: Actor, @Param() p: VisitIdParams): Promise<VisitDetailDto> {
    return this.visits.detail(actor, p.id);
  }
}
