import type { ErrorCode, ErrorDetail } from './error-code';

/**
 * Base of every expected failure. `message` is Vietnamese (it reaches officers);
 * `code` is the stable, English contract for clients.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
    /** Extra machine-readable facts for the client (e.g. the current version). */
    readonly meta: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class ValidationFailedError extends DomainError {
  constructor(details: ErrorDetail[], message = 'Dữ liệu gửi lên không hợp lệ.') {
    super('VALIDATION_FAILED', message, details);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `Không tìm thấy ${what}.`, [{ field: 'id', issue: 'not_found', message: id }]);
  }
}

export class VersionConflictError extends DomainError {
  constructor(expected: number, current: number) {
    super(
      'VERSION_CONFLICT',
      'Hồ sơ đã được người khác cập nhật; hãy tải lại và thực hiện lại thao tác.',
      [{ field: 'expectedVersion', issue: 'stale', message: `Phiên bản gửi lên ${expected}, hiện tại ${current}.` }],
      { currentVersion: current },
    );
  }
}
