import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { AuthorityEntity } from '../authority/authority.entity';
import { CaseEntity } from './case.entity';
import { MachineRowColumns } from './machine-row.columns';

export const PETITION_CHANNELS = [
  'reception_desk', // tại trụ sở tiếp công dân
  'post', // qua dịch vụ bưu chính
  'online_portal', // cổng thông tin, dịch vụ công trực tuyến
  'forwarded_by_agency', // cơ quan khác chuyển đến
  'deputy', // đại biểu Quốc hội, đại biểu HĐND chuyển
  'fatherland_front', // Mặt trận Tổ quốc chuyển
  'press', // cơ quan báo chí chuyển
] as const;
export type PetitionChannel = (typeof PETITION_CHANNELS)[number];

/**
 * A đơn as received, and its processing (xử lý đơn) state. The machine snapshot is the truth;
 * the other columns are denormalised from it in the same transaction, for queries.
 */
@Entity('petition')
@Check('petition_channel_check', `"channel" IN (${PETITION_CHANNELS.map((c) => `'${c}'`).join(', ')})`)
@Check('petition_version_check', `"version" >= 1`)
@Index('petition_holder_state_idx', ['holderAuthorityId', 'state'])
@Index('petition_received_idx', ['receivingAuthorityId', 'receivedOn'])
export class PetitionEntity extends MachineRowColumns {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Số đơn: human reference, unique. */
  @Index('petition_code_key', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'uuid' })
  receivingAuthorityId!: string;

  /** The authority that holds the đơn now (custody). */
  @Column({ type: 'uuid' })
  holderAuthorityId!: string;

  @Column({ type: 'varchar', length: 32 })
  channel!: PetitionChannel;

  /** Name of the forwarding body or deputy, when the đơn came through one. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  forwardedByName!: string | null;

  @Column({ type: 'timestamptz' })
  receivedAt!: Date;

  /** Civil date of receipt in Vietnam: periods count from the next day. */
  @Column({ type: 'date' })
  receivedOn!: string;

  @Column({ type: 'varchar', length: 2000 })
  summary!: string;

  @Column({ type: 'text', nullable: true })
  fullText!: string | null;

  /** Lĩnh vực: dat_dai, nha_o, chinh_sach_xa_hoi, … */
  @Column({ type: 'varchar', length: 40 })
  subjectArea!: string;

  /** Set by classification: complaint | denunciation | feedback | mixed. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  contentKind!: string | null;

  @Column({ type: 'integer', default: 1 })
  signatoryCount!: number;

  @Column({ type: 'boolean', default: false })
  fromReception!: boolean;

  /** Earliest due date among running clocks (null when none runs). */
  @Index('petition_next_due_idx')
  @Column({ type: 'date', nullable: true })
  nextDueOn!: string | null;

  @Column({ type: 'boolean', default: false })
  bounced!: boolean;

  @Index('petition_case_idx')
  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @Column({ type: 'uuid' })
  createdById!: string;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'receiving_authority_id' })
  receivingAuthority?: Relation<AuthorityEntity>;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'holder_authority_id' })
  holderAuthority?: Relation<AuthorityEntity>;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: Relation<CaseEntity>;
}
