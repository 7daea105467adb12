import { Injectable, Logger } from '@nestjs/common';
import {
  announcementKey,
  calendarDataIssues,
  NotFoundError,
  ValidationFailedError,
  VIETNAM_HOLIDAY_ANNOUNCEMENTS,
  vietnamDateOf,
  type Actor,
  type Clocks,
  type HolidayAnnouncement,
  type HolidayOccasion,
  type IsoDate,
  type WorkingCalendar,
} from '@kntc/domain';
import { STREAM_TYPES, type StreamType } from '@kntc/persistence';
import { CalendarService } from '../time/calendar.service';
import { ClockService } from '../time/clock.service';
import { CalendarAdminRepository, announcementName } from './calendar-admin.repository';
import { calendarDays, dayRangeIssues, type CalendarDayView } from './calendar-days';
import { recomputeDeadlines, type ClockChange } from './recompute-deadlines';

const PAGE = 200;

export interface AnnouncementView {
  /** `built_in`: shipped with the engine; `administrator`: stored by an administrator. */
  origin: 'built_in' | 'administrator';
  /** False for a built-in announcement an administrator's one replaces. */
  inEffect: boolean;
  storedAt: Date | null;
  storedById: string | null;
  announcement: HolidayAnnouncement;
}

export interface RecomputedStream {
  streamType: StreamType;
  id: string;
  code: string;
  state: string;
  holder: { id: string; code: string; name: string };
  clocks: ClockChange[];
  nextDueOn: { before: IsoDate | null; after: IsoDate | null };
  /** next_due_on was written (never in a dry run; not when a command changed the row meanwhile). */
  updated: boolean;
}

export interface RecomputeReport {
  dryRun: boolean;
  asOf: IsoDate;
  /**
   * True when the calendar in use before the first change since the last recompute was kept, so
   * each moved clock shows its old due date. False after a restart: only the stored earliest
   * due dates (next_due_on) are compared, and clocks moved by earlier changes are not listed.
   */
  baselineKnown: boolean;
  examined: number;
  changed: RecomputedStream[];
  updated: number;
  /** Rows whose deadlines could not be computed (logged). */
  failed: { streamType: StreamType; id: string; code: string }[];
}

/**
 * The working calendar for administrators: the announcements behind it, the days it yields, and
 * the recompute of open files' due dates after a change. Each change empties the calendar cache
 * at once, so commands from then on count with the new calendar; the recompute brings the
 * stored due dates of untouched files (next_due_on, which the sweeper and overdue lists read)
 * in line and says which clocks moved.
 */
@Injectable()
export class CalendarAdminService {
  private readonly logger = new Logger('CalendarAdminService');
  /**
   * The calendar in use before the first change not yet recomputed: the "before" of the next
   * recompute. Kept in memory only (no table holds past calendars), so a restart loses it.
   */
  private baseline?: WorkingCalendar;

  constructor(
    private readonly announcements: CalendarAdminRepository,
    private readonly calendars: CalendarService,
    private readonly clock: ClockService,
  ) {}

  /** The announcements of a year (all years without one): built-in and stored, the latter winning. */
  async list(year?: number): Promise<AnnouncementView[]> {
    const stored = await this.announcements.listAnnouncements(year);
    const storedKeys = new Set(stored.map((s) => announcementKey(s.announcement)));
    const builtIn = VIETNAM_HOLIDAY_ANNOUNCEMENTS.filter((a) => year === undefined || a.year === year).map(
      (a): AnnouncementView => ({
        origin: 'built_in',
        inEffect: !storedKeys.has(announcementKey(a)),
        storedAt: null,
        storedById: null,
        announcement: structuredClone(a),
      }),
    );
    const own = stored.map((s): AnnouncementView => ({
      origin: 'administrator',
      inEffect: true,
      storedAt: s.storedAt,
      storedById: s.storedById,
      announcement: s.announcement,
    }));
    return [...builtIn, ...own].sort(
      (a, b) =>
        a.announcement.year - b.announcement.year ||
        a.announcement.occasion.localeCompare(b.announcement.occasion) ||
        a.origin.localeCompare(b.origin),
    );
  }

