import { CASE_IDENTITIES, failingIdentities, PETITION_IDENTITIES, type Identity } from './identities';
import { LEVEL_GROUP_LABELS, LEVEL_GROUPS, levelGroupOf, type LevelGroup } from './levels';
import { CASE_METRICS, PETITION_METRICS } from './metrics';
import { CASE_RATIOS, computeRatios, PETITION_RATIOS, type RatioDef } from './ratios';
import type { CellRow, DeclarationRow } from './report.repository';
import {
  CASE_SECTIONS,
  type AuthorityInfo,
  type CaseSection,
  type DeclarationUse,
  type ReportFailure,
  type ReportRow,
  type RowScope,
  type Subject,
} from './report-types';

type Cells = Record<string, number>;

interface Part {
  engine: Cells;
  declared: Cells;
}

const emptyPart = (): Part => ({ engine: {}, declared: {} });

function addInto(target: Cells, source: Cells): void {
  for (const [k, v] of Object.entries(source)) target[k] = (target[k] ?? 0) + v;
}

const total = (p: Part): Cells => {
  const cells: Cells = {};
  addInto(cells, p.engine);
  addInto(cells, p.declared);
  return cells;
};

const KEYS: Record<Subject, string[]> = {
  petitions: PETITION_METRICS.map((m) => m.key),
  ...(Object.fromEntries(CASE_SECTIONS.map((s) => [s, CASE_METRICS.map((m) => m.key)])) as Record<
    CaseSection,
    string[]
  >),
};

const IDENTITIES = (subject: Subject): readonly Identity[] =>
  subject === 'petitions' ? PETITION_IDENTITIES : CASE_IDENTITIES;
const RATIOS = (subject: Subject): readonly RatioDef[] => (subject === 'petitions' ? PETITION_RATIOS : CASE_RATIOS);

const SUBJECT_OF_DECLARATION: Record<string, Subject> = {
  petition: 'petitions',
  complaint: 'complaint',
  denunciation: 'denunciation',
  feedback: 'feedback',
};

function pick(row: CellRow, keys: string[]): Cells {
  return Object.fromEntries(keys.map((k) => [k, Number(row[k] ?? 0)]));
}

/** Every key present, zero when nothing counted: a report shows each line even when empty. */
const withAllKeys = (subject: Subject, cells: Cells): Cells =>
  Object.fromEntries(KEYS[subject].map((k) => [k, cells[k] ?? 0]));

const isZero = (p: Part) =>
  Object.values(p.engine).every((v) => v === 0) && Object.values(p.declared).every((v) => v === 0);

export interface ReportInputs {
  authorities: AuthorityInfo[];
  period: { from: string; to: string };
  caseRows: CellRow[];
  petitionRows: CellRow[];
  declarations: DeclarationRow[];
}

export interface BuiltReport {
  petitions: ReportRow[];
  cases: Record<CaseSection, ReportRow[]>;
  checks: { checked: number; failed: ReportFailure[] };
  declarations: DeclarationUse[];
}

/**
 * Assembles a report from the per-authority counts: adds the declared figures that fall inside
 * the period, rolls authorities up by level and into a total, computes the declared ratios, and
 * checks every identity on every row (and on each declaration alone). Pure.
 */
