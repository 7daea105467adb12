export { AuditModule } from './audit.module';
export { RebuildService } from './rebuild/rebuild.service';
export type { RebuildReport } from './rebuild/rebuild.service';
export type { CaseFact, PetitionFact } from './facts/fact-rows';
export { ReportService } from './report/report.service';
export { DrillService, MAX_DRILL_PAGE } from './report/drill.service';
export type { DrillPage, DrillRequest, DrillRowScope } from './report/drill.service';
export type { CaseDrillRow, PetitionDrillRow } from './report/drill.repository';
export { AuditQueryService } from './report/audit-query.service';
export type { AuditQuery, DrillQuery } from './report/audit-query.service';
export { toCsv } from './export/csv';
export type { CsvColumn } from './export/csv';
export { resolvePeriod, PERIOD_PRESETS } from './report/period';
export type { Period, PeriodPreset, PeriodRequest } from './report/period';
export { CASE_METRICS, PETITION_METRICS } from './report/metrics';
export type { MetricDef } from './report/metrics';
export { CASE_IDENTITIES, PETITION_IDENTITIES } from './report/identities';
export { CASE_RATIOS, PETITION_RATIOS } from './report/ratios';
export type { Ratio } from './report/ratios';
export { LEVEL_GROUPS, LEVEL_GROUP_LABELS } from './report/levels';
export type { LevelGroup } from './report/levels';
export { CASE_SECTIONS } from './report/report-types';
export type * from './report/report-types';
export { FORM_CODES, FORMS, FORM_BASIS_NOTE } from './forms/form-definitions';
export type { FormCode, FormDefinition, FormColumn } from './forms/form-definitions';
export { buildForm } from './forms/build-form';
export type { FormTable, FormRowView, FormColumnView } from './forms/build-form';
export { formToXlsx } from './forms/form-xlsx';
export { DeclarationService } from './declarations/declaration.service';
export type { DeclarationView } from './declarations/declaration.repository';
export { DECLARATION_SUBJECTS } from './declarations/declared-figures';
export type { DeclarationInput, DeclarationSubject } from './declarations/declared-figures';
export type { IdentityFailure } from './report/identities';
export { InspectorViewsService, MAX_OVERDUE_PAGE } from './views/inspector-views.service';
export { LEAGUE_SORTS } from './views/view-types';
export type {
  League,
  LeagueQuery,
  LeagueRow,
  LeagueSort,
  OverdueItem,
  OverduePage,
  OverdueQuery,
  SortOrder,
} from './views/view-types';
export { ReceptionFiguresService } from './reception/reception-figures.service';
export type {
  ReceptionDrillPage,
  ReceptionDrillRequest,
  ReceptionSection,
} from './reception/reception-figures.service';
export type { ReceptionDrillRow } from './reception/reception-figures.repository';
export { RECEPTION_METRICS } from './reception/reception-metrics';
export type { ReceptionFigureOptions } from './reception/reception-figure-options';
