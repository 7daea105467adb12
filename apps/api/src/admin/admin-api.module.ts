import { Module } from '@nestjs/common';
import { AuthorityTreeModule } from '@kntc/access';
import { CalendarAdminModule, ReorganisationModule } from '@kntc/workflow';
import { AuthoritiesController } from './authorities.controller';
import { CalendarController } from './calendar.controller';
import { ReorganisationsController } from './reorganisations.controller';

/** Administration endpoints: the authority tree, reorganisations and the working calendar. */
@Module({
  imports: [AuthorityTreeModule, ReorganisationModule, CalendarAdminModule],
  controllers: [AuthoritiesController, ReorganisationsController, CalendarController],
})
export class AdminApiModule {}
