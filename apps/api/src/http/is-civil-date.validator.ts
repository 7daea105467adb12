import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isIsoDate } from '@kntc/domain';

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export function IsCivilDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isCivilDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} phải là một ngày có thật, dạng YYYY-MM-DD.`, ...options },
      validator: { validate: (value: unknown) => isIsoDate(value) },
    });
}
