import { parseSeedSyntheticArgs } from './seed-synthetic.command';

describe('seed:synthetic arguments', () => {
  const today = '2026-11-23';

  it('defaults to 100,000 cases of last year with the fixed seed', () => {
    expect(parseSeedSyntheticArgs([], today)).toEqual({
      args: { cases: 100_000, year: 2025, seed: 'kntc' },
      problems: [],
    });
  });

  it('takes the size, year, seed and province', () => {
    expect(
      parseSeedSyntheticArgs(['--cases', '1000000', '--year', '2026', '--seed', 'x', '--province', 'SYN-A'], today),
    ).toEqual({ args: { cases: 1_000_000, year: 2026, seed: 'x', province: 'SYN-A' }, problems: [] });
  });

  it('refuses what it cannot seed, saying why', () => {
    const { args, problems } = parseSeedSyntheticArgs(['--cases', '0', '--year', '2027', '--province', 'a b'], today);
    expect(args).toBeUndefined();
    expect(problems).toEqual([
      '--cases: a whole number from 1.',
      '--year: from 2022 to 2026.',
      '--province: 2 to 31 capital letters, digits or dashes.',
    ]);
    expect(parseSeedSyntheticArgs(['--size', '3'], today).problems).toHaveLength(1);
  });
});
