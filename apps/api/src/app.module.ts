import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { APP_CONFIG, type AppConfig, type Logger } from '@kntc/config';
import { PersistenceModule } from '@kntc/persistence';
import { AccessApiModule } from './access/access-api.module';
import { AdminApiModule } from './admin/admin-api.module';
import { AttachmentsApiModule } from './attachments/attachments-api.module';
import { AuditApiModule } from './audit/audit-api.module';
import { CaseCommandsApiModule } from './cases/cases-api.module';
import { HealthModule } from './health/health.module';
import { IdentityApiModule } from './identity/identity-api.module';
import { ErrorFilter } from './http/error.filter';
import { LoggingModule } from './http/logging.module';
import { ReadsApiModule } from './reads/reads-api.module';
import { ReceptionApiModule } from './reception/reception-api.module';
import { WorkerModule } from '@kntc/workflow';

export interface ApiModuleOptions {
  config: AppConfig;
  /** The database URL resolved at boot: the external one, or the embedded server's. */
  databaseUrl: string;
  logger: Logger;
}

/** Secrets are resolved before the app is built (start-api.ts); a missing key is a wiring error. */
function requireIdentityKeys(config: AppConfig): string {
  const keys = config.secrets.identityKeys;
  if (!keys) throw new Error('IDENTITY_KEYS must be resolved before the API module is built');
  return keys;
}

@Module({})
export class AppModule {
  static register({ config, databaseUrl, logger }: ApiModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggingModule.forRoot(logger),
        PersistenceModule.forRoot(databaseUrl, config.database.poolSize),
        HealthModule,
        AdminApiModule,
        AccessApiModule.register(config),
        CaseCommandsApiModule.register({ identityKeys: requireIdentityKeys(config) }),
        ReadsApiModule.register({ identityKeys: requireIdentityKeys(config) }),
        ReceptionApiModule.register({ identityKeys: requireIdentityKeys(config) }),
        AttachmentsApiModule.register({ identityKeys: requireIdentityKeys(config), settings: config.attachments }),
        IdentityApiModule.register({ identityKeys: requireIdentityKeys(config) }),
        AuditApiModule.register(config),
        // Deadline sweeper and outbox dispatcher in this process (default with the embedded database).
        ...(config.worker.runInApi ? [WorkerModule.register(config.worker)] : []),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
    };
  }
}
