import { RepeatingTask } from './repeating-task';

describe('RepeatingTask', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs at once, then an interval after each run ends, never overlapping', async () => {
    const starts: number[] = [];
    let finish: () => void = () => undefined;
    const task = new RepeatingTask(
      1000,
      () => {
        starts.push(Date.now());
        return new Promise<void>((resolve) => (finish = resolve));
      },
      () => undefined,
    );
    const t0 = Date.now();
    task.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(starts).toEqual([t0]);
    await jest.advanceTimersByTimeAsync(5000); // the first run is still going
    expect(starts).toHaveLength(1);
    finish();
    await jest.advanceTimersByTimeAsync(999);
    expect(starts).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(starts).toEqual([t0, t0 + 6000]);
    finish();
    await task.stop();
  });

  it('reports a failed run and carries on', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const task = new RepeatingTask(
      100,
      () => (++runs === 1 ? Promise.reject(new Error('database restarting')) : Promise.resolve()),
      (e) => errors.push(e),
    );
    task.start();
    await jest.advanceTimersByTimeAsync(100);
    expect(runs).toBe(2);
    expect(errors).toEqual([new Error('database restarting')]);
    await task.stop();
  });

  it('on stop, aborts the signal, waits for the run in progress, and schedules nothing more', async () => {
    let seen: AbortSignal | undefined;
    let finish: () => void = () => undefined;
    let runs = 0;
    const task = new RepeatingTask(
      100,
      (signal) => {
        runs++;
        seen = signal;
        return new Promise<void>((resolve) => (finish = resolve));
      },
      () => undefined,
    );
    task.start();
    await jest.advanceTimersByTimeAsync(0);
    let stopped = false;
    const stopping = task.stop().then(() => (stopped = true));
    expect(seen?.aborted).toBe(true);
    await jest.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    await jest.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(1);
  });
});
