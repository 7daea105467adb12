import { Module } from '@nestjs/common';
import { WorkflowModule } from '../workflow.module';
import { CalendarAdminRepository } from './calendar-admin.repository';
import { CalendarAdminService } from './calendar-admin.service';

/**
 * Administration of the working calendar (calendar.manage). It shares WorkflowModule's
 * CalendarService, so a change empties the cache the write path reads.
 */
@Module({
  imports: [WorkflowModule],
  providers: [CalendarAdminRepository, CalendarAdminService],
  exports: [CalendarAdminService],
})
export class CalendarAdminModule {}
