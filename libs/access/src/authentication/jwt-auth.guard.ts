import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { UnauthenticatedError } from '../errors/access-errors';
import { IS_PUBLIC } from './public.decorator';

/**
 * Global guard (APP_GUARD): every endpoint needs a valid access token unless marked @Public().
 * Failures become UNAUTHENTICATED with an issue clients can act on (`token_expired` → refresh).
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    return super.canActivate(context);
  }

  override handleRequest<TUser>(err: unknown, user: TUser | false, info: unknown): TUser {
    // DomainErrors from the strategy (e.g. session_revoked) pass through; anything else is a 500.
    if (err instanceof Error) throw err;
    if (err) throw new UnauthenticatedError('token_invalid');
    if (user) return user;
    // passport-jwt reports jsonwebtoken's errors as `info` (matched by name: jsonwebtoken is not
    // a direct dependency) and "No auth token" when there is no bearer header.
    const { name, message } = (info ?? {}) as { name?: string; message?: string };
    if (name === 'TokenExpiredError') throw new UnauthenticatedError('token_expired');
    throw new UnauthenticatedError(message === 'No auth token' ? 'token_missing' : 'token_invalid');
  }
}
