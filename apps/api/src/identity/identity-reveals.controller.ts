import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Authorize, CurrentActor } from '@kntc/access';
import type { Actor } from '@kntc/domain';
import { ErrorEnvelopeDto } from '../http/error-envelope';
import { RevealLogDto, RevealLogQuery, toRevealLogDto } from './dto/reveal-log.dto';
import { IdentityRevealService } from './identity-reveal.service';

/** Nhật ký xem thông tin nhân thân: who saw which protected identity, for inspectors. */
@ApiTags('identity')
@Controller('identity-reveals')
@ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHENTICATED: no valid access token.' })
export class IdentityRevealsController {
  constructor(private readonly identities: IdentityRevealService) {}

  @Get()
  @Authorize('audit.read')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'The reveal log: who revealed which protected denouncer of which đơn, when and why.',
    description:
      'Inspectors only (leaders get 403: the log audits their own reveals). Reveals by users of your authority and every authority below it, oldest first, keyset pages. Never contains an identity.',
  })
  @ApiOkResponse({ type: RevealLogDto, description: 'A page of the log.' })
  @ApiBadRequestResponse({
    type: ErrorEnvelopeDto,
    description: 'VALIDATION_FAILED: unknown parameter, bad date, reversed range or invalid cursor.',
  })
  async list(@CurrentActor() actor: Actor, @Query() query: RevealLogQuery): Promise<RevealLogDto> {
    return toRevealLogDto(await this.identities.revealLog(actor, query));
  }
}
