import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AuthorityEntity } from '../authority/authority.entity';

/**
 * The last số thứ tự used in an authority's register of a year. Taken with an upsert that locks
 * the row, so serial numbers are gapless within a committed register and never repeat.
 */
@Entity('reception_register_counter')
export class ReceptionRegisterCounterEntity {
  @PrimaryColumn({ type: 'uuid' })
  authorityId!: string;

  @PrimaryColumn({ type: 'smallint' })
  year!: number;

  @Column({ type: 'integer' })
  lastSerial!: number;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'authority_id' })
  authority?: Relation<AuthorityEntity>;
}
