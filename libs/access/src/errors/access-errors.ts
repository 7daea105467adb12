import { DomainError } from '@kntc/domain';

/** Why a request is not authenticated; clients may branch on it (e.g. refresh on `token_expired`). */
export type UnauthenticatedIssue =
  | 'token_missing'
  | 'token_expired'
  | 'token_invalid'
  | 'session_revoked'
  | 'invalid_credentials'
  | 'account_disabled'
  | 'refresh_token_invalid';

const UNAUTHENTICATED_MESSAGES: Record<UnauthenticatedIssue, string> = {
  token_missing: 'Cần đăng nhập.',
  token_expired: 'Phiên đăng nhập đã hết hạn; hãy làm mới phiên hoặc đăng nhập lại.',
  token_invalid: 'Mã truy cập không hợp lệ; hãy đăng nhập lại.',
  session_revoked: 'Phiên đăng nhập đã bị thu hồi; hãy đăng nhập lại.',
  invalid_credentials: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  account_disabled: 'Tài khoản đã bị vô hiệu hoá; hãy liên hệ quản trị viên.',
  refresh_token_invalid: 'Phiên đăng nhập không còn hiệu lực; hãy đăng nhập lại.',
};

/** 401: the caller is not (or no longer) signed in. */
export class UnauthenticatedError extends DomainError {
  constructor(readonly issue: UnauthenticatedIssue = 'token_missing') {
    super('UNAUTHENTICATED', UNAUTHENTICATED_MESSAGES[issue], [{ issue, message: UNAUTHENTICATED_MESSAGES[issue] }]);
  }
}

/**
 * 403: the caller's role may not do this. Only for role checks: a record outside the caller's
 * data scope is a NotFoundError, so that its existence does not leak.
 */
export class ForbiddenError extends DomainError {
  constructor(message: string, issue = 'forbidden') {
    super('FORBIDDEN', message, [{ issue, message }]);
  }
}

/** 429 with when to retry (`retryAfterSeconds`, `retryAt` are added to the error body). */
export class TooManyRequestsError extends DomainError {
  readonly retryAfterSeconds: number;

  constructor(retryAt: Date, now: Date) {
    const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
    super(
      'TOO_MANY_REQUESTS',
      `Đăng nhập sai quá nhiều lần nên tài khoản tạm bị khoá; hãy thử lại sau ${describeWait(seconds)}.`,
      [{ field: 'username', issue: 'locked', message: `Thử lại sau ${describeWait(seconds)}.` }],
      { retryAfterSeconds: seconds, retryAt: retryAt.toISOString() },
    );
    this.retryAfterSeconds = seconds;
  }
}

function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} giây`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} phút`;
}

/** 422: a lawful request the access rules refuse (e.g. an administrator disabling their own account). */
export class AccessRuleError extends DomainError {
  constructor(issue: string, message: string) {
    super('RULE_VIOLATION', message, [{ issue, message }]);
  }
}
