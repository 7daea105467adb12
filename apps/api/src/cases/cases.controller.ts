import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AuthorityDirectory, Authorize, CurrentActor } from '@kntc/access';
import type { Actor } from '@kntc/domain';
import { CaseCommandsService } from '@kntc/workflow';
import { CommandContextOf, type CommandContext } from '../http/command-context.decorator';
import { CommandEndpoint } from '../http/command-responses.decorator';
import { toCommandResultDto, type CommandResultDto } from '../http/command-result.dto';
import { ErrorEnvelopeDto } from '../http/error-envelope';
import { expectedVersionOf } from '../http/expected-version';
import { IdParams } from '../http/id.params';
import { VersionedCommandDto } from '../http/versioned-command.dto';
import {
  AssignHandlerDto,
  AssignUnitDto,
  CompleteVerificationDto,
  ConcludeDto,
  DecideDto,
  DecideNowDto,
  ForwardCaseDto,
  HoldDialogueDto,
  ReasonCommandDto,
  RecordHandlingDto,
  RefuseCaseDto,
  ReplyDto,
  ReResolveDto,
  SecondRoundDto,
  SetComplexityDto,
  SuspendCaseDto,
  TakeOverDto,
  TerminateCaseDto,
  WithdrawCaseDto,
} from './dto/case-commands.dto';

/** The event payload: the body without the version it was read at. */
function payloadOf<T extends VersionedCommandDto>(dto: T): Record<string, unknown> {
  const { expectedVersion: _v, ...rest } = dto;
  return rest;
}

/**
 * Commands on a case (vụ việc): complaints, denunciations and kiến nghị-phản ánh share the
 * endpoints; the case's own machine decides whether the step is lawful now, and explains
 * when it is not.
 */
@ApiTags('cases')
@Controller('cases')
@ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHENTICATED.' })
export class CasesController {
  constructor(
    private readonly cases: CaseCommandsService,
    private readonly authorities: AuthorityDirectory,
  ) {}

