import { availableParallelism } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { parseEnvironment } from './environment';

export type DatabaseMode = 'embedded' | 'external';

/** The kinds of file an attachment may be; each is recognised by its content, not its name. */
export const ATTACHMENT_TYPE_NAMES = ['pdf', 'jpeg', 'png', 'tiff', 'docx', 'odt'] as const;
export type AttachmentTypeName = (typeof ATTACHMENT_TYPE_NAMES)[number];

/** Where attachments are kept and what is accepted. */
export interface AttachmentSettings {
  /** Absolute path of the file store: `<DATA_DIR>/files`. */
  readonly dir: string;
  readonly maxBytes: number;
  readonly types: readonly AttachmentTypeName[];
}

export interface AppConfig {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly http: {
    readonly host: string;
    readonly port: number;
    readonly bodyLimit: string;
    readonly shutdownTimeoutMs: number;
    /** Processes serving HTTP on the same port (API_WORKERS); 1 is a single process, no cluster. */
    readonly workers: number;
  };
  readonly database: {
    readonly mode: DatabaseMode;
    /** Set when mode is external; in embedded mode the URL is known once the server runs. */
    readonly url?: string;
    readonly poolSize: number;
    readonly migrateOnStart: boolean;
    readonly embedded: { readonly dataDir: string; readonly port: number };
  };
  /** Absolute path of the local data folder (embedded database, generated secrets, files). */
  readonly dataDir: string;
  readonly demoData: boolean;
  readonly logLevel: string;
  readonly secrets: {
    readonly jwtSecret?: string;
    readonly identityKeys?: string;
  };
  readonly worker: WorkerSettings;
  readonly attachments: AttachmentSettings;
  /** How reception figures are counted in the audit. */
  readonly reception: ReceptionFigureSettings;
}

export interface ReceptionFigureSettings {
  /** A visit of at least this many people counts as a đoàn đông người in reports (default 5). */
  readonly delegationMinPeople: number;
}

/** The deadline sweeper and the outbox dispatcher: where they run and how often. */
export interface WorkerSettings {
  /** Run both loops inside the API process too (default: with the embedded database only). */
  readonly runInApi: boolean;
  readonly sweeper: {
    readonly intervalMs: number;
    readonly batchSize: number;
    /** Remind the holder this many working days before a due date; 0 turns reminders off. */
    readonly reminderWorkingDays: number;
  };
  readonly outbox: {
    readonly intervalMs: number;
    readonly batchSize: number;
    /** Deliveries tried before a message is set aside as dead. */
    readonly maxAttempts: number;
  };
}

/** Every problem found in the environment, so the operator fixes them all in one go. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): AppConfig {
  const { environment: e, problems } = parseEnvironment(env);
  if (!e) throw new ConfigError(problems);
  const mode: DatabaseMode = e.DATABASE_URL ? 'external' : 'embedded';
  const extra: string[] = [];
  if (e.NODE_ENV === 'production' && mode === 'external' && !e.JWT_SECRET) {
    extra.push('JWT_SECRET: required in production with an external database (at least 32 characters)');
  }
  if (e.NODE_ENV === 'production' && mode === 'external' && !e.IDENTITY_KEYS) {
    extra.push('IDENTITY_KEYS: required in production with an external database (e.g. k1:<32 random bytes, base64>)');
  }
  const attachmentMaxBytes = bytesOf(e.ATTACHMENT_MAX_SIZE);
  if (attachmentMaxBytes < 1024 || attachmentMaxBytes > 1024 * 1024 * 1024) {
    extra.push('ATTACHMENT_MAX_SIZE: must be between 1kb and 1024mb');
  }
  if (extra.length > 0) throw new ConfigError(extra);
  const dataDir = isAbsolute(e.DATA_DIR) ? e.DATA_DIR : resolve(cwd, e.DATA_DIR);
  return {
    nodeEnv: e.NODE_ENV,
    http: {
      host: e.HOST,
      port: e.PORT,
      bodyLimit: e.BODY_LIMIT,
      shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
      workers: e.API_WORKERS === 'auto' ? availableParallelism() : Number(e.API_WORKERS),
    },
    database: {
      mode,
      url: e.DATABASE_URL,
      poolSize: e.DATABASE_POOL_SIZE,
      migrateOnStart: e.MIGRATE_ON_START ?? mode === 'embedded',
      embedded: { dataDir: join(dataDir, 'pg'), port: e.EMBEDDED_PG_PORT },
    },
    dataDir,
    demoData: e.DEMO_DATA ?? mode === 'embedded',
    logLevel: e.LOG_LEVEL,
    secrets: { jwtSecret: e.JWT_SECRET, identityKeys: e.IDENTITY_KEYS },
    worker: {
      // The embedded server belongs to the API process, so there the API also does the background work.
      runInApi: e.RUN_WORKER_IN_API ?? mode === 'embedded',
      sweeper: {
        intervalMs: e.SWEEPER_INTERVAL_MS,
        batchSize: e.SWEEPER_BATCH_SIZE,
        reminderWorkingDays: e.REMINDER_WORKING_DAYS,
      },
      outbox: { intervalMs: e.OUTBOX_INTERVAL_MS, batchSize: e.OUTBOX_BATCH_SIZE, maxAttempts: e.OUTBOX_MAX_ATTEMPTS },
    },
    attachments: {
      dir: join(dataDir, 'files'),
      maxBytes: attachmentMaxBytes,
      types: [...new Set(e.ATTACHMENT_TYPES.split(',').map((t) => t.trim().toLowerCase() as AttachmentTypeName))],
    },
    reception: { delegationMinPeople: e.RECEPTION_DELEGATION_MIN_PEOPLE },
  };
}

/** `512kb`, `20mb` → bytes (1kb = 1024 bytes, as BODY_LIMIT counts them). */
function bytesOf(size: string): number {
  const match = /^(\d+)(b|kb|mb)$/i.exec(size.trim());
  if (!match) return Number.NaN;
  const unit = { b: 1, kb: 1024, mb: 1024 * 1024 }[match[2].toLowerCase() as 'b' | 'kb' | 'mb'];
  return Number(match[1]) * unit;
}
