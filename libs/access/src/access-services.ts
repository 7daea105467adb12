import type { DataSource } from 'typeorm';
import type { ChangeFeed } from '@kntc/persistence';
import { AuthorityDirectory } from './authorities/authority-directory';
import { AuthorityDirectoryRepository } from './authorities/authority-directory.repository';
import { DataScopeService } from './authorization/data-scope.service';
import { PasswordHasher } from './passwords/password-hasher';
import { RefreshTokenRepository } from './tokens/refresh-token.repository';
import { SessionUsers } from './users/session-users.service';
import { UserRepository } from './users/user.repository';
import { UsersService } from './users/users.service';

export interface AccessServices {
  users: UsersService;
  userRepository: UserRepository;
  sessions: SessionUsers;
  refreshTokens: RefreshTokenRepository;
  authorities: AuthorityDirectoryRepository;
  directory: AuthorityDirectory;
  scope: DataScopeService;
  hasher: PasswordHasher;
}

/** Without a listener nothing is cached: every session lookup reads the database. */
const UNHEARD_CHANGES: ChangeFeed = {
  isListening: false,
  subscribe: () => () => undefined,
  announce: () => undefined,
};

/**
 * The same services wired by hand on a DataSource, for the CLI and the medium tests (no Nest).
 * `changes`: a started DatabaseChanges, for a session cache like the API's.
 */
export function createAccessServices(dataSource: DataSource, changes: ChangeFeed = UNHEARD_CHANGES): AccessServices {
  const userRepository = new UserRepository(dataSource);
  const sessions = new SessionUsers(userRepository, changes);
  const refreshTokens = new RefreshTokenRepository(dataSource);
  const authorities = new AuthorityDirectoryRepository(dataSource);
  const directory = new AuthorityDirectory(authorities);
  const scope = new DataScopeService(directory);
  const hasher = new PasswordHasher();
  const users = new UsersService(userRepository, refreshTokens, hasher, scope, directory, dataSource, changes);
  return { users, userRepository, sessions, refreshTokens, authorities, directory, scope, hasher };
}
