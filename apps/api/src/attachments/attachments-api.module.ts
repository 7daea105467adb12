import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '@kntc/config';
import { AttachmentsModule } from '@kntc/workflow';
import { AttachmentUploadInterceptor } from './attachment-upload.interceptor';
import { AttachmentsController } from './attachments.controller';

/** Upload, list and download of the documents attached to đơn. */
@Module({})
export class AttachmentsApiModule {
  static register(options: { identityKeys: string; settings: AppConfig['attachments'] }): DynamicModule {
    return {
      module: AttachmentsApiModule,
      imports: [AttachmentsModule.register(options)],
      controllers: [AttachmentsController],
      providers: [AttachmentUploadInterceptor],
    };
  }
}
