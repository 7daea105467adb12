import { Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, type AppConfig, type Logger } from '@kntc/config';
import { PersistenceModule } from '@kntc/persistence';
import { WorkerModule } from '@kntc/workflow';

export interface WorkerAppOptions {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
}

/** The standalone worker: no HTTP, the same pino JSON logs and connection pool as the API. */
@Module({})
export class WorkerAppModule {
  static register({ config, databaseUrl, logger }: WorkerAppOptions): DynamicModule {
    return {
      module: WorkerAppModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: { logger } }),
        PersistenceModule.forRoot(databaseUrl, config.database.poolSize),
        WorkerModule.register(config.worker),
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }],
    };
  }
}
