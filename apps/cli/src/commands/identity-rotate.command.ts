import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '@kntc/config';
import { dataSourceOptions, provisionDatabase } from '@kntc/persistence';
import {
  IdentityRotationService,
  parseIdentityKeyRing,
  PartyRepository,
  SECRETS_FILE,
  type IndexRootCheck,
  type KeyUsageReport,
} from '@kntc/access';

const USAGE = `Usage: kntc identity:rotate [--check] [--batch-size N]
  Re-encrypts every stored identity with the first key of IDENTITY_KEYS, then says which
  keys are still needed. --check only reports. Put the new key first in IDENTITY_KEYS (and
  restart every API and worker with it) before rotating.
`;

/**
 * Key rotation for party identities, on DATABASE_URL or the embedded database (as `migrate`).
 * The keys come from IDENTITY_KEYS, else from <DATA_DIR>/secrets.json (embedded installs);
 * unlike the API this command never generates one: a new key would decrypt nothing.
 */
export async function identityRotateCommand(args: string[] = []): Promise<number> {
  const options = parseArgs(args);
  if (!options) {
    process.stderr.write(USAGE);
    return 2;
  }
  const config = loadConfig();
  const ring = parseIdentityKeyRing(config.secrets.identityKeys ?? (await keysFromDataDir(config.dataDir)));
  const database = await provisionDatabase({
    mode: config.database.mode,
    url: config.database.url,
    embedded: config.database.embedded,
    log: (m) => process.stdout.write(`${m}\n`),
  });
  const ds = new DataSource(dataSourceOptions(database.url, 2, 'kntc-identity-rotate'));
  try {
    await ds.initialize();
    const rotation = new IdentityRotationService(ds, new PartyRepository());
    if (!options.check) {
      const result = await rotation.rotate(ring, {
        batchSize: options.batchSize,
        onBatch: (p) => {
          process.stdout.write(`  … ${p.moved} moved so far\n`);
        },
      });
      // Most-used key first, so the line reads the same on every run.
      const from = Object.entries(result.movedFrom)
        .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
        .map(([keyId, n]) => `${keyId}: ${n}`)
        .join(', ');
      process.stdout.write(
        `Moved ${result.moved} identities to key ${result.targetKeyId}${from ? ` (from ${from})` : ''}.\n`,
      );
      if (result.unreadable.length > 0) {
        process.stdout.write(
          `Could not open ${result.unreadable.length} identities (key missing from IDENTITY_KEYS, or altered data); party ids:\n` +
            result.unreadable.map((id) => `  ${id}\n`).join(''),
        );
      }
    }
    const report = await rotation.keyUsage(ring);
    const indexCheck = await rotation.verifyIndexRoot(ring);
    process.stdout.write(formatReport(report, indexCheck));
    return report.rotationComplete && report.missingKeys.length === 0 && indexCheck.consistent ? 0 : 1;
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await database.stop();
  }
}

function parseArgs(args: string[]): { check: boolean; batchSize: number } | undefined {
  let check = false;
  let batchSize = 200;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--check') check = true;
    else if (args[i] === '--batch-size' && /^[1-9]\d{0,4}$/.test(args[i + 1] ?? '')) batchSize = Number(args[++i]);
    else return undefined;
  }
  return { check, batchSize };
}

async function keysFromDataDir(dataDir: string): Promise<string> {
  const file = join(dataDir, SECRETS_FILE);
  let stored: unknown;
  try {
    stored = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw new ConfigError([`IDENTITY_KEYS: not set, and ${file} is missing or unreadable`]);
  }
  const keys = (stored as { IDENTITY_KEYS?: unknown } | null)?.IDENTITY_KEYS;
  if (typeof keys !== 'string') throw new ConfigError([`IDENTITY_KEYS: not set, and ${file} has none`]);
  return keys;
}

function formatReport(report: KeyUsageReport, index: IndexRootCheck): string {
  const lines = [
    index.consistent
      ? `Blind-index root "${index.indexRootId}": ${index.sampled} sampled fingerprint(s) reproduce.`
      : `Blind-index root "${index.indexRootId}" does NOT reproduce ${index.sampled - index.reproduced} of ${index.sampled} ` +
        'sampled fingerprint(s): duplicate detection is broken. Restore the original root (usually ' +
        '"index:<the first key this install ever had>") before anything else.',
    'Identity keys:',
  ];
  for (const k of report.keys) lines.push(`  ${k.keyId}: ${k.rows} row(s) — ${k.advice}`);
  for (const m of report.missingKeys) {
    lines.push(
      `  ${m.keyId}: ${m.rows} row(s) — NOT in IDENTITY_KEYS: these identities cannot be read; restore the key`,
    );
  }
  const removable = report.keys.filter((k) => k.removable).map((k) => k.keyId);
  lines.push(
    report.rotationComplete
      ? `Every identity is on ${report.currentKeyId}.${removable.length ? ` Removable from IDENTITY_KEYS: ${removable.join(', ')}.` : ''}`
      : `Rotation is not complete: run identity:rotate (again).`,
  );
  return `${lines.join('\n')}\n`;
}
