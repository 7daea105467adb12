import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { NotFoundError, ValidationFailedError, type Actor } from '@kntc/domain';
import type { UserEntity } from '@kntc/persistence';
import { ACCESS_OPTIONS, type AccessOptions } from '../access-options';
import { TooManyRequestsError, UnauthenticatedError } from '../errors/access-errors';
import { lockedUntilAfter, lockStateAt } from '../lockout/lockout-policy';
import { UnknownUsernameThrottle } from '../lockout/unknown-username-throttle';
import { PasswordHasher } from '../passwords/password-hasher';
import type { AccessTokenClaims } from '../tokens/access-token-claims';
import { generateRefreshToken, hashRefreshToken } from '../tokens/opaque-token';
import { RefreshTokenRepository } from '../tokens/refresh-token.repository';
import { normaliseUsername } from '../users/username';
import { SessionUsers } from '../users/session-users.service';
import { UserRepository } from '../users/user.repository';
import { UsersService } from '../users/users.service';

/** The user a successful sign-in yields (what the local strategy puts on the request). */
export type AuthenticatedUser = Pick<UserEntity, 'id' | 'username' | 'role' | 'authorityId' | 'tokenVersion'>;

export interface Session {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

/** Usernames longer than a stored one can be cannot exist; they are still answered the same way. */
const MAX_USERNAME_LENGTH = 64;

/**
 * Sign-in, sessions (access + refresh tokens), and turning a verified access token back into
 * the Actor. Logs say who and what, never a password, token or hash.
 */
@Injectable()
export class AuthService implements OnModuleInit {
  private readonly logger = new Logger('AuthService');
  private readonly unknownUsernames = new UnknownUsernameThrottle();

  constructor(
    private readonly users: UserRepository,
    private readonly tokens: RefreshTokenRepository,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly usersService: UsersService,
    private readonly sessions: SessionUsers,
    @Inject(ACCESS_OPTIONS) private readonly options: AccessOptions,
  ) {}

  onModuleInit(): void {
    if (this.options.jwtSecretSource === 'ephemeral' && this.options.nodeEnv !== 'test') {
      this.logger.warn('JWT_SECRET is not set: using a per-process key, so every session ends when the API stops');
    }
  }

  /**
   * Username + password → the user, or 401/429. Unknown usernames cost the same hash
   * verification and get the same lockout as real ones, so neither timing nor 429s reveal which
   * accounts exist.
   */
  async verifyCredentials(rawUsername: string, password: string): Promise<AuthenticatedUser> {
    const now = new Date();
    const username = normaliseUsername(rawUsername);
    const user = username.length <= MAX_USERNAME_LENGTH ? await this.users.findByUsername(username) : null;
    if (!user) {
      const lock = this.unknownUsernames.stateOf(username, now);
      if (lock.locked) throw new TooManyRequestsError(lock.retryAt, now);
      await this.hasher.verifyNothing(password);
      this.unknownUsernames.recordFailure(username, now);
      // The attempted name is not logged: people type their password into the username field.
      this.logger.warn({ event: 'sign_in_failed', reason: 'unknown_username' }, 'sign-in failed');
      throw new UnauthenticatedError('invalid_credentials');
    }
    const lock = lockStateAt(user.lockedUntil, now);
    if (lock.locked) {
      this.logger.warn({ event: 'sign_in_refused', reason: 'locked', userId: user.id }, 'sign-in refused: locked');
      throw new TooManyRequestsError(lock.retryAt, now);
    }
    if (!(await this.hasher.verify(user.passwordHash, password))) {
      const after = await this.users.recordFailedSignIn(user.id, (n) => lockedUntilAfter(n, now));
      this.logger.warn(
        { event: 'sign_in_failed', reason: 'wrong_password', userId: user.id, failures: after.failedLoginCount },
        after.lockedUntil ? 'sign-in failed: account locked' : 'sign-in failed',
      );
      throw new UnauthenticatedError('invalid_credentials');
    }
    // Checked after the password, so only someone who knows it learns that the account is disabled.
    if (user.disabledAt) throw new UnauthenticatedError('account_disabled');
    await this.users.recordSuccessfulSignIn(user.id, now);
    if (this.hasher.needsRehash(user.passwordHash)) {
      await this.users.upgradePasswordHash(user.id, await this.hasher.hash(password));
    }
    this.logger.log({ event: 'signed_in', userId: user.id }, 'signed in');
    return user;
  }

  /** A new session (new refresh-token family) for a user who just proved who they are. */
  async startSession(user: AuthenticatedUser): Promise<Session> {
    const now = new Date();
    const refreshToken = generateRefreshToken();
    const refreshTokenExpiresAt = this.refreshExpiry(now);
    await this.tokens.insertToken({
      userId: user.id,
      familyId: randomUUID(),
      tokenHash: hashRefreshToken(refreshToken),
      issuedAt: now,
      expiresAt: refreshTokenExpiresAt,
    });
    return {
      accessToken: await this.signAccessToken(user),
      expiresIn: this.options.accessTokenTtlSeconds,
      refreshToken,
      refreshTokenExpiresAt,
    };
  }

