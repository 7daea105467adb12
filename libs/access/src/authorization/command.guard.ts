import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Actor } from '@kntc/domain';
import { ForbiddenError, UnauthenticatedError } from '../errors/access-errors';
import { AUTHORIZE_COMMAND } from './authorize.decorator';
import { mayRun } from './command-permissions';
import { COMMAND_LABELS, type Command } from './commands';
import { ROLE_LABELS } from './role-labels';

/**
 * Global guard, after JwtAuthGuard: for endpoints marked @Authorize(command), refuses roles that
 * may not send the command. Roles are not data, so 403 is the honest answer here.
 */
@Injectable()
export class CommandGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const command = this.reflector.getAllAndOverride<Command | undefined>(AUTHORIZE_COMMAND, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!command) return true;
    const actor = context.switchToHttp().getRequest<{ user?: Actor }>().user;
    if (!actor) throw new UnauthenticatedError('token_missing');
    if (!mayRun(actor.role, command)) {
      throw new ForbiddenError(
        `Vai trò "${ROLE_LABELS[actor.role]}" không được thực hiện thao tác "${COMMAND_LABELS[command]}".`,
        'role_not_permitted',
      );
    }
    return true;
  }
}
