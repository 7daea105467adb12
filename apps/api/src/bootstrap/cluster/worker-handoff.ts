import type { AppConfig } from '@kntc/config';

/** What the primary has settled once and every API worker must share. */
export interface WorkerHandoff {
  /** 1..API_WORKERS; a replacement keeps the slot of the worker it replaces. */
  slot: number;
  /** The provisioned database: the embedded server's URL is only known once it runs. */
  databaseUrl: string;
}

const SLOT = 'KNTC_API_WORKER_SLOT';
const DATABASE_URL = 'KNTC_API_WORKER_DATABASE_URL';

/**
 * The worker's environment on top of the primary's. The secrets go along resolved: generated on a
 * first start, they must be generated once, by the primary, or workers would sign and encrypt
 * with different keys.
 */
export function handoffEnvironment(
  handoff: WorkerHandoff,
  secrets: Required<AppConfig['secrets']>,
): Record<string, string> {
  return {
    [SLOT]: String(handoff.slot),
    [DATABASE_URL]: handoff.databaseUrl,
    JWT_SECRET: secrets.jwtSecret,
    IDENTITY_KEYS: secrets.identityKeys,
  };
}

/** The handoff when this process is an API worker forked by our primary; undefined otherwise. */
export function readHandoff(env: NodeJS.ProcessEnv): WorkerHandoff | undefined {
  const slot = Number(env[SLOT]);
  const databaseUrl = env[DATABASE_URL];
  if (!Number.isInteger(slot) || slot < 1 || !databaseUrl) return undefined;
  return { slot, databaseUrl };
}

/** Messages from a worker to the primary. */
export type WorkerReport = { kind: 'listening'; url: string } | { kind: 'startup-failed'; message: string };

export function isWorkerReport(message: unknown): message is WorkerReport {
  const kind = (message as { kind?: unknown } | null)?.kind;
  return kind === 'listening' || kind === 'startup-failed';
}
