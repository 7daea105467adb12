import { Module, type DynamicModule } from '@nestjs/common';
import { IdentityVaultModule } from '@kntc/access';
import { WorkflowModule } from '../workflow.module';
import { AttachmentRepository } from './attachment.repository';
import { ATTACHMENT_SETTINGS, AttachmentsService, type AttachmentSettings } from './attachments.service';
import { FILE_STORAGE } from './file-storage';
import { LocalFileStorage } from './local-file-storage';

/**
 * Attachments of đơn: metadata in PostgreSQL, bytes in a FileStorage (the local disk under
 * `<DATA_DIR>/files` by default; replace the FILE_STORAGE provider for another store).
 */
@Module({})
export class AttachmentsModule {
  static register(options: { identityKeys: string; settings: AttachmentSettings }): DynamicModule {
    return {
      module: AttachmentsModule,
      imports: [WorkflowModule, IdentityVaultModule.register({ identityKeys: options.identityKeys })],
      providers: [
        { provide: ATTACHMENT_SETTINGS, useValue: options.settings },
        { provide: FILE_STORAGE, useFactory: () => new LocalFileStorage(options.settings.dir) },
        AttachmentRepository,
        AttachmentsService,
      ],
      exports: [AttachmentsService],
    };
  }
}
