import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ReceptionVisitorEntity } from '../reception/reception-visitor.entity';
import { PartyEntity } from './party.entity';

/**
 * Every time a protected identity is shown: who, when, why (append-only; inspectors audit it).
 * The subject is either a party of a đơn or a person received at a reception visit, never both.
 */
@Entity('identity_reveal')
@Check(
  'identity_reveal_subject_check',
  `("party_id" IS NOT NULL AND "petition_id" IS NOT NULL AND "visitor_id" IS NULL AND "visit_id" IS NULL) OR ("party_id" IS NULL AND "petition_id" IS NULL AND "visitor_id" IS NOT NULL AND "visit_id" IS NOT NULL)`,
)
export class IdentityRevealEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Index('identity_reveal_party_idx')
  @Column({ type: 'uuid', nullable: true })
  partyId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  petitionId!: string | null;

  @Index('identity_reveal_visitor_idx')
  @Column({ type: 'uuid', nullable: true })
  visitorId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  visitId!: string | null;

  @Index('identity_reveal_user_idx')
  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 32 })
  userRole!: string;

  @Column({ type: 'uuid' })
  userAuthorityId!: string;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  revealedAt!: Date;

  @Column({ type: 'varchar', length: 80, nullable: true })
  requestId!: string | null;

  @ManyToOne(() => PartyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'party_id' })
  party?: Relation<PartyEntity>;

  @ManyToOne(() => ReceptionVisitorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'visitor_id' })
  visitor?: Relation<ReceptionVisitorEntity>;
}
