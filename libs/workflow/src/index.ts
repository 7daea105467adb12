export { WorkflowModule } from './workflow.module';
export { StreamWriter } from './streams/stream-writer.service';
export type { CommandRequest, CommandResult, OpenRequest, TransactionalEffect } from './streams/stream-writer.service';
export { CalendarService } from './time/calendar.service';
export { ClockService, FixedClock } from './time/clock.service';
export { CaseEngineModule } from './case-engine.module';
export { PetitionIntakeService } from './intake/petition-intake.service';
export type {
  NewPetition,
  PetitionerInput,
  ReceivedPetition,
  DuplicateCandidateView,
} from './intake/petition-intake.service';
export { PetitionCommandsService } from './commands/petition-commands.service';
export type { PetitionCommand } from './commands/petition-commands.service';
export { CaseCommandsService } from './commands/case-commands.service';
export type { CaseCommand } from './commands/case-commands.service';
export type { CaseDetails } from './commands/case-opening';
export { DeadlineSweeper, SWEEP_DEFAULTS } from './sweeper/deadline-sweeper.service';
export type { SweepOptions, SweepReport } from './sweeper/deadline-sweeper.service';
export { planSweep, reminderDedupeKey, reminderHorizon } from './sweeper/sweep-plan';
export type { ClockDue, SweepPlan } from './sweeper/sweep-plan';
export { OutboxDispatcher, CLAIM_LEASE_MS, DISPATCH_DEFAULTS } from './outbox/outbox-dispatcher.service';
export type { DispatchOptions, DispatchReport } from './outbox/outbox-dispatcher.service';
export { NOTICE_CHANNEL, NoticeDeliveryError } from './outbox/notice-channel';
export type { NoticeChannel, OutboxDelivery } from './outbox/notice-channel';
export { LoggingNoticeChannel } from './outbox/logging-notice-channel';
export { DEFAULT_RETRY_POLICY } from './outbox/retry-policy';
export type { RetryPolicy } from './outbox/retry-policy';
export { ReadsModule } from './reads/reads.module';
export { PetitionReadService } from './reads/petition-read.service';
export { CaseReadService } from './reads/case-read.service';
export { InboxReadService } from './reads/inbox-read.service';
export type { InboxRequest, InboxSection } from './reads/inbox-read.service';
export { DuplicateCandidatesService } from './reads/duplicate-candidates.service';
export type { Page, PageRequest } from './reads/keyset-cursor';
export type { CaseListFilter, PetitionListFilter } from './reads/read-filters';
export type * from './reads/read-models';
export { WorkerModule } from './background/worker.module';

// Attachments of đơn (files with their metadata): owned by its own folder.
export * from './attachments';
// Reorganisation of the authority tree (authority.reorganise) and the hand-over of open files
export { ReorganisationModule } from './reorganisation/reorganisation.module';
export { ReorganisationService } from './reorganisation/reorganisation.service';
export { planReorganisation } from './reorganisation/plan-reorganisation';
export {
  NOT_MOVED_REASONS,
  REORGANISATION_KINDS,
  ReorganisationRuleError,
  SUCCESSION_KIND_OF,
} from './reorganisation/reorganisation.types';
export type * from './reorganisation/reorganisation.types';
// Working calendar administration (calendar.manage)
export { CalendarAdminModule } from './calendar-admin/calendar-admin.module';
export { CalendarAdminService } from './calendar-admin/calendar-admin.service';
export type { AnnouncementView, RecomputeReport, RecomputedStream } from './calendar-admin/calendar-admin.service';
export { calendarDays, MAX_CALENDAR_DAYS } from './calendar-admin/calendar-days';
export type { CalendarDayView } from './calendar-admin/calendar-days';
export type { ClockChange } from './calendar-admin/recompute-deadlines';
// The sổ tiếp công dân (reception register): visits, their result and the Art. 28 reply
export { ReceptionModule } from './reception/reception.module';
export { ReceptionRegisterService } from './reception/reception-register.service';
export { ReceptionReadService } from './reception/reception-read.service';
export type { VisitListFilter, VisitSummaryView, VisitDetailView } from './reception/reception-read.service';
export { ReceptionDutyService } from './reception/reception-duty.service';
export type {
  CancelDutyCommand,
  DutyComplianceView,
  DutyScheduleFilter,
  DutyScheduleView,
  RecordDutyNoticeCommand,
  ScheduleDutyCommand,
} from './reception/reception-duty.service';
export type { DutyScheduleRow, DutyAuthorityRow } from './reception/reception-duty.repository';
export type * from './reception/reception.types';
