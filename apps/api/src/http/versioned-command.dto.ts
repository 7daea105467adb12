import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Every command carries the version the client read (or sends it as If-Match). */
export class VersionedCommandDto {
  @ApiPropertyOptional({
    description:
      'Version of the petition or case the client read; required unless an If-Match header carries it. A stale version answers 409 VERSION_CONFLICT with the current one.',
    minimum: 1,
    example: 3,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  expectedVersion?: number;
}
