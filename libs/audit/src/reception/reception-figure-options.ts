/** How the audit counts reception figures; from the validated configuration (RECEPTION_DELEGATION_MIN_PEOPLE). */
export interface ReceptionFigureOptions {
  /** A visit of at least this many people is a đoàn đông người in the reports. */
  delegationMinPeople: number;
}

export const RECEPTION_FIGURE_OPTIONS = Symbol('RECEPTION_FIGURE_OPTIONS');

/** Luật TCD Art. 29: from five people a crowd appoints representatives. */
export const DEFAULT_RECEPTION_FIGURE_OPTIONS: ReceptionFigureOptions = { delegationMinPeople: 5 };
