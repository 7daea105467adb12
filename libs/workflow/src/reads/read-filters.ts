import type { IsoDate } from '@kntc/domain';

/** Filters shared by the đơn and case lists. Dates are Vietnam civil dates, bounds inclusive. */
export interface StreamListFilter {
  state?: string;
  holderAuthorityId?: string;
  subjectArea?: string;
  receivedFrom?: IsoDate;
  receivedTo?: IsoDate;
  /** On `next_due_on`, the earliest running due date. */
  dueFrom?: IsoDate;
  dueTo?: IsoDate;
  /** true: next_due_on before today in Vietnam; false: not overdue (no due date, or today or later). */
  overdue?: boolean;
  /** Case-insensitive substring of the summary. */
  text?: string;
}

export interface PetitionListFilter extends StreamListFilter {
  contentKind?: string;
  bounced?: boolean;
}

export interface CaseListFilter extends StreamListFilter {
  kind?: string;
}
