import type { Readable } from 'node:stream';
import type { AttachmentsService, StagedFile } from '@kntc/workflow';

/** What multer puts on `req.file` with this engine. */
export interface StagedUpload {
  fieldname: string;
  originalname: string;
  mimetype: string;
  size: number;
  staged: StagedFile;
}

type Done = (error?: unknown, info?: Partial<StagedUpload>) => void;

/**
 * A multer storage engine that hands the file stream to the attachments' FileStorage: the bytes
 * go to its staging area (hashed and measured on the way), never to a path built from the
 * client's file name. Multer calls `_removeFile` when the request fails after a file was staged.
 */
export class StagingStorageEngine {
  constructor(private readonly attachments: AttachmentsService) {}

  _handleFile(_req: unknown, file: { stream: Readable }, done: Done): void {
    this.attachments.stage(file.stream).then(
      (staged) => done(null, { staged, size: staged.size }),
      (error: unknown) => done(error),
    );
  }

  _removeFile(_req: unknown, file: Partial<StagedUpload>, done: (error: unknown) => void): void {
    if (!file.staged) return done(null);
    this.attachments.discard(file.staged).then(
      () => done(null),
      (error: unknown) => done(error),
    );
  }
}
