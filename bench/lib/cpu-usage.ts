import { readdir, readFile } from 'node:fs/promises';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU time (user + system, ms) of a process, from /proc; undefined where there is no /proc. */
async function cpuMsOf(pid: number): Promise<{ ms: number; ppid: number } | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (!stat) return undefined;
  // The command name may contain spaces: fields start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(fields[1]);
  const ticks = Number(fields[11]) + Number(fields[12]);
  return { ms: (ticks * 1000) / TICKS_PER_SECOND, ppid };
}

/**
 * CPU ms of a process and all its direct children, live ones only (PostgreSQL: the postmaster and
 * its backends; a clustered API: the primary and the workers it forked).
 */
export async function cpuMsOfTree(rootPid: number): Promise<number | undefined> {
  const root = await cpuMsOf(rootPid);
  if (!root) return undefined;
  let total = root.ms;
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const child = await cpuMsOf(Number(name));
    if (child && child.ppid === rootPid) total += child.ms;
  }
  return total;
}

/** The postmaster's pid, from the first line of postmaster.pid in its data folder. */
export async function postmasterPid(dataDir: string): Promise<number | undefined> {
  const text = await readFile(`${dataDir}/postmaster.pid`, 'utf8').catch(() => undefined);
  const pid = Number(text?.split('\n')[0]);
  return pid > 0 ? pid : undefined;
}
