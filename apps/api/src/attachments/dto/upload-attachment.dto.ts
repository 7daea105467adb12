import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

/** Form fields arrive as text in multipart: "true"/"false" become booleans. */
const formBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** The multipart form of an upload: one file and its identity flag. */
export class UploadAttachmentDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description:
      'The file (one per request): PDF, JPEG, PNG, TIFF, DOCX or ODT by default, judged on its content; at most ATTACHMENT_MAX_SIZE (20 MB by default).',
  })
  @IsOptional()
  file?: unknown;

  @ApiProperty({
    type: Boolean,
    description:
      'Required: whether the file shows who a person is (handwriting or signature — bút tích —, the signed đơn, an ID copy). Such files are opened only by those allowed to see the identity (Luật Tố cáo Art. 8.3).',
  })
  @Transform(formBoolean)
  @IsBoolean()
  containsIdentity!: boolean;
}
