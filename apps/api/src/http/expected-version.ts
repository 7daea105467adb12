import { ValidationFailedError } from '@kntc/domain';

/**
 * The version the client read, from `If-Match` ("3", W/"3") or the body's `expectedVersion`;
 * one of them is required so no command is ever applied to a state the officer did not see.
 */
export function expectedVersionOf(bodyVersion: number | undefined, ifMatch: string | undefined): number {
  if (ifMatch !== undefined) {
    const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(ifMatch.trim());
    if (!match) {
      throw new ValidationFailedError([
        { field: 'If-Match', issue: 'format', message: 'If-Match phải là số phiên bản, ví dụ "3".' },
      ]);
    }
    const version = Number(match[1]);
    if (bodyVersion !== undefined && bodyVersion !== version) {
      throw new ValidationFailedError([
        { field: 'expectedVersion', issue: 'mismatch', message: 'expectedVersion và If-Match khác nhau.' },
      ]);
    }
    return version;
  }
  if (bodyVersion === undefined) {
    throw new ValidationFailedError([
      { field: 'expectedVersion', issue: 'required', message: 'Gửi phiên bản đã đọc (expectedVersion hoặc If-Match).' },
    ]);
  }
  return bodyVersion;
}
