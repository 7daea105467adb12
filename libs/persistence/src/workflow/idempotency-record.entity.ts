import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The first response to a creation request, replayed when the client retries with the same Idempotency-Key. */
@Entity('idempotency_record')
export class IdempotencyRecordEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  key!: string;

  /** METHOD path */
  @Column({ type: 'varchar', length: 300 })
  endpoint!: string;

  /** SHA-256 of the request body: the same key with another body is refused. */
  @Column({ type: 'char', length: 64 })
  requestHash!: string;

  @Column({ type: 'integer' })
  status!: number;

  @Column({ type: 'jsonb' })
  response!: Record<string, unknown>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
