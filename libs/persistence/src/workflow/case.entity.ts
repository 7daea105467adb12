import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { AuthorityEntity } from '../authority/authority.entity';
import { PetitionEntity } from './petition.entity';
import { MachineRowColumns } from './machine-row.columns';

export const CASE_KIND_VALUES = ['complaint', 'denunciation', 'feedback'] as const;

/**
 * A case (vụ việc) being resolved: a complaint, denunciation or petition/feedback. Several đơn
 * on the same content can belong to one case (case_petition).
 */
@Entity('kntc_case')
@Check('kntc_case_kind_check', `"kind" IN (${CASE_KIND_VALUES.map((k) => `'${k}'`).join(', ')})`)
@Check('kntc_case_version_check', `"version" >= 1`)
@Index('kntc_case_holder_state_idx', ['holderAuthorityId', 'state'])
export class CaseEntity extends MachineRowColumns {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('kntc_case_code_key', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: string;

  @Column({ type: 'uuid' })
  holderAuthorityId!: string;

  @Column({ type: 'uuid' })
  originPetitionId!: string;

  /** 1 or 2 for complaints (lần đầu / lần hai). */
  @Column({ type: 'smallint', nullable: true })
  round!: number | null;

  @Column({ type: 'varchar', length: 40 })
  subjectArea!: string;

  @Column({ type: 'varchar', length: 2000 })
  summary!: string;

  @Column({ type: 'uuid', nullable: true })
  assignedHandlerId!: string | null;

  @Column({ type: 'timestamptz' })
  openedAt!: Date;

  /** Date of thụ lý. */
  @Column({ type: 'date', nullable: true })
  acceptedOn!: string | null;

  /** Date of the decision or conclusion. */
  @Column({ type: 'date', nullable: true })
  decidedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  closedOn!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  outcome!: string | null;

  @Index('kntc_case_next_due_idx')
  @Column({ type: 'date', nullable: true })
  nextDueOn!: string | null;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'holder_authority_id' })
  holderAuthority?: Relation<AuthorityEntity>;

  @ManyToOne(() => PetitionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'origin_petition_id' })
  originPetition?: Relation<PetitionEntity>;
}
