import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const REQUEST_ID_HEADER = 'X-Request-Id';
const ACCEPTABLE = /^[A-Za-z0-9._:-]{8,80}$/;

/**
 * Keeps a caller's correlation id when it is well-formed, otherwise makes one; echoes it back.
 * Runs first (before body parsing) so even a request refused for its body has an id.
 */
export function assignRequestId(req: IncomingMessage & { id?: string }, res: ServerResponse): string {
  if (req.id) return req.id;
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && ACCEPTABLE.test(incoming) ? incoming : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, id);
  req.id = id;
  return id;
}
