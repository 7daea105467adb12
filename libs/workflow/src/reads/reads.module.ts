import { Module, type DynamicModule } from '@nestjs/common';
import { IdentityVaultModule } from '@kntc/access';
import { WorkflowModule } from '../workflow.module';
import { AuthorityReadRepository } from './authority-read.repository';
import { CaseReadRepository } from './case-read.repository';
import { CaseReadService } from './case-read.service';
import { DuplicateCandidatesRepository } from './duplicate-candidates.repository';
import { DuplicateCandidatesService } from './duplicate-candidates.service';
import { InboxReadRepository } from './inbox-read.repository';
import { InboxReadService } from './inbox-read.service';
import { PetitionReadRepository } from './petition-read.repository';
import { PetitionReadService } from './petition-read.service';
import { ReadContext } from './read-context';
import { StreamHistoryRepository } from './stream-history.repository';

const SERVICES = [PetitionReadService, CaseReadService, InboxReadService, DuplicateCandidatesService];

/**
 * The read side of the case engine: details, lists, inbox, follow-up and duplicate candidates,
 * all scoped to the actor (DataScopeService, from the global AccessModule). The vault is used
 * for the redacted view of parties and for matching by blind index, neither of which decrypts.
 */
@Module({})
export class ReadsModule {
  static register(options: { identityKeys: string }): DynamicModule {
    return {
      module: ReadsModule,
      imports: [WorkflowModule, IdentityVaultModule.register(options)],
      providers: [
        ReadContext,
        AuthorityReadRepository,
        PetitionReadRepository,
        CaseReadRepository,
        StreamHistoryRepository,
        InboxReadRepository,
        DuplicateCandidatesRepository,
        ...SERVICES,
      ],
      exports: SERVICES,
    };
  }
}
