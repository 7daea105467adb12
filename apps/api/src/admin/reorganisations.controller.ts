import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Actor } from '@kntc/domain';
import { Authorize, CurrentActor } from '@kntc/access';
import { ReorganisationService } from '@kntc/workflow';
import { CommandContextOf, type CommandContext } from '../http/command-context.decorator';
import { ErrorEnvelopeDto } from '../http/error-envelope';
import { ReorganisationDto, toReorganisationRequest } from './dto/reorganisation.dto';
import { ReorganisationReportDto, toReorganisationReportDto } from './dto/reorganisation-report.dto';

/** Reorganisations of the authority tree (sắp xếp tổ chức bộ máy, đơn vị hành chính). */
@ApiTags('authorities')
@Controller('reorganisations')
@Authorize('authority.reorganise')
@ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHENTICATED: no valid access token.' })
export class ReorganisationsController {
  constructor(private readonly reorganisations: ReorganisationService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Merge, split, dissolve or rename authorities and hand their open đơn and cases to the successors.',
    description:
      'One transaction: creates the new successors, records the successions, ends the predecessors (valid_until = effectiveOn; they stay for history), gives their remaining children a new parent, and moves every open đơn and case of a predecessor to its successor with a system `reassign` event (bàn giao nguyên trạng, NĐ 141/2025 Art. 14: no period restarts). Closed matters stay with their authority. A split needs the successor of each open matter (`assignments`) unless `defaultToFirstSuccessor`. Idempotent: running the same request again changes nothing, and moves what was left behind (`notMoved` with busy or version_conflict). Every authority named must be yours or below yours.',
  })
  @ApiOkResponse({ type: ReorganisationReportDto, description: 'What was done (or, in a dry run, would be).' })
  @ApiBadRequestResponse({
    type: ErrorEnvelopeDto,
    description: 'VALIDATION_FAILED: the request, or the reorganisation it describes, is wrong (each problem listed).',
  })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'NOT_FOUND: an authority named is not yours or below.' })
  @ApiUnprocessableEntityResponse({
    type: ErrorEnvelopeDto,
    description: 'RULE_VIOLATION: applied before its effective date (only a dry run is allowed then).',
  })
  async reorganise(
    @CurrentActor() admin: Actor,
    @Body() dto: ReorganisationDto,
    @CommandContextOf() ctx: CommandContext,
  ): Promise<ReorganisationReportDto> {
    const report = await this.reorganisations.reorganise(admin, toReorganisationRequest(dto), {
      requestId: ctx.requestId,
    });
    return toReorganisationReportDto(report);
  }
}
