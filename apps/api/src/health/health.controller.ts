import { Controller, Get, HttpCode } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '@kntc/access';
import { DomainError } from '@kntc/domain';
import { pendingMigrations } from '@kntc/persistence';
import { ErrorEnvelopeDto } from '../http/error-envelope';

class LivenessDto {
  @ApiProperty({ example: 'ok', description: 'Always "ok" while the process serves requests.' })
  status!: 'ok';
}

class ReadinessDto {
  @ApiProperty({ example: 'ready', description: '"ready" when the database answers and every migration is applied.' })
  status!: 'ready';

  @ApiProperty({ example: 'up', description: 'Database reachability.' })
  database!: 'up';

  @ApiProperty({ example: 0, description: 'Number of committed migrations not yet applied (0 when ready).' })
  pendingMigrations!: number;
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Liveness: the process is up.',
    description: 'No authentication. Does not touch the database.',
  })
  @ApiOkResponse({ type: LivenessDto, description: 'The process is alive.' })
  live(): LivenessDto {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({
    summary: 'Readiness: the database is reachable and the schema is up to date.',
    description: 'No authentication. 503 when the database does not answer or migrations are pending.',
  })
  @ApiOkResponse({ type: ReadinessDto, description: 'Ready to serve.' })
  @ApiServiceUnavailableResponse({ type: ErrorEnvelopeDto, description: 'Not ready; the details say why.' })
  async ready(): Promise<ReadinessDto> {
    let pending: string[];
    try {
      await this.dataSource.query('SELECT 1');
      pending = await pendingMigrations(this.dataSource);
    } catch {
      throw new DomainError('SERVICE_UNAVAILABLE', 'Cơ sở dữ liệu không phản hồi.', [
        { field: 'database', issue: 'unreachable', message: 'Không kết nối được cơ sở dữ liệu.' },
      ]);
    }
    if (pending.length > 0) {
      throw new DomainError(
        'SERVICE_UNAVAILABLE',
        'Cơ sở dữ liệu chưa được cập nhật cấu trúc (npm run db:migrate).',
        pending.map((name) => ({ field: 'migrations', issue: 'pending', message: name })),
      );
    }
    return { status: 'ready', database: 'up', pendingMigrations: 0 };
  }
}
