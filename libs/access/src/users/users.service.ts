import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError, ValidationFailedError, type Actor } from '@kntc/domain';
import { DatabaseChanges, USER_ROLES, type ChangeFeed, type UserEntity, type UserRole } from '@kntc/persistence';
import { AuthorityDirectory } from '../authorities/authority-directory';
import type { AuthoritySummary } from '../authorities/authority-directory.repository';
import { commandsOf } from '../authorization/command-permissions';
import type { Command } from '../authorization/commands';
import { DataScopeService } from '../authorization/data-scope.service';
import { AccessRuleError } from '../errors/access-errors';
import { PasswordHasher } from '../passwords/password-hasher';
import { checkPassword } from '../passwords/password-policy';
import { RefreshTokenRepository, type RevocationReason } from '../tokens/refresh-token.repository';
import { normaliseUsername, USERNAME_PATTERN, USERNAME_RULE_MESSAGE } from './username';
import { UserRepository, UsernameTakenError } from './user.repository';
import { viewOf, type UserView } from './user-view';

export interface CreateUserInput {
  username: string;
  displayName: string;
  role: UserRole;
  authorityId: string;
  password: string;
}

export interface UserListQuery {
  limit: number;
  offset: number;
  includeDisabled: boolean;
}

export interface Profile {
  user: UserView;
  authority: AuthoritySummary & { path: string[] };
  commands: Command[];
}

const USER = 'người dùng';

