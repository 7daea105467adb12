import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { vietnamCalendar, type CalendarData, type HolidayAnnouncement, type WorkingCalendar } from '@kntc/domain';
import { DatabaseChanges, type ChangeFeed } from '@kntc/persistence';

/**
 * The working calendar: the built-in statutory data plus the announcements administrators
 * stored. Shared until they change: `invalidate` in the process that changed them, the
 * database's `calendar` notification (or a gap in listening) in every process.
 */
@Injectable()
export class CalendarService {
  private cached?: Promise<WorkingCalendar>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DatabaseChanges) changes: ChangeFeed,
  ) {
    changes.subscribe({ topics: ['calendar'], changed: () => this.invalidate(), flush: () => this.invalidate() });
  }

  calendar(): Promise<WorkingCalendar> {
    this.cached ??= this.load().catch((error: unknown) => {
      this.cached = undefined;
      throw error;
    });
    return this.cached;
  }

  invalidate(): void {
    this.cached = undefined;
  }

  private async load(): Promise<WorkingCalendar> {
    const rows = await this.dataSource.query<{ announcement: HolidayAnnouncement }[]>(
      'SELECT announcement FROM calendar_announcement ORDER BY year, occasion, name',
    );
    const extra: CalendarData = { announcements: rows.map((r) => r.announcement) };
    return vietnamCalendar(extra);
  }
}
