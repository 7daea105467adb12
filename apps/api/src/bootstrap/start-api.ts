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
  /** The demo accounts, when the demo data is on and was loaded into this database. */
  demoLogins?: DemoLogins;
}

/** Database first (embedded or external), then schema, then the HTTP server. */
export async function startApi(config: AppConfig, logger: Logger): Promise<RunningApi> {
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
    const withSecrets = await withResolvedSecrets(config);
    const app = await createApiApp(withSecrets, database.url, logger);
    // DEMO_DATA (default with the embedded database): the demo province, into an empty database only.
    const demoLogins = await loadDemoData(app, withSecrets, logger);
    await app.listen(config.http.port, config.http.host);
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.http.port;
    const shownHost = config.http.host === '0.0.0.0' ? 'localhost' : config.http.host;
    return { app, database, url: `http://${shownHost}:${port}`, demoLogins };
  } catch (error) {
    await database.stop().catch(() => undefined);
    throw error;
  }
}
