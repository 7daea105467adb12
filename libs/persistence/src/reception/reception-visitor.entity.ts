import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { PARTY_KINDS, PARTY_ROLES, type PartyKind, type PartyRole } from '../identity/party.entity';
import { ReceptionVisitEntity } from './reception-visit.entity';

/**
 * A person received at a visit: the citizen, a representative of a delegation or of an
 * organisation, an authorised person, a lawyer (Luật TCD Art. 25.1; ND154/2026 Arts. 12, 13).
 * Identity is sealed like a petition party's (AES-256-GCM bound to this row's id, keyed blind
 * indexes): reception staff keep every citizen's identity secret (ND154/2026 Art. 12.2).
 */
@Entity('reception_visitor')
@Check('reception_visitor_role_check', `"role" IN (${PARTY_ROLES.map((r) => `'${r}'`).join(', ')})`)
@Check('reception_visitor_kind_check', `"kind" IN (${PARTY_KINDS.map((r) => `'${r}'`).join(', ')})`)
export class ReceptionVisitorEntity {
  /** Chosen before the insert: the ciphertext is bound to it. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index('reception_visitor_visit_idx')
  @Column({ type: 'uuid' })
  visitId!: string;

  @Column({ type: 'varchar', length: 32 })
  role!: PartyRole;

  @Column({ type: 'varchar', length: 16 })
  kind!: PartyKind;

  @Column({ type: 'bytea', nullable: true })
  identityCiphertext!: Buffer | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  identityKeyId!: string | null;

  @Index('reception_visitor_id_number_fp_idx')
  @Column({ type: 'char', length: 64, nullable: true })
  idNumberFingerprint!: string | null;

  @Index('reception_visitor_name_address_fp_idx')
  @Column({ type: 'char', length: 64, nullable: true })
  nameAddressFingerprint!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => ReceptionVisitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'visit_id' })
  visit?: Relation<ReceptionVisitEntity>;
}
