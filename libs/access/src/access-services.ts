import type { DataSource } from 'typeorm';
import { AuthorityDirectory } from './authorities/authority-directory';
import { AuthorityDirectoryRepository } from './authorities/authority-directory.repository';
import { DataScopeService } from './authorization/data-scope.service';
import { PasswordHasher } from './passwords/password-hasher';
import { RefreshTokenRepository } from './tokens/refresh-token.repository';
import { UserRepository } from './users/user.repository';
import { UsersService } from './users/users.service';

export interface AccessServices {
  users: UsersService;
  userRepository: UserRepository;
  refreshTokens: RefreshTokenRepository;
  authorities: AuthorityDirectoryRepository;
  directory: AuthorityDirectory;
  scope: DataScopeService;
  hasher: PasswordHasher;
}

/** The same services wired by hand on a DataSource, for the CLI and the medium tests (no Nest). */
export function createAccessServices(dataSource: DataSource): AccessServices {
  const userRepository = new UserRepository(dataSource);
  const refreshTokens = new RefreshTokenRepository(dataSource);
  const authorities = new AuthorityDirectoryRepository(dataSource);
  const directory = new AuthorityDirectory(authorities);
  const scope = new DataScopeService(directory);
  const hasher = new PasswordHasher();
  const users = new UsersService(userRepository, refreshTokens, hasher, scope, directory, dataSource);
  return { users, userRepository, refreshTokens, authorities, directory, scope, hasher };
}
