import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { RunStats } from './stats';

const run = promisify(execFile);

/** The pgbench binary, if the machine has one (Debian: postgresql-client). */
export async function findPgbench(): Promise<string | undefined> {
  for (const candidate of [process.env.PGBENCH, 'pgbench'].filter(Boolean) as string[]) {
    try {
      await run(candidate, ['--version']);
      return candidate;
    } catch {
      // not there
    }
  }
  return undefined;
}

/**
 * pgbench's TPC-B-like transaction (three UPDATEs, a SELECT, an INSERT) on the same server, in a
 * database of its own, scale = clients so that clients mostly touch distinct branches. Latency
 * percentiles come from its per-transaction log.
 */
export async function runPgbench(
  binary: string,
  url: string,
  clients: number,
  seconds: number,
  threads: number,
): Promise<RunStats> {
  const env = { ...process.env, PGCONNECT_TIMEOUT: '10' };
  await run(binary, ['-i', '-q', '-s', String(clients), '--no-vacuum', url], { env }).catch((e: unknown) => {
    throw new Error(`pgbench -i failed: ${String((e as { stderr?: string }).stderr ?? e)}`);
  });
  const logDir = await mkdtemp(join(tmpdir(), 'kntc-pgbench-'));
  try {
    const { stdout } = await run(
      binary,
      [
        '-n',
        '-c',
        String(clients),
        '-j',
        String(threads),
        '-T',
        String(seconds),
        '-l',
        '--log-prefix',
        join(logDir, 'tx'),
        url,
      ],
      { env, cwd: logDir },
    );
    const latencies: number[] = [];
    let failed = 0;
    for (const file of await readdir(logDir)) {
      for (const line of (await readFile(join(logDir, file), 'utf8')).split('\n')) {
        // client_id transaction_no time script_no time_epoch time_us (time in µs; "failed" when it failed)
        const fields = line.trim().split(/\s+/);
        if (fields.length < 6) continue;
        if (fields[2] === 'failed' || fields[2] === 'skipped') failed++;
        else latencies.push(Number(fields[2]) / 1000);
      }
    }
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout);
    return {
      scenario: 'pgbench TPC-B (reference)',
      clients,
      seconds: tps ? latencies.length / Number(tps[1]) : seconds,
      ok: latencies.length,
      conflicts: failed,
      latencies: latencies.sort((a, b) => a - b),
    };
  } finally {
    await rm(logDir, { recursive: true, force: true });
  }
}
