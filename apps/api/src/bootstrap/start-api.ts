import type { NestExpressApplication } from '@nestjs/platform-express';
import { withResolvedSecrets } from '@kntc/access';
import type { AppConfig, Logger } from '@kntc/config';
import {
  pendingMigrations,
  provisionDatabase,
  runMigrations,
  withDataSource,
  type ProvisionedDatabase,
} from '@kntc/persistence';
import { loadDemoData } from '../demo/load-demo-data';
import type { DemoLogins } from '../demo/demo-logins';
import { createApiApp } from './create-api-app';
import { StartupError } from './startup-error';

export interface RunningApi {
  app: NestExpressApplication;
  database: ProvisionedDatabase;
  url: string;
  /** The demo accounts, when the demo is on and was loaded into this database. */
  demoLogins?: DemoLogins;
}

/** The database ready to serve, and the configuration with its secrets filled in. */
export interface PreparedDatabase {
  database: ProvisionedDatabase;
  config: AppConfig;
}

/**
 * What must happen once per start, however many processes then serve HTTP: the database (embedded
 * or external), its schema, and the secrets (generated into DATA_DIR on a first start). Stops an
 * embedded server it started if anything after that fails.
 */
export async function prepareDatabase(config: AppConfig, logger: Logger): Promise<PreparedDatabase> {
  const database = await provisionDatabase({
    mode: config.database.mode,
    url: config.database.url,
    embedded: config.database.embedded,
    log: (m) => logger.info(m),
  });
  try {
    if (config.database.migrateOnStart) {
      const applied = await runMigrations(database.url);
      if (applied.length > 0) logger.info({ applied }, `applied ${applied.length} migration(s)`);
    } else {
      const pending = await withDataSource(database.url, pendingMigrations);
      if (pending.length > 0) {
        throw new StartupError(
          `${pending.length} database migration(s) are pending (${pending.join(', ')}). Run \`npm run db:migrate\` first, or set MIGRATE_ON_START=true.`,
        );
      }
    }
    // JWT secret and identity keys: from the environment, else kept in DATA_DIR (generated on first start).
    return { database, config: await withResolvedSecrets(config) };
  } catch (error) {
    await database.stop().catch(() => undefined);
    throw error;
  }
}

/** Listens on HOST:PORT; returns the URL to show (localhost for 0.0.0.0, the real port for PORT=0). */
export async function listenApi(app: NestExpressApplication, config: AppConfig): Promise<string> {
  await app.listen(config.http.port, config.http.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.http.port;
  const shownHost = config.http.host === '0.0.0.0' ? 'localhost' : config.http.host;
  return `http://${shownHost}:${port}`;
}

/** One process does everything: database first, then schema, demo data and the HTTP server. */
export async function startApi(config: AppConfig, logger: Logger): Promise<RunningApi> {
  const { database, config: withSecrets } = await prepareDatabase(config, logger);
  try {
    const app = await createApiApp(withSecrets, database.url, logger);
    // DEMO_DATA (default with the embedded database): the demo province, into an empty database only.
    const demoLogins = await loadDemoData(app, withSecrets, logger);
    const url = await listenApi(app, config);
    return { app, database, url, demoLogins };
  } catch (error) {
    await database.stop().catch(() => undefined);
    throw error;
  }
}
