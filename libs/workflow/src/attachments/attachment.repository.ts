import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AttachmentEntity } from '@kntc/persistence';
import { petitionVisibleTo } from '../reads/sql';
import type { PetitionLocation } from './attachment-access';

/** An attachment row as stored. */
export interface AttachmentRecord {
  id: string;
  petitionId: string;
  originalName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  containsIdentity: boolean;
  uploadedByUserId: string;
  uploadedByAuthorityId: string;
  uploadedAt: Date;
  requestId: string | null;
}

interface LocationRow {
  id: string;
  petition_holder_id: string;
  case_holder_id: string | null;
  assigned_handler_id: string | null;
}

interface AttachmentRow {
  id: string;
  petition_id: string;
  original_name: string;
  media_type: string;
  size_bytes: string;
  sha256: string;
  storage_key: string;
  contains_identity: boolean;
  uploaded_by_user_id: string;
  uploaded_by_authority_id: string;
  uploaded_at: Date;
  request_id: string | null;
}

// Where the đơn is: its own holder, and once a case is open the case's holder and handler
// (the same reading of custody as the identity vault's).
const LOCATION = `p.id, p.holder_authority_id AS petition_holder_id, c.holder_authority_id AS case_holder_id,
  c.assigned_handler_id`;
const ATTACHMENT = `a.id, a.petition_id, a.original_name, a.media_type, a.size_bytes, a.sha256, a.storage_key,
  a.contains_identity, a.uploaded_by_user_id, a.uploaded_by_authority_id, a.uploaded_at, a.request_id`;

const toLocation = (r: LocationRow): PetitionLocation => ({
  petitionId: r.id,
  petitionHolderId: r.petition_holder_id,
  caseHolderId: r.case_holder_id,
  assignedHandlerId: r.assigned_handler_id,
});

const toRecord = (r: AttachmentRow): AttachmentRecord => ({
  id: r.id,
  petitionId: r.petition_id,
  originalName: r.original_name,
  mediaType: r.media_type,
  sizeBytes: Number(r.size_bytes),
  sha256: r.sha256,
  storageKey: r.storage_key,
  containsIdentity: r.contains_identity,
  uploadedByUserId: r.uploaded_by_user_id,
  uploadedByAuthorityId: r.uploaded_by_authority_id,
  uploadedAt: r.uploaded_at,
  requestId: r.request_id,
});

/** Every query on attachments. */
@Injectable()
export class AttachmentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Where the đơn is, with its row share-locked until the caller's transaction ends: the đơn
   * cannot be forwarded away between the scope check and the insert.
   */
  async lockPetitionLocation(em: EntityManager, petitionId: string): Promise<PetitionLocation | undefined> {
    const [row] = await em.query<LocationRow[]>(
      `SELECT ${LOCATION} FROM petition p LEFT JOIN kntc_case c ON c.id = p.case_id WHERE p.id = $1 FOR SHARE OF p`,
      [petitionId],
    );
    return row && toLocation(row);
  }

  /** Where the đơn is, when one of `visibleTo` may read it (the read side's scope rule). */
  async findVisiblePetitionLocation(
    petitionId: string,
    visibleTo: readonly string[],
  ): Promise<PetitionLocation | undefined> {
    const [row] = await this.dataSource.query<LocationRow[]>(
      `SELECT ${LOCATION} FROM petition p LEFT JOIN kntc_case c ON c.id = p.case_id
        WHERE p.id = $1 AND ${petitionVisibleTo('p', '$2')}`,
      [petitionId, visibleTo],
    );
    return row && toLocation(row);
  }

  async insert(em: EntityManager, record: AttachmentRecord): Promise<void> {
    await em.insert(AttachmentEntity, { ...record, sizeBytes: String(record.sizeBytes) });
  }

  async listOfPetition(petitionId: string): Promise<AttachmentRecord[]> {
    const rows = await this.dataSource.query<AttachmentRow[]>(
      `SELECT ${ATTACHMENT} FROM attachment a WHERE a.petition_id = $1 ORDER BY a.uploaded_at, a.id`,
      [petitionId],
    );
    return rows.map(toRecord);
  }

  async findOfPetition(petitionId: string, attachmentId: string): Promise<AttachmentRecord | undefined> {
    const [row] = await this.dataSource.query<AttachmentRow[]>(
      `SELECT ${ATTACHMENT} FROM attachment a WHERE a.id = $1 AND a.petition_id = $2`,
      [attachmentId, petitionId],
    );
    return row && toRecord(row);
  }
}
