import { Controller, Get, Header, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Actor } from '@kntc/domain';
import { Authorize, CurrentActor } from '@kntc/access';
import { InspectorViewsService } from '@kntc/audit';
import { ErrorEnvelopeDto } from '../http/error-envelope';
import {
  LeagueDto,
  LeagueQueryDto,
  leagueQueryOf,
  OverdueCsvQueryDto,
  OverduePageDto,
  OverdueQueryDto,
  overdueQueryOf,
} from './dto/views.dto';

const PERIOD_NOTE =
  'Same period, authority and cut-off parameters as /audit/reports, and the same scope: inspectors see their subtree, leaders their own authority.';

/** The inspector views: overdue cases by lateness, and the league table of authorities. */
@ApiTags('audit')
@Controller('audit')
@Authorize('audit.read')
@ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHENTICATED: no valid access token.' })
@ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: bad period, cut-off or parameter.' })
@ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'NOT_FOUND: the authority is not within your scope.' })
export class AuditViewsController {
  constructor(private readonly views: InspectorViewsService) {}

  @Get('overdue')
  @ApiOperation({
    summary: 'Open cases past their due date, most late first, with the authority holding them and since when.',
    description: `Cases within competence, not ended, whose due date is before the reference day: the last day of the period, or the day of the cut-off (today) when earlier. Days are calendar days. Ties in lateness are ordered by case code. Keyset pages. ${PERIOD_NOTE}`,
  })
  @ApiOkResponse({ type: OverduePageDto, description: 'A page of overdue cases.' })
  overdue(@CurrentActor() actor: Actor, @Query() query: OverdueQueryDto): Promise<OverduePageDto> {
    return this.views.overdue(actor, overdueQueryOf(query));
  }

  @Get('overdue.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="vu-viec-qua-han.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The same overdue list as CSV (every page, in the same order, up to maxRows).' })
  @ApiOkResponse({ description: 'CSV with a header line (Vietnamese), UTF-8 with BOM.', schema: { type: 'string' } })
  overdueCsv(@CurrentActor() actor: Actor, @Query() query: OverdueCsvQueryDto): Promise<string> {
    return this.views.overdueCsv(actor, overdueQueryOf(query), query.maxRows);
  }

  @Get('league')
  @ApiOperation({
    summary:
      'League table of authorities: đơn received, cases to resolve, resolved, ratios, on time, late, days to resolve, overdue.',
    description: `One row per authority that held a đơn or a case in the period, with level-group and total rows. Every figure is the line of the same name in /audit/reports (declared figures included); median and 90th-percentile days run from thụ lý to resolution of the cases the engine recorded as resolved in the period. ${PERIOD_NOTE}`,
  })
  @ApiOkResponse({ type: LeagueDto, description: 'The league table.' })
  league(@CurrentActor() actor: Actor, @Query() query: LeagueQueryDto): Promise<LeagueDto> {
    return this.views.league(actor, leagueQueryOf(query));
  }

  @Get('league.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="bang-xep-hang.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The league table’s authority rows as CSV, in the same order.' })
  @ApiOkResponse({ description: 'CSV with a header line (Vietnamese), UTF-8 with BOM.', schema: { type: 'string' } })
  leagueCsv(@CurrentActor() actor: Actor, @Query() query: LeagueQueryDto): Promise<string> {
    return this.views.leagueCsv(actor, leagueQueryOf(query));
  }
}
