import { Module, type DynamicModule } from '@nestjs/common';
import { WorkflowModule } from '@kntc/workflow';
import { DeclarationRepository } from './declarations/declaration.repository';
import { DeclarationService } from './declarations/declaration.service';
import { FactRepository } from './facts/fact.repository';
import { AuditProjector } from './projection/audit-projector.service';
import { RebuildRepository } from './rebuild/rebuild.repository';
import { RebuildService } from './rebuild/rebuild.service';
import { AuditQueryService } from './report/audit-query.service';
import { DrillRepository } from './report/drill.repository';
import { DrillService } from './report/drill.service';
import { ReportRepository } from './report/report.repository';
import { ReportService } from './report/report.service';
import { InspectorViewsRepository } from './views/inspector-views.repository';
import { InspectorViewsService } from './views/inspector-views.service';
import {
  DEFAULT_RECEPTION_FIGURE_OPTIONS,
  RECEPTION_FIGURE_OPTIONS,
  type ReceptionFigureOptions,
} from './reception/reception-figure-options';
import { ReceptionFiguresRepository } from './reception/reception-figures.repository';
import { ReceptionFiguresService } from './reception/reception-figures.service';

/**
 * The audit: facts kept with the events (the projector registers itself with the write path),
 * their rebuild from the log, and the reports, forms and inspector views computed from them.
 */
@Module({
  imports: [WorkflowModule],
  providers: [
    FactRepository,
    AuditProjector,
    RebuildRepository,
    RebuildService,
    ReportRepository,
    ReportService,
    DrillRepository,
    DrillService,
    AuditQueryService,
    DeclarationRepository,
    DeclarationService,
    InspectorViewsRepository,
    InspectorViewsService,
    ReceptionFiguresRepository,
    ReceptionFiguresService,
    { provide: RECEPTION_FIGURE_OPTIONS, useValue: DEFAULT_RECEPTION_FIGURE_OPTIONS },
  ],
  exports: [
    RebuildService,
    ReportService,
    DrillService,
    AuditQueryService,
    DeclarationService,
    InspectorViewsService,
    ReceptionFiguresService,
  ],
})
export class AuditModule {
  /** With the configured counting of reception figures (RECEPTION_DELEGATION_MIN_PEOPLE). */
  static withOptions(options: { reception: ReceptionFigureOptions }): DynamicModule {
    return {
      module: AuditModule,
      providers: [{ provide: RECEPTION_FIGURE_OPTIONS, useValue: options.reception }],
    };
  }
}
