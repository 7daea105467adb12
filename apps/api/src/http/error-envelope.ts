import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ErrorCode } from '@kntc/domain';
import { ERROR_CODES } from '@kntc/domain';

export class ErrorDetailDto {
  @ApiPropertyOptional({ description: 'Dotted path of the offending field in the request, when there is one.' })
  field?: string;

  @ApiProperty({ description: 'Machine-readable kind of problem (e.g. isInt, not_found, stale).' })
  issue!: string;

  @ApiProperty({ description: 'Human-readable explanation (Vietnamese).' })
  message!: string;
}

export class ErrorBodyDto {
  @ApiProperty({ enum: ERROR_CODES, description: 'Stable error code; clients branch on this, never on the message.' })
  code!: ErrorCode;

  @ApiProperty({ description: 'Explanation for the officer (Vietnamese).' })
  message!: string;

  @ApiProperty({ type: [ErrorDetailDto], description: 'Each offending field or fact.' })
  details!: ErrorDetailDto[];

  @ApiProperty({ description: 'Request id, also in the X-Request-Id header; quote it when reporting a problem.' })
  requestId!: string;
}

export class ErrorEnvelopeDto {
  @ApiProperty({ type: ErrorBodyDto, description: 'The error.' })
  error!: ErrorBodyDto;
}
