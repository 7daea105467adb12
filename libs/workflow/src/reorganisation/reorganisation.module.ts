import { Module } from '@nestjs/common';
import { AuthorityTreeModule } from '@kntc/access';
import { WorkflowModule } from '../workflow.module';
import { ReorganisationRepository } from './reorganisation.repository';
import { ReorganisationService } from './reorganisation.service';

/** Reorganisations of the authority tree and the hand-over of open files (authority.reorganise). */
@Module({
  imports: [WorkflowModule, AuthorityTreeModule],
  providers: [ReorganisationRepository, ReorganisationService],
  exports: [ReorganisationService],
})
export class ReorganisationModule {}
