import { reconnectDelayMs } from './reconnect-delay';

const lowest = () => 0;
const highest = () => 1;

describe('reconnectDelayMs', () => {
  it('waits between 50 and 100 ms after the first failure', () => {
    expect(reconnectDelayMs(0, lowest)).toBe(50);
    expect(reconnectDelayMs(0, highest)).toBe(100);
  });

  it('doubles with each further failure', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => reconnectDelayMs(n, highest))).toEqual([100, 200, 400, 800, 1600, 3200]);
    expect([0, 1, 2, 3, 4, 5].map((n) => reconnectDelayMs(n, lowest))).toEqual([50, 100, 200, 400, 800, 1600]);
  });

  it('never waits more than 5 s, however many failures', () => {
    for (const n of [6, 7, 16, 17, 100, 10_000]) {
      expect(reconnectDelayMs(n, highest)).toBe(5_000);
      expect(reconnectDelayMs(n, lowest)).toBe(2_500);
    }
  });

  it('stays within half and all of the ceiling with Math.random', () => {
    for (let n = 0; n < 50; n++) {
      const ceiling = Math.min(5_000, 100 * 2 ** n);
      const delay = reconnectDelayMs(n);
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
    }
  });
});
