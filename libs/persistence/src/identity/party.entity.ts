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
import { PetitionEntity } from '../workflow/petition.entity';

export const PARTY_ROLES = ['signatory', 'representative', 'authorised_person', 'lawyer'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const PARTY_KINDS = ['individual', 'organisation'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

/**
 * A person or organisation on a đơn (người khiếu nại, tố cáo, kiến nghị; representative;
 * authorised person). Identity data never sits with the case: it is here, encrypted at rest
 * (AES-256-GCM, key from IDENTITY_KEYS), and matched only through keyed blind indexes.
 * Luật Tố cáo Art. 8.3 and 56; ND154/2026 Art. 12.2.
 */
@Entity('party')
@Check('party_role_check', `"role" IN (${PARTY_ROLES.map((r) => `'${r}'`).join(', ')})`)
@Check('party_kind_check', `"kind" IN (${PARTY_KINDS.map((r) => `'${r}'`).join(', ')})`)
export class PartyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('party_petition_idx')
  @Column({ type: 'uuid' })
  petitionId!: string;

  @Column({ type: 'varchar', length: 32 })
  role!: PartyRole;

  @Column({ type: 'varchar', length: 16 })
  kind!: PartyKind;

  /** Nặc danh: no identity given. */
  @Column({ type: 'boolean', default: false })
  anonymous!: boolean;

  /**
   * Protected denouncer: the identity is revealed only to those the law allows, each reveal
   * recorded. Set when the đơn is a tố cáo unless the denouncer waived protection.
   */
  @Column({ type: 'boolean', default: false })
  protected!: boolean;

  @Column({ type: 'boolean', default: false })
  protectionWaived!: boolean;

  /** AES-256-GCM: iv (12 bytes) ‖ tag (16 bytes) ‖ ciphertext of the identity JSON. */
  @Column({ type: 'bytea', nullable: true })
  identityCiphertext!: Buffer | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  identityKeyId!: string | null;

  /** HMAC of the normalised ID number (căn cước / định danh / hộ chiếu), for duplicate detection. */
  @Index('party_id_number_fp_idx')
  @Column({ type: 'char', length: 64, nullable: true })
  idNumberFingerprint!: string | null;

  /** HMAC of the normalised name and address, when there is no ID number. */
  @Index('party_name_address_fp_idx')
  @Column({ type: 'char', length: 64, nullable: true })
  nameAddressFingerprint!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => PetitionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'petition_id' })
  petition?: Relation<PetitionEntity>;
}
