import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const PETITION_FACT_ENTRIES = ['received', 'forwarded_in', 'returned', 'transferred_in'] as const;
export const PETITION_FACT_EXITS = ['processed', 'transferred_out'] as const;

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Audit fact: one spell of one đơn at one authority (received there, forwarded in, returned
 * back, or handed over in a reorganisation) and what that authority did with it — its
 * classification at disposition, the disposition, and for a forwarded đơn the receiver's
 * acknowledgement and reply. Versioned like audit_case_fact (`recorded_from`/`recorded_to`), so
 * a report can be rerun as of any past moment. Written only by libs/audit; no foreign keys.
 */
@Entity('audit_petition_fact')
@Index('audit_petition_fact_version_key', ['petitionId', 'spellNo', 'recordedFrom'], { unique: true })
@Index('audit_petition_fact_current_idx', ['petitionId'], { where: `"recorded_to" = 'infinity'` })
@Index('audit_petition_fact_authority_idx', ['authorityId', 'arrivedOn'])
// When each version was recorded and closed: what a report reads to bring a kept aggregate up to
// its cut-off (libs/audit report.repository).
@Index('audit_petition_fact_recorded_from_idx', ['recordedFrom'])
@Index('audit_petition_fact_recorded_to_idx', ['recordedTo'])
@Check('audit_petition_fact_entry_check', `"entry" IN (${list(PETITION_FACT_ENTRIES)})`)
@Check('audit_petition_fact_exit_check', `"exit" IS NULL OR "exit" IN (${list(PETITION_FACT_EXITS)})`)
@Check('audit_petition_fact_dates_check', `"end_on" IS NULL OR "end_on" >= "arrived_on"`)
@Check('audit_petition_fact_recorded_check', `"recorded_to" >= "recorded_from"`)
export class AuditPetitionFactEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  petitionId!: string;

  /** 1, 2, … in the order of the authorities that held the đơn. */
  @Column({ type: 'smallint' })
  spellNo!: number;

  @Column({ type: 'varchar', length: 40 })
  petitionCode!: string;

  @Column({ type: 'uuid' })
  authorityId!: string;

  @Column({ type: 'varchar', length: 16 })
  entry!: string;

  /** Day the đơn reached this authority (its processing periods count from here). */
  @Column({ type: 'date' })
  arrivedOn!: string;

  /** How the đơn first reached the engine (nguồn đơn). */
  @Column({ type: 'varchar', length: 32 })
  channel!: string;

  @Column({ type: 'boolean' })
  fromReception!: boolean;

  /** People who signed (0: nobody; from classification, else as logged at intake). */
  @Column({ type: 'smallint' })
  signatories!: number;

  @Column({ type: 'varchar', length: 40 })
  subjectArea!: string;

  /** complaint | denunciation | feedback | mixed, as classified by this authority. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  contentKind!: string | null;

  @Column({ type: 'boolean', nullable: true })
  eligible!: boolean | null;

  @Column({ type: 'varchar', length: 48, nullable: true })
  ineligibleReason!: string | null;

  @Column({ type: 'boolean', nullable: true })
  withinCompetence!: boolean | null;

  @Column({ type: 'date', nullable: true })
  classifiedOn!: string | null;

  /** Day this authority disposed of the đơn or handed it over; null while it holds it. */
  @Column({ type: 'date', nullable: true })
  endOn!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  exit!: string | null;

  /** accept | guide | forward | returnToSender | urge | requestSplit | file | dismiss */
  @Column({ type: 'varchar', length: 16, nullable: true })
  disposition!: string | null;

  /** The authority the đơn was forwarded, returned or handed over to. */
  @Column({ type: 'uuid', nullable: true })
  sentToId!: string | null;

  /** Forwarded: the receiver acknowledged receipt on this day. */
  @Column({ type: 'date', nullable: true })
  acknowledgedOn!: string | null;

  /** Forwarded: the receiver disposed of it, or declined it, on this day (văn bản phúc đáp). */
  @Column({ type: 'date', nullable: true })
  replyOn!: string | null;

  /** The receiver's disposition, or `declined`. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  reply!: string | null;

  @Column({ type: 'bigint' })
  sourceEventId!: string;

  @Column({ type: 'timestamptz' })
  recordedFrom!: Date;

  @Column({ type: 'timestamptz' })
  recordedTo!: Date;
}
