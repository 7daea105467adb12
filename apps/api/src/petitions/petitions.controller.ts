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
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthorityDirectory, Authorize, CurrentActor } from '@kntc/access';
import type { Actor } from '@kntc/domain';
import { PetitionCommandsService, PetitionIntakeService, type CommandResult } from '@kntc/workflow';
import { CommandContextOf, type CommandContext } from '../http/command-context.decorator';
import { CommandEndpoint } from '../http/command-responses.decorator';
import { toCommandResultDto, type CommandResultDto } from '../http/command-result.dto';
import { ErrorEnvelopeDto } from '../http/error-envelope';
import { expectedVersionOf } from '../http/expected-version';
import { IdParams } from '../http/id.params';
import { VersionedCommandDto } from '../http/versioned-command.dto';
import { CreatePetitionDto } from './dto/create-petition.dto';
import {
  AcceptPetitionDto,
  AttachPetitionDto,
  ClassifyPetitionDto,
  DismissPetitionDto,
  FilePetitionDto,
  ForwardPetitionDto,
  GuidePetitionDto,
  ReasonDto,
  UrgePetitionDto,
} from './dto/petition-commands.dto';
import { ReceivedPetitionDto } from './dto/received-petition.dto';

/** Intake of đơn (vào sổ) and the processing commands (xử lý đơn), one endpoint per command. */
@ApiTags('petitions')
@Controller('petitions')
@ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHENTICATED.' })
export class PetitionsController {
  constructor(
    private readonly intake: PetitionIntakeService,
    private readonly commands: PetitionCommandsService,
    private readonly authorities: AuthorityDirectory,
  ) {}

  @Post()
  @Authorize('petition.create')
  @ApiOperation({
    summary: 'Record a đơn (vào sổ) received by your authority.',
    description:
      'Petitioners’ identities are stored encrypted. With an Idempotency-Key, a retried request returns the first answer and never records a second đơn.',
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Unique per đơn (e.g. a UUID made by the client); reuse it only to retry the same request.',
  })
  @ApiCreatedResponse({
    type: ReceivedPetitionDto,
    description: 'Recorded; `duplicates` lists earlier đơn of the same person here.',
  })
  @ApiOkResponse({
    type: ReceivedPetitionDto,
    description: 'A retry with the same Idempotency-Key: the first answer, replayed.',
  })
  @ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: the offending fields are listed.' })
  @ApiConflictResponse({
    type: ErrorEnvelopeDto,
    description: 'IDEMPOTENCY_CONFLICT: the key was used for another request.',
  })
  async create(
    @CurrentActor() actor: Actor,
    @Body() dto: CreatePetitionDto,
    @CommandContextOf() ctx: CommandContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ReceivedPetitionDto> {
    const result = await this.intake.receive(actor, dto, {
      idempotencyKey: ctx.idempotencyKey,
      requestId: ctx.requestId,
    });
    res.status(result.replayed ? 200 : 201);
    return result.body;
  }

  @Post(':id/classify')
  @Authorize('petition.classify')
  @CommandEndpoint('Classify the đơn (phân loại đơn).')
  classify(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() dto: ClassifyPetitionDto,
    @CommandContextOf() c: CommandContext,
  ) {
    const { expectedVersion: _v, ...classification } = dto;
    return this.send(a, p.id, dto, c, { type: 'classify', ...classification });
  }

  @Post(':id/accept')
  @Authorize('petition.accept')
  @CommandEndpoint('Propose acceptance (đề xuất thụ lý): opens the case of the right kind.')
  accept(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() dto: AcceptPetitionDto,
    @CommandContextOf() c: CommandContext,
  ) {
    const { expectedVersion: _v, ...details } = dto;
    return this.send(a, p.id, dto, c, { type: 'accept', ...details });
  }

  @Post(':id/guide')
  @Authorize('petition.guide')
  @CommandEndpoint('Guide the sender to the competent body (hướng dẫn), once per content.')
  guide(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() dto: GuidePetitionDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, dto, c, { type: 'guide', ...(dto.guidedTo ? { guidedTo: dto.guidedTo } : {}) });
  }

