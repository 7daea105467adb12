import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '@kntc/config';
import { OutboxDispatcher, type DispatchReport } from '../outbox/outbox-dispatcher.service';
import { DeadlineSweeper, type SweepReport } from '../sweeper/deadline-sweeper.service';
import { RepeatingTask } from './repeating-task';

export const WORKER_SETTINGS = Symbol('WORKER_SETTINGS');

const didSomething = (report: SweepReport | DispatchReport) => Object.values(report).some((n) => n > 0);

/**
 * Starts both loops once the application is up, and on shutdown (SIGTERM → app.close()) lets
 * each finish the batch in hand before the connection pool closes.
 */
@Injectable()
export class WorkerLoops implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Worker');
  private tasks: RepeatingTask[] = [];

  constructor(
    @Inject(WORKER_SETTINGS) private readonly settings: AppConfig['worker'],
    private readonly sweeper: DeadlineSweeper,
    private readonly dispatcher: OutboxDispatcher,
  ) {}

  onApplicationBootstrap(): void {
    const { sweeper, outbox } = this.settings;
    this.tasks = [
      new RepeatingTask(
        sweeper.intervalMs,
        async (signal) => {
          const report = await this.sweeper.sweep({
            batchSize: sweeper.batchSize,
            reminderWorkingDays: sweeper.reminderWorkingDays,
            signal,
          });
          // Quiet passes are not logged: at one a minute they would drown everything else.
          if (didSomething(report)) this.logger.log({ ...report }, 'deadline sweep');
        },
        (err) => this.logger.error({ err }, 'deadline sweep failed; next pass at the usual interval'),
      ),
      new RepeatingTask(
        outbox.intervalMs,
        async (signal) => {
          const report = await this.dispatcher.dispatch({
            batchSize: outbox.batchSize,
            retry: { maxAttempts: outbox.maxAttempts },
            signal,
          });
          if (didSomething(report)) this.logger.log({ ...report }, 'outbox dispatch');
        },
        (err) => this.logger.error({ err }, 'outbox dispatch failed; next pass at the usual interval'),
      ),
    ];
    for (const task of this.tasks) task.start();
    this.logger.log(
      {
        sweeperIntervalMs: sweeper.intervalMs,
        reminderWorkingDays: sweeper.reminderWorkingDays,
        outboxIntervalMs: outbox.intervalMs,
        outboxMaxAttempts: outbox.maxAttempts,
      },
      'deadline sweeper and outbox dispatcher started',
    );
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.tasks.map((t) => t.stop()));
    this.tasks = [];
    this.logger.log('deadline sweeper and outbox dispatcher stopped');
  }
}
