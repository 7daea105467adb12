import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class UserIdParams {
  @ApiProperty({ format: 'uuid', description: 'User id.' })
  @IsUUID()
  id!: string;
}
