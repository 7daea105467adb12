import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { UserEntity } from '../access/user.entity';
import { AuthorityEntity } from '../authority/authority.entity';
import { VISIT_FORM_VALUES } from './reception-visit.entity';

export const DUTY_DAY_STATUS_VALUES = ['planned', 'cancelled'] as const;

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Lịch tiếp công dân định kỳ của người đứng đầu: one planned day of the head's periodic reception
 * (Luật TCD Arts. 12.5, 15.2, 18.2; ND154/2026 Arts. 11.2.b, 26.1.a). The days actually held are
 * in the register (`reception_visit`, type `periodic`); the schedule is what was announced.
 * A cancelled day stays, with who cancelled it, when and why; replanning it makes it planned again
 * and keeps the last cancellation. An online session (from 2026-07-01) carries its notice
 * (ND154/2026 Art. 23.1): the date it was sent, as declared, and who recorded it when.
 */
@Entity('reception_duty_schedule')
@Check('reception_duty_schedule_status_check', `"status" IN (${list(DUTY_DAY_STATUS_VALUES)})`)
@Check('reception_duty_schedule_form_check', `"form" IN (${list(VISIT_FORM_VALUES)})`)
@Check(
  'reception_duty_schedule_cancellation_check',
  `("status" = 'planned' OR "cancelled_at" IS NOT NULL) AND ("cancelled_at" IS NULL) = ("cancelled_by_id" IS NULL) AND ("cancelled_at" IS NULL) = ("cancel_reason" IS NULL)`,
)
@Check(
  'reception_duty_schedule_notice_check',
  `("notice_sent_on" IS NULL OR "form" = 'online') AND ("notice_sent_on" IS NULL) = ("notice_recorded_at" IS NULL) AND ("notice_sent_on" IS NULL) = ("notice_recorded_by_id" IS NULL)`,
)
@Index('reception_duty_schedule_day_key', ['authorityId', 'plannedOn'], { unique: true })
export class ReceptionDutyScheduleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  authorityId!: string;

  /** The leader who is to receive citizens that day. */
  @Index('reception_duty_schedule_leader_idx')
  @Column({ type: 'uuid' })
  leaderId!: string;

  @Column({ type: 'date' })
  plannedOn!: string;

  /** Trụ sở tiếp công dân or địa điểm tiếp công dân. */
  @Column({ type: 'varchar', length: 300 })
  place!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  /** `in_person`, or `online` (tiếp công dân trực tuyến, Luật TCD Art. 3a, from 2026-07-01). */
  @Column({ type: 'varchar', length: 16, default: 'in_person' })
  form!: string;

  /** `planned`, or `cancelled` (hủy lịch tiếp): the row is never deleted. */
  @Column({ type: 'varchar', length: 16, default: 'planned' })
  status!: string;

  /** The last cancellation, kept when the day is replanned. */
  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  cancelledById!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  cancelReason!: string | null;

  /** Online session: the day the notice of Art. 23.1 went out (declared by the desk). */
  @Column({ type: 'date', nullable: true })
  noticeSentOn!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  noticeRecordedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  noticeRecordedById!: string | null;

  @Column({ type: 'uuid' })
  createdById!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'authority_id' })
  authority?: Relation<AuthorityEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leader_id' })
  leader?: Relation<UserEntity>;
}
