import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
  });
}

export interface SpawnedProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

const living = new Set<ChildProcess>();

/** Kills whatever a test left running (call in afterAll), so a failed test cannot hang the run. */
export function killSpawned(): void {
  for (const child of living) child.kill('SIGKILL');
}

/**
 * Runs one of the repo's entry points from source, as `npm start` / `npm run …` would.
 * A child still alive after `maxLifetimeMs` is killed so a wrong expectation fails instead of hanging.
 */
export function spawnEntry(
  entry: string,
  args: string[],
  env: Record<string, string>,
  maxLifetimeMs = 90_000,
): SpawnedProcess {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', entry, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: 'UTC', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  living.add(child);
  const timer = setTimeout(() => child.kill('SIGKILL'), maxLifetimeMs);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      living.delete(child);
      resolve(code);
    }),
  );
  return { child, output: () => out, exited };
}

export const spawnApi = (env: Record<string, string>) => spawnEntry('apps/api/src/main.ts', [], env);
export const spawnCli = (args: string[], env: Record<string, string>) => spawnEntry('apps/cli/src/main.ts', args, env);

/** Polls until the URL answers 200, or the process exits, or the time runs out. */
export async function waitForReady(url: string, proc: SpawnedProcess, timeoutMs = 60_000): Promise<void> {
  let exited = false;
  void proc.exited.then(() => (exited = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !exited) {
    try {
      const res = await fetch(url);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not ready at ${url} (exited: ${exited}). Output:\n${proc.output()}`);
}
