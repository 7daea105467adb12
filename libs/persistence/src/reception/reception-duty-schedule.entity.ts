import {
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

/**
 * Lịch tiếp công dân định kỳ của người đứng đầu: one planned day of the head's periodic reception
 * (Luật TCD Arts. 12.5, 15.2, 18.2; ND154/2026 Arts. 11.2.b, 26.1.a). The days actually held are
 * in the register (`reception_visit`, type `periodic`); the schedule is what was announced.
 */
@Entity('reception_duty_schedule')
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
