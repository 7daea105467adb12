import { Module, type DynamicModule } from '@nestjs/common';
import { ReceptionModule } from '@kntc/workflow';
import { DutyController } from './duty.controller';
import { VisitReadsController } from './visit-reads.controller';
import { VisitsController } from './visits.controller';

/** HTTP endpoints of the sổ tiếp công dân. */
@Module({})
export class ReceptionApiModule {
  static register(options: { identityKeys: string }): DynamicModule {
    return {
      module: ReceptionApiModule,
      imports: [ReceptionModule.forRoot(options)],
      controllers: [VisitsController, VisitReadsController, DutyController],
    };
  }
}
