import { Module, type DynamicModule } from '@nestjs/common';
import { CaseEngineModule } from '../case-engine.module';
import { IntakeRepository } from '../intake/intake.repository';
import { ReadContext } from '../reads/read-context';
import { WorkflowModule } from '../workflow.module';
import { ReceptionReadService } from './reception-read.service';
import { ReceptionRegisterService } from './reception-register.service';
import { ReceptionRepository } from './reception.repository';
import { ReceptionDutyRepository } from './reception-duty.repository';
import { ReceptionDutyService } from './reception-duty.service';
import { VisitReplyReactor } from './visit-reply-reactor';

/**
 * The sổ tiếp công dân: visits over the write path (a `visit` stream), the đơn they log through
 * the intake service, and the register's reads. Data scope comes from the global AccessModule.
 */
@Module({})
export class ReceptionModule {
  static forRoot(options: { identityKeys: string }): DynamicModule {
    return {
      module: ReceptionModule,
      imports: [WorkflowModule, CaseEngineModule.forRoot(options)],
      providers: [
        ReadContext,
        ReceptionRepository,
        IntakeRepository,
        ReceptionRegisterService,
        ReceptionReadService,
        ReceptionDutyRepository,
        ReceptionDutyService,
        VisitReplyReactor,
      ],
      exports: [ReceptionRegisterService, ReceptionReadService, ReceptionDutyService],
    };
  }
}
