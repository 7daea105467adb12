import { AUTHORITY_LEVELS, type AuthorityLevel } from '../shared/authority';
import { addDays, isIsoDate, type IsoDate } from '../shared/iso-date';
import { complaintRound2Level, denunciationResolverLevelAgainstHead } from './competence';
import {
  ANCHOR_LABELS,
  FEATURE_LABELS,
  KIND_LABELS,
  LEVEL_LABELS,
  PROCEDURE_LABELS,
  THRESHOLD_LABELS,
  UNIT_LABELS,
  VALUE_LABELS,
  VARIANT_LABELS,
} from './rule-labels';
import { RULE_SETS } from './rule-set.registry';
import {
  TIME_LIMIT_KEYS,
  type ClockVariant,
  type LegalSource,
  type RuleFeatures,
  type RuleSet,
  type RuleThresholds,
  type TimeLimitKey,
  type TimeLimitRule,
} from './rule-set.types';
import { TRANSITIONS } from './select-rule-set';

/**
 * The Markdown of every encoded rule, generated from the rule sets so that docs/law/rules.md
 * cannot drift from the code (a test compares them).
 */
export function renderRulesTable(ruleSets: readonly RuleSet[] = RULE_SETS): string {
  return [
    renderTimeLimits(ruleSets),
    renderFeatures(ruleSets),
    renderThresholds(ruleSets),
    renderCompetence(ruleSets),
    renderTransitions(),
  ].join('\n\n');
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const row = (cells: string[]): string => `| ${cells.map(cell).join(' | ')} |`;
const table = (header: string[], rows: string[][]): string =>
  [row(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(row)].join('\n');

const viDate = (d: IsoDate): string => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

function period(sets: readonly RuleSet[]): string {
  const first = sets[0];
  const last = sets[sets.length - 1];
  const ids = sets.map((s) => s.id).join(', ');
  if (last.effectiveUntil === undefined) return `${ids} (từ ${viDate(first.effectiveFrom)})`;
  return `${ids} (${viDate(first.effectiveFrom)} – ${viDate(addDays(last.effectiveUntil, -1))})`;
}

const CONFIDENCE_TAGS = { verified: '', secondary: ' [S]', unconfirmed: ' [U]' } as const;

const sourceText = (s: LegalSource): string =>
  `${s.instrument}, ${s.article}${s.amendedBy ? ` (sửa đổi, bổ sung bởi ${s.amendedBy})` : ''}${CONFIDENCE_TAGS[s.confidence ?? 'verified']}`;
const sourcesText = (sources: readonly LegalSource[]): string => sources.map(sourceText).join('; ');

/** Consecutive rule sets that agree on `signature`, oldest first. */
function runs<T>(ruleSets: readonly RuleSet[], pick: (s: RuleSet) => T): { sets: RuleSet[]; value: T }[] {
  const out: { sets: RuleSet[]; value: T; sig: string }[] = [];
  for (const set of ruleSets) {
    const value = pick(set);
    const sig = JSON.stringify(value) ?? 'undefined';
    const last = out[out.length - 1];
    if (last && last.sig === sig) last.sets.push(set);
    else out.push({ sets: [set], value, sig });
  }
  return out;
}

const VARIANTS: Exclude<ClockVariant, 'base'>[] = ['complex', 'remote', 'remoteComplex'];

function daysText(rule: TimeLimitRule): string {
  const parts = [String(rule.days.base)];
  for (const v of VARIANTS) {
    const n = rule.days[v];
    if (n !== undefined) parts.push(`${VARIANT_LABELS[v]} ${n}`);
  }
  return parts.join(' · ') + (rule.policy ? ' (quy định nội bộ, không phải luật)' : '');
}

const valueOf = (rule: TimeLimitRule | undefined): string =>
  rule ? JSON.stringify([rule.unit, rule.days, rule.kind, rule.policy ?? false]) : 'absent';

function changeLabel(prev: TimeLimitRule | undefined, cur: TimeLimitRule | undefined, first: boolean): string {
  if (first) return '';
  if (!prev) return 'mới';
  if (!cur) return 'không còn';
  return valueOf(prev) === valueOf(cur) ? 'đổi căn cứ' : '**thay đổi**';
}

function renderTimeLimits(ruleSets: readonly RuleSet[]): string {
  const rows: string[][] = [];
  for (const key of TIME_LIMIT_KEYS) {
    const segments = runs(ruleSets, (s) => s.timeLimits[key]);
    if (segments.every((s) => s.value === undefined)) continue;
    segments.forEach((seg, i) => rows.push(timeLimitRow(key, seg.value, segments[i - 1]?.value, i === 0, seg.sets)));
  }
  return [
    '### Thời hạn',
    '',
    table(['Khóa', 'Nội dung', 'Loại', 'Đơn vị', 'Số ngày', 'Áp dụng', 'Thay đổi', 'Căn cứ'], rows),
  ].join('\n');
}

function timeLimitRow(
  key: TimeLimitKey,
  rule: TimeLimitRule | undefined,
  prev: TimeLimitRule | undefined,
  first: boolean,
  sets: RuleSet[],
): string[] {
  const change = changeLabel(prev, rule, first);
  if (!rule) return [`\`${key}\``, '—', '—', '—', 'không quy định', period(sets), change, '—'];
  return [
    `\`${key}\``,
    rule.title,
    KIND_LABELS[rule.kind ?? 'act_within'],
    UNIT_LABELS[rule.unit],
    daysText(rule),
    period(sets),
    change,
    sourcesText(rule.source),
  ];
}

const FIELD_LABELS: Record<string, string> = {
  round1: 'lần đầu',
  round2: 'lần hai',
  disciplinary: 'kỷ luật',
  requiredForIndividuals: 'bắt buộc',
  endsOn: 'không còn bắt buộc từ',
  complex: 'phức tạp',
  particularlyComplex: 'đặc biệt phức tạp',
};

function formatValue(value: unknown): string {
  if (value === true) return 'có';
  if (value === false) return 'không';
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return isIsoDate(value) ? viDate(value) : (VALUE_LABELS[value] ?? value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length ? value.map(formatValue).join(', ') : 'không có';
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${FIELD_LABELS[k] ?? k}: ${formatValue(v)}`)
    .join('; ');
}

function sourcesByRun(ruleSets: readonly RuleSet[], pick: (s: RuleSet) => LegalSource[] | undefined): string {
  const segments = runs(ruleSets, pick).filter((r) => r.value?.length);
  if (segments.length === 1 && segments[0].sets.length === ruleSets.length) return sourcesText(segments[0].value!);
  return segments.map((r) => `${r.sets.map((s) => s.id).join(', ')}: ${sourcesText(r.value!)}`).join(' — ');
}

const header = (ruleSets: readonly RuleSet[], first: string): string[] => [
  first,
  ...ruleSets.map((s) => s.id),
  'Căn cứ',
];

function renderFeatures(ruleSets: readonly RuleSet[]): string {
  const keys = Object.keys(FEATURE_LABELS) as (keyof RuleFeatures)[];
  const rows = keys.map((k) => [
    FEATURE_LABELS[k],
    ...ruleSets.map((s) => formatValue(s.features[k])),
    sourcesByRun(ruleSets, (s) => s.provenance?.features[k]),
  ]);
  return ['### Thủ tục', '', table(header(ruleSets, 'Nội dung'), rows)].join('\n');
}

const bandText = (b: RuleThresholds['representatives'][number]): string =>
  `${b.minPeople ?? ''}${b.maxPeople === null ? '+' : `–${b.maxPeople}`} người: ${b.minRepresentatives}–${b.maxRepresentatives} đại diện`;

const PER_LABELS = { week: 'tuần', month: 'tháng' } as const;

function thresholdText(t: RuleThresholds, k: keyof RuleThresholds): string {
  if (k === 'representatives') return t.representatives.map(bandText).join('; ');
  if (k === 'leaderReception') {
    return AUTHORITY_LEVELS.filter((l) => t.leaderReception[l])
      .map((l) => `${LEVEL_LABELS[l]}: ${t.leaderReception[l]!.days} ngày/${PER_LABELS[t.leaderReception[l]!.per]}`)
      .join('; ');
  }
  return formatValue(t[k]);
}

function renderThresholds(ruleSets: readonly RuleSet[]): string {
  const keys = Object.keys(THRESHOLD_LABELS) as (keyof RuleThresholds)[];
  const rows = keys.map((k) => [
    THRESHOLD_LABELS[k],
    ...ruleSets.map((s) => thresholdText(s.thresholds, k)),
    sourcesByRun(ruleSets, (s) => s.provenance?.thresholds[k]),
  ]);
  return ['### Ngưỡng', '', table(header(ruleSets, 'Nội dung'), rows)].join('\n');
}

function resolverText(resolve: () => string): string {
  try {
    const r = resolve();
    return VALUE_LABELS[r] ?? LEVEL_LABELS[r as AuthorityLevel];
  } catch {
    return '—';
  }
}

function renderCompetence(ruleSets: readonly RuleSet[]): string {
  const round2 = AUTHORITY_LEVELS.map((l) => [
    LEVEL_LABELS[l],
    ...ruleSets.map((s) => resolverText(() => complaintRound2Level(s, l))),
  ]);
  const head = AUTHORITY_LEVELS.map((l) => [
    LEVEL_LABELS[l],
    ...ruleSets.map((s) => resolverText(() => denunciationResolverLevelAgainstHead(s, l))),
  ]);
  const ids = ruleSets.map((s) => s.id);
  return [
    '### Thẩm quyền giải quyết khiếu nại lần hai',
    '',
    table(['Người giải quyết lần đầu', ...ids], round2),
    '',
    `Căn cứ: ${sourcesByRun(ruleSets, (s) => s.provenance?.competence.complaintRound2)}`,
    '',
    '### Thẩm quyền giải quyết tố cáo người đứng đầu, cấp phó',
    '',
    table(['Người bị tố cáo là người đứng đầu, cấp phó của', ...ids], head),
    '',
    `Căn cứ: ${sourcesByRun(ruleSets, (s) => s.provenance?.competence.denunciationAgainstHead)}`,
  ].join('\n');
}

function renderTransitions(): string {
  const rows = TRANSITIONS.map((t) => [
    PROCEDURE_LABELS[t.kind],
    t.steps.join(', '),
    ANCHOR_LABELS[t.anchor],
    sourcesText(t.basis),
  ]);
  return ['### Chọn bộ quy tắc theo mốc ngày', '', table(['Thủ tục', 'Bước', 'Mốc ngày', 'Căn cứ'], rows)].join('\n');
}
