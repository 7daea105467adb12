import type { ClientConfig } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming/snake-naming.strategy';

export const MIGRATIONS_TABLE = 'schema_migrations';
const CONNECTION_TIMEOUT_MS = 10_000;

/**
 * The one set of TypeORM options, shared by the API, the worker, the CLI and the tests.
 * Schema changes happen only through the committed migrations: never synchronize,
 * never run migrations implicitly on connect, never install extensions at connect time.
 */
export function dataSourceOptions(url: string, poolSize = 10, applicationName = 'kntc'): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsRun: false,
    synchronize: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    namingStrategy: new SnakeNamingStrategy(),
    applicationName,
    poolSize,
    extra: { connectionTimeoutMillis: CONNECTION_TIMEOUT_MS },
    logging: false,
  };
}

/**
 * The change listener's connection: the pool's server and settings, but a connection of its
 * own, since a pooled one is handed from query to query and would lose its LISTEN.
 */
export function changeListenerConnection(url: string, applicationName = 'kntc-changes'): ClientConfig {
  return {
    connectionString: url,
    application_name: applicationName,
    connectionTimeoutMillis: CONNECTION_TIMEOUT_MS,
    keepAlive: true,
  };
}