  /** Adds or replaces the announcement of one year and occasion (and name, for `other`). */
  async put(admin: Actor, announcement: HolidayAnnouncement): Promise<{ replaced: boolean; item: AnnouncementView }> {
    const issues = calendarDataIssues({ announcements: [announcement] }).map((i) => ({
      ...i,
      field: i.field?.replace(/^announcements\[0\]\.?/, '') || undefined,
    }));
    if (issues.length > 0) throw new ValidationFailedError(issues, 'Thông báo lịch nghỉ không hợp lệ.');
    await this.keepBaseline();
    const at = this.clock.now();
    const replaced = await this.announcements.putAnnouncement(announcement, admin.userId, at);
    this.calendars.invalidate();
    return {
      replaced,
      item: { origin: 'administrator', inEffect: true, storedAt: at, storedById: admin.userId, announcement },
    };
  }

  async remove(year: number, occasion: HolidayOccasion, name?: string): Promise<void> {
    await this.keepBaseline();
    const deleted = await this.announcements.deleteAnnouncement(year, occasion, announcementName({ occasion, name }));
    if (!deleted) throw new NotFoundError('thông báo lịch nghỉ', `${year}:${occasion}${name ? `:${name}` : ''}`);
    this.calendars.invalidate();
  }

  async days(from: IsoDate, to: IsoDate): Promise<CalendarDayView[]> {
    const issues = dayRangeIssues(from, to);
    if (issues.length > 0) throw new ValidationFailedError(issues);
    return calendarDays(await this.calendars.calendar(), from, to);
  }

  /**
   * Recomputes the deadlines of every open đơn and case under the calendar as stored now, and
   * (unless a dry run) stores the new earliest due dates and forgets the baseline.
   */
  async recompute(dryRun: boolean): Promise<RecomputeReport> {
    const asOf = vietnamDateOf(this.clock.now().toISOString());
    const baselineKnown = this.baseline !== undefined;
    this.calendars.invalidate();
    const after = await this.calendars.calendar();
    const before = this.baseline ?? after;
    const report: RecomputeReport = { dryRun, asOf, baselineKnown, examined: 0, changed: [], updated: 0, failed: [] };
    for (const streamType of STREAM_TYPES) {
      let afterId: string | null = null;
      for (;;) {
        const page = await this.announcements.openStreamsPage(streamType, afterId, PAGE);
        if (page.length === 0) break;
        afterId = page[page.length - 1].id;
        report.examined += page.length;
        const changed: RecomputedStream[] = [];
        const versions = new Map<string, number>();
        for (const row of page) {
          try {
            const moved = recomputeDeadlines(
              (row.clocks as Clocks | null) ?? undefined,
              row.nextDueOn,
              before,
              after,
              asOf,
            );
            if (!moved) continue;
            versions.set(row.id, row.version);
            changed.push({
              streamType,
              id: row.id,
              code: row.code,
              state: row.state,
              holder: { id: row.holderId, code: row.holderCode, name: row.holderName },
              ...moved,
              updated: false,
            });
          } catch (error) {
            report.failed.push({ streamType, id: row.id, code: row.code });
            this.logger.error({ streamType, streamId: row.id, err: error }, 'recomputing deadlines failed');
          }
        }
        if (!dryRun) {
          const toWrite = changed.filter((c) => c.nextDueOn.before !== c.nextDueOn.after);
          const written = await this.announcements.updateNextDueOn(
            streamType,
            toWrite.map((c) => ({ id: c.id, version: versions.get(c.id)!, nextDueOn: c.nextDueOn.after })),
          );
          for (const c of changed) c.updated = written.has(c.id);
          report.updated += written.size;
        }
        report.changed.push(...changed);
        if (page.length < PAGE) break;
      }
    }
    if (!dryRun) this.baseline = undefined;
    return report;
  }

  /** Keeps the calendar in use now as the recompute's "before", unless a change already did. */
  private async keepBaseline(): Promise<void> {
    this.baseline ??= await this.calendars.calendar();
  }
}
