import {
  Injectable,
  PayloadTooLargeException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { finalize, type Observable } from 'rxjs';
import { AttachmentTooLargeError, AttachmentsService } from '@kntc/workflow';
import { StagingStorageEngine, type StagedUpload } from './staging-storage.engine';

/** The multipart field that carries the file. */
export const FILE_FIELD = 'file';

/**
 * Nest's FileInterceptor (multer), configured from the attachment settings: one file in the
 * `file` field, the size limit enforced while receiving, UTF-8 file names (Vietnamese), the
 * bytes staged in the FileStorage. Whatever happens next (validation, handler, error), the
 * staged copy is dropped when the request ends; once kept, it is no longer in staging.
 */
@Injectable()
export class AttachmentUploadInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor;

  constructor(private readonly attachments: AttachmentsService) {
    const Multer = FileInterceptor(FILE_FIELD, {
      storage: new StagingStorageEngine(attachments),
      limits: { fileSize: attachments.settings.maxBytes, files: 1, fields: 8, fieldSize: 1024, parts: 10 },
      defParamCharset: 'utf8',
    });
    this.multer = new Multer();
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = context.switchToHttp().getRequest<{ file?: StagedUpload }>();
    let handled: Observable<unknown>;
    try {
      handled = await this.multer.intercept(context, next);
    } catch (error) {
      // multer's own limit, hit while receiving: the same answer as the storage's.
      if (error instanceof PayloadTooLargeException) {
        throw new AttachmentTooLargeError(this.attachments.settings.maxBytes);
      }
      throw error;
    }
    return handled.pipe(
      finalize(() => {
        if (req.file?.staged) void this.attachments.discard(req.file.staged).catch(() => undefined);
      }),
    );
  }
}
