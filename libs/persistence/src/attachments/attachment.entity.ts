import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from '../access/user.entity';
import { PetitionEntity } from '../workflow/petition.entity';

/**
 * A document attached to a đơn (tài liệu, chứng cứ kèm theo đơn): the metadata here, the bytes
 * in the file store under `storage_key`. The id is chosen by the application before the file is
 * moved into place, so the file and the row name each other from the start. Nothing the client
 * sent decides a path: the original file name is kept as metadata only.
 */
@Entity('attachment')
@Index('attachment_petition_idx', ['petitionId', 'uploadedAt'])
@Check('attachment_size_check', `"size_bytes" >= 0`)
@Check('attachment_sha256_check', `"sha256" ~ '^[0-9a-f]{64}$'`)
export class AttachmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  petitionId!: string;

  /** As sent by the client, cleaned of path parts and control characters; shown, never used as a path. */
  @Column({ type: 'varchar', length: 255 })
  originalName!: string;

  /** Detected from the content (magic bytes), not taken from the client. */
  @Column({ type: 'varchar', length: 100 })
  mediaType!: string;

  @Column({ type: 'bigint' })
  sizeBytes!: string;

  /** Hex SHA-256 of the content, computed while it was received. */
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  /** Where the file store keeps the bytes (relative to its root). */
  @Index('attachment_storage_key_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  storageKey!: string;

  /**
   * The file shows who a person is (e.g. a scan of a denouncer's handwriting, "bút tích",
   * Luật Tố cáo Art. 8.3): downloaded only by those the identity vault's reveal policy allows.
   */
  @Column({ type: 'boolean', default: false })
  containsIdentity!: boolean;

  @Column({ type: 'uuid' })
  uploadedByUserId!: string;

  @Column({ type: 'uuid' })
  uploadedByAuthorityId!: string;

  @Column({ type: 'timestamptz' })
  uploadedAt!: Date;

  @Column({ type: 'varchar', length: 80, nullable: true })
  requestId!: string | null;

  @ManyToOne(() => PetitionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'petition_id' })
  petition?: Relation<PetitionEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by_user_id' })
  uploadedBy?: Relation<UserEntity>;
}
