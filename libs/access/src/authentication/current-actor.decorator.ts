import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '@kntc/domain';
import { UnauthenticatedError } from '../errors/access-errors';

/** The authenticated Actor (set on `request.user` by the JWT strategy). */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<{ user?: Actor }>().user;
  if (!actor) throw new UnauthenticatedError('token_missing');
  return actor;
});
