import { Module, type DynamicModule } from '@nestjs/common';
import { AuditModule } from '@kntc/audit';
import type { AppConfig } from '@kntc/config';
import { AuditDeclarationsController } from './audit-declarations.controller';
import { AuditFormsController } from './audit-forms.controller';
import { AuditReceptionController } from './audit-reception.controller';
import { AuditReportsController } from './audit-reports.controller';
import { AuditViewsController } from './audit-views.controller';

/** The audit over HTTP: reports, drill-down, statutory forms, inspector views, declared figures. */
@Module({})
export class AuditApiModule {
  static register(config: Pick<AppConfig, 'reception'>): DynamicModule {
    return {
      module: AuditApiModule,
      imports: [AuditModule.withOptions({ reception: config.reception })],
      controllers: [
        AuditReportsController,
        AuditReceptionController,
        AuditFormsController,
        AuditDeclarationsController,
        AuditViewsController,
      ],
    };
  }
}
