import type { DutyPeriodStatus, IsoDate } from '@kntc/domain';
import type { IdentityFailure } from './identities';
import type { LevelGroup } from './levels';
import type { Period } from './period';
import type { Ratio } from './ratios';

export const CASE_SECTIONS = ['complaint', 'denunciation', 'complaintAndDenunciation', 'feedback'] as const;
export type CaseSection = (typeof CASE_SECTIONS)[number];
export type Subject = 'petitions' | CaseSection;
/** The tables of a report: the reception register's (Biểu 01/TCD) besides đơn and cases. */
export type ReportSubject = Subject | 'reception';

export interface AuthorityInfo {
  id: string;
  code: string;
  name: string;
  level: string;
  parentId: string | null;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
}

export type RowScope =
  | { type: 'total' }
  | { type: 'level'; level: LevelGroup; label: string }
  | { type: 'authority'; authority: Pick<AuthorityInfo, 'id' | 'code' | 'name' | 'level'>; level: LevelGroup };

export interface ReportRow {
  scope: RowScope;
  /** Every cell: what the engine recorded plus what was declared by hand. */
  cells: Record<string, number>;
  /** The declared part of each cell, when some figures were declared (kê khai). */
  declared?: Record<string, number>;
  ratios: Record<string, Ratio>;
}

/**
 * The heads' periodic reception duty (Luật TCD Arts. 12.5, 15.2, 18.2; ND154/2026 Art. 10.2) of
 * one authority, or the total: days owed and held over the periods overlapping the report's
 * period (judged whole), from the register as known at the cut-off. Schedules are not used.
 */
export interface DutyReportRow {
  /** `total`, or one authority. */
  scope: Extract<RowScope, { type: 'total' } | { type: 'authority' }>;
  /** Authority rows: whose duty it is, e.g. "Chủ tịch UBND cấp xã". */
  head?: string;
  required: number;
  heldInPerson: number;
  heldDelegated: number;
  /** Days still owed, a delegated day counted as held; periods still ongoing left out. */
  missing: number;
  /** Days still owed in person; periods still ongoing left out. */
  missingInPerson: number;
  /** Number of duty periods by status. */
  periods: Record<DutyPeriodStatus, number>;
}

export interface ReportFailure extends IdentityFailure {
  subject: ReportSubject;
  scope: RowScope;
  /** `engine`: figures the engine recorded; `combined`: with declared figures; `declared`: a declaration alone. */
  source: 'engine' | 'combined' | 'declared';
  declarationId?: string;
}

export interface DeclarationUse {
  id: string;
  authorityId: string;
  subject: string;
  periodFrom: IsoDate;
  periodTo: IsoDate;
  source: string;
  declaredAt: string;
  /** Combined with the engine's figures, or left out because it is not inside the report's period. */
  combined: boolean;
}

export interface Report {
  period: Period;
  /** The knowledge cut-off: facts as recorded up to this instant. */
  knowledge: { asOf: string; frozen: boolean };
  root: Pick<AuthorityInfo, 'id' | 'code' | 'name' | 'level'>;
  scope: 'authority' | 'subtree';
  petitions: ReportRow[];
  cases: Record<CaseSection, ReportRow[]>;
  /**
   * The sổ tiếp công dân: visits, people, vụ việc, đoàn đông người (from `delegationMinPeople`
   * people), the heads' receptions in person and delegated. Same rows as the other tables.
   * `duty`: the heads' periodic reception duty, total first, then each authority of `rows` whose
   * head has a statutory duty in the period.
   */
  reception: { delegationMinPeople: number; rows: ReportRow[]; duty: DutyReportRow[] };
  checks: { checked: number; failed: ReportFailure[] };
  declarations: DeclarationUse[];
}

export interface ReportRequest {
  rootId: string;
  scope: 'authority' | 'subtree';
  period: Period;
  /** Knowledge cut-off; now when absent. */
  asOf?: Date;
}