export function buildReport(input: ReportInputs): BuiltReport {
  const { authorities, period } = input;
  const subjects: Subject[] = ['petitions', ...CASE_SECTIONS];
  const parts = new Map<string, Part>();
  const partOf = (subject: Subject, authorityId: string) => {
    const key = `${subject}:${authorityId}`;
    let p = parts.get(key);
    if (!p) parts.set(key, (p = emptyPart()));
    return p;
  };

  for (const row of input.petitionRows) addInto(partOf('petitions', row.authorityId).engine, pick(row, KEYS.petitions));
  for (const row of input.caseRows) {
    const subject = row.kind as CaseSection;
    const cells = pick(row, KEYS[subject]);
    addInto(partOf(subject, row.authorityId).engine, cells);
    if (subject === 'complaint' || subject === 'denunciation') {
      addInto(partOf('complaintAndDenunciation', row.authorityId).engine, cells);
    }
  }

  const failed: ReportFailure[] = [];
  let checked = 0;
  const declarations: DeclarationUse[] = [];
  for (const d of input.declarations) {
    const subject = SUBJECT_OF_DECLARATION[d.subject];
    const inside = d.periodFrom >= period.from && d.periodTo <= period.to;
    declarations.push({
      id: d.id,
      authorityId: d.authorityId,
      subject: d.subject,
      periodFrom: d.periodFrom,
      periodTo: d.periodTo,
      source: d.source,
      declaredAt: new Date(d.declaredAt).toISOString(),
      combined: inside,
    });
    const authority = authorities.find((a) => a.id === d.authorityId);
    const scope: RowScope = authority
      ? { type: 'authority', authority: brief(authority), level: levelGroupOf(authority.level) }
      : { type: 'total' };
    const alone = failingIdentities(IDENTITIES(subject), d.figures, { declaredOnly: true });
    checked += IDENTITIES(subject).length;
    for (const f of alone) failed.push({ ...f, subject, scope, source: 'declared', declarationId: d.id });
    if (!inside) continue;
    addInto(partOf(subject, d.authorityId).declared, d.figures);
    if (subject === 'complaint' || subject === 'denunciation') {
      addInto(partOf('complaintAndDenunciation', d.authorityId).declared, d.figures);
    }
  }

  const validInPeriod = (a: AuthorityInfo) =>
    a.validFrom <= period.to && (a.validUntil === null || a.validUntil > period.from);

  const rowOf = (subject: Subject, scope: RowScope, part: Part): ReportRow => {
    const cells = withAllKeys(subject, total(part));
    const declaredAny = Object.values(part.declared).some((v) => v !== 0);
    const failures = failingIdentities(IDENTITIES(subject), cells);
    checked += IDENTITIES(subject).length;
    for (const f of failures) failed.push({ ...f, subject, scope, source: declaredAny ? 'combined' : 'engine' });
    return {
      scope,
      cells,
      ...(declaredAny ? { declared: part.declared } : {}),
      ratios: computeRatios(RATIOS(subject), cells),
    };
  };

  // The same authorities in every table: those that existed during the period, and any other
  // with figures (a dissolved unit still holding files, say).
  const shown = authorities.filter(
    (a) => validInPeriod(a) || subjects.some((s) => !isZero(parts.get(`${s}:${a.id}`) ?? emptyPart())),
  );

  const rowsFor = (subject: Subject): ReportRow[] => {
    const all = emptyPart();
    const byLevel = new Map<LevelGroup, Part>();
    const authorityRows: ReportRow[] = [];
    for (const a of shown) {
      const part = parts.get(`${subject}:${a.id}`) ?? emptyPart();
      const level = levelGroupOf(a.level);
      addInto(all.engine, part.engine);
      addInto(all.declared, part.declared);
      const lp = byLevel.get(level) ?? emptyPart();
      byLevel.set(level, lp);
      addInto(lp.engine, part.engine);
      addInto(lp.declared, part.declared);
      authorityRows.push(rowOf(subject, { type: 'authority', authority: brief(a), level }, part));
    }
    const levels = new Set(shown.map((a) => levelGroupOf(a.level)));
    const levelRows = LEVEL_GROUPS.filter((l) => levels.has(l)).map((level) =>
      rowOf(subject, { type: 'level', level, label: LEVEL_GROUP_LABELS[level] }, byLevel.get(level) ?? emptyPart()),
    );
    return [rowOf(subject, { type: 'total' }, all), ...levelRows, ...authorityRows];
  };

  const [petitions, ...caseRows] = subjects.map(rowsFor);
  return {
    petitions,
    cases: Object.fromEntries(CASE_SECTIONS.map((s, i) => [s, caseRows[i]])) as Record<CaseSection, ReportRow[]>,
    checks: { checked, failed },
    declarations,
  };
}

function brief(a: AuthorityInfo) {
  return { id: a.id, code: a.code, name: a.name, level: a.level };
}
