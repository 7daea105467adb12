import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { changeListenerConnection, dataSourceOptions } from './data-source-options';
import { DatabaseChanges } from './notifications/database-changes.service';

/**
 * The application's one connection pool, on the URL resolved at boot (embedded or external),
 * and the one listener of committed changes beside it.
 */
@Module({})
export class PersistenceModule {
  static forRoot(url: string, poolSize: number): DynamicModule {
    return {
      module: PersistenceModule,
      global: true,
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(url, poolSize, 'kntc-api'), retryAttempts: 0 })],
      providers: [{ provide: DatabaseChanges, useFactory: () => new DatabaseChanges(changeListenerConnection(url)) }],
      exports: [TypeOrmModule, DatabaseChanges],
    };
  }
}
