import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const STREAM_TYPES = ['petition', 'case', 'visit'] as const;
export type StreamType = (typeof STREAM_TYPES)[number];
/** The streams of the case engine proper (đơn and vụ việc): what reorganisations move and the audit projects. */
export const CASE_STREAM_TYPES = ['petition', 'case'] as const satisfies readonly StreamType[];
export type CaseStreamType = (typeof CASE_STREAM_TYPES)[number];

/**
 * The append-only history of every petition, case and reception visit: one row per accepted event, written in
 * the same transaction as the state change. A trigger (migration) refuses UPDATE, DELETE and
 * TRUNCATE. The payload never carries identities.
 */
@Entity('domain_event')
@Index('domain_event_stream_seq_key', ['streamType', 'streamId', 'seq'], { unique: true })
@Check('domain_event_stream_type_check', `"stream_type" IN ('petition', 'case', 'visit')`)
export class DomainEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  streamType!: StreamType;

  @Column({ type: 'uuid' })
  streamId!: string;

  /** The stream's version after this event (1 for the creating event). */
  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'varchar', length: 64 })
  type!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 200, nullable: true })
  stateBefore!: string | null;

  @Column({ type: 'varchar', length: 200 })
  stateAfter!: string;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'varchar', length: 32 })
  actorRole!: string;

  @Index('domain_event_actor_authority_idx')
  @Column({ type: 'uuid', nullable: true })
  actorAuthorityId!: string | null;

  /** Authority holding the stream after the event (custody at that moment). */
  @Column({ type: 'uuid' })
  holderAuthorityId!: string;

  @Column({ type: 'varchar', length: 16 })
  ruleSetId!: string;

  @Column({ type: 'varchar', length: 32 })
  machineId!: string;

  @Column({ type: 'varchar', length: 16 })
  machineVersion!: string;

  /** When the step happened (legal time). */
  @Index('domain_event_occurred_idx')
  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;

  @Column({ type: 'varchar', length: 80, nullable: true })
  requestId!: string | null;
}
