import { ApiProperty } from '@nestjs/swagger';
import type { AttachmentView } from '@kntc/workflow';

export class AttachmentDto {
  @ApiProperty({ format: 'uuid', description: 'Id of the attachment.' })
  id!: string;

  @ApiProperty({ format: 'uuid', description: 'The đơn it is attached to.' })
  petitionId!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'File name as uploaded (display only; never used on disk). Null when the file shows an identity you may not see.',
  })
  originalName!: string | null;

  @ApiProperty({ description: 'Media type detected from the content (magic bytes), e.g. application/pdf.' })
  mediaType!: string;

  @ApiProperty({ description: 'Size in bytes.', example: 48213 })
  sizeBytes!: number;

  @ApiProperty({ description: 'Hex SHA-256 of the content, computed on receipt; compare after download.' })
  sha256!: string;

  @ApiProperty({
    description:
      'The file shows a person’s identity (e.g. handwriting, bút tích): opened only by those allowed to see the identity.',
  })
  containsIdentity!: boolean;

  @ApiProperty({ description: 'The file shows an identity and you may not open it (the name is withheld too).' })
  identityWithheld!: boolean;

  @ApiProperty({ format: 'uuid', description: 'User who uploaded it.' })
  uploadedByUserId!: string;

  @ApiProperty({ format: 'uuid', description: 'Authority of that user at the time.' })
  uploadedByAuthorityId!: string;

  @ApiProperty({ format: 'date-time', description: 'When it was uploaded.' })
  uploadedAt!: string;
}

export class AttachmentListDto {
  @ApiProperty({ type: [AttachmentDto], description: 'The đơn’s attachments, oldest first.' })
  items!: AttachmentDto[];
}

export const toAttachmentDto = (v: AttachmentView): AttachmentDto => ({ ...v });
