import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiForbiddenResponse } from '@nestjs/swagger';
import { COMMAND_PERMISSIONS } from './command-permissions';
import type { Command } from './commands';

export const AUTHORIZE_COMMAND = 'kntc:authorize-command';

/**
 * The endpoint sends `command`: roles not allowed by COMMAND_PERMISSIONS get 403 (CommandGuard,
 * global). Also documents the command and the roles in OpenAPI.
 */
export const Authorize = (command: Command) =>
  applyDecorators(
    SetMetadata(AUTHORIZE_COMMAND, command),
    ApiBearerAuth(),
    ApiExtension('x-kntc-command', command),
    ApiForbiddenResponse({
      description: `FORBIDDEN: only ${COMMAND_PERMISSIONS[command].join(', ')} may send \`${command}\`.`,
    }),
  );
