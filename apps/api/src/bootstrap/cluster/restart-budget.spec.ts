import { RestartBudget } from './restart-budget';

describe('RestartBudget', () => {
  it('restarts four deaths in a row and gives up at the fifth within 30 s', () => {
    const budget = new RestartBudget();
    const verdicts = [0, 1_000, 2_000, 3_000, 4_000].map((at) => budget.allowsRestartAfterDeathAt(at));
    expect(verdicts).toEqual([true, true, true, true, false]);
    expect(budget.describe()).toBe('5 times within 30 s');
  });

  it('forgets deaths older than the window, so a rare crash never adds up to a stop', () => {
    const budget = new RestartBudget(3, 10_000);
    expect(budget.allowsRestartAfterDeathAt(0)).toBe(true);
    expect(budget.allowsRestartAfterDeathAt(5_000)).toBe(true);
    expect(budget.allowsRestartAfterDeathAt(12_000)).toBe(true);
    expect(budget.allowsRestartAfterDeathAt(30_000)).toBe(true);
    expect(budget.allowsRestartAfterDeathAt(31_000)).toBe(true);
    expect(budget.allowsRestartAfterDeathAt(32_000)).toBe(false);
  });
});
