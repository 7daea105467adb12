export { AttachmentsModule } from './attachments.module';
export { AttachmentsService, ATTACHMENT_SETTINGS } from './attachments.service';
export type { AttachmentDownload, AttachmentSettings, AttachmentView, NewAttachment } from './attachments.service';
export { FILE_STORAGE } from './file-storage';
export type { FileStorage, StagedFile } from './file-storage';
export { LocalFileStorage } from './local-file-storage';
export { AttachmentTooLargeError, AttachmentTypeError } from './attachment-errors';
