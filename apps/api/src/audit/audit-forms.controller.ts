import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '@kntc/domain';
import { Authorize, CurrentActor } from '@kntc/access';
import { AuditQueryService } from '@kntc/audit';
import { ErrorEnvelopeDto } from '../http/error-envelope';
import { AuditQueryDto, auditQueryOf } from './dto/audit-query.dto';
import { FormCodeParams, FormTableDto } from './dto/form.dto';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The KNTC report forms (Biểu 01/TCD … 05/KQTH) as JSON tables and XLSX downloads. */
@ApiTags('audit')
@Controller('audit/forms')
@Authorize('audit.read')
@ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHENTICATED: no valid access token.' })
@ApiBadRequestResponse({
  type: ErrorEnvelopeDto,
  description: 'VALIDATION_FAILED: unknown form, bad period or cut-off.',
})
@ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'NOT_FOUND: the authority is not within your scope.' })
export class AuditFormsController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get(':code')
  @ApiOperation({
    summary: 'A statutory form as a table: numbered columns, rows province → agencies → (districts) → communes.',
  })
  @ApiOkResponse({ type: FormTableDto, description: 'The form.' })
  form(
    @CurrentActor() actor: Actor,
    @Param() params: FormCodeParams,
    @Query() query: AuditQueryDto,
  ): Promise<FormTableDto> {
    return this.audit.form(actor, auditQueryOf(query), params.code);
  }

  @Get(':code/xlsx')
  @ApiProduces(XLSX)
  @ApiOperation({ summary: 'The same form as an XLSX workbook laid out like the printed form (Vietnamese headings).' })
  @ApiOkResponse({ description: 'The workbook.', schema: { type: 'string', format: 'binary' } })
  async xlsx(
    @CurrentActor() actor: Actor,
    @Param() params: FormCodeParams,
    @Query() query: AuditQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    const { table, xlsx } = await this.audit.formXlsx(actor, auditQueryOf(query), params.code);
    const name = `${params.code}_${table.root.code}_${table.period.from}_${table.period.to}.xlsx`.replace(
      /[^A-Za-z0-9_.-]/g,
      '-',
    );
    res.setHeader('Content-Type', XLSX);
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    res.send(xlsx);
  }
}
