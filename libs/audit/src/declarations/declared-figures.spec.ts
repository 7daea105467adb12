import { declarationProblems, declaredFailures } from './declared-figures';

const valid = {
  authorityId: 'a',
  subject: 'complaint' as const,
  periodFrom: '2026-01-01',
  periodTo: '2026-03-31',
  figures: { carriedOver: 4, new: 10, toResolve: 14, resolved: 9, resolvedByDecision: 9, pending: 5 },
  source: 'Sổ theo dõi giải quyết khiếu nại quý I/2026',
};

describe('declared figures', () => {
  it('accepts a well-formed declaration', () => {
    expect(declarationProblems(valid)).toEqual([]);
  });

  it('names every malformed field', () => {
    const problems = declarationProblems({
      ...valid,
      periodTo: '2025-12-31',
      figures: { carriedOver: -1, resolvedd: 3, new: 2.5 },
      source: ' ',
    });
    expect(problems.map((p) => `${p.field}:${p.issue}`)).toEqual([
      'periodTo:invalid_period',
      'figures.carriedOver:invalid',
      'figures.resolvedd:unknown',
      'figures.new:invalid',
      'source:required',
    ]);
  });

  it('accepts totals declared without their breakdown, and reports the identities declared lines break', () => {
    // 4 + 10 − 9 = 5 and 14 = 4 + 10 hold; outcomes, timeliness and ageing were not declared.
    expect(declaredFailures('complaint', valid.figures)).toEqual([]);
    const wrong = declaredFailures('complaint', { ...valid.figures, pending: 6, resolvedWithdrawn: 2, onTime: 7 });
    expect(wrong.map((f) => [f.identity, f.left, f.right])).toEqual([
      ['balance', 5, 6],
      ['resolvedByType', 9, 11],
      ['timeliness', 9, 7],
    ]);
  });
});
