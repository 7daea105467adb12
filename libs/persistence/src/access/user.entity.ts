import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { Role } from '@kntc/domain';
import { AuthorityEntity } from '../authority/authority.entity';

export const USER_ROLES = ['reception_officer', 'handler', 'leader', 'inspector', 'admin'] as const;
export type UserRole = Extract<Role, (typeof USER_ROLES)[number]>;

/** A person who signs in. Belongs to one authority and has one role there. */
@Entity('app_user')
@Check('app_user_role_check', `"role" IN (${USER_ROLES.map((r) => `'${r}'`).join(', ')})`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-case; unique. */
  @Index('app_user_username_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ type: 'varchar', length: 200 })
  displayName!: string;

  @Column({ type: 'varchar', length: 32 })
  role!: UserRole;

  @Index('app_user_authority_idx')
  @Column({ type: 'uuid' })
  authorityId!: string;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'RESTRICT' })
  authority?: Relation<AuthorityEntity>;

  /** argon2id hash. */
  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'timestamptz' })
  passwordChangedAt!: Date;

  /** Bumped on password change, disabling or "log out everywhere": access tokens carry it. */
  @Column({ type: 'integer', default: 0 })
  tokenVersion!: number;

  @Column({ type: 'integer', default: 0 })
  failedLoginCount!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
