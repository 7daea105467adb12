import { applyDecorators, HttpCode } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CommandResultDto } from './command-result.dto';
import { ErrorEnvelopeDto } from './error-envelope';

/** The documentation every command endpoint shares: one place, so every command answers alike. */
export function CommandEndpoint(summary: string, description?: string) {
  return applyDecorators(
    HttpCode(200),
    ApiOperation({ summary, ...(description ? { description } : {}) }),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'The version read, instead of `expectedVersion` in the body.',
    }),
    ApiOkResponse({ type: CommandResultDto, description: 'Applied: the new version and state.' }),
    ApiBadRequestResponse({
      type: ErrorEnvelopeDto,
      description: 'VALIDATION_FAILED / MALFORMED_REQUEST: the offending fields are listed.',
    }),
    ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHENTICATED.' }),
    ApiForbiddenResponse({ type: ErrorEnvelopeDto, description: 'FORBIDDEN: your role may not send this command.' }),
    ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'NOT_FOUND: no such record in your scope.' }),
    ApiConflictResponse({
      type: ErrorEnvelopeDto,
      description:
        'VERSION_CONFLICT (someone changed it: `currentVersion` is given) or TRANSITION_NOT_ALLOWED (not allowed now: `allowed` lists the commands that are, `details` say why).',
    }),
  );
}
