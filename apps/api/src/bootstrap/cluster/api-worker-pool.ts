import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '@kntc/config';
import { RestartBudget } from './restart-budget';
import { isWorkerReport, type WorkerReport } from './worker-handoff';

export interface PoolEvents {
  /** Every slot has listened once: the API is up (called once). */
  onAllListening(url: string): void;
  /** The pool cannot go on: a worker could not start, or workers keep dying. */
  onFatal(message: string, duringStartup: boolean): void;
}

/**
 * The primary's side of the API workers: forks one per slot, restarts a worker that dies (it
 * keeps its slot, so slot 1 keeps the background loops), and stops them all on request.
 */
export class ApiWorkerPool {
  private readonly workers = new Map<number, Worker>();
  private readonly listenedOnce = new Set<number>();
  private readonly startupFailures = new Map<Worker, string>();
  private stopping?: { done: () => void; clean: boolean };

  constructor(
    private readonly size: number,
    private readonly environmentOf: (slot: number) => Record<string, string>,
    private readonly logger: Logger,
    private readonly events: PoolEvents,
    private readonly budget = new RestartBudget(),
  ) {}

  start(): void {
    // Round-robin by the primary; the kernel's own spread piles connections onto one or two workers.
    cluster.schedulingPolicy = cluster.SCHED_RR;
    for (let slot = 1; slot <= this.size; slot++) this.fork(slot);
  }

  /** SIGTERM to every worker (each drains its requests); resolves true if all exited with 0. */
  stop(): Promise<boolean> {
    if (this.stopping) return Promise.resolve(false);
    return new Promise((resolve) => {
      const state = { clean: true, done: () => resolve(state.clean) };
      this.stopping = state;
      if (this.workers.size === 0) return state.done();
      for (const worker of this.workers.values()) worker.process.kill('SIGTERM');
    });
  }

  /** Last resort when the shutdown timeout passes. */
  kill(): void {
    for (const worker of this.workers.values()) worker.process.kill('SIGKILL');
  }

  private fork(slot: number): void {
    const worker = cluster.fork(this.environmentOf(slot));
    this.workers.set(slot, worker);
    worker.on('message', (message: unknown) => {
      if (isWorkerReport(message)) this.onReport(slot, worker, message);
    });
    worker.on('error', (err: Error) => this.logger.warn({ err, worker: slot }, 'API worker channel error'));
    worker.on('exit', (code, signal) => this.onExit(slot, worker, code, signal));
  }

  private onReport(slot: number, worker: Worker, report: WorkerReport): void {
    if (report.kind === 'startup-failed') {
      this.startupFailures.set(worker, report.message);
      return;
    }
    this.logger.info({ worker: slot, workerPid: worker.process.pid, url: report.url }, 'API worker listening');
    if (this.listenedOnce.size === this.size) return;
    this.listenedOnce.add(slot);
    if (this.listenedOnce.size === this.size && !this.stopping) this.events.onAllListening(report.url);
  }

  private onExit(slot: number, worker: Worker, code: number | null, signal: string | null): void {
    if (this.workers.get(slot) === worker) this.workers.delete(slot);
    const failure = this.startupFailures.get(worker);
    this.startupFailures.delete(worker);
    if (this.stopping) {
      // Killed by our SIGTERM before its handler was installed: it was still starting, with no request in hand.
      if (code !== 0 && signal !== 'SIGTERM') this.stopping.clean = false;
      if (this.workers.size === 0) this.stopping.done();
      return;
    }
    const starting = this.listenedOnce.size < this.size;
    // A worker that cannot start on first boot (port taken, database refusing) will not do better the next time.
    if (failure && starting) return this.events.onFatal(failure, true);
    const restart = this.budget.allowsRestartAfterDeathAt(Date.now());
    this.logger.error(
      { worker: slot, workerPid: worker.process.pid, code, signal, reason: failure },
      restart ? 'API worker died; starting another' : 'API worker died',
    );
    if (!restart) {
      const last = failure ?? (signal ? `killed by ${signal}` : `exit code ${code}`);
      return this.events.onFatal(
        `API workers died ${this.budget.describe()} (last: ${last}). Stopping the API; see the log lines above.`,
        starting,
      );
    }
    this.fork(slot);
  }
}
