import { Injectable, type ExecutionContext } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Response } from 'express';
import { ValidationFailedError } from '@kntc/domain';
import { TooManyRequestsError, UnauthenticatedError } from '../errors/access-errors';

/**
 * Runs the local strategy for POST /auth/login. A locked account gets a Retry-After header
 * alongside the 429 body.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override handleRequest<TUser>(err: unknown, user: TUser | false, info: unknown, context: ExecutionContext): TUser {
    if (err instanceof TooManyRequestsError) {
      context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(err.retryAfterSeconds));
    }
    if (err instanceof Error) throw err;
    if (err) throw new UnauthenticatedError('invalid_credentials');
    if (user) return user;
    // passport-local fails without calling the strategy when a field is missing.
    if ((info as { message?: string } | undefined)?.message === 'Missing credentials') {
      throw new ValidationFailedError([
        { field: 'username', issue: 'isNotEmpty', message: 'Cần nhập tên đăng nhập và mật khẩu.' },
      ]);
    }
    throw new UnauthenticatedError('invalid_credentials');
  }
}
