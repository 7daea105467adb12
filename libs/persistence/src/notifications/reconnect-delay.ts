const FIRST_DELAY_MS = 100;
const MAX_DELAY_MS = 5_000;

/**
 * How long to wait before reconnecting after `failures` consecutive failures: doubling from
 * 100 ms up to 5 s, each delay drawn between half and all of it, so that the processes of a
 * restarted server do not all come back in the same millisecond.
 */
export function reconnectDelayMs(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(failures, 16));
  return Math.round(ceiling * (0.5 + random() / 2));
}
