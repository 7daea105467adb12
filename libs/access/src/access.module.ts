import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import type { AppConfig } from '@kntc/config';
import { ACCESS_OPTIONS, accessOptionsFrom, TOKEN_AUDIENCE, TOKEN_ISSUER } from './access-options';
import { AuthorityDirectory } from './authorities/authority-directory';
import { AuthorityDirectoryRepository } from './authorities/authority-directory.repository';
import { AuthService } from './authentication/auth.service';
import { JwtAuthGuard } from './authentication/jwt-auth.guard';
import { JwtStrategy } from './authentication/jwt.strategy';
import { LocalAuthGuard } from './authentication/local-auth.guard';
import { LocalStrategy } from './authentication/local.strategy';
import { CommandGuard } from './authorization/command.guard';
import { DataScopeService } from './authorization/data-scope.service';
import { PasswordHasher } from './passwords/password-hasher';
import { RefreshTokenRepository } from './tokens/refresh-token.repository';
import { SessionUsers } from './users/session-users.service';
import { UserRepository } from './users/user.repository';
import { UsersService } from './users/users.service';

/**
 * Authentication, authorisation and data scope for the whole API. Global: any module can inject
 * DataScopeService, AuthorityDirectory or UsersService, and every endpoint is behind the JWT
 * guard (then the command guard) unless marked @Public().
 */
@Module({})
export class AccessModule {
  static forRoot(config: AppConfig): DynamicModule {
    const options = accessOptionsFrom(config);
    return {
      module: AccessModule,
      global: true,
      imports: [
        PassportModule.register({ session: false }),
        JwtModule.register({
          secret: options.jwtKey,
          signOptions: {
            algorithm: 'HS256',
            expiresIn: options.accessTokenTtlSeconds,
            issuer: TOKEN_ISSUER,
            audience: TOKEN_AUDIENCE,
          },
          verifyOptions: { algorithms: ['HS256'], issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE },
        }),
      ],
      providers: [
        { provide: ACCESS_OPTIONS, useValue: options },
        UserRepository,
        SessionUsers,
        RefreshTokenRepository,
        AuthorityDirectoryRepository,
        AuthorityDirectory,
        DataScopeService,
        PasswordHasher,
        UsersService,
        AuthService,
        LocalStrategy,
        JwtStrategy,
        LocalAuthGuard,
        // Order matters: authenticate first, then check the role's command.
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: CommandGuard },
      ],
      exports: [AuthService, UsersService, DataScopeService, AuthorityDirectory, LocalAuthGuard, JwtModule],
    };
  }
}
