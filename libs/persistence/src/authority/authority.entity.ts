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
import { AUTHORITY_LEVELS, type AuthorityLevel } from '@kntc/domain';

const levels = AUTHORITY_LEVELS.map((l) => `'${l}'`).join(', ');

/**
 * An authority (cơ quan, đơn vị có thẩm quyền) in the tree, valid over a date interval:
 * reorganisations end an authority's validity rather than delete it, so past reports stay true.
 */
@Entity('authority')
@Check('authority_level_check', `"level" IN (${levels})`)
@Check('authority_validity_check', `"valid_until" IS NULL OR "valid_until" > "valid_from"`)
export class AuthorityEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Short stable code used by people and imports. */
  @Index('authority_code_key', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  level!: AuthorityLevel;

  @Index('authority_parent_idx')
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => AuthorityEntity, { nullable: true, onDelete: 'RESTRICT' })
  parent?: Relation<AuthorityEntity> | null;

  /** Mã đơn vị hành chính (official administrative-unit code) where one exists. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  adminUnitCode!: string | null;

  /** Vùng sâu, vùng xa: longer statutory periods apply to cases it resolves. */
  @Column({ type: 'boolean', default: false })
  remote!: boolean;

  @Column({ type: 'date' })
  validFrom!: string;

  /** First day it no longer exists (exclusive); null while it exists. */
  @Column({ type: 'date', nullable: true })
  validUntil!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
