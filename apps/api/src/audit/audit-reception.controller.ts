import { Controller, Get, Query } from '@nestjs/common';
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
import { AuditQueryService } from '@kntc/audit';
import { ErrorEnvelopeDto } from '../http/error-envelope';
import { ReceptionDrillQueryDto, receptionDrillQueryOf } from './dto/audit-query.dto';
import { ReceptionDrillPageDto } from './dto/report.dto';

/** The visits behind each reception figure of a report (Biểu 01/TCD). */
@ApiTags('audit')
@Controller('audit/reports/reception')
@Authorize('audit.read')
@ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHENTICATED: no valid access token.' })
@ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: bad period, cut-off or parameter.' })
@ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'NOT_FOUND: the authority is not within your scope.' })
export class AuditReceptionController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get('cells')
  @ApiOperation({
    summary: 'The visits behind one reception figure of a report (same period, same cut-off), in keyset pages.',
    description: 'Register columns only (day, type, form, people, head in person or delegated); never who came.',
  })
  @ApiOkResponse({ type: ReceptionDrillPageDto, description: 'A page of visits and the value of the cell.' })
  cell(@CurrentActor() actor: Actor, @Query() query: ReceptionDrillQueryDto): Promise<ReceptionDrillPageDto> {
    return this.audit.receptionDrill(actor, receptionDrillQueryOf(query));
  }
}
