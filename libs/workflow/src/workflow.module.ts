import { Module } from '@nestjs/common';
import { StreamRepository } from './streams/stream.repository';
import { StreamWriter } from './streams/stream-writer.service';
import { CalendarService } from './time/calendar.service';
import { ClockService } from './time/clock.service';
import { LoggingNoticeChannel } from './outbox/logging-notice-channel';
import { NOTICE_CHANNEL } from './outbox/notice-channel';
import { OutboxDispatcher } from './outbox/outbox-dispatcher.service';
import { OutboxRepository } from './outbox/outbox.repository';
import { DeadlineSweepRepository } from './sweeper/deadline-sweep.repository';
import { DeadlineSweeper } from './sweeper/deadline-sweeper.service';

/** The application layer of the case engine: the write path and the services around it. */
@Module({
  providers: [
    StreamRepository,
    StreamWriter,
    CalendarService,
    ClockService,
    DeadlineSweepRepository,
    DeadlineSweeper,
    OutboxRepository,
    OutboxDispatcher,
    { provide: NOTICE_CHANNEL, useClass: LoggingNoticeChannel },
  ],
  exports: [StreamWriter, CalendarService, ClockService, DeadlineSweeper, OutboxDispatcher],
})
export class WorkflowModule {}
