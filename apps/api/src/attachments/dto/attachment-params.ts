import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class AttachmentParams {
  @ApiProperty({ format: 'uuid', description: 'Id of the đơn.' })
  @IsUUID()
  id!: string;

  @ApiProperty({ format: 'uuid', description: 'Id of the attachment.' })
  @IsUUID()
  attachmentId!: string;
}

export class DownloadAttachmentQuery {
  @ApiPropertyOptional({
    maxLength: 400,
    description:
      'Why you open the file: required for a file that shows an identity; recorded in the reveal log when the đơn has a protected denouncer.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  reason?: string;
}
