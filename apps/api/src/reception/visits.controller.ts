import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Authorize, CurrentActor } from '@kntc/access';
import type { Actor } from '@kntc/domain';
import { ReceptionRegisterService } from '@kntc/workflow';
import { CommandContextOf, type CommandContext } from '../http/command-context.decorator';
import { CommandEndpoint } from '../http/command-responses.decorator';
import { toCommandResultDto, type CommandResultDto } from '../http/command-result.dto';
import { ErrorEnvelopeDto } from '../http/error-envelope';
import { expectedVersionOf } from '../http/expected-version';
import { RegisteredVisitDto, RegisterVisitDto } from './dto/register-visit.dto';
import { VisitIdParams } from './dto/visit-id.params';
import { RecordVisitResultDto, RefusalNoticeDto, ReplyToVisitDto } from './dto/visit-commands.dto';

/** Sổ tiếp công dân: registering visits and what followed them. */
@ApiTags('reception')
@Controller('reception/visits')
@ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHENTICATED.' })
export class VisitsController {
  constructor(private readonly register: ReceptionRegisterService) {}

  @Post()
  @Authorize('reception.register')
  @ApiOperation({
    summary: 'Register a visit (lượt tiếp công dân) received by your authority, with its result if known.',
    description:
      'Identities of the people received are stored encrypted and never returned. With result `received` and `logPetition`, the đơn is logged in the same transaction. A leader registers only the periodic or ad hoc receptions they held.',
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Unique per visit; reuse it only to retry the same request.',
  })
  @ApiCreatedResponse({ type: RegisteredVisitDto, description: 'Registered.' })
  @ApiOkResponse({ type: RegisteredVisitDto, description: 'A retry with the same Idempotency-Key: the first answer.' })
  @ApiBadRequestResponse({
    type: ErrorEnvelopeDto,
    description: 'VALIDATION_FAILED: e.g. too many or too few representatives for the crowd (`visitors`).',
  })
  @ApiUnprocessableEntityResponse({
    type: ErrorEnvelopeDto,
    description:
      'RULE_VIOLATION (`form`): online reception before 2026-07-01, or of a tố cáo whose denouncer asked for identity protection.',
  })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'IDEMPOTENCY_CONFLICT.' })
  async create(
    @CurrentActor() actor: Actor,
    @Body() dto: RegisterVisitDto,
    @CommandContextOf() ctx: CommandContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RegisteredVisitDto> {
    const result = await this.register.register(actor, dto, {
      idempotencyKey: ctx.idempotencyKey,
      requestId: ctx.requestId,
    });
    res.status(result.replayed ? 200 : 201);
    return result.body;
  }

  @Post(':id/result')
  @Authorize('reception.record')
  @CommandEndpoint(
    'Record the result of a visit: đơn received (logged or linked), guided, answered, or refused.',
    'Received content starts the 10-working-day reply (Luật TCD Art. 28.1), counted from the visit day; a refusal on Art. 9.3 (and from 2026-07-01 ND154 Art. 4.1.h) waits for the written notice.',
  )
  async result(
    @CurrentActor() actor: Actor,
    @Param() p: VisitIdParams,
    @Body() dto: RecordVisitResultDto,
    @CommandContextOf() c: CommandContext,
  ): Promise<CommandResultDto> {
    const { expectedVersion, ...result } = dto;
    return toCommandResultDto(
      await this.register.recordResult({
        actor,
        visitId: p.id,
        expectedVersion: expectedVersionOf(expectedVersion, c.ifMatch),
        requestId: c.requestId,
        result,
      }),
    );
  }

  @Post(':id/reply')
  @Authorize('reception.record')
  @CommandEndpoint('Record the reply to the citizen (Luật TCD Art. 28.1): accepted, extended, refused or forwarded.')
  async reply(
    @CurrentActor() actor: Actor,
    @Param() p: VisitIdParams,
    @Body() dto: ReplyToVisitDto,
    @CommandContextOf() c: CommandContext,
  ): Promise<CommandResultDto> {
    return toCommandResultDto(
      await this.register.reply({
        actor,
        visitId: p.id,
        expectedVersion: expectedVersionOf(dto.expectedVersion, c.ifMatch),
        requestId: c.requestId,
        reply: { kind: dto.kind, form: dto.form },
      }),
    );
  }

  @Post(':id/refusal-notice')
  @Authorize('reception.record')
  @CommandEndpoint('Record the Thông báo từ chối tiếp công dân (Mẫu 01/TCD; ND154/2026 Art. 4.3).')
  async refusalNotice(
    @CurrentActor() actor: Actor,
    @Param() p: VisitIdParams,
    @Body() dto: RefusalNoticeDto,
    @CommandContextOf() c: CommandContext,
  ): Promise<CommandResultDto> {
    return toCommandResultDto(
      await this.register.issueRefusalNotice({
        actor,
        visitId: p.id,
        expectedVersion: expectedVersionOf(dto.expectedVersion, c.ifMatch),
        requestId: c.requestId,
        ...(dto.reference ? { reference: dto.reference } : {}),
      }),
    );
  }
}
