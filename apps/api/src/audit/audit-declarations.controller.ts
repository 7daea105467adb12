import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Actor } from '@kntc/domain';
import { Authorize, CurrentActor } from '@kntc/access';
import { DeclarationService } from '@kntc/audit';
import { ErrorEnvelopeDto } from '../http/error-envelope';
import {
  DeclarationDto,
  DeclarationResultDto,
  DeclareFiguresDto,
  ListDeclarationsQuery,
  toDeclarationDto,
} from './dto/declaration.dto';

/**
 * Kê khai số liệu: figures an authority declares for the part of a period before it used the
 * engine. Declaring is an administrator's step when an authority is brought onto the engine
 * (authority.manage); inspectors and leaders see the declarations in the reports, marked.
 */
@ApiTags('audit')
@Controller('audit/declarations')
@ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHENTICATED: no valid access token.' })
@ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'NOT_FOUND: the authority is not within your scope.' })
export class AuditDeclarationsController {
  constructor(private readonly declarations: DeclarationService) {}

  @Post()
  @HttpCode(201)
  @Authorize('authority.manage')
  @ApiOperation({
    summary:
      'Declare an authority’s figures for a span before it used the engine (replaces the same span’s earlier declaration).',
  })
  @ApiCreatedResponse({ type: DeclarationResultDto, description: 'Stored; with the identities the figures break.' })
  @ApiBadRequestResponse({
    type: ErrorEnvelopeDto,
    description: 'VALIDATION_FAILED: unknown line, negative number, bad span.',
  })
  async declare(@CurrentActor() actor: Actor, @Body() body: DeclareFiguresDto): Promise<DeclarationResultDto> {
    const result = await this.declarations.declare(actor, body);
    return { declaration: toDeclarationDto(result.declaration), failedChecks: result.failedChecks };
  }

  @Get()
  @Authorize('audit.read')
  @ApiOperation({ summary: 'Declarations in force for the authorities you may audit.' })
  @ApiOkResponse({ type: [DeclarationDto], description: 'The declarations.' })
  async list(@CurrentActor() actor: Actor, @Query() query: ListDeclarationsQuery): Promise<DeclarationDto[]> {
    return (await this.declarations.list(actor, query.authorityId)).map(toDeclarationDto);
  }
}
