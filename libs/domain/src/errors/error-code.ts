/**
 * The one error vocabulary of the engine. Every error a client can see carries one of
 * these codes; the HTTP layer maps each to a status in a single exhaustive switch.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'ROUTE_NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VERSION_CONFLICT',
  'TRANSITION_NOT_ALLOWED',
  'RULE_VIOLATION',
  'IDEMPOTENCY_CONFLICT',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One offending field or fact: `field` is a dotted path into the request where there is one. */
export interface ErrorDetail {
  field?: string;
  issue: string;
  message: string;
  [extra: string]: unknown;
}
