import { Module, type DynamicModule } from '@nestjs/common';
import { ReadsModule } from '@kntc/workflow';
import { CaseReadsController } from './case-reads.controller';
import { InboxController } from './inbox.controller';
import { PetitionReadsController } from './petition-reads.controller';

/** GET endpoints of đơn and cases: details, lists, inbox, follow-up, duplicate candidates. */
@Module({})
export class ReadsApiModule {
  static register(options: { identityKeys: string }): DynamicModule {
    return {
      module: ReadsApiModule,
      imports: [ReadsModule.register(options)],
      controllers: [PetitionReadsController, CaseReadsController, InboxController],
    };
  }
}
