import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthorityLevel, AuthorityRef } from '@kntc/domain';
import { queryPrepared, UserEntity, type UserRole } from '@kntc/persistence';
import { authorityChainCte, MAX_DEPTH } from '../authorities/authority-directory.repository';
import { isUuid } from '../tokens/access-token-claims';

export interface NewUser {
  username: string;
  displayName: string;
  role: UserRole;
  authorityId: string;
  passwordHash: string;
  passwordChangedAt: Date;
}

/** A user as the JWT guard checks it, with the AuthorityRef of their authority. */
export interface SessionUser extends Pick<UserEntity, 'id' | 'role' | 'authorityId' | 'tokenVersion' | 'disabledAt'> {
  authority: AuthorityRef | null;
}

/** Unique violation on the username (PostgreSQL 23505 on app_user_username_key). */
export class UsernameTakenError extends Error {
  constructor() {
    super('username taken');
  }
}

/**
 * Every query on app_user. Counters and token_version change by atomic UPDATEs (never
 * read-modify-write), so concurrent sign-ins cannot lose a failure or a revocation.
 */
@Injectable()
export class UserRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(m?: EntityManager) {
    return (m ?? this.dataSource.manager).getRepository(UserEntity);
  }

  findById(id: string): Promise<UserEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.repo().findOneBy({ id });
  }

  /**
   * What the guard needs on every request, in one statement: the user's current role,
   * authority, token_version and disabling, and the AuthorityRef of that authority (null when
   * it does not exist). SessionUsers remembers it until a change notification says otherwise.
   */
  async findSessionUser(id: string): Promise<SessionUser | null> {
    if (!isUuid(id)) return null;
    // The trigger app_user_session_changed (migration ChangeNotifications) watches exactly these
    // columns of app_user: reading another one here needs a migration that watches it too.
    const [row] = await queryPrepared<
      Omit<SessionUser, 'authority'> & { level: AuthorityLevel | null; remote: boolean | null; path: string[] | null }
    >(
      this.dataSource,
      `WITH RECURSIVE u AS (
         SELECT id, role, authority_id, token_version, disabled_at FROM app_user WHERE id = $1
       ),
       ${authorityChainCte('(SELECT authority_id FROM u)', '$2')}
       SELECT u.id, u.role, u.authority_id AS "authorityId", u.token_version AS "tokenVersion",
              u.disabled_at AS "disabledAt", own.level, own.remote,
              (SELECT array_agg(c.id::text ORDER BY c.depth DESC) FROM chain c) AS path
         FROM u LEFT JOIN chain own ON own.depth = 0`,
      [id, MAX_DEPTH],
    );
    if (!row) return null;
    const { level, remote, path, ...user } = row;
    const authority = level && path ? { id: user.authorityId, level, remote: remote === true, path } : null;
    return { ...user, authority };
  }

  /** `username` must already be normalised (lower case). */
  findByUsername(username: string): Promise<UserEntity | null> {
    return this.repo().findOneBy({ username });
  }

  async insertUser(user: NewUser): Promise<UserEntity> {
    try {
      return await this.repo().save(
        this.repo().create({ ...user, tokenVersion: 0, failedLoginCount: 0, lockedUntil: null, disabledAt: null }),
      );
    } catch (error) {
      const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
      const code = e.driverError?.code ?? e.code;
      const constraint = e.driverError?.constraint ?? e.constraint;
      if (code === '23505' && constraint === 'app_user_username_key') throw new UsernameTakenError();
      throw error;
    }
  }

  /** A page of the users of these authorities, by username. */
  async listInAuthorities(
    authorityIds: readonly string[],
    page: { limit: number; offset: number; includeDisabled: boolean },
  ): Promise<{ items: UserEntity[]; total: number }> {
    const qb = this.repo()
      .createQueryBuilder('u')
      .where('u.authority_id = ANY(:ids)', { ids: [...authorityIds] })
      .orderBy('u.username', 'ASC')
      .take(page.limit)
      .skip(page.offset);
    if (!page.includeDisabled) qb.andWhere('u.disabled_at IS NULL');
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  /**
   * One more consecutive failure; `lockFor(count)` says until when the new count locks the
   * account. Returns the new count and lock.
   */
  recordFailedSignIn(
    id: string,
    lockFor: (failures: number) => Date | null,
  ): Promise<{ failedLoginCount: number; lockedUntil: Date | null }> {
    return this.dataSource.transaction(async (m) => {
      const [[row]] = await m.query<[{ failed_login_count: number }[], number]>(
        `UPDATE app_user SET failed_login_count = failed_login_count + 1 WHERE id = $1 RETURNING failed_login_count`,
        [id],
      );
      const lockedUntil = lockFor(row.failed_login_count);
      if (lockedUntil) await m.query(`UPDATE app_user SET locked_until = $2 WHERE id = $1`, [id, lockedUntil]);
      return { failedLoginCount: row.failed_login_count, lockedUntil };
    });
  }

  async recordSuccessfulSignIn(id: string, at: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE app_user SET failed_login_count = 0, locked_until = NULL, last_login_at = $2 WHERE id = $1`,
      [id, at],
    );
  }

  /** A stronger hash of the same password (parameters raised): sessions stay valid. */
  async upgradePasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.dataSource.query(`UPDATE app_user SET password_hash = $2 WHERE id = $1`, [id, passwordHash]);
  }

  /** New password: bumps token_version (ends every access token) and clears any lock. */
  async replacePassword(id: string, passwordHash: string, at: Date, m?: EntityManager): Promise<number> {
    const [[row]] = await (m ?? this.dataSource.manager).query<[{ token_version: number }[], number]>(
      `UPDATE app_user
          SET password_hash = $2, password_changed_at = $3, token_version = token_version + 1,
              failed_login_count = 0, locked_until = NULL, updated_at = now()
        WHERE id = $1
        RETURNING token_version`,
      [id, passwordHash, at],
    );
    return row.token_version;
  }

  /** Disables and bumps token_version; false when the user was already disabled. */
  async disable(id: string, at: Date, m?: EntityManager): Promise<boolean> {
    const [rows] = await (m ?? this.dataSource.manager).query<[unknown[], number]>(
      `UPDATE app_user SET disabled_at = $2, token_version = token_version + 1, updated_at = now()
        WHERE id = $1 AND disabled_at IS NULL
        RETURNING id`,
      [id, at],
    );
    return rows.length === 1;
  }

  /** Enables and clears any sign-in lock (the administrator has looked at the account). */
  async enable(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE app_user SET disabled_at = NULL, failed_login_count = 0, locked_until = NULL, updated_at = now()
        WHERE id = $1`,
      [id],
    );
  }
}
