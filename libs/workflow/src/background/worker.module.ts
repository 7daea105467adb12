import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '@kntc/config';
import { WorkflowModule } from '../workflow.module';
import { WORKER_SETTINGS, WorkerLoops } from './worker-loops';

/**
 * The background work of the engine: the deadline sweeper and the outbox dispatcher, each on
 * its own interval. `apps/worker` runs it alone; the API imports it too when RUN_WORKER_IN_API
 * is on (the default with the embedded database), so `npm start` alone has deadlines and notices.
 * Several instances can run at once: both loops claim their rows with SKIP LOCKED.
 */
@Module({})
export class WorkerModule {
  static register(settings: AppConfig['worker']): DynamicModule {
    return {
      module: WorkerModule,
      imports: [WorkflowModule],
      providers: [{ provide: WORKER_SETTINGS, useValue: settings }, WorkerLoops],
    };
  }
}
