import { Body, Controller, Header, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Authorize, CurrentActor } from '@kntc/access';
import type { Actor } from '@kntc/domain';
import { CommandContextOf, type CommandContext } from '../http/command-context.decorator';
import { ErrorEnvelopeDto } from '../http/error-envelope';
import { RevealPartyDto, VisitorRevealParams } from './dto/reveal-party.dto';
import { RevealedVisitorIdentityDto, toRevealedVisitorIdentityDto } from './dto/revealed-identity.dto';
import { IdentityRevealService } from './identity-reveal.service';

/** Xem nhân thân người được tiếp: the one endpoint that returns who came to a reception. */
@ApiTags('identity')
@Controller('reception/visits')
@ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHENTICATED: no valid access token.' })
export class VisitorRevealController {
  constructor(private readonly identities: IdentityRevealService) {}

  @Post(':id/visitors/:visitorId/reveal')
  @Authorize('identity.reveal')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Reveal the identity of someone received at a visit, with the reason.',
    description:
      'To the reception staff and leaders of the authority holding the visit (NĐ 154/2026 Art. 12.2), to answer the citizen (Luật TCD Art. 28). When the citizen asked for protection as a denouncer, only to the person who received them and the leaders (Luật Tố cáo Art. 47). Never to handlers, inspectors or administrators. Every reveal is recorded in the reveal log with your reason.',
  })
  @ApiOkResponse({ type: RevealedVisitorIdentityDto, description: 'The identity. Sent with Cache-Control: no-store.' })
  @ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: no reason, or a malformed id.' })
  @ApiNotFoundResponse({
    type: ErrorEnvelopeDto,
    description:
      'NOT_FOUND: no such person at this visit, not within your reach, or the law does not let you see it (the three look the same).',
  })
  async reveal(
    @CurrentActor() actor: Actor,
    @Param() params: VisitorRevealParams,
    @Body() dto: RevealPartyDto,
    @CommandContextOf() ctx: CommandContext,
  ): Promise<RevealedVisitorIdentityDto> {
    return toRevealedVisitorIdentityDto(
      await this.identities.revealVisitor(actor, params.id, params.visitorId, dto.reason, ctx.requestId),
    );
  }
}
