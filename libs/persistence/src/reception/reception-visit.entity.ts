import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../access/user.entity';
import { AuthorityEntity } from '../authority/authority.entity';
import { CaseEntity } from '../workflow/case.entity';
import { MachineRowColumns } from '../workflow/machine-row.columns';

export const VISIT_TYPE_VALUES = ['regular', 'periodic', 'ad_hoc'] as const;
export const VISIT_FORM_VALUES = ['in_person', 'online'] as const;
export const LEADER_PRESENCE_VALUES = ['in_person', 'delegated'] as const;
export const VISIT_RESULT_VALUES = ['received', 'guided', 'answered', 'refused'] as const;

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * One entry of the sổ tiếp công dân (Luật TCD Art. 25.2; ND154/2026 Art. 27.1): a visit, what was
 * said, and what came of it. The machine snapshot (`visit` machine) is the truth for the result and
 * its periods; the other columns are what the register shows and filters on. Who came is in
 * `reception_visitor`, sealed; nothing here identifies a citizen (ND154/2026 Art. 12.2).
 */
@Entity('reception_visit')
@Check('reception_visit_type_check', `"visit_type" IN (${list(VISIT_TYPE_VALUES)})`)
@Check('reception_visit_form_check', `"form" IN (${list(VISIT_FORM_VALUES)})`)
@Check(
  'reception_visit_leader_presence_check',
  `"leader_presence" IS NULL OR "leader_presence" IN (${list(LEADER_PRESENCE_VALUES)})`,
)
@Check('reception_visit_result_check', `"result" IS NULL OR "result" IN (${list(VISIT_RESULT_VALUES)})`)
@Check('reception_visit_people_check', `"people_count" >= 1 AND "representative_count" >= 0`)
@Check('reception_visit_version_check', `"version" >= 1`)
@Index('reception_visit_serial_key', ['receivingAuthorityId', 'registerYear', 'serialNo'], { unique: true })
@Index('reception_visit_visited_idx', ['receivingAuthorityId', 'visitedOn'])
export class ReceptionVisitEntity extends MachineRowColumns {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Human reference: `<authority code>/TCD-<year>-<serial>`. */
  @Index('reception_visit_code_key', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  code!: string;

  /** Số thứ tự in the authority's register of the year (Luật TCD Art. 25.2). */
  @Column({ type: 'integer' })
  serialNo!: number;

  @Column({ type: 'smallint' })
  registerYear!: number;

  @Column({ type: 'uuid' })
  receivingAuthorityId!: string;

  /** Always the receiving authority: a visit does not change hands (the write path needs the column). */
  @Column({ type: 'uuid' })
  holderAuthorityId!: string;

  @Column({ type: 'varchar', length: 16 })
  visitType!: string;

  @Column({ type: 'varchar', length: 16 })
  form!: string;

  @Column({ type: 'timestamptz' })
  visitedAt!: Date;

  /** Ngày tiếp (Vietnam civil date): the periods count from it. */
  @Column({ type: 'date' })
  visitedOn!: string;

  /** Nơi tiếp: trụ sở tiếp công dân, địa điểm tiếp công dân, or the online link point. */
  @Column({ type: 'varchar', length: 300 })
  place!: string;

  /** Người tiếp: the officer or leader who received the citizen. */
  @Index('reception_visit_received_by_idx')
  @Column({ type: 'uuid' })
  receivedById!: string;

  /** For a head's reception (định kỳ, đột xuất): in person or delegated. Null for tiếp thường xuyên. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  leaderPresence!: string | null;

  /** Số lượng người đến. */
  @Column({ type: 'integer' })
  peopleCount!: number;

  /** Đoàn đông người: people came together about one content (the representatives rule applies). */
  @Column({ type: 'boolean', default: false })
  delegation!: boolean;

  @Column({ type: 'integer', default: 0 })
  representativeCount!: number;

  /** complaint | denunciation | feedback | mixed, as stated at the desk. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  contentKind!: string | null;

  @Column({ type: 'varchar', length: 40 })
  subjectArea!: string;

  /** Nội dung sự việc. No identities here. */
  @Column({ type: 'varchar', length: 2000 })
  summary!: string;

  /** Quá trình xem xét, giải quyết của cơ quan có thẩm quyền (nếu có). */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  priorHandling!: string | null;

  /** Yêu cầu, đề nghị của người đến. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  requests!: string | null;

  /** A denouncer asked that their identity be protected (Luật TC Art. 47; ND154/2026 Art. 20.4). */
  @Column({ type: 'boolean', default: false })
  identityProtectionRequested!: boolean;

  /** A repeat visit about a case the engine already holds. */
  @Index('reception_visit_case_idx')
  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  /** Kết quả tiếp, denormalised from the snapshot. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  result!: string | null;

  @Index('reception_visit_next_due_idx')
  @Column({ type: 'date', nullable: true })
  nextDueOn!: string | null;

  @Column({ type: 'uuid' })
  createdById!: string;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'receiving_authority_id' })
  receivingAuthority?: Relation<AuthorityEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'received_by_id' })
  receivedBy?: Relation<UserEntity>;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: Relation<CaseEntity>;
}
