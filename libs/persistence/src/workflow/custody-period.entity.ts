import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { AuthorityEntity } from '../authority/authority.entity';

/** Which authority held a petition or case, from when until when (open period: `until_at` null). */
@Entity('custody_period')
@Index('custody_period_stream_idx', ['streamType', 'streamId', 'fromAt'])
@Index('custody_period_open_idx', ['authorityId'], { where: '"until_at" IS NULL' })
export class CustodyPeriodEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  streamType!: string;

  @Column({ type: 'uuid' })
  streamId!: string;

  @Column({ type: 'uuid' })
  authorityId!: string;

  @Column({ type: 'timestamptz' })
  fromAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  untilAt!: Date | null;

  /** The event that moved custody: `opened`, `receive`, `returnToSender`, `lodgeSecondComplaint`, `reassign`, … */
  @Column({ type: 'varchar', length: 32 })
  reason!: string;

  @Column({ type: 'uuid', nullable: true })
  fromAuthorityId!: string | null;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'authority_id' })
  authority?: Relation<AuthorityEntity>;
}
