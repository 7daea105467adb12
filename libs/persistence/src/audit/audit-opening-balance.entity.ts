import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const OPENING_BALANCE_SUBJECTS = ['petition', 'complaint', 'denunciation', 'feedback'] as const;

/**
 * Kê khai số liệu: figures an authority declares by hand for a span before it used the engine
 * (carried over, received, resolved, pending at the end…), keyed like the report's cells.
 * Reports add them to what the engine recorded, marked as declared, and check them with the
 * same identities. A correction supersedes the earlier declaration (never overwrites it), so a
 * report rerun as of an earlier moment uses what was declared then.
 */
@Entity('audit_opening_balance')
@Index('audit_opening_balance_authority_idx', ['authorityId', 'subject', 'periodFrom'])
@Check(
  'audit_opening_balance_subject_check',
  `"subject" IN (${OPENING_BALANCE_SUBJECTS.map((s) => `'${s}'`).join(', ')})`,
)
@Check('audit_opening_balance_period_check', `"period_to" >= "period_from"`)
export class AuditOpeningBalanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  authorityId!: string;

  /** petition (đơn) or a case kind. */
  @Column({ type: 'varchar', length: 16 })
  subject!: string;

  /** The span the figures cover (e.g. 2026-01-01 – 2026-03-31 when the engine started on 1 April). */
  @Column({ type: 'date' })
  periodFrom!: string;

  @Column({ type: 'date' })
  periodTo!: string;

  /** Cell key → whole number, e.g. `{ "carriedOver": 4, "new": 10, "resolved": 9, "pending": 5 }`. */
  @Column({ type: 'jsonb' })
  figures!: Record<string, number>;

  /** Where the figures come from (sổ theo dõi, báo cáo đã gửi…). */
  @Column({ type: 'varchar', length: 500 })
  source!: string;

  @Column({ type: 'uuid' })
  declaredById!: string;

  @Column({ type: 'timestamptz' })
  declaredAt!: Date;

  /** Set when a later declaration for the same authority, subject and span replaced it. */
  @Column({ type: 'timestamptz', nullable: true })
  supersededAt!: Date | null;
}
