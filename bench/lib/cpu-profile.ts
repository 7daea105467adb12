import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Profiles summed: one per process (the API's primary and each of its workers). */
  processes: number;
  /** Busy time sampled, ms (idle excluded). */
  busyMs: number;
  byArea: { area: string; ms: number }[];
  byFunction: { name: string; ms: number }[];
}

/** Where a frame belongs: a package, a part of this repository, Node itself, or V8's own work. */
function areaOf(url: string, functionName: string, root: string): string {
  if (!url) return functionName.startsWith('(') ? `V8 ${functionName}` : 'native';
  if (url.startsWith('node:')) return 'node core';
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const parts = path.slice(modules + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const own = relative(root, path).split('/');
  return own[0] === 'libs' || own[0] === 'apps' ? `${own[0]}/${own[1]}` : own[0];
}

/** Now on the clock V8 stamps profiles with (CLOCK_MONOTONIC, µs), shared by every process on Linux. */
export const monotonicMicros = (): number => Number(process.hrtime.bigint() / 1000n);

/**
 * Self time per area and per function from the V8 CPU profiles in `dir` (`node --cpu-prof`, one
 * file per process, so a clustered API's workers are summed): the answer to "where does the API
 * spend its CPU per command". Only samples within `window` (µs on the monotonic clock) count, so
 * the start-up (module loading, compiling) is left out.
 */
export async function summariseProfile(
  dir: string,
  root: string,
  window: { from: number; to: number },
): Promise<ProfileSummary | undefined> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length === 0) return undefined;
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  for (const file of files) {
    const profile = JSON.parse(await readFile(join(dir, file), 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    let at = profile.startTime;
    profile.samples.forEach((id, i) => {
      const node = byId.get(id);
      const delta = profile.timeDeltas[i] ?? 0;
      at += delta;
      const ms = delta / 1000;
      if (at < window.from || at > window.to) return;
      if (!node || node.callFrame.functionName === '(idle)') return;
      busy += ms;
      const area = areaOf(node.callFrame.url, node.callFrame.functionName, root);
      areas.set(area, (areas.get(area) ?? 0) + ms);
      const where = node.callFrame.url ? `${area}:${node.callFrame.lineNumber + 1}` : area;
      const name = `${node.callFrame.functionName || '(anonymous)'} ${where}`;
      functions.set(name, (functions.get(name) ?? 0) + ms);
    });
  }
  const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  return {
    processes: files.length,
    busyMs: busy,
    byArea: top(areas, 14).map(([area, ms]) => ({ area, ms })),
    byFunction: top(functions, 12).map(([name, ms]) => ({ name, ms })),
  };
}
