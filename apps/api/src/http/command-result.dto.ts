import { ApiProperty } from '@nestjs/swagger';
import type { CommandResult } from '@kntc/workflow';

export class CommandResultDto {
  @ApiProperty({ format: 'uuid', description: 'Id of the petition or case.' })
  id!: string;

  @ApiProperty({ description: 'New version: send it with the next command.', example: 4 })
  version!: number;

  @ApiProperty({ description: 'Top-level state after the command (e.g. `verifying`).', example: 'verifying' })
  state!: string;
}

export const toCommandResultDto = (r: CommandResult): CommandResultDto => ({
  id: r.id,
  version: r.version,
  state: r.state,
});
