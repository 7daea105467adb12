export { PersistenceModule } from './persistence.module';
export { changeListenerConnection, dataSourceOptions, MIGRATIONS_TABLE } from './data-source-options';
export { provisionDatabase, runMigrations, pendingMigrations, schemaDrift, withDataSource } from './database-lifecycle';
export type { ProvisionedDatabase } from './database-lifecycle';
export { startEmbeddedPostgres, EmbeddedPostgresError } from './embedded/embedded-postgres.server';
export type { RunningPostgres } from './embedded/embedded-postgres.server';
export { withScratchDatabase } from './scratch-database';
export { describeDatabaseError } from './describe-database-error';
export { queryPrepared } from './prepared-query';
export { DatabaseChanges } from './notifications/database-changes.service';
export type { ChangeFeed, ChangeSubscriber } from './notifications/change-feed';
export type { ChangeTopic, DatabaseChange } from './notifications/database-change';
export { AuthorityEntity } from './authority/authority.entity';
export {
  AuthoritySuccessionEntity,
  SUCCESSION_KINDS,
  type SuccessionKind,
} from './authority/authority-succession.entity';
export { UserEntity, USER_ROLES, type UserRole } from './access/user.entity';
export { RefreshTokenEntity } from './access/refresh-token.entity';
export { PartyEntity, PARTY_ROLES, PARTY_KINDS, type PartyRole, type PartyKind } from './identity/party.entity';
export { IdentityRevealEntity } from './identity/identity-reveal.entity';
export { PetitionEntity, PETITION_CHANNELS, type PetitionChannel } from './workflow/petition.entity';
export { CaseEntity } from './workflow/case.entity';
export { CasePetitionEntity, CASE_PETITION_RELATIONS } from './workflow/case-petition.entity';
export {
  DomainEventEntity,
  STREAM_TYPES,
  CASE_STREAM_TYPES,
  type StreamType,
  type CaseStreamType,
} from './workflow/domain-event.entity';
export { OutboxMessageEntity } from './workflow/outbox-message.entity';
export { CustodyPeriodEntity } from './workflow/custody-period.entity';
export { IdempotencyRecordEntity } from './workflow/idempotency-record.entity';
export { CalendarAnnouncementEntity } from './calendar/calendar-announcement.entity';
export { AttachmentEntity } from './attachments/attachment.entity';
export {
  AuditCaseFactEntity,
  CASE_FACT_EFFECTS,
  CASE_FACT_ENTRIES,
  CASE_FACT_EXITS,
  CASE_FACT_OUTCOMES,
  CASE_FACT_RESOLUTIONS,
} from './audit/audit-case-fact.entity';
export {
  AuditPetitionFactEntity,
  PETITION_FACT_ENTRIES,
  PETITION_FACT_EXITS,
} from './audit/audit-petition-fact.entity';
export { AuditOpeningBalanceEntity, OPENING_BALANCE_SUBJECTS } from './audit/audit-opening-balance.entity';
export {
  ReceptionVisitEntity,
  VISIT_TYPE_VALUES,
  VISIT_FORM_VALUES,
  LEADER_PRESENCE_VALUES,
  VISIT_RESULT_VALUES,
} from './reception/reception-visit.entity';
export { ReceptionVisitorEntity } from './reception/reception-visitor.entity';
export { ReceptionVisitPetitionEntity } from './reception/reception-visit-petition.entity';
export { ReceptionRegisterCounterEntity } from './reception/reception-register-counter.entity';
export { ReceptionDutyScheduleEntity } from './reception/reception-duty-schedule.entity';
