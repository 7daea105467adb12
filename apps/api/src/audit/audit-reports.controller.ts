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
import { AuditQueryService } from '@kntc/audit';
import { ErrorEnvelopeDto } from '../http/error-envelope';
import { AuditQueryDto, auditQueryOf, DrillCsvQueryDto, DrillQueryDto, drillQueryOf } from './dto/audit-query.dto';
import { DrillPageDto, ReportDto } from './dto/report.dto';

/** Period reports with their declared ratios and self-checks, and the list behind every number. */
@ApiTags('audit')
@Controller('audit/reports')
@Authorize('audit.read')
@ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHENTICATED: no valid access token.' })
@ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: bad period, cut-off or parameter.' })
@ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'NOT_FOUND: the authority is not within your scope.' })
export class AuditReportsController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get()
  @ApiOperation({
    summary:
      'Period report: đơn and cases within competence, by authority, level and total, with ratios and self-checks.',
    description:
      'Cells count what the engine recorded (plus declared figures, marked). Every ratio states its numerator and denominator; every identity that fails is returned with its cells.',
  })
  @ApiOkResponse({ type: ReportDto, description: 'The report.' })
  report(@CurrentActor() actor: Actor, @Query() query: AuditQueryDto): Promise<ReportDto> {
    return this.audit.report(actor, auditQueryOf(query));
  }

  @Get('cells')
  @ApiOperation({
    summary: 'The cases or đơn behind one cell of a report (same filters, same cut-off), in keyset pages.',
  })
  @ApiOkResponse({ type: DrillPageDto, description: 'A page of rows; `count` equals the cell’s engine part.' })
  cell(@CurrentActor() actor: Actor, @Query() query: DrillQueryDto): Promise<DrillPageDto> {
    return this.audit.drill(actor, drillQueryOf(query));
  }

  @Get('cells.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="danh-sach.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The same list as CSV (every page, up to maxRows).' })
  @ApiOkResponse({ description: 'CSV with a header line, UTF-8 with BOM.', schema: { type: 'string' } })
  cellCsv(@CurrentActor() actor: Actor, @Query() query: DrillCsvQueryDto): Promise<string> {
    return this.audit.drillCsv(actor, drillQueryOf(query), query.maxRows);
  }
}
