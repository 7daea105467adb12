import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class PetitionIdParams {
  @ApiProperty({ format: 'uuid', description: 'Id of the đơn.' })
  @IsUUID()
  id!: string;
}

export class CaseIdParams {
  @ApiProperty({ format: 'uuid', description: 'Id of the case.' })
  @IsUUID()
  id!: string;
}
