import { mkdtemp, readFile, rm, stat, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveSecrets, SECRETS_FILE, SecretsFileError, withResolvedSecrets } from './resolve-secrets';

const KEYS = /^k1:[A-Za-z0-9+/]{43}=$/;

describe('resolveSecrets', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'kntc-secrets-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  const file = () => join(dataDir, SECRETS_FILE);

  it('generates both secrets on first start and keeps them in DATA_DIR/secrets.json, mode 0600', async () => {
    const first = await resolveSecrets({ dataDir, secrets: {} });
    expect(first.sources).toEqual({ jwtSecret: 'generated', identityKeys: 'generated' });
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(first.identityKeys).toMatch(KEYS);
    expect(Buffer.from(first.identityKeys.slice(3), 'base64')).toHaveLength(32);
    expect((await stat(file())).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(await readFile(file(), 'utf8'));
    expect(stored).toMatchObject({ JWT_SECRET: first.jwtSecret, IDENTITY_KEYS: first.identityKeys });
  });

  it('reuses the stored secrets on later starts', async () => {
    const first = await resolveSecrets({ dataDir, secrets: {} });
    const second = await resolveSecrets({ dataDir, secrets: {} });
    expect(second).toMatchObject({ jwtSecret: first.jwtSecret, identityKeys: first.identityKeys });
    expect(second.sources).toEqual({ jwtSecret: 'data-dir', identityKeys: 'data-dir' });
  });

  it('prefers the environment and writes nothing when both are set', async () => {
    const env = { jwtSecret: 'x'.repeat(40), identityKeys: `k1:${Buffer.alloc(32, 7).toString('base64')}` };
    const resolved = await resolveSecrets({ dataDir, secrets: env });
    expect(resolved).toMatchObject({ ...env, sources: { jwtSecret: 'environment', identityKeys: 'environment' } });
    await expect(stat(file())).rejects.toThrow();
  });

  it('generates only the missing one and never replaces a stored key', async () => {
    const first = await resolveSecrets({ dataDir, secrets: { jwtSecret: 'e'.repeat(40) } });
    expect(first.sources).toEqual({ jwtSecret: 'environment', identityKeys: 'generated' });
    expect(JSON.parse(await readFile(file(), 'utf8')).JWT_SECRET).toBeUndefined();
    const second = await resolveSecrets({ dataDir, secrets: {} });
    expect(second.identityKeys).toBe(first.identityKeys);
    expect(second.sources).toEqual({ jwtSecret: 'generated', identityKeys: 'data-dir' });
    expect(JSON.parse(await readFile(file(), 'utf8'))).toMatchObject({
      JWT_SECRET: second.jwtSecret,
      IDENTITY_KEYS: first.identityKeys,
    });
  });

  it('agrees with a concurrent first start (one file, same secrets)', async () => {
    const results = await Promise.all([1, 2, 3, 4].map(() => resolveSecrets({ dataDir, secrets: {} })));
    for (const r of results) expect(r.jwtSecret).toBe(results[0].jwtSecret);
    for (const r of results) expect(r.identityKeys).toBe(results[0].identityKeys);
  });

  it('stops on a malformed file instead of overwriting it, without showing values', async () => {
    await writeFile(file(), JSON.stringify({ JWT_SECRET: 'short-secret', IDENTITY_KEYS: 'nope' }), { mode: 0o600 });
    const error = await resolveSecrets({ dataDir, secrets: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretsFileError);
    expect((error as Error).message).toMatch(/JWT_SECRET[\s\S]*IDENTITY_KEYS/);
    expect((error as Error).message).not.toContain('short-secret');
    await writeFile(file(), '{ not json');
    await expect(resolveSecrets({ dataDir, secrets: {} })).rejects.toThrow(/not valid JSON/);
    expect(await readFile(file(), 'utf8')).toBe('{ not json');
  });

  it('tightens a secrets file that was restored with loose permissions', async () => {
    await resolveSecrets({ dataDir, secrets: {} });
    await chmod(file(), 0o644);
    await resolveSecrets({ dataDir, secrets: {} });
    expect((await stat(file())).mode & 0o777).toBe(0o600);
  });

  it('creates DATA_DIR when it does not exist yet and returns a filled-in configuration', async () => {
    const nested = join(dataDir, 'new', 'data');
    const config = await withResolvedSecrets({ dataDir: nested, secrets: {}, logLevel: 'info' });
    expect(config.logLevel).toBe('info');
    expect(config.secrets.jwtSecret).toBeTruthy();
    expect(config.secrets.identityKeys).toMatch(KEYS);
  });
});
