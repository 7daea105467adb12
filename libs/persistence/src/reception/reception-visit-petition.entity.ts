import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { PetitionEntity } from '../workflow/petition.entity';
import { ReceptionVisitEntity } from './reception-visit.entity';

/** The đơn a visit led to: logged at the visit, or already in the engine and linked to it. */
@Entity('reception_visit_petition')
export class ReceptionVisitPetitionEntity {
  @PrimaryColumn({ type: 'uuid' })
  visitId!: string;

  @Index('reception_visit_petition_petition_idx')
  @PrimaryColumn({ type: 'uuid' })
  petitionId!: string;

  /** true: the đơn was logged at this visit; false: an existing đơn the visit was about. */
  @Column({ type: 'boolean' })
  loggedAtVisit!: boolean;

  @ManyToOne(() => ReceptionVisitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'visit_id' })
  visit?: Relation<ReceptionVisitEntity>;

  @ManyToOne(() => PetitionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'petition_id' })
  petition?: Relation<PetitionEntity>;
}
