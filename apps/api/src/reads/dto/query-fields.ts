import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
} from 'class-validator';
import { isIsoDate } from '@kntc/domain';

/** Query-string building blocks shared by the read endpoints: strict, so a typo is a 400, not a silent no-op. */

export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

export const PageLimit = () =>
  applyDecorators(
    ApiPropertyOptional({ default: DEFAULT_PAGE, minimum: 1, maximum: MAX_PAGE, description: 'Page size.' }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(MAX_PAGE),
  );

export const Cursor = (description = 'Opaque cursor from the previous page (`nextCursor`); omit for the first page.') =>
  applyDecorators(ApiPropertyOptional({ description }), IsOptional(), IsString(), MaxLength(1000));

/** A real civil date, `YYYY-MM-DD` (2026-02-30 is refused). */
export const CivilDate = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ format: 'date', example: '2026-09-16', description }),
    IsOptional(),
    ValidateBy({
      name: 'isCivilDate',
      validator: {
        validate: (value: unknown) => isIsoDate(value),
        defaultMessage: (args) => `${args?.property ?? 'value'} phải là một ngày có thật, dạng YYYY-MM-DD.`,
      },
    }),
  );

/** `true` or `false` only. */
export const QueryBoolean = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: Boolean, description }),
    IsOptional(),
    Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value)),
    IsBoolean(),
  );

export const AuthorityFilter = () =>
  applyDecorators(
    ApiPropertyOptional({
      format: 'uuid',
      description: 'Only records held by this authority now. It must be within your scope (otherwise 404).',
    }),
    IsOptional(),
    IsUUID(),
  );

export const StateFilter = () =>
  applyDecorators(
    ApiPropertyOptional({ example: 'classified', description: 'Only records in this top-level machine state.' }),
    IsOptional(),
    Matches(/^[A-Za-z]{1,64}$/, { message: 'state phải là tên một trạng thái (chữ cái).' }),
  );

export const SubjectAreaFilter = () =>
  applyDecorators(
    ApiPropertyOptional({ example: 'dat_dai', description: 'Only records of this subject area (lĩnh vực).' }),
    IsOptional(),
    Matches(/^[a-z_]{1,40}$/, { message: 'subjectArea phải là mã lĩnh vực (chữ thường, dấu gạch dưới).' }),
  );

export const TextFilter = () =>
  applyDecorators(
    ApiPropertyOptional({
      example: 'thu hồi đất',
      description: 'Text the summary contains, case-insensitive (Vietnamese diacritics must match).',
    }),
    IsOptional(),
    IsString(),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value)),
    MaxLength(200),
    Matches(/\S/, { message: 'q không được để trống.' }),
  );
