import {
  Body,
  Controller,
  Get,
  Param,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Authorize, CurrentActor } from '@kntc/access';
import { ValidationFailedError, type Actor } from '@kntc/domain';
import { AttachmentsService } from '@kntc/workflow';
import { CommandContextOf, type CommandContext } from '../http/command-context.decorator';
import { ErrorEnvelopeDto } from '../http/error-envelope';
import { IdParams } from '../http/id.params';
import { AttachmentUploadInterceptor, FILE_FIELD } from './attachment-upload.interceptor';
import { AttachmentDto, AttachmentListDto, toAttachmentDto } from './dto/attachment.dto';
import { AttachmentParams, DownloadAttachmentQuery } from './dto/attachment-params';
import { UploadAttachmentDto } from './dto/upload-attachment.dto';
import type { StagedUpload } from './staging-storage.engine';

const NOT_FOUND = 'NOT_FOUND: no such đơn (or attachment), or not within your scope (the two look the same).';

/** Documents attached to a đơn (tài liệu, chứng cứ kèm theo đơn): upload, list, download. */
@ApiTags('attachments')
@Controller('petitions/:id/attachments')
@ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHENTICATED.' })
@ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: NOT_FOUND })
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post()
  @Authorize('petition.attach')
  @UseInterceptors(AttachmentUploadInterceptor)
  @ApiOperation({
    summary: 'Attach a document to a đơn your authority works on (multipart, field `file`).',
    description:
      'The type is judged on the content (magic bytes), not on the name or the declared type; the SHA-256 is recorded. The file and its record are kept together or not at all.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadAttachmentDto })
  @ApiCreatedResponse({ type: AttachmentDto, description: 'Kept.' })
  @ApiBadRequestResponse({
    type: ErrorEnvelopeDto,
    description: 'VALIDATION_FAILED / MALFORMED_REQUEST: no file, containsIdentity missing, or a malformed form.',
  })
  @ApiPayloadTooLargeResponse({ type: ErrorEnvelopeDto, description: 'PAYLOAD_TOO_LARGE: over ATTACHMENT_MAX_SIZE.' })
  @ApiUnsupportedMediaTypeResponse({
    type: ErrorEnvelopeDto,
    description: 'UNSUPPORTED_MEDIA_TYPE: the content is not an accepted type, or not the type declared.',
  })
  async upload(
    @CurrentActor() actor: Actor,
    @Param() params: IdParams,
    @Body() dto: UploadAttachmentDto,
    @UploadedFile() file: StagedUpload | undefined,
    @CommandContextOf() ctx: CommandContext,
  ): Promise<AttachmentDto> {
    const upload = requireFile(file);
    return toAttachmentDto(
      await this.attachments.attach({
        actor,
        petitionId: params.id,
        staged: upload.staged,
        declaredType: upload.mimetype,
        originalName: upload.originalname,
        containsIdentity: dto.containsIdentity,
        requestId: ctx.requestId,
      }),
    );
  }

  @Get()
  @Authorize('read')
  @ApiOperation({ summary: 'List the documents attached to a đơn you may read.' })
  @ApiOkResponse({ type: AttachmentListDto, description: 'The attachments, oldest first.' })
  async list(@CurrentActor() actor: Actor, @Param() params: IdParams): Promise<AttachmentListDto> {
    return { items: (await this.attachments.list(actor, params.id)).map(toAttachmentDto) };
  }

  @Get(':attachmentId')
  @Authorize('read')
  @ApiOperation({
    summary: 'Download one document (Content-Disposition: attachment).',
    description:
      'A file that shows an identity needs `reason` and is served only to those who may see the identity (the identity vault’s reveal policy); on the đơn of a protected denouncer each download is recorded in the reveal log.',
  })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The bytes, with the detected media type, ETag = SHA-256.' })
  @ApiBadRequestResponse({
    type: ErrorEnvelopeDto,
    description: 'VALIDATION_FAILED: `reason` is required for this file.',
  })
  @ApiForbiddenResponse({
    type: ErrorEnvelopeDto,
    description: 'FORBIDDEN: the file shows an identity you may not see (issue `identity_protected`).',
  })
  async download(
    @CurrentActor() actor: Actor,
    @Param() params: AttachmentParams,
    @Query() query: DownloadAttachmentQuery,
    @CommandContextOf() ctx: CommandContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { attachment, content } = await this.attachments.download(actor, params.id, params.attachmentId, {
      reason: query.reason,
      requestId: ctx.requestId,
    });
    // express encodes the name for the header (RFC 6266 filename*); the type is then the detected one.
    res.attachment(attachment.originalName ?? attachment.id);
    res.set({
      'Content-Type': attachment.mediaType,
      'Content-Length': String(attachment.sizeBytes),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      ETag: `"${attachment.sha256}"`,
    });
    return new StreamableFile(content);
  }
}

function requireFile(file: StagedUpload | undefined): StagedUpload {
  if (file?.staged) return file;
  throw new ValidationFailedError([
    { field: FILE_FIELD, issue: 'required', message: 'Cần gửi kèm một tệp trong trường "file" (multipart/form-data).' },
  ]);
}
