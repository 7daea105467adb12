import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '@kntc/config';
import { AccessModule } from '@kntc/access';
import { AuthController } from './auth.controller';
import { LoginGuard } from './login.guard';
import { UsersController } from './users.controller';

/** HTTP endpoints of /auth and /users, on top of the global AccessModule (guards, services). */
@Module({})
export class AccessApiModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AccessApiModule,
      imports: [AccessModule.forRoot(config)],
      controllers: [AuthController, UsersController],
      providers: [LoginGuard],
    };
  }
}
