/** Latency and throughput of one scenario. */
export interface RunStats {
  scenario: string;
  clients: number;
  seconds: number;
  /** Commands that took effect. */
  ok: number;
  /** Attempts refused for a stale version (409 VERSION_CONFLICT, or 0 rows updated). */
  conflicts: number;
  /** Latency of every attempt, in ms, sorted. */
  latencies: number[];
}

export const perSecond = (s: RunStats) => s.ok / s.seconds;
export const conflictRate = (s: RunStats) => (s.ok + s.conflicts === 0 ? 0 : s.conflicts / (s.ok + s.conflicts));

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export type Outcome = 'ok' | 'conflict';

/**
 * A closed loop: `clients` workers each send one request at a time, the next as soon as the
 * previous answers, for `seconds`. Every attempt's latency is kept.
 */
export async function closedLoop(
  scenario: string,
  clients: number,
  seconds: number,
  attempt: (client: number) => Promise<Outcome>,
): Promise<RunStats> {
  const latencies: number[] = [];
  let ok = 0;
  let conflicts = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const outcome = await attempt(client);
        latencies.push(performance.now() - t0);
        if (outcome === 'ok') ok++;
        else conflicts++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { scenario, clients, seconds: elapsed, ok, conflicts, latencies: latencies.sort((a, b) => a - b) };
}
