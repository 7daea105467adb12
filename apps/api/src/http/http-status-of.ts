import { HttpStatus } from '@nestjs/common';
import type { ErrorCode } from '@kntc/domain';

/** The single mapping from the engine's error codes to HTTP statuses. */
export function httpStatusOf(code: ErrorCode): HttpStatus {
  switch (code) {
    case 'VALIDATION_FAILED':
    case 'MALFORMED_REQUEST':
      return HttpStatus.BAD_REQUEST;
    case 'UNAUTHENTICATED':
      return HttpStatus.UNAUTHORIZED;
    case 'FORBIDDEN':
      return HttpStatus.FORBIDDEN;
    case 'NOT_FOUND':
    case 'ROUTE_NOT_FOUND':
      return HttpStatus.NOT_FOUND;
    case 'METHOD_NOT_ALLOWED':
      return HttpStatus.METHOD_NOT_ALLOWED;
    case 'VERSION_CONFLICT':
    case 'TRANSITION_NOT_ALLOWED':
    case 'IDEMPOTENCY_CONFLICT':
      return HttpStatus.CONFLICT;
    case 'PAYLOAD_TOO_LARGE':
      return HttpStatus.PAYLOAD_TOO_LARGE;
    case 'UNSUPPORTED_MEDIA_TYPE':
      return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
    case 'RULE_VIOLATION':
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case 'TOO_MANY_REQUESTS':
      return HttpStatus.TOO_MANY_REQUESTS;
    case 'SERVICE_UNAVAILABLE':
      return HttpStatus.SERVICE_UNAVAILABLE;
    case 'INTERNAL_ERROR':
      return HttpStatus.INTERNAL_SERVER_ERROR;
  }
}
