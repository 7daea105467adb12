import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { UserEntity, type UserRole } from '@kntc/persistence';
import { isUuid } from '../tokens/access-token-claims';

export interface NewUser {
  username: string;
  displayName: string;
  role: UserRole;
  authorityId: string;
  passwordHash: string;
  passwordChangedAt: Date;
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
