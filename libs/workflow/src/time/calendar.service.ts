import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { vietnamCalendar, type CalendarData, type HolidayAnnouncement, type WorkingCalendar } from '@kntc/domain';

/**
 * The working calendar: the built-in statutory data plus the announcements administrators
 * stored. Rebuilt when they change (`invalidate`), otherwise shared.
 */
@Injectable()
export class CalendarService {
  private cached?: Promise<WorkingCalendar>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
