import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const CASE_FACT_ENTRIES = ['accepted', 'transferred_in'] as const;
export const CASE_FACT_EXITS = ['resolved', 'transferred_out', 'ended'] as const;
export const CASE_FACT_RESOLUTIONS = ['decision', 'withdrawn', 'terminated'] as const;
export const CASE_FACT_OUTCOMES = ['correct', 'partly_correct', 'incorrect'] as const;
export const CASE_FACT_EFFECTS = ['upheld', 'amended', 'annulled'] as const;

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Audit fact: one custody segment of one case unit (vụ việc), as known between `recorded_from`
 * and `recorded_to`. A unit is what the reports count: a complaint's round 1 and round 2 are
 * separate units (round 2 is a new vụ việc for the superior), a denunciation's re-resolution is a
 * new unit, a kiến nghị, phản ánh case is one unit. A unit starts at thụ lý; each change of holder
 * (reorganisation, take-over) closes a segment and opens the next, so per-authority figures can
 * show transfers in and out. Rows are versions: a change never overwrites what was known, it
 * closes the current version and adds the next, so a report can be rerun as of any past moment.
 * Written only by libs/audit (in the transaction of the event, or by its rebuild); no foreign
 * keys, so the whole table can be rebuilt and bulk-loaded.
 */
@Entity('audit_case_fact')
@Index('audit_case_fact_version_key', ['caseId', 'unitNo', 'segmentNo', 'recordedFrom'], { unique: true })
@Index('audit_case_fact_current_idx', ['caseId'], { where: `"recorded_to" = 'infinity'` })
@Index('audit_case_fact_authority_idx', ['authorityId', 'startOn'])
// When each version was recorded and closed: what a report reads to bring a kept aggregate up to
// its cut-off (libs/audit report.repository).
@Index('audit_case_fact_recorded_from_idx', ['recordedFrom'])
@Index('audit_case_fact_recorded_to_idx', ['recordedTo'])
@Check('audit_case_fact_entry_check', `"entry" IN (${list(CASE_FACT_ENTRIES)})`)
@Check('audit_case_fact_exit_check', `"exit" IS NULL OR "exit" IN (${list(CASE_FACT_EXITS)})`)
@Check('audit_case_fact_resolution_check', `"resolution" IS NULL OR "resolution" IN (${list(CASE_FACT_RESOLUTIONS)})`)
@Check('audit_case_fact_outcome_check', `"outcome" IS NULL OR "outcome" IN (${list(CASE_FACT_OUTCOMES)})`)
@Check(
  'audit_case_fact_effect_check',
  `"effect_on_round1" IS NULL OR "effect_on_round1" IN (${list(CASE_FACT_EFFECTS)})`,
)
@Check('audit_case_fact_dates_check', `"end_on" IS NULL OR "end_on" >= "start_on"`)
@Check('audit_case_fact_recorded_check', `"recorded_to" >= "recorded_from"`)
export class AuditCaseFactEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  /** 1, 2, … in the order the case's units were accepted. */
  @Column({ type: 'smallint' })
  unitNo!: number;

  /** 1, 2, … in the order of the unit's holders. */
  @Column({ type: 'smallint' })
  segmentNo!: number;

  @Column({ type: 'varchar', length: 40 })
  caseCode!: string;

  /** complaint | denunciation | feedback */
  @Column({ type: 'varchar', length: 16 })
  kind!: string;

  /** Complaints: 1 (lần đầu) or 2 (lần hai). */
  @Column({ type: 'smallint', nullable: true })
  round!: number | null;

  /** Tố cáo tiếp resolved again by the superior (Luật TC Art. 37.2.c). */
  @Column({ type: 'boolean' })
  further!: boolean;

  @Column({ type: 'varchar', length: 40 })
  subjectArea!: string;

  /** The authority holding the unit during this segment. */
  @Column({ type: 'uuid' })
  authorityId!: string;

  /** Date of the unit's thụ lý (the opening, for a kiến nghị, phản ánh). */
  @Column({ type: 'date' })
  acceptedOn!: string;

  /** First day this authority held the unit. */
  @Column({ type: 'date' })
  startOn!: string;

  @Column({ type: 'varchar', length: 16 })
  entry!: string;

  /** For a transfer in: reassign (reorganisation) or take_over. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  entryReason!: string | null;

  /** Day the segment ended (resolution, transfer, other end); null while it lasts. */
  @Column({ type: 'date', nullable: true })
  endOn!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  exit!: string | null;

  /** Why it ended otherwise or was transferred (e.g. lawsuit, transferred_to_investigation, reassign). */
  @Column({ type: 'varchar', length: 40, nullable: true })
  exitReason!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  resolution!: string | null;

  /** Đúng / đúng một phần / sai (a tố cáo "sai sự thật" is `incorrect`). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  outcome!: string | null;

  /** Round 2: công nhận / sửa / hủy the first decision. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  effectOnRound1!: string | null;

  /** Resolution due date as known (null while suspended: a paused period has no due date). */
  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  /** Resolved within the period (lawful extensions and suspensions included). */
  @Column({ type: 'boolean', nullable: true })
  onTime!: boolean | null;

  /** The decision or conclusion was carried out (enforced; follow-up closed). */
  @Column({ type: 'date', nullable: true })
  implementedOn!: string | null;

  /** The event that produced this version. */
  @Column({ type: 'bigint' })
  sourceEventId!: string;

  /** From when this version was known (the event's recorded_at). */
  @Column({ type: 'timestamptz' })
  recordedFrom!: Date;

  /** Until when it was the latest ('infinity' for the current version). */
  @Column({ type: 'timestamptz' })
  recordedTo!: Date;
}
