import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class IdParams {
  @ApiProperty({ format: 'uuid', description: 'Id of the petition or case.' })
  @IsUUID()
  id!: string;
}
