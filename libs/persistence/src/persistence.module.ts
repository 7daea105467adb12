import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source-options';

/** The application's one connection pool, on the URL resolved at boot (embedded or external). */
@Module({})
export class PersistenceModule {
  static forRoot(url: string, poolSize: number): DynamicModule {
    return {
      module: PersistenceModule,
      global: true,
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(url, poolSize, 'kntc-api'), retryAttempts: 0 })],
      exports: [TypeOrmModule],
    };
  }
}
