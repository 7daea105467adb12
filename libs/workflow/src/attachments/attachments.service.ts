import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DataScopeService, ForbiddenError, IdentityVaultService } from '@kntc/access';
import type { AppConfig } from '@kntc/config';
import { NotFoundError, ValidationFailedError, vietnamDateOf, type Actor } from '@kntc/domain';
import { ClockService } from '../time/clock.service';
import { identityFileDecision, mayAttachTo, type PetitionLocation } from './attachment-access';
import { AttachmentTooLargeError, AttachmentTypeError } from './attachment-errors';
import { AttachmentRepository, type AttachmentRecord } from './attachment.repository';
import { FILE_STORAGE, type FileStorage, type StagedFile } from './file-storage';
import { LocalFileStorage } from './local-file-storage';
import { detectType, judgeType } from './media-types';
import { cleanOriginalName } from './original-name';

export const ATTACHMENT_SETTINGS = Symbol('ATTACHMENT_SETTINGS');
export type AttachmentSettings = AppConfig['attachments'];

/** What a user sees of an attachment. */
export interface AttachmentView {
  id: string;
  petitionId: string;
  /** Null when the file shows an identity this user may not see (the name may carry it too). */
  originalName: string | null;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  containsIdentity: boolean;
  /** The file shows an identity and this user may not open it. */
  identityWithheld: boolean;
  uploadedByUserId: string;
  uploadedByAuthorityId: string;
  uploadedAt: string;
}

export interface NewAttachment {
  actor: Actor;
  petitionId: string;
  staged: StagedFile;
  /** The media type the client declared for the part (checked against the content). */
  declaredType?: string;
  /** The client's file name: metadata only. */
  originalName?: string;
  containsIdentity: boolean;
  requestId?: string;
}

