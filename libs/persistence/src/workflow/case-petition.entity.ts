import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { CaseEntity } from './case.entity';
import { PetitionEntity } from './petition.entity';

export const CASE_PETITION_RELATIONS = ['origin', 'duplicate', 'repeat', 'copy_to_many'] as const;

/** The đơn grouped in a case: the one that opened it, and later ones on the same content. */
@Entity('case_petition')
@Check('case_petition_relation_check', `"relation" IN (${CASE_PETITION_RELATIONS.map((r) => `'${r}'`).join(', ')})`)
export class CasePetitionEntity {
  @PrimaryColumn({ type: 'uuid' })
  caseId!: string;

  @Index('case_petition_petition_key', { unique: true })
  @PrimaryColumn({ type: 'uuid' })
  petitionId!: string;

  @Column({ type: 'varchar', length: 16 })
  relation!: string;

  @Column({ type: 'timestamptz' })
  linkedAt!: Date;

  @Column({ type: 'uuid' })
  linkedById!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: Relation<CaseEntity>;

  @ManyToOne(() => PetitionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'petition_id' })
  petition?: Relation<PetitionEntity>;
}
