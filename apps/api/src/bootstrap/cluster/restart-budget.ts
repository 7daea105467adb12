/**
 * How many worker deaths the primary puts up with: past `limit` within `windowMs` the cause is
 * not passing (a bad release, a database that refuses connections) and restarting only burns CPU.
 */
export class RestartBudget {
  private deaths: number[] = [];

  constructor(
    readonly limit = 5,
    readonly windowMs = 30_000,
  ) {}

  /** Counts a death at `now` (ms); false once `limit` deaths fall within the window. */
  allowsRestartAfterDeathAt(now: number): boolean {
    this.deaths = [...this.deaths.filter((at) => now - at < this.windowMs), now];
    return this.deaths.length < this.limit;
  }

  describe(): string {
    return `${this.limit} times within ${this.windowMs / 1000} s`;
  }
}
