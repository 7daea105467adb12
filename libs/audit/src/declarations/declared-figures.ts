import { isIsoDate, type IsoDate } from '@kntc/domain';
import { CASE_IDENTITIES, failingIdentities, PETITION_IDENTITIES, type IdentityFailure } from '../report/identities';
import { CASE_METRICS, PETITION_METRICS } from '../report/metrics';

export const DECLARATION_SUBJECTS = ['petition', 'complaint', 'denunciation', 'feedback'] as const;
export type DeclarationSubject = (typeof DECLARATION_SUBJECTS)[number];

export interface DeclarationInput {
  authorityId: string;
  subject: DeclarationSubject;
  periodFrom: IsoDate;
  periodTo: IsoDate;
  figures: Record<string, unknown>;
  source: string;
}

export type Problem = { field: string; issue: string; message: string } & Record<string, unknown>;

const KEYS: Record<DeclarationSubject, Set<string>> = {
  petition: new Set(PETITION_METRICS.map((m) => m.key)),
  complaint: new Set(CASE_METRICS.map((m) => m.key)),
  denunciation: new Set(CASE_METRICS.map((m) => m.key)),
  feedback: new Set(CASE_METRICS.map((m) => m.key)),
};

/**
 * What is wrong with a declaration's form (not with its arithmetic: inconsistent figures are
 * accepted as declared and their failing identities reported, in every report that uses them).
 */
export function declarationProblems(input: DeclarationInput): Problem[] {
  const problems: Problem[] = [];
  if (!(DECLARATION_SUBJECTS as readonly string[]).includes(input.subject)) {
    problems.push({
      field: 'subject',
      issue: 'invalid',
      message: 'Loại số liệu phải là petition, complaint, denunciation hoặc feedback.',
    });
    return problems;
  }
  if (!isIsoDate(input.periodFrom) || !isIsoDate(input.periodTo) || input.periodTo < input.periodFrom) {
    problems.push({
      field: 'periodTo',
      issue: 'invalid_period',
      message: 'Kỳ kê khai phải có ngày đầu và ngày cuối hợp lệ, ngày cuối không trước ngày đầu.',
    });
  }
  const entries = Object.entries(input.figures ?? {});
  if (entries.length === 0) {
    problems.push({ field: 'figures', issue: 'required', message: 'Kê khai ít nhất một chỉ tiêu.' });
  }
  for (const [key, value] of entries) {
    if (!KEYS[input.subject].has(key)) {
      problems.push({
        field: `figures.${key}`,
        issue: 'unknown',
        message: `Không có chỉ tiêu "${key}" cho loại số liệu này.`,
      });
    } else if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 10_000_000) {
      problems.push({ field: `figures.${key}`, issue: 'invalid', message: 'Số liệu phải là số nguyên không âm.' });
    }
  }
  if (!input.source?.trim()) {
    problems.push({ field: 'source', issue: 'required', message: 'Ghi nguồn số liệu (sổ theo dõi, báo cáo đã gửi…).' });
  }
  return problems;
}

/** The identities the declared figures break (those whose both sides they declare; missing lines count as 0). */
export function declaredFailures(subject: DeclarationSubject, figures: Record<string, number>): IdentityFailure[] {
  return failingIdentities(subject === 'petition' ? PETITION_IDENTITIES : CASE_IDENTITIES, figures, {
    declaredOnly: true,
  });
}
