import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ValidationFailedError, type ErrorDetail } from '@kntc/domain';

function flatten(errors: ValidationError[], prefix = ''): ErrorDetail[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([issue, message]) => ({ field, issue, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Strict validation at the edge: unknown fields are refused, not silently dropped. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailedError(flatten(errors)),
  });
}