/** Users: creation, listing, enabling and passwords. Administrators act within their subtree. */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UserRepository,
    private readonly tokens: RefreshTokenRepository,
    private readonly hasher: PasswordHasher,
    private readonly scope: DataScopeService,
    private readonly directory: AuthorityDirectory,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DatabaseChanges) private readonly changes: ChangeFeed,
  ) {}

  /** An administrator creates a user in an authority of their subtree. */
  async createByAdmin(admin: Actor, input: CreateUserInput): Promise<UserView> {
    await this.scope.assertInScope(admin, [input.authorityId], { what: 'cơ quan, đơn vị', id: input.authorityId });
    return this.insert(input);
  }

  /**
   * The operator of the installation (the `user:create` CLI: shell and database access) creates
   * a user, typically the first administrator, in any existing authority.
   */
  async createByOperator(input: CreateUserInput): Promise<UserView> {
    await this.directory.summaryOf(input.authorityId);
    return this.insert(input);
  }

  async list(admin: Actor, query: UserListQuery): Promise<{ items: UserView[]; total: number }> {
    const { authorityIds } = await this.scope.scopeOf(admin);
    const page = await this.users.listInAuthorities(authorityIds, query);
    return { items: page.items.map(viewOf), total: page.total };
  }

  async get(admin: Actor, userId: string): Promise<UserView> {
    return viewOf(await this.findInScope(admin, userId));
  }

  /** Disabling ends every session at once: token_version is bumped and refresh tokens revoked. */
  async disable(admin: Actor, userId: string): Promise<UserView> {
    const user = await this.findInScope(admin, userId);
    if (user.id === admin.userId) {
      throw new AccessRuleError('self_disable', 'Không thể tự vô hiệu hoá tài khoản của chính mình.');
    }
    const at = new Date();
    await this.dataSource.transaction(async (m) => {
      if (await this.users.disable(user.id, at, m)) await this.tokens.revokeAllOfUser(user.id, 'user_disabled', at, m);
    });
    this.sessionChanged(user.id);
    return this.get(admin, userId);
  }

  async enable(admin: Actor, userId: string): Promise<UserView> {
    const user = await this.findInScope(admin, userId);
    await this.users.enable(user.id);
    this.sessionChanged(user.id);
    return this.get(admin, userId);
  }

  /**
   * An administrator sets a new password for someone else (forgotten password). For their own
   * password administrators use POST /auth/password, which asks for the current one.
   */
  async resetPassword(admin: Actor, userId: string, newPassword: string): Promise<void> {
    const user = await this.findInScope(admin, userId);
    if (user.id === admin.userId) {
      throw new AccessRuleError('self_reset', 'Hãy dùng chức năng đổi mật khẩu để đổi mật khẩu của chính mình.');
    }
    await this.replacePassword(user, newPassword, 'newPassword');
  }

  /**
   * Checks the policy, stores the new hash, bumps token_version and revokes every refresh token,
   * in one transaction: after it, no token issued before works.
   */
  async replacePassword(user: UserEntity, newPassword: string, field: string): Promise<void> {
    assertPasswordAcceptable(newPassword, user.username, field);
    const hash = await this.hasher.hash(newPassword);
    const at = new Date();
    const reason: RevocationReason = 'password_changed';
    await this.dataSource.transaction(async (m) => {
      await this.users.replacePassword(user.id, hash, at, m);
      await this.tokens.revokeAllOfUser(user.id, reason, at, m);
    });
    this.sessionChanged(user.id);
  }

  /** The signed-in user, their authority and what their role may do. */
  async profileOf(actor: Actor): Promise<Profile> {
    const user = await this.users.findById(actor.userId);
    if (!user) throw new NotFoundError(USER, actor.userId);
    const authority = await this.directory.summaryOf(user.authorityId);
    return {
      user: viewOf(user),
      authority: { ...authority, path: actor.authority.path },
      commands: commandsOf(actor.role),
    };
  }

  /**
   * After the commit, so that this process's next request already sees it; other processes
   * hear of it from the database's notification.
   */
  private sessionChanged(userId: string): void {
    this.changes.announce({ topic: 'session-user', id: userId });
  }

  private async findInScope(admin: Actor, userId: string): Promise<UserEntity> {
    const user = await this.users.findById(userId);
    // Missing and out-of-scope users look the same (404), so existence does not leak.
    if (!user) throw new NotFoundError(USER, userId);
    await this.scope.assertInScope(admin, [user.authorityId], { what: USER, id: userId });
    return user;
  }

  private async insert(input: CreateUserInput): Promise<UserView> {
    const username = normaliseUsername(input.username);
    const problems = [];
    if (!USERNAME_PATTERN.test(username)) {
      problems.push({ field: 'username', issue: 'pattern', message: USERNAME_RULE_MESSAGE });
    }
    if (!(USER_ROLES as readonly string[]).includes(input.role)) {
      problems.push({ field: 'role', issue: 'isIn', message: `Vai trò phải là một trong: ${USER_ROLES.join(', ')}.` });
    }
    if (!input.displayName.trim()) {
      problems.push({ field: 'displayName', issue: 'isNotEmpty', message: 'Cần ghi họ tên người dùng.' });
    }
    problems.push(...passwordDetails(input.password, username, 'password'));
    if (problems.length > 0) throw new ValidationFailedError(problems);
    const passwordHash = await this.hasher.hash(input.password);
    try {
      const saved = await this.users.insertUser({
        username,
        displayName: input.displayName.trim(),
        role: input.role,
        authorityId: input.authorityId,
        passwordHash,
        passwordChangedAt: new Date(),
      });
      return viewOf(saved);
    } catch (error) {
      if (error instanceof UsernameTakenError) {
        throw new ValidationFailedError([
          { field: 'username', issue: 'taken', message: 'Tên đăng nhập đã được sử dụng.' },
        ]);
      }
      throw error;
    }
  }
}

function passwordDetails(password: string, username: string, field: string) {
  return checkPassword(password, { username }).map((p) => ({ field, issue: p.issue, message: p.message }));
}

/** Throws VALIDATION_FAILED with one detail per broken rule of the password policy. */
export function assertPasswordAcceptable(password: string, username: string, field: string): void {
  const details = passwordDetails(password, username, field);
  if (details.length > 0) throw new ValidationFailedError(details, 'Mật khẩu chưa đạt yêu cầu.');
}
