import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Actor } from '@kntc/domain';
import { Authorize, CurrentActor } from '@kntc/access';
import { InboxReadService } from '@kntc/workflow';
import { ErrorEnvelopeDto } from '../http/error-envelope';
import { FollowUpListDto, FollowUpQuery, toFollowUpListDto } from './dto/follow-up.dto';
import { InboxDto, InboxQuery, toInboxDto } from './dto/inbox.dto';

/** Your authority's work: what waits for it (hộp đơn) and what it forwarded (theo dõi). */
@ApiTags('inbox')
@Controller()
@Authorize('read')
@ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHENTICATED: no valid access token.' })
export class InboxController {
  constructor(private readonly inbox: InboxReadService) {}

  @Get('inbox')
  @ApiOperation({
    summary: "Your authority's inbox: đơn forwarded to it awaiting receipt, and the open đơn and cases it holds.",
    description: 'Both sections are due soonest first, with the overdue flag judged against today in Vietnam.',
  })
  @ApiOkResponse({ type: InboxDto, description: 'The inbox.' })
  @ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: bad parameter or cursor.' })
  async inboxOf(@CurrentActor() actor: Actor, @Query() query: InboxQuery): Promise<InboxDto> {
    return toInboxDto(
      await this.inbox.inboxOf(actor, {
        limit: query.limit,
        sections: query.section ? [query.section] : undefined,
        awaitingReceiptCursor: query.awaitingReceiptCursor,
        heldCursor: query.heldCursor,
      }),
    );
  }

  @Get('follow-up')
  @ApiOperation({
    summary: 'Đơn your authority forwarded, and what became of each at the receiver (theo dõi).',
    description: 'Received, sent back, forwarded on or disposed of; with the case and its outcome when one was opened.',
  })
  @ApiOkResponse({ type: FollowUpListDto, description: 'A page of forwards, newest first.' })
  @ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: bad parameter or cursor.' })
  async followUp(@CurrentActor() actor: Actor, @Query() query: FollowUpQuery): Promise<FollowUpListDto> {
    const page = await this.inbox.followUpOf(actor, { limit: query.limit, cursor: query.cursor });
    return toFollowUpListDto(page, query.limit);
  }
}
