import { Module, type DynamicModule } from '@nestjs/common';
import { IdentityVaultModule } from '@kntc/access';
import { CaseCommandsService } from './commands/case-commands.service';
import { PetitionCommandsService } from './commands/petition-commands.service';
import { IntakeRepository } from './intake/intake.repository';
import { PetitionIntakeService } from './intake/petition-intake.service';
import { WorkflowModule } from './workflow.module';

/** Intake of đơn and the commands on đơn and cases, over the write path. */
@Module({})
export class CaseEngineModule {
  static forRoot(options: { identityKeys: string }): DynamicModule {
    return {
      module: CaseEngineModule,
      imports: [WorkflowModule, IdentityVaultModule.register({ identityKeys: options.identityKeys })],
      providers: [IntakeRepository, PetitionIntakeService, PetitionCommandsService, CaseCommandsService],
      exports: [PetitionIntakeService, PetitionCommandsService, CaseCommandsService, IdentityVaultModule],
    };
  }
}
