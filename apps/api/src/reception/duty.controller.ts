import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Authorize, CurrentActor } from '@kntc/access';
import type { Actor } from '@kntc/domain';
import { ReceptionDutyService } from '@kntc/workflow';
import { ErrorEnvelopeDto } from '../http/error-envelope';
import { DutyComplianceDto, DutyScheduleDayDto, DutyWindowQuery, ScheduleDutyDto } from './dto/duty.dto';

/** Leaders' periodic reception: the schedule (lịch tiếp công dân) and its compliance. */
@ApiTags('reception')
@Controller('reception/duty')
@ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHENTICATED: no valid access token.' })
export class DutyController {
  constructor(private readonly duty: ReceptionDutyService) {}

  @Post('schedules')
  @Authorize('reception.schedule')
  @ApiOperation({
    summary: "Plan days of a head's periodic reception (lịch tiếp công dân định kỳ).",
    description:
      'The desk and the leaders plan their own authority; administrators the authorities under them. A day already planned is replanned.',
  })
  @ApiCreatedResponse({ type: [DutyScheduleDayDto], description: 'The planned days.' })
  @ApiBadRequestResponse({
    type: ErrorEnvelopeDto,
    description: 'VALIDATION_FAILED: a malformed day, or `leaderId` is not an active leader of the authority.',
  })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'NOT_FOUND: the authority is not within your scope.' })
  schedule(@CurrentActor() actor: Actor, @Body() dto: ScheduleDutyDto): Promise<DutyScheduleDayDto[]> {
    return this.duty.schedule(actor, dto);
  }

  @Get('schedules')
  @Authorize('read')
  @ApiOperation({ summary: 'Planned days of the heads’ periodic reception you may see, in a window.' })
  @ApiOkResponse({ type: [DutyScheduleDayDto], description: 'The planned days, by date.' })
  @ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: a malformed or reversed window.' })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'NOT_FOUND: the authority is not within your scope.' })
  schedules(@CurrentActor() actor: Actor, @Query() q: DutyWindowQuery): Promise<DutyScheduleDayDto[]> {
    return this.duty.schedules(actor, q);
  }

  @Get('compliance')
  @Authorize('audit.read')
  @ApiOperation({
    summary:
      'Compliance of each head with the periodic reception duty in force on each day: required, scheduled, held in person, held delegated, missing.',
    description:
      'Leaders see their own authority; inspectors their subtree (one row per authority whose head has a duty, or the one asked for). Days held come from the register (tiếp định kỳ); a delegated day counts as held but not in person.',
  })
  @ApiOkResponse({ type: [DutyComplianceDto], description: 'One row per authority.' })
  @ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: a malformed or reversed window.' })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'NOT_FOUND: the authority is not within your scope.' })
  compliance(@CurrentActor() actor: Actor, @Query() q: DutyWindowQuery): Promise<DutyComplianceDto[]> {
    return this.duty.compliance(actor, q);
  }
}
