import { Column, CreateDateColumn, UpdateDateColumn } from 'typeorm';

/**
 * The columns every row of the write path keeps for its machine: a đơn, a case, a reception
 * visit. The write path reads and swaps exactly these (libs/workflow StreamRepository).
 */
export abstract class MachineRowColumns {
  @Column({ type: 'varchar', length: 32 })
  machineId!: string;

  @Column({ type: 'varchar', length: 16 })
  machineVersion!: string;

  /** Top-level machine state (e.g. `classified`, `forwarded`, `accepted`). */
  @Column({ type: 'varchar', length: 64 })
  state!: string;

  /** `{ value, context, status }` of the machine: everything needed to resume it. */
  @Column({ type: 'jsonb' })
  snapshot!: Record<string, unknown>;

  /** Number of events in the stream; the compare-and-swap key. */
  @Column({ type: 'integer' })
  version!: number;

  /** The rule set of the stream's opening. */
  @Column({ type: 'varchar', length: 16 })
  ruleSetId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
