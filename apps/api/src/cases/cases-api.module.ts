import { Module, type DynamicModule } from '@nestjs/common';
import { CaseEngineModule } from '@kntc/workflow';
import { CasesController } from './cases.controller';
import { PetitionsController } from '../petitions/petitions.controller';

/** HTTP commands on đơn and cases. */
@Module({})
export class CaseCommandsApiModule {
  static register(options: { identityKeys: string }): DynamicModule {
    return {
      module: CaseCommandsApiModule,
      imports: [CaseEngineModule.forRoot(options)],
      controllers: [PetitionsController, CasesController],
    };
  }
}
