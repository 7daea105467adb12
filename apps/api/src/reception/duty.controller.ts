import { Body, Controller, Get, Header, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Authorize, CurrentActor } from '@kntc/access';
import type { Actor } from '@kntc/domain';
import { ReceptionDutyService } from '@kntc/workflow';
import { ErrorEnvelopeDto } from '../http/error-envelope';
import { dutyComplianceCsv } from './duty-compliance.csv';
import {
  CancelDutyDto,
  DutyComplianceDto,
  DutyScheduleDayDto,
  DutyWindowQuery,
  RecordDutyNoticeDto,
  ScheduleDutyDto,
} from './dto/duty.dto';

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
      'The desk and the leaders plan their own authority; administrators the authorities under them. A day already planned is replanned; a cancelled day is planned again (its last cancellation stays visible). `form: online` plans an online session, which owes a notice 5 working days before it (ND154/2026 Art. 23.1).',
  })
  @ApiCreatedResponse({ type: [DutyScheduleDayDto], description: 'The planned days.' })
  @ApiBadRequestResponse({
    type: ErrorEnvelopeDto,
    description: 'VALIDATION_FAILED: a malformed day, or `leaderId` is not an active leader of the authority.',
  })
  @ApiUnprocessableEntityResponse({
    type: ErrorEnvelopeDto,
    description: 'RULE_VIOLATION (`form`, `online_not_in_force`): online reception on a day before 2026-07-01.',
  })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'NOT_FOUND: the authority is not within your scope.' })
  schedule(@CurrentActor() actor: Actor, @Body() dto: ScheduleDutyDto): Promise<DutyScheduleDayDto[]> {
    return this.duty.schedule(actor, dto);
  }

  @Post('schedules/cancel')
  @HttpCode(HttpStatus.OK)
  @Authorize('reception.schedule')
  @ApiOperation({
    summary: 'Cancel planned days of a head’s periodic reception (hủy lịch tiếp), with the reason.',
    description:
      'Same people and scope as planning. The days stay in the schedule, marked `cancelled` with who, when and why, and no longer count as scheduled in the compliance view. All or nothing. Cancelling a cancelled day changes nothing; planning it again makes it planned.',
  })
  @ApiOkResponse({ type: [DutyScheduleDayDto], description: 'The days, as they now stand.' })
  @ApiBadRequestResponse({
    type: ErrorEnvelopeDto,
    description: 'VALIDATION_FAILED: a malformed day, no reason, or a day that is not in the schedule (`not_planned`).',
  })
  @ApiUnprocessableEntityResponse({
    type: ErrorEnvelopeDto,
    description:
      'RULE_VIOLATION (`days`): `day_past` a day before today, `day_held` a day the head’s periodic reception is already in the register. Each detail names its `day`.',
  })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'NOT_FOUND: the authority is not within your scope.' })
  cancel(@CurrentActor() actor: Actor, @Body() dto: CancelDutyDto): Promise<DutyScheduleDayDto[]> {
    return this.duty.cancel(actor, dto);
  }

  @Post('schedules/notice')
  @HttpCode(HttpStatus.OK)
  @Authorize('reception.schedule')
  @ApiOperation({
    summary: 'Record that the notice of a planned online session went out (ND154/2026 Art. 23.1).',
    description:
      'Same people and scope as planning. The notice is due 5 working days before the session (counted back on the working calendar); the schedule shows it as `sent_on_time` or `sent_late`. Recording again replaces the date; who recorded it and when are kept.',
  })
  @ApiOkResponse({ type: DutyScheduleDayDto, description: 'The session, with its notice.' })
  @ApiBadRequestResponse({
    type: ErrorEnvelopeDto,
    description:
      'VALIDATION_FAILED: a malformed date, `sentOn` in the future (`in_future`) or not before the session (`not_before_session`), or a day not in the schedule (`not_planned`).',
  })
  @ApiUnprocessableEntityResponse({
    type: ErrorEnvelopeDto,
    description: 'RULE_VIOLATION (`day`): the session is in person (`not_online`) or cancelled (`cancelled`).',
  })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'NOT_FOUND: the authority is not within your scope.' })
  recordNotice(@CurrentActor() actor: Actor, @Body() dto: RecordDutyNoticeDto): Promise<DutyScheduleDayDto> {
    return this.duty.recordNotice(actor, dto);
  }

  @Get('schedules')
  @Authorize('read')
  @ApiOperation({
    summary: 'Days of the heads’ periodic reception you may see, in a window: planned and cancelled.',
    description: 'Each day with its `status`, its last cancellation, and for an online session its notice.',
  })
  @ApiOkResponse({ type: [DutyScheduleDayDto], description: 'The days, by date.' })
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

  @Get('compliance.csv')
  @Authorize('audit.read')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="tiep-cong-dan-dinh-ky.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: 'The compliance view as CSV: one line per authority and period, same query and scope.',
    description:
      'Vietnamese headings; the figures of each period of GET /reception/duty/compliance. An authority with no statutory duty has no line.',
  })
  @ApiOkResponse({ description: 'CSV with a header line (Vietnamese), UTF-8 with BOM.', schema: { type: 'string' } })
  @ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: a malformed or reversed window.' })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'NOT_FOUND: the authority is not within your scope.' })
  async complianceCsv(@CurrentActor() actor: Actor, @Query() q: DutyWindowQuery): Promise<string> {
    return dutyComplianceCsv(await this.duty.compliance(actor, q));
  }
}
