import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppConfig } from '@kntc/config';

export const SECRETS_FILE = 'secrets.json';

/** Same shapes as the configuration's validation (libs/config/src/environment.ts). */
const JWT_SECRET_MIN_LENGTH = 32;
const IDENTITY_KEYS_PATTERN = /^(\w{1,32}:[A-Za-z0-9+/]{43}=)(,\w{1,32}:[A-Za-z0-9+/]{43}=)*$/;

export type SecretSource = 'environment' | 'data-dir' | 'generated';

export interface ResolvedSecrets {
  jwtSecret: string;
  identityKeys: string;
  /** Where each came from: the environment wins; then the data folder; else generated now. */
  sources: { jwtSecret: SecretSource; identityKeys: SecretSource };
  /** The secrets file, when one was read or written. */
  file?: string;
}

interface SecretsFile {
  JWT_SECRET?: string;
  IDENTITY_KEYS?: string;
  createdAt?: string;
}

/** A problem with the secrets file that a person must fix: nothing is overwritten. */
export class SecretsFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretsFileError';
  }
}

export const generateJwtSecret = () => randomBytes(48).toString('base64url');
export const generateIdentityKeys = () => `k1:${randomBytes(32).toString('base64')}`;

/**
 * JWT_SECRET and IDENTITY_KEYS for this start. Values from the environment are used as they are.
 * A missing one is read from `<DATA_DIR>/secrets.json`, or generated and added to it (mode
 * 0600), so a demo install keeps its sessions and can still decrypt its identities after a
 * restart. Production with an external database never gets here without both (the configuration
 * refuses to load), so generated secrets only exist on installs that keep their data in DATA_DIR
 * or on development machines.
 *
 * An existing value in the file is never replaced: losing IDENTITY_KEYS would make every
 * encrypted identity unreadable. A malformed file stops the start with a message instead.
 */
export async function resolveSecrets(config: Pick<AppConfig, 'dataDir' | 'secrets'>): Promise<ResolvedSecrets> {
  const fromEnv = config.secrets;
  if (fromEnv.jwtSecret && fromEnv.identityKeys) {
    return {
      jwtSecret: fromEnv.jwtSecret,
      identityKeys: fromEnv.identityKeys,
      sources: { jwtSecret: 'environment', identityKeys: 'environment' },
    };
  }
  const file = join(config.dataDir, SECRETS_FILE);
  const stored = await readSecretsFile(file);
  const jwt = pick(fromEnv.jwtSecret, stored?.JWT_SECRET, generateJwtSecret);
  const keys = pick(fromEnv.identityKeys, stored?.IDENTITY_KEYS, generateIdentityKeys);
  if (jwt.source === 'generated' || keys.source === 'generated') {
    const next: SecretsFile = {
      ...stored,
      ...(jwt.source === 'generated' ? { JWT_SECRET: jwt.value } : {}),
      ...(keys.source === 'generated' ? { IDENTITY_KEYS: keys.value } : {}),
      createdAt: stored?.createdAt ?? new Date().toISOString(),
    };
    const winner = await writeSecretsFile(file, next, stored === undefined);
    if (winner) {
      // Another process created the file first: use its values so both agree.
      return resolveSecrets(config);
    }
  }
  return {
    jwtSecret: jwt.value,
    identityKeys: keys.value,
    sources: { jwtSecret: jwt.source, identityKeys: keys.source },
    file,
  };
}

/** The configuration with its secrets filled in, ready for the app (`config.secrets` is read-only). */
export async function withResolvedSecrets<C extends Pick<AppConfig, 'dataDir' | 'secrets'>>(
  config: C,
): Promise<C & { secrets: { jwtSecret: string; identityKeys: string } }> {
  const { jwtSecret, identityKeys } = await resolveSecrets(config);
  return { ...config, secrets: { ...config.secrets, jwtSecret, identityKeys } };
}

function pick(env: string | undefined, stored: string | undefined, generate: () => string) {
  if (env) return { value: env, source: 'environment' as const };
  if (stored) return { value: stored, source: 'data-dir' as const };
  return { value: generate(), source: 'generated' as const };
}

async function readSecretsFile(file: string): Promise<SecretsFile | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SecretsFileError(`${file} is not valid JSON. Fix or restore it; it holds the keys of existing data.`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new SecretsFileError(`${file} must hold a JSON object with JWT_SECRET and IDENTITY_KEYS.`);
  }
  const s = parsed as Record<string, unknown>;
  const problems: string[] = [];
  if (s.JWT_SECRET !== undefined && (typeof s.JWT_SECRET !== 'string' || s.JWT_SECRET.length < JWT_SECRET_MIN_LENGTH)) {
    problems.push(`JWT_SECRET must be a string of at least ${JWT_SECRET_MIN_LENGTH} characters`);
  }
  if (
    s.IDENTITY_KEYS !== undefined &&
    (typeof s.IDENTITY_KEYS !== 'string' || !IDENTITY_KEYS_PATTERN.test(s.IDENTITY_KEYS))
  ) {
    problems.push('IDENTITY_KEYS must look like k1:<base64 of 32 bytes>[,k0:<older key>]');
  }
  if (problems.length > 0) throw new SecretsFileError(`${file}: ${problems.join('; ')}. Values are not shown.`);
  // The file was copied or restored with looser permissions: tighten them rather than refuse.
  if (((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600);
  return s;
}

/**
 * Writes the file with mode 0600 through a temporary file. A new file is linked into place only
 * if none exists (two processes starting together: the first wins); returns true when another
 * process won. An existing file is replaced atomically (rename).
 */
async function writeSecretsFile(file: string, content: SecretsFile, isNew: boolean): Promise<boolean> {
  await mkdir(join(file, '..'), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  try {
    if (!isNew) {
      await rename(temp, file);
      return false;
    }
    try {
      await link(temp, file);
      return false;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return true;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
    }
    // File systems without hard links: exclusive create, still refusing to overwrite.
    try {
      await writeFile(file, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
      return false;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return true;
      throw error;
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}
