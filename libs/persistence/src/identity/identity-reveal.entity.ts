import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { PartyEntity } from './party.entity';

/** Every time a protected identity is shown: who, when, why (append-only; inspectors audit it). */
@Entity('identity_reveal')
export class IdentityRevealEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Index('identity_reveal_party_idx')
  @Column({ type: 'uuid' })
  partyId!: string;

  @Column({ type: 'uuid' })
  petitionId!: string;

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
}
