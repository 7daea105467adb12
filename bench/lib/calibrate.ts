import { spawn } from 'node:child_process';
import { cpus } from 'node:os';

const SPIN = `const t0=Date.now(),c0=process.cpuUsage();let n=0,x=0;while(Date.now()-t0<1000){for(let i=0;i<1e4;i++)x+=Math.sqrt(i+x);n++}const c=process.cpuUsage(c0);process.stdout.write(JSON.stringify({n,ms:(c.user+c.system)/1000}))`;

function spin(): Promise<{ n: number; ms: number }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['-e', SPIN], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.once('error', fail);
    child.once('exit', () => done(JSON.parse(out) as { n: number; ms: number }));
  });
}

/**
 * How much computing the machine really gives: one CPU-bound process alone, then one per
 * reported core at once. On a VM with a CPU quota the cores seen and the work done differ
 * (e.g. 2 vCPUs that together do the work of one).
 */
export async function effectiveCores(): Promise<{ reported: number; effective: number }> {
  const alone = await spin();
  const together = await Promise.all(Array.from({ length: cpus().length }, spin));
  const work = together.reduce((sum, r) => sum + r.n, 0);
  return { reported: cpus().length, effective: work / alone.n };
}