  @Post(':id/forward')
  @Authorize('petition.forward')
  @CommandEndpoint('Forward the đơn to the competent authority (chuyển đơn); a tố cáo at most once.')
  async forward(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() dto: ForwardPetitionDto,
    @CommandContextOf() c: CommandContext,
  ) {
    const to = await this.authorities.refOf(dto.toAuthorityId);
    return this.send(a, p.id, dto, c, { type: 'forward', to });
  }

  @Post(':id/receive')
  @Authorize('petition.receive')
  @CommandEndpoint('Take in a đơn forwarded to your authority (tiếp nhận).')
  receive(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() dto: VersionedCommandDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, dto, c, { type: 'receive' });
  }

  @Post(':id/return')
  @Authorize('petition.return')
  @CommandEndpoint('Return the đơn (trả lại đơn) to the body that forwarded it, with the reason.')
  returnToSender(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() dto: ReasonDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, dto, c, { type: 'returnToSender', reason: dto.reason });
  }

  @Post(':id/urge')
  @Authorize('petition.urge')
  @CommandEndpoint('Urge the lower authority that holds the matter and is overdue (đôn đốc).')
  async urge(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() dto: UrgePetitionDto,
    @CommandContextOf() c: CommandContext,
  ) {
    const lower = await this.authorities.refOf(dto.lowerAuthorityId);
    return this.send(a, p.id, dto, c, { type: 'urge', lower });
  }

  @Post(':id/request-split')
  @Authorize('petition.requestSplit')
  @CommandEndpoint('Ask the sender to split a mixed-content đơn (hướng dẫn tách đơn).')
  requestSplit(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() dto: VersionedCommandDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, dto, c, { type: 'requestSplit' });
  }

  @Post(':id/file')
  @Authorize('petition.file')
  @CommandEndpoint('File the đơn away (lưu đơn) for the reason recorded at classification.')
  file(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() dto: FilePetitionDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, dto, c, { type: 'file', reason: dto.reason });
  }

  @Post(':id/dismiss')
  @Authorize('petition.dismiss')
  @CommandEndpoint('Do not process a tố cáo (anonymous or impersonated, or already with the competent body).')
  dismiss(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() dto: DismissPetitionDto,
    @CommandContextOf() c: CommandContext,
  ) {
    const { expectedVersion: _v, ...rest } = dto;
    return this.send(a, p.id, dto, c, { type: 'dismiss', ...rest });
  }

  @Post(':id/extend-initial-check')
  @Authorize('petition.classify')
  @CommandEndpoint('Extend the initial check of a tố cáo from 7 to 10 working days (Luật Tố cáo Art. 24.1).')
  extendInitialCheck(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() dto: ReasonDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, dto, c, { type: 'extendInitialCheck', reason: dto.reason });
  }

  @Post(':id/attach')
  @Authorize('petition.attach')
  @CommandEndpoint('Group the đơn into an open case of your authority on the same content (đơn trùng).')
  async attach(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() dto: AttachPetitionDto,
    @CommandContextOf() c: CommandContext,
  ): Promise<CommandResultDto> {
    const result = await this.commands.attach({
      actor: a,
      petitionId: p.id,
      expectedVersion: expectedVersionOf(dto.expectedVersion, c.ifMatch),
      caseId: dto.caseId,
      relation: dto.relation,
      requestId: c.requestId,
    });
    return toCommandResultDto(result);
  }

  private async send(
    actor: Actor,
    petitionId: string,
    dto: VersionedCommandDto,
    ctx: CommandContext,
    event: { type: string } & Record<string, unknown>,
  ): Promise<CommandResultDto> {
    const result: CommandResult = await this.commands.send({
      actor,
      petitionId,
      expectedVersion: expectedVersionOf(dto.expectedVersion, ctx.ifMatch),
      event,
      requestId: ctx.requestId,
    });
    return toCommandResultDto(result);
  }
}
