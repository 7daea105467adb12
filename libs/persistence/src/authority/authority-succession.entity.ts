import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { AuthorityEntity } from './authority.entity';

export const SUCCESSION_KINDS = ['merged', 'split', 'renamed', 'competence_transferred'] as const;
export type SuccessionKind = (typeof SUCCESSION_KINDS)[number];

/**
 * A reorganisation edge: from `effectiveOn`, the successor takes over (some of) the
 * predecessor's competence and open cases (NĐ 141/2025 Art. 14: "bàn giao nguyên trạng").
 */
@Entity('authority_succession')
@Index('authority_succession_pair_key', ['predecessorId', 'successorId'], { unique: true })
@Check('authority_succession_kind_check', `"kind" IN (${SUCCESSION_KINDS.map((k) => `'${k}'`).join(', ')})`)
@Check('authority_succession_distinct_check', `"predecessor_id" <> "successor_id"`)
export class AuthoritySuccessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  predecessorId!: string;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'RESTRICT' })
  predecessor?: Relation<AuthorityEntity>;

  @Index('authority_succession_successor_idx')
  @Column({ type: 'uuid' })
  successorId!: string;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'RESTRICT' })
  successor?: Relation<AuthorityEntity>;

  @Column({ type: 'date' })
  effectiveOn!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: SuccessionKind;

  /** The act that ordered it, e.g. "Nghị quyết 1234/NQ-UBTVQH15". */
  @Column({ type: 'varchar', length: 300 })
  legalBasis!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
