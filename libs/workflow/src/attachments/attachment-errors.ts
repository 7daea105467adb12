import { DomainError } from '@kntc/domain';
import { KNOWN_TYPES, type AttachmentTypeName, type TypeVerdict } from './media-types';

/** 413: the file is larger than ATTACHMENT_MAX_SIZE. */
export class AttachmentTooLargeError extends DomainError {
  constructor(maxBytes: number) {
    const limit = describeSize(maxBytes);
    super('PAYLOAD_TOO_LARGE', `Tệp đính kèm vượt quá dung lượng cho phép (${limit}).`, [
      { field: 'file', issue: 'too_large', message: `Dung lượng tối đa ${limit}.`, maxBytes },
    ]);
  }
}

const REFUSALS: Record<Extract<TypeVerdict, { accepted: false }>['issue'], string> = {
  unrecognised_content: 'Nội dung tệp không thuộc định dạng được chấp nhận.',
  type_not_allowed: 'Định dạng tệp này không được chấp nhận.',
  declared_type_mismatch: 'Định dạng khai báo không khớp với nội dung tệp.',
};

/** 415: the content is not one of the accepted types (judged on the bytes, not the name). */
export class AttachmentTypeError extends DomainError {
  constructor(verdict: Extract<TypeVerdict, { accepted: false }>, allowed: readonly AttachmentTypeName[]) {
    const accepted = allowed.map((t) => KNOWN_TYPES[t].label).join(', ');
    super('UNSUPPORTED_MEDIA_TYPE', `${REFUSALS[verdict.issue]} Chấp nhận: ${accepted}.`, [
      {
        field: 'file',
        issue: verdict.issue,
        message: REFUSALS[verdict.issue],
        accepted: allowed.map((t) => KNOWN_TYPES[t].mediaType),
      },
    ]);
  }
}

function describeSize(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} byte`;
}
