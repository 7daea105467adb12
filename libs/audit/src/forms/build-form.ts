import { LEVEL_GROUPS } from '../report/levels';
import type { Report, ReportFailure, ReportRow, ReportSubject } from '../report/report-types';
import { FORM_BASIS_NOTE, FORMS, type FormCode, type FormColumn } from './form-definitions';

export interface FormColumnView {
  no: number;
  heading: string;
  group: string | null;
  formula: string | null;
  /** false: the engine does not record this; the cells are empty. */
  available: boolean;
  unavailableReason: string | null;
}

export interface FormRowView {
  /** STT as printed: roman numerals for level groups, numbers for authorities, empty for the total. */
  order: string;
  label: string;
  kind: 'total' | 'level' | 'authority';
  authorityId: string | null;
  authorityCode: string | null;
  /** One value per column, in column order; null where the column has no data. */
  values: (number | null)[];
}

export interface FormTable {
  form: { code: FormCode; number: string; title: string };
  period: Report['period'];
  knowledge: Report['knowledge'];
  root: Report['root'];
  basisNote: string;
  columns: FormColumnView[];
  rows: FormRowView[];
  /** Failing identities of the tables the form is built from. */
  failedChecks: ReportFailure[];
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'];

function rowsOf(report: Report, subject: ReportSubject): ReportRow[] {
  if (subject === 'reception') return report.reception.rows;
  return subject === 'petitions' ? report.petitions : report.cases[subject];
}

const keyOf = (row: ReportRow) =>
  row.scope.type === 'total'
    ? 'total'
    : row.scope.type === 'level'
      ? `level:${row.scope.level}`
      : row.scope.authority.id;

function valueOf(column: FormColumn, row: ReportRow | undefined): number | null {
  const s = column.source;
  if ('unavailable' in s || !row) return null;
  if ('metric' in s) return row.cells[s.metric] ?? 0;
  if ('sum' in s) return s.sum.reduce((t, k) => t + (row.cells[k] ?? 0), 0);
  return row.ratios[s.ratio]?.percent ?? null;
}

/**
 * A statutory form as a table: the report's rows in the order of the form (total, then each
 * level group followed by its authorities: province → provincial agencies → districts →
 * communes) and one value per numbered column.
 */
export function buildForm(report: Report, code: FormCode): FormTable {
  const def = FORMS[code];
  const subjects = [
    ...new Set(def.columns.flatMap((c) => ('subject' in c.source ? [c.source.subject] : []))),
  ] as ReportSubject[];
  const indexed = new Map(subjects.map((s) => [s, new Map(rowsOf(report, s).map((r) => [keyOf(r), r]))] as const));
  const valuesFor = (key: string) =>
    def.columns.map((c) => valueOf(c, 'subject' in c.source ? indexed.get(c.source.subject)!.get(key) : undefined));

  // Every subject's rows have the same scopes (build-report); the first one orders the form.
  const base = rowsOf(report, subjects[0] ?? 'petitions');
  const rows: FormRowView[] = [
    {
      order: '',
      label: 'Tổng cộng',
      kind: 'total',
      authorityId: null,
      authorityCode: null,
      values: valuesFor('total'),
    },
  ];
  let groupNo = 0;
  for (const level of LEVEL_GROUPS) {
    const levelRow = base.find((r) => r.scope.type === 'level' && r.scope.level === level);
    if (!levelRow || levelRow.scope.type !== 'level') continue;
    rows.push({
      order: ROMAN[groupNo++] ?? String(groupNo),
      label: levelRow.scope.label,
      kind: 'level',
      authorityId: null,
      authorityCode: null,
      values: valuesFor(`level:${level}`),
    });
    let n = 0;
    for (const r of base) {
      if (r.scope.type !== 'authority' || r.scope.level !== level) continue;
      rows.push({
        order: String(++n),
        label: r.scope.authority.name,
        kind: 'authority',
        authorityId: r.scope.authority.id,
        authorityCode: r.scope.authority.code,
        values: valuesFor(r.scope.authority.id),
      });
    }
  }
  return {
    form: { code, number: def.number, title: def.title },
    period: report.period,
    knowledge: report.knowledge,
    root: report.root,
    basisNote: FORM_BASIS_NOTE,
    columns: def.columns.map((c) => ({
      no: c.no,
      heading: c.heading,
      group: c.group ?? null,
      formula: c.formula ?? null,
      available: !('unavailable' in c.source),
      unavailableReason: 'unavailable' in c.source ? `Không có dữ liệu (${c.source.unavailable})` : null,
    })),
    rows,
    failedChecks: report.checks.failed.filter((f) => subjects.includes(f.subject)),
  };
}
