/**
 * Runs `work` now, then again `intervalMs` after each run ends: runs never overlap, and a slow
 * pass delays the next one instead of piling up. `stop()` lets the run in progress finish (its
 * signal is aborted, so a pass stops after the batch in hand) and schedules nothing more.
 */
export class RepeatingTask {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private readonly abort = new AbortController();

  constructor(
    private readonly intervalMs: number,
    private readonly work: (signal: AbortSignal) => Promise<unknown>,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(): void {
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.abort.abort();
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.abort.signal.aborted) return;
    this.timer = setTimeout(() => {
      this.running = this.runOnce().finally(() => {
        this.running = undefined;
        this.schedule(this.intervalMs);
      });
    }, delayMs);
  }

  private async runOnce(): Promise<void> {
    try {
      await this.work(this.abort.signal);
    } catch (error) {
      // A failed pass (database restarting, …) is retried at the next interval, not fatal.
      this.onError(error);
    }
  }
}