export interface AttachmentDownload {
  attachment: AttachmentView;
  content: Readable;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_REASON = 400; // leaves room in identity_reveal.reason (500) for the file's id
const STAGING_MAX_AGE_MS = 60 * 60 * 1000;

/**
 * Documents attached to a đơn (tài liệu, chứng cứ): received into the file store, checked on
 * their content, then kept with a metadata row, all or nothing. Files that show a person's
 * identity are opened only by those the identity vault's reveal policy allows, and opening one
 * on the đơn of a protected denouncer is recorded in the vault's reveal log.
 */
@Injectable()
export class AttachmentsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AttachmentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly attachments: AttachmentRepository,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(ATTACHMENT_SETTINGS) readonly settings: AttachmentSettings,
    private readonly scopes: DataScopeService,
    private readonly vault: IdentityVaultService,
    private readonly clock: ClockService,
  ) {}

  /** Copies left in staging by a crash while receiving are removed at start-up. */
  async onApplicationBootstrap(): Promise<void> {
    if (this.storage instanceof LocalFileStorage) {
      const removed = await this.storage.sweepStaging(STAGING_MAX_AGE_MS).catch(() => 0);
      if (removed > 0) this.logger.warn(`removed ${removed} unfinished upload(s) from the file store`);
    }
  }

  /** Receives an upload's bytes into staging, refusing more than the configured size. */
  stage(source: Readable): Promise<StagedFile> {
    return this.storage.stage(source, this.settings.maxBytes);
  }

  /** Drops a staged upload (e.g. the request failed before `attach`). Idempotent. */
  discard(staged: StagedFile): Promise<void> {
    return this.storage.discard(staged);
  }

  /**
   * Keeps a staged file as an attachment of the đơn. One transaction: the đơn is share-locked
   * and checked to be the actor's to work on (else 404), the content judged (413, 415), the
   * file moved into place, the row inserted. Any failure after the move removes the file again,
   * and the staged copy is always dropped: nothing half-done stays on disk or in the database.
   */
  async attach(input: NewAttachment): Promise<AttachmentView> {
    const { actor, petitionId, staged } = input;
    let keptKey: string | undefined;
    try {
      const record = await this.dataSource.transaction(async (em) => {
        const where = UUID.test(petitionId) ? await this.attachments.lockPetitionLocation(em, petitionId) : undefined;
        if (!where || !mayAttachTo(actor, where)) throw new NotFoundError('đơn', petitionId);
        if (staged.size > this.settings.maxBytes) throw new AttachmentTooLargeError(this.settings.maxBytes);
        const verdict = judgeType(
          detectType(staged.head, staged.tail, staged.size),
          input.declaredType,
          this.settings.types,
        );
        if (!verdict.accepted) throw new AttachmentTypeError(verdict, this.settings.types);
        const id = randomUUID();
        keptKey = await this.storage.keep(staged, id);
        const row: AttachmentRecord = {
          id,
          petitionId,
          // A file holding identity data keeps no client name: it may itself name the person.
          originalName: input.containsIdentity
            ? identityFileName(id, verdict.mediaType)
            : cleanOriginalName(input.originalName),
          mediaType: verdict.mediaType,
          sizeBytes: staged.size,
          sha256: staged.sha256,
          storageKey: keptKey,
          containsIdentity: input.containsIdentity,
          uploadedByUserId: actor.userId,
          uploadedByAuthorityId: actor.authority.id,
          uploadedAt: this.clock.now(),
          requestId: input.requestId ? input.requestId.slice(0, 80) : null,
        };
        await this.attachments.insert(em, row);
        return row;
      });
      return viewOf(record, false);
    } catch (error) {
      if (keptKey) {
        const key = keptKey;
        await this.storage
          .remove(key)
          .catch((e: unknown) => this.logger.error(`could not remove ${key} after a failed upload: ${String(e)}`));
      }
      throw error;
    } finally {
      await this.storage.discard(staged).catch(() => undefined);
    }
  }

  /** The attachments of a đơn the actor may read (404 otherwise), oldest first. */
  async list(actor: Actor, petitionId: string): Promise<AttachmentView[]> {
    const where = await this.visiblePetition(actor, petitionId);
    const rows = await this.attachments.listOfPetition(petitionId);
    const identity = rows.some((r) => r.containsIdentity) ? await this.identityDecision(actor, where) : undefined;
    return rows.map((r) => viewOf(r, r.containsIdentity && !identity?.allowed));
  }

  /**
   * The bytes of one attachment. A file that shows an identity needs a reason and the reveal
   * policy's consent (403 otherwise); on the đơn of a protected denouncer each opening is
   * recorded through the vault (one reveal per protected party, committed before any byte is
   * sent), so inspectors see it in the same reveal log as every other disclosure.
   */
  async download(
    actor: Actor,
    petitionId: string,
    attachmentId: string,
    options: { reason?: string; requestId?: string } = {},
  ): Promise<AttachmentDownload> {
    const where = await this.visiblePetition(actor, petitionId);
    const row = UUID.test(attachmentId) ? await this.attachments.findOfPetition(petitionId, attachmentId) : undefined;
    if (!row) throw new NotFoundError('tệp đính kèm', attachmentId);
    if (row.containsIdentity) {
      const reason = (options.reason ?? '').normalize('NFC').trim();
      if (reason.length === 0 || reason.length > MAX_REASON) {
        throw new ValidationFailedError([
          {
            field: 'reason',
            issue: reason.length === 0 ? 'required' : 'too_long',
            message: `Tệp có thông tin nhân thân: cần nêu lý do mở tệp (tối đa ${MAX_REASON} ký tự).`,
          },
        ]);
      }
      const parties = await this.vault.redactedPartiesOfPetition(petitionId);
      const decision = identityFileDecision(
        actor,
        where,
        parties.some((p) => p.protected),
      );
      if (!decision.allowed) {
        throw new ForbiddenError(`Tệp có thông tin nhân thân người gửi đơn: ${decision.basis}.`, 'identity_protected');
      }
      for (const party of parties.filter((p) => p.protected)) {
        await this.vault.reveal(party.partyId, actor, `Mở tệp đính kèm ${row.id}: ${reason}`, options.requestId);
      }
    }
    const content = await this.storage.open(row.storageKey);
    return { attachment: viewOf(row, false), content };
  }

  private async visiblePetition(actor: Actor, petitionId: string): Promise<PetitionLocation> {
    const scope = await this.scopes.scopeOf(actor, vietnamDateOf(this.clock.now().toISOString()));
    const where = UUID.test(petitionId)
      ? await this.attachments.findVisiblePetitionLocation(petitionId, scope.authorityIds)
      : undefined;
    if (!where) throw new NotFoundError('đơn', petitionId);
    return where;
  }

  private async identityDecision(actor: Actor, where: PetitionLocation) {
    const parties = await this.vault.redactedPartiesOfPetition(where.petitionId);
    return identityFileDecision(
      actor,
      where,
      parties.some((p) => p.protected),
    );
  }
}

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/tiff': 'tif',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
};

/** The neutral name an identity file is stored and downloaded under. */
const identityFileName = (id: string, mediaType: string) =>
  `tai-lieu-nhan-than-${id.slice(0, 8)}.${EXTENSIONS[mediaType] ?? 'bin'}`;

/**
 * The original name of a file flagged as holding identity data is never listed, not even to
 * those who may open the file: officers name scans after the person ("Bút tích Nguyễn Văn A"),
 * and a list is not a recorded reveal. The name travels only in the download, which is.
 */
function viewOf(r: AttachmentRecord, withheld: boolean): AttachmentView {
  return {
    id: r.id,
    petitionId: r.petitionId,
    originalName: r.containsIdentity ? null : r.originalName,
    mediaType: r.mediaType,
    sizeBytes: r.sizeBytes,
    sha256: r.sha256,
    containsIdentity: r.containsIdentity,
    identityWithheld: withheld,
    uploadedByUserId: r.uploadedByUserId,
    uploadedByAuthorityId: r.uploadedByAuthorityId,
    uploadedAt: r.uploadedAt.toISOString(),
  };
}
