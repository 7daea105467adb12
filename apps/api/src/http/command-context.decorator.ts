import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

export interface CommandContext {
  requestId?: string;
  ifMatch?: string;
  idempotencyKey?: string;
}

/** The request facts a command needs besides its body: request id, If-Match, Idempotency-Key. */
export const CommandContextOf = createParamDecorator((_: unknown, ctx: ExecutionContext): CommandContext => {
  const req = ctx.switchToHttp().getRequest<Request & { id?: string }>();
  const header = (name: string) => {
    const v = req.headers[name];
    return typeof v === 'string' ? v : undefined;
  };
  return { requestId: req.id, ifMatch: header('if-match'), idempotencyKey: header('idempotency-key') };
});
