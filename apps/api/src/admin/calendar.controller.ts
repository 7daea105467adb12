import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Actor } from '@kntc/domain';
import { Authorize, CurrentActor } from '@kntc/access';
import { CalendarAdminService } from '@kntc/workflow';
import { ErrorEnvelopeDto } from '../http/error-envelope';
import {
  AnnouncementKeyParams,
  AnnouncementListDto,
  AnnouncementNameQuery,
  CalendarDaysDto,
  CalendarDaysQuery,
  HolidayAnnouncementDto,
  ListAnnouncementsQuery,
  PutAnnouncementResultDto,
  RecomputeDto,
  RecomputeReportDto,
  toAnnouncementItemDto,
  toCalendarDayDto,
  toRecomputeReportDto,
} from './dto/calendar.dto';

/**
 * The working calendar (lịch ngày làm việc): the Government's holiday announcements behind it,
 * the days it yields, and the recompute of open files' due dates after a change. Administrators
 * only (calendar.manage); officers see the days off that matter inside each deadline's proof.
 */
@ApiTags('calendar')
@Controller('calendar')
@Authorize('calendar.manage')
@ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHENTICATED: no valid access token.' })
export class CalendarController {
  constructor(private readonly calendar: CalendarAdminService) {}

  @Get('announcements')
  @ApiOperation({
    summary: 'Holiday announcements: built in and stored by administrators (a stored one replaces the built-in one).',
  })
  @ApiOkResponse({ type: AnnouncementListDto, description: 'The announcements.' })
  @ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: bad year.' })
  async list(@Query() query: ListAnnouncementsQuery): Promise<AnnouncementListDto> {
    return { items: (await this.calendar.list(query.year)).map(toAnnouncementItemDto) };
  }

  @Put('announcements')
  @ApiOperation({
    summary: 'Add or replace the announcement of one year and occasion (and name, for `other`).',
    description:
      'It replaces the default rule (and any built-in announcement) for that occasion and year entirely. Commands count with the new calendar at once; run POST /calendar/recompute to update the stored due dates of open files.',
  })
  @ApiOkResponse({ type: PutAnnouncementResultDto, description: 'Stored.' })
  @ApiBadRequestResponse({
    type: ErrorEnvelopeDto,
    description: 'VALIDATION_FAILED: invalid field or calendar fact (e.g. a swap whose worked day is not a rest day).',
  })
  async put(@CurrentActor() admin: Actor, @Body() dto: HolidayAnnouncementDto): Promise<PutAnnouncementResultDto> {
    const { replaced, item } = await this.calendar.put(admin, dto);
    return { replaced, item: toAnnouncementItemDto(item) };
  }

  @Delete('announcements/:year/:occasion')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete a stored announcement: the built-in one (or the default rule) applies again.',
    description: 'Run POST /calendar/recompute afterwards to update the stored due dates of open files.',
  })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: bad year or occasion.' })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'NOT_FOUND: no stored announcement with that key.' })
  async remove(@Param() params: AnnouncementKeyParams, @Query() query: AnnouncementNameQuery): Promise<void> {
    await this.calendar.remove(params.year, params.occasion, query.name);
  }

  @Get('days')
  @ApiOperation({ summary: 'Each day of a range: working or not, and why (name, estimated, source).' })
  @ApiOkResponse({ type: CalendarDaysDto, description: 'The days.' })
  @ApiBadRequestResponse({
    type: ErrorEnvelopeDto,
    description: 'VALIDATION_FAILED: bad dates, or more than 400 days.',
  })
  async days(@Query() query: CalendarDaysQuery): Promise<CalendarDaysDto> {
    return { items: (await this.calendar.days(query.from, query.to)).map(toCalendarDayDto) };
  }

  @Post('recompute')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Recompute the deadlines of every open đơn and case under the calendar now; report the clocks that move.',
    description:
      "Compares with the calendar in use before the first change since the last recompute. Unless a dry run, stores each open file's new earliest running due date (next_due_on, read by the deadline sweeper and the overdue lists). Nothing else changes: due dates are not stored in the files, they are computed from the clocks and the calendar.",
  })
  @ApiOkResponse({ type: RecomputeReportDto, description: 'The files whose deadlines move.' })
  @ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: dryRun missing.' })
  async recompute(@Body() dto: RecomputeDto): Promise<RecomputeReportDto> {
    return toRecomputeReportDto(await this.calendar.recompute(dto.dryRun));
  }
}
