import { Module } from '@nestjs/common';
import { AuditModule } from '@kntc/audit';
import { AuditDeclarationsController } from './audit-declarations.controller';
import { AuditFormsController } from './audit-forms.controller';
import { AuditReportsController } from './audit-reports.controller';
import { AuditViewsController } from './audit-views.controller';

/** The audit over HTTP: reports, drill-down, statutory forms, inspector views, declared figures. */
@Module({
  imports: [AuditModule],
  controllers: [AuditReportsController, AuditFormsController, AuditDeclarationsController, AuditViewsController],
})
export class AuditApiModule {}
