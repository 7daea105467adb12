import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A holiday announcement an administrator adds or corrects (the concrete Tết days, the Quốc
 * khánh adjacent day, nghỉ bù, hoán đổi ngày làm việc of one year), stored as the domain's
 * `HolidayAnnouncement` JSON and merged over the built-in calendar data.
 */
@Entity('calendar_announcement')
@Index('calendar_announcement_key', ['year', 'occasion', 'name'], { unique: true })
export class CalendarAnnouncementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'varchar', length: 32 })
  occasion!: string;

  /** '' for the statutory occasions; the occasion's name for `other`. */
  @Column({ type: 'varchar', length: 200, default: '' })
  name!: string;

  /** The `HolidayAnnouncement` itself. */
  @Column({ type: 'jsonb' })
  announcement!: Record<string, unknown>;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
