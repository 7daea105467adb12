import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DomainEventEntity } from './domain-event.entity';

/**
 * A side effect the machines asked for (notice, reminder, hand-over), written in the same
 * transaction as its event and delivered afterwards by the worker, at least once.
 */
@Entity('outbox_message')
@Index('outbox_message_pending_idx', ['availableAt'], { where: '"processed_at" IS NULL' })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'bigint' })
  eventId!: string;

  @Column({ type: 'varchar', length: 16 })
  streamType!: string;

  @Column({ type: 'uuid' })
  streamId!: string;

  /** notify | openCase | handOver | remind */
  @Column({ type: 'varchar', length: 32 })
  actionType!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  /** Unique per action: `<event id>:<index>`, so a redelivery can be recognised downstream. */
  @Index('outbox_message_dedupe_key', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  dedupeKey!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  availableAt!: Date;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', nullable: true })
  processedAt!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @ManyToOne(() => DomainEventEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id' })
  event?: Relation<DomainEventEntity>;
}
