import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { RefreshTokenEntity } from '@kntc/persistence';

export type RevocationReason = 'logout' | 'rotated' | 'reuse_detected' | 'password_changed' | 'user_disabled';

export interface NewRefreshToken {
  userId: string;
  familyId: string;
  tokenHash: string;
  issuedAt: Date;
  expiresAt: Date;
}

export type RotationOutcome =
  | { kind: 'rotated'; userId: string; familyId: string }
  /** A token already rotated was presented again: the family is now revoked. */
  | { kind: 'reuse_detected'; userId: string; familyId: string; revoked: number }
  | { kind: 'expired' | 'revoked' | 'unknown' };

/** Every query on refresh_token. Tokens are only ever known here by their SHA-256. */
@Injectable()
export class RefreshTokenRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(m?: EntityManager) {
    return (m ?? this.dataSource.manager).getRepository(RefreshTokenEntity);
  }

  async insertToken(token: NewRefreshToken, m?: EntityManager): Promise<void> {
    await this.repo(m).insert({ ...token, revokedAt: null, revokedReason: null });
  }

  findByHash(tokenHash: string): Promise<RefreshTokenEntity | null> {
    return this.repo().findOneBy({ tokenHash });
  }

  /**
   * Spends the presented token and stores its successor in the same family, atomically. The row
   * lock serialises two uses of the same token: the second one sees it rotated and is treated
   * as reuse, which is what a replayed stolen token looks like.
   */
  rotateToken(
    presentedHash: string,
    successor: Omit<NewRefreshToken, 'userId' | 'familyId'>,
  ): Promise<RotationOutcome> {
    return this.dataSource.transaction(async (m) => {
      const current = await this.repo(m)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.token_hash = :hash', { hash: presentedHash })
        .getOne();
      if (!current) return { kind: 'unknown' as const };
      if (current.revokedAt) {
        if (current.revokedReason !== 'rotated') return { kind: 'revoked' as const };
        const revoked = await this.revokeFamily(current.familyId, 'reuse_detected', successor.issuedAt, m);
        return { kind: 'reuse_detected' as const, userId: current.userId, familyId: current.familyId, revoked };
      }
      if (current.expiresAt.getTime() <= successor.issuedAt.getTime()) return { kind: 'expired' as const };
      await this.repo(m).update(
        { id: current.id },
        { revokedAt: successor.issuedAt, revokedReason: 'rotated' satisfies RevocationReason },
      );
      await this.insertToken({ ...successor, userId: current.userId, familyId: current.familyId }, m);
      return { kind: 'rotated' as const, userId: current.userId, familyId: current.familyId };
    });
  }

  /** Revokes every live token of the family; returns how many. */
  async revokeFamily(familyId: string, reason: RevocationReason, at: Date, m?: EntityManager): Promise<number> {
    const [rows] = await (m ?? this.dataSource.manager).query<[unknown[], number]>(
      `UPDATE refresh_token SET revoked_at = $2, revoked_reason = $3
        WHERE family_id = $1 AND revoked_at IS NULL
        RETURNING id`,
      [familyId, at, reason],
    );
    return rows.length;
  }

  /** Logout: revokes the family of this token, only if it belongs to this user. */
  async revokeFamilyOfToken(tokenHash: string, userId: string, reason: RevocationReason, at: Date): Promise<number> {
    const [rows] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE refresh_token SET revoked_at = $3, revoked_reason = $4
        WHERE revoked_at IS NULL
          AND family_id = (SELECT family_id FROM refresh_token WHERE token_hash = $1 AND user_id = $2)
        RETURNING id`,
      [tokenHash, userId, at, reason],
    );
    return rows.length;
  }

  /** Revokes every live token of the user (password change, disabling). */
  async revokeAllOfUser(userId: string, reason: RevocationReason, at: Date, m?: EntityManager): Promise<number> {
    const [rows] = await (m ?? this.dataSource.manager).query<[unknown[], number]>(
      `UPDATE refresh_token SET revoked_at = $2, revoked_reason = $3
        WHERE user_id = $1 AND revoked_at IS NULL
        RETURNING id`,
      [userId, at, reason],
    );
    return rows.length;
  }
}