  @Post(':id/accept')
  @Authorize('case.accept')
  @CommandEndpoint(
    'Accept the case for resolution (thụ lý).',
    'Starts the resolution period; notices go out through the outbox.',
  )
  accept(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: VersionedCommandDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'accept');
  }

  @Post(':id/refuse')
  @Authorize('case.refuse')
  @CommandEndpoint('Refuse acceptance (không thụ lý) on a statutory ground.')
  refuse(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: RefuseCaseDto,
    @CommandContextOf() c: CommandContext,
  ) {
    // A complaint names its Art. 11 ground `ground`; a tố cáo its Art. 29 reason `reason`.
    return this.send(a, p.id, d, c, 'refuse', { ground: d.ground, reason: d.ground });
  }

  @Post(':id/decide-now')
  @Authorize('case.decide')
  @CommandEndpoint('Complaint, round 1: decide at once when the review shows the complaint right.')
  decideNow(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: DecideNowDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'decideNow', payloadOf(d));
  }

  @Post(':id/verification')
  @Authorize('case.verify')
  @CommandEndpoint('Complaint: start verification (quyết định xác minh).')
  startVerification(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: VersionedCommandDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'startVerification');
  }

  @Post(':id/verification/complete')
  @Authorize('case.verify')
  @CommandEndpoint('Complaint: record the verification report (báo cáo kết quả xác minh).')
  completeVerification(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: CompleteVerificationDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'completeVerification', payloadOf(d));
  }

  @Post(':id/dialogue')
  @Authorize('case.dialogue')
  @CommandEndpoint('Complaint: record a dialogue session (đối thoại), mandatory in round 2.')
  dialogue(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: HoldDialogueDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'holdDialogue', payloadOf(d));
  }

  @Post(':id/decision')
  @Authorize('case.decide')
  @CommandEndpoint('Complaint: issue the decision (quyết định giải quyết khiếu nại).')
  decide(@CurrentActor() a: Actor, @Param() p: IdParams, @Body() d: DecideDto, @CommandContextOf() c: CommandContext) {
    return this.send(a, p.id, d, c, 'decide', payloadOf(d));
  }

  @Post(':id/send')
  @Authorize('case.send')
  @CommandEndpoint('Complaint: record that the decision was sent to the parties.')
  sendDecision(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: VersionedCommandDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'send');
  }

  @Post(':id/publish')
  @Authorize('case.send')
  @CommandEndpoint('Record that the decision or conclusion was made public (công khai).')
  publish(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: VersionedCommandDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'publish');
  }

  @Post(':id/second-round')
  @Authorize('case.lodgeSecondRound')
  @CommandEndpoint(
    'Complaint: record a second complaint at the competent superior (khiếu nại lần hai).',
    'After a first-round decision, or once the first-round deadline was missed.',
  )
  secondRound(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: SecondRoundDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'lodgeSecondComplaint', payloadOf(d));
  }

  @Post(':id/lawsuit')
  @Authorize('case.close')
  @CommandEndpoint('Complaint: record that the complainant sued in the administrative court.')
  lawsuit(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: VersionedCommandDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'fileLawsuit');
  }

  @Post(':id/enforcement')
  @Authorize('case.close')
  @CommandEndpoint('Complaint: record the enforcement of the final decision; closes the case.')
  enforcement(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: VersionedCommandDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'recordEnforcement');
  }

  @Post(':id/suspend')
  @Authorize('case.suspend')
  @CommandEndpoint('Suspend the resolution (tạm đình chỉ); the clock stops.')
  suspend(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: SuspendCaseDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'suspend', payloadOf(d));
  }

  @Post(':id/resume')
  @Authorize('case.resume')
  @CommandEndpoint('Resume the resolution (tiếp tục giải quyết); the clock runs on.')
  resume(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: VersionedCommandDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'resume');
  }

  @Post(':id/terminate')
  @Authorize('case.terminate')
  @CommandEndpoint('Terminate the resolution (đình chỉ) on a ground the rules in force allow.')
  terminate(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: TerminateCaseDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'terminate', payloadOf(d));
  }

  @Post(':id/withdraw')
  @Authorize('case.withdraw')
  @CommandEndpoint(
    'Record a withdrawal (rút đơn), all or part.',
    'A tố cáo continues despite a withdrawal when there are signs of violation, coercion or slander.',
  )
  withdraw(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: WithdrawCaseDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'withdraw', payloadOf(d));
  }

  @Post(':id/complexity')
  @Authorize('case.extend')
  @CommandEndpoint('Record in writing that the case is complex (vụ việc phức tạp), which lengthens the period.')
  complexity(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: SetComplexityDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'setComplexity', payloadOf(d));
  }

  @Post(':id/extend')
  @Authorize('case.extend')
  @CommandEndpoint('Tố cáo: extend the resolution period (gia hạn), once if complex, twice if particularly complex.')
  extend(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: ReasonCommandDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'extend', payloadOf(d));
  }

  @Post(':id/conclusion')
  @Authorize('case.decide')
  @CommandEndpoint('Tố cáo: issue the conclusion (kết luận nội dung tố cáo).')
  conclude(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: ConcludeDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'conclude', payloadOf(d));
  }

  @Post(':id/conclusion/send')
  @Authorize('case.send')
  @CommandEndpoint('Tố cáo: record that the conclusion was sent.')
  sendConclusion(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: VersionedCommandDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'sendConclusion');
  }

  @Post(':id/handling')
  @Authorize('case.decide')
  @CommandEndpoint('Tố cáo: record the handling of the conclusion (xử lý kết luận).')
  handling(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: RecordHandlingDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'recordHandling', payloadOf(d));
  }

  @Post(':id/close')
  @Authorize('case.close')
  @CommandEndpoint('Close the case after follow-up (kết thúc).')
  close(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: VersionedCommandDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'close');
  }

  @Post(':id/further-denunciation')
  @Authorize('case.lodgeSecondRound')
  @CommandEndpoint('Tố cáo: the superior records a further denunciation (tố cáo tiếp) and reviews the resolution.')
  furtherDenunciation(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: VersionedCommandDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'furtherDenunciation');
  }

  @Post(':id/further-review/uphold')
  @Authorize('case.decide')
  @CommandEndpoint('Tố cáo: the superior finds the resolution lawful (no re-resolution).')
  uphold(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: VersionedCommandDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'upholdResolution');
  }

  @Post(':id/further-review/re-resolve')
  @Authorize('case.decide')
  @CommandEndpoint('Tố cáo: the superior resolves the denunciation again (giải quyết lại).')
  reResolve(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: ReResolveDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'reResolve', payloadOf(d));
  }

  @Post(':id/further-review/redirect')
  @Authorize('case.forward')
  @CommandEndpoint('Tố cáo: the superior finds the competence was wrong and redirects the case.')
  async redirect(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: ForwardCaseDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'redirectCompetence', { to: await this.authorities.refOf(d.toAuthorityId) });
  }

  @Post(':id/report-demand')
  @Authorize('case.decide')
  @CommandEndpoint('Tố cáo overdue: the superior demands a report (Luật Tố cáo Art. 38).')
  demandReport(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: VersionedCommandDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'demandReport');
  }

  @Post(':id/report')
  @Authorize('case.send')
  @CommandEndpoint('Tố cáo: the resolver submits the report the superior demanded.')
  submitReport(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: VersionedCommandDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'submitReport');
  }

  @Post(':id/take-over')
  @Authorize('case.accept')
  @CommandEndpoint('Tố cáo overdue: the superior takes the case over (NĐ 31/2019 Art. 5).')
  takeOver(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: TakeOverDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'takeOver', payloadOf(d));
  }

  @Post(':id/transfer-to-investigation')
  @Authorize('case.forward')
  @CommandEndpoint('Tố cáo: transfer to the investigation body on signs of a crime (Luật Tố cáo Art. 27).')
  transferToInvestigation(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: VersionedCommandDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'transferToInvestigation');
  }

  @Post(':id/forward')
  @Authorize('case.forward')
  @CommandEndpoint('Forward the case to the competent authority (tố cáo: at most once for the same content).')
  async forward(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: ForwardCaseDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'forward', { to: await this.authorities.refOf(d.toAuthorityId) });
  }

  @Post(':id/handler')
  @Authorize('case.assign')
  @CommandEndpoint(
    'Assign the officer who works the case (giao cán bộ thụ lý).',
    'The assigned handler may see a protected denouncer (Luật Tố cáo Art. 56).',
  )
  async assignHandler(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: AssignHandlerDto,
    @CommandContextOf() c: CommandContext,
  ) {
    const result = await this.cases.assignHandler({
      actor: a,
      caseId: p.id,
      expectedVersion: expectedVersionOf(d.expectedVersion, c.ifMatch),
      handlerId: d.handlerId,
      requestId: c.requestId,
    });
    return toCommandResultDto(result);
  }

  @Post(':id/assign')
  @Authorize('case.assign')
  @CommandEndpoint('Kiến nghị, phản ánh: assign a unit to study and answer it.')
  assign(
    @CurrentActor() a: Actor,
    @Param() p: IdParams,
    @Body() d: AssignUnitDto,
    @CommandContextOf() c: CommandContext,
  ) {
    return this.send(a, p.id, d, c, 'assign', payloadOf(d));
  }

  @Post(':id/reply')
  @Authorize('case.decide')
  @CommandEndpoint('Kiến nghị, phản ánh: record the answer sent to the petitioner.')
  reply(@CurrentActor() a: Actor, @Param() p: IdParams, @Body() d: ReplyDto, @CommandContextOf() c: CommandContext) {
    return this.send(a, p.id, d, c, 'reply', payloadOf(d));
  }

  private async send(
    actor: Actor,
    caseId: string,
    dto: VersionedCommandDto,
    ctx: CommandContext,
    type: string,
    payload: Record<string, unknown> = {},
  ): Promise<CommandResultDto> {
    const result = await this.cases.send({
      actor,
      caseId,
      expectedVersion: expectedVersionOf(dto.expectedVersion, ctx.ifMatch),
      event: { type, ...payload },
      requestId: ctx.requestId,
    });
    return toCommandResultDto(result);
  }
}
