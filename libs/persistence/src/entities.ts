import { RefreshTokenEntity } from './access/refresh-token.entity';
import { AttachmentEntity } from './attachments/attachment.entity';
import { AuditCaseFactEntity } from './audit/audit-case-fact.entity';
import { AuditOpeningBalanceEntity } from './audit/audit-opening-balance.entity';
import { AuditPetitionFactEntity } from './audit/audit-petition-fact.entity';
import { UserEntity } from './access/user.entity';
import { AuthoritySuccessionEntity } from './authority/authority-succession.entity';
import { AuthorityEntity } from './authority/authority.entity';
import { CalendarAnnouncementEntity } from './calendar/calendar-announcement.entity';
import { IdentityRevealEntity } from './identity/identity-reveal.entity';
import { PartyEntity } from './identity/party.entity';
import { CasePetitionEntity } from './workflow/case-petition.entity';
import { CaseEntity } from './workflow/case.entity';
import { CustodyPeriodEntity } from './workflow/custody-period.entity';
import { DomainEventEntity } from './workflow/domain-event.entity';
import { IdempotencyRecordEntity } from './workflow/idempotency-record.entity';
import { OutboxMessageEntity } from './workflow/outbox-message.entity';
import { PetitionEntity } from './workflow/petition.entity';
import { ReceptionDutyScheduleEntity } from './reception/reception-duty-schedule.entity';
import { ReceptionRegisterCounterEntity } from './reception/reception-register-counter.entity';
import { ReceptionVisitPetitionEntity } from './reception/reception-visit-petition.entity';
import { ReceptionVisitEntity } from './reception/reception-visit.entity';
import { ReceptionVisitorEntity } from './reception/reception-visitor.entity';

// Every entity, listed explicitly so source, tests and the compiled app resolve the same set.
export const ENTITIES: Function[] = [
  AuthorityEntity,
  AuthoritySuccessionEntity,
  UserEntity,
  RefreshTokenEntity,
  PartyEntity,
  IdentityRevealEntity,
  PetitionEntity,
  CaseEntity,
  CasePetitionEntity,
  DomainEventEntity,
  OutboxMessageEntity,
  CustodyPeriodEntity,
  IdempotencyRecordEntity,
  CalendarAnnouncementEntity,
  AttachmentEntity,
  AuditPetitionFactEntity,
  AuditCaseFactEntity,
  AuditOpeningBalanceEntity,
  ReceptionVisitEntity,
  ReceptionVisitorEntity,
  ReceptionVisitPetitionEntity,
  ReceptionRegisterCounterEntity,
  ReceptionDutyScheduleEntity,
];