  /**
   * Rotates a refresh token: the presented one is spent, a new one in the same family is
   * returned. Presenting a spent token again revokes the whole family (theft detection).
   */
  async refresh(presented: string): Promise<Session> {
    const now = new Date();
    const refreshToken = generateRefreshToken();
    const refreshTokenExpiresAt = this.refreshExpiry(now);
    const outcome = await this.tokens.rotateToken(hashRefreshToken(presented), {
      tokenHash: hashRefreshToken(refreshToken),
      issuedAt: now,
      expiresAt: refreshTokenExpiresAt,
    });
    if (outcome.kind === 'reuse_detected') {
      this.logger.warn(
        { event: 'refresh_token_reuse', userId: outcome.userId, familyId: outcome.familyId, revoked: outcome.revoked },
        'a spent refresh token was presented again: its family is revoked',
      );
    }
    if (outcome.kind !== 'rotated') throw new UnauthenticatedError('refresh_token_invalid');
    const user = await this.users.findById(outcome.userId);
    if (!user || user.disabledAt) {
      await this.tokens.revokeFamily(outcome.familyId, 'user_disabled', now);
      throw new UnauthenticatedError('refresh_token_invalid');
    }
    return {
      accessToken: await this.signAccessToken(user),
      expiresIn: this.options.accessTokenTtlSeconds,
      refreshToken,
      refreshTokenExpiresAt,
    };
  }

  /**
   * Ends this device's session: revokes the refresh-token family. Idempotent, and silent about
   * tokens that are unknown or not the caller's. The access token lives on until it expires
   * (at most ACCESS_TOKEN_TTL_SECONDS); "sign out everywhere" is a password change.
   */
  async logout(actor: Actor, presented: string): Promise<void> {
    const revoked = await this.tokens.revokeFamilyOfToken(
      hashRefreshToken(presented),
      actor.userId,
      'logout',
      new Date(),
    );
    this.logger.log({ event: 'signed_out', userId: actor.userId, revoked }, 'signed out');
  }

  /**
   * Changes the caller's own password. A wrong current password counts as a failed sign-in (a
   * stolen access token must not become an unlimited password oracle). Every earlier session
   * ends; the answer is a fresh one.
   */
  async changeOwnPassword(actor: Actor, currentPassword: string, newPassword: string): Promise<Session> {
    const now = new Date();
    const user = await this.users.findById(actor.userId);
    if (!user || user.disabledAt) throw new UnauthenticatedError('session_revoked');
    const lock = lockStateAt(user.lockedUntil, now);
    if (lock.locked) throw new TooManyRequestsError(lock.retryAt, now);
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      await this.users.recordFailedSignIn(user.id, (n) => lockedUntilAfter(n, now));
      this.logger.warn(
        { event: 'password_change_failed', userId: user.id },
        'password change refused: wrong current password',
      );
      throw new ValidationFailedError(
        [{ field: 'currentPassword', issue: 'incorrect', message: 'Mật khẩu hiện tại không đúng.' }],
        'Mật khẩu hiện tại không đúng.',
      );
    }
    if (currentPassword === newPassword) {
      throw new ValidationFailedError([
        { field: 'newPassword', issue: 'unchanged', message: 'Mật khẩu mới phải khác mật khẩu hiện tại.' },
      ]);
    }
    await this.usersService.replacePassword(user, newPassword, 'newPassword');
    this.logger.log({ event: 'password_changed', userId: user.id }, 'password changed; earlier sessions revoked');
    const fresh = await this.users.findById(user.id);
    return this.startSession(fresh!);
  }

  /**
   * The Actor behind verified access-token claims, or 401 when the user is gone, disabled, or
   * the token predates a password change, disabling or move (token_version, role, authority).
   */
  async actorFromClaims(claims: AccessTokenClaims): Promise<Actor> {
    // Runs on every request: remembered between changes, read in one query otherwise.
    const user = await this.sessions.find(claims.sub);
    if (
      !user ||
      user.disabledAt ||
      user.tokenVersion !== claims.tv ||
      user.role !== claims.role ||
      user.authorityId !== claims.aid
    ) {
      throw new UnauthenticatedError('session_revoked');
    }
    if (!user.authority) throw new NotFoundError('cơ quan, đơn vị', user.authorityId);
    return { userId: user.id, role: user.role, authority: user.authority };
  }

  private signAccessToken(user: AuthenticatedUser): Promise<string> {
    const claims: AccessTokenClaims = { sub: user.id, role: user.role, aid: user.authorityId, tv: user.tokenVersion };
    return this.jwt.signAsync(claims);
  }

  private refreshExpiry(now: Date): Date {
    return new Date(now.getTime() + this.options.refreshTokenTtlSeconds * 1000);
  }
}
