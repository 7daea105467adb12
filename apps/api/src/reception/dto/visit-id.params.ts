import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class VisitIdParams {
  @ApiProperty({ format: 'uuid', description: 'Id of the visit (lượt tiếp công dân).' })
  @IsUUID()
  id!: string;
}
