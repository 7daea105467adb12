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
import { PartyRevealParams, RevealPartyDto } from './dto/reveal-party.dto';
import { RevealedIdentityDto, toRevealedIdentityDto } from './dto/revealed-identity.dto';
import { IdentityRevealService } from './identity-reveal.service';

/** Xem thông tin nhân thân: the one endpoint that returns a party's identity. */
@ApiTags('identity')
@Controller('petitions')
@ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHENTICATED: no valid access token.' })
export class PartyRevealController {
  constructor(private readonly identities: IdentityRevealService) {}

  @Post(':id/parties/:partyId/reveal')
  @Authorize('identity.reveal')
  @HttpCode(200)
  // The identity must not stay in any cache between the server and the officer's screen.
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Reveal the identity of a party of a đơn, with the reason.',
    description:
      'A protected denouncer (Luật Tố cáo Art. 47) is revealed only to the leader of the authority resolving the case, and every such reveal is recorded in the reveal log with your reason (Art. 56.1). Other parties: to the staff of the authority holding the đơn (NĐ 154/2026 Art. 12.2). Never to inspectors or administrators.',
  })
  @ApiOkResponse({ type: RevealedIdentityDto, description: 'The identity. Sent with Cache-Control: no-store.' })
  @ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: no reason, or a malformed id.' })
  @ApiNotFoundResponse({
    type: ErrorEnvelopeDto,
    description:
      'NOT_FOUND: no such party on this đơn, not within your reach, or the law does not let you see it (the three look the same).',
  })
  async reveal(
    @CurrentActor() actor: Actor,
    @Param() params: PartyRevealParams,
    @Body() dto: RevealPartyDto,
    @CommandContextOf() ctx: CommandContext,
  ): Promise<RevealedIdentityDto> {
    return toRevealedIdentityDto(
      await this.identities.revealPartyOfPetition(actor, params.id, params.partyId, dto.reason, ctx.requestId),
    );
  }
}
