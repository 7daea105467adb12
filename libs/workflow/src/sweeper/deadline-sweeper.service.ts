import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  addDays,
  TransitionNotAllowedError,
  VersionConflictError,
  vietnamDateOf,
  type Actor,
  type AuthorityRef,
  type IsoDate,
  type WorkingCalendar,
  endOfVietnamDay,
} from '@kntc/domain';
import { STREAM_TYPES, type StreamType } from '@kntc/persistence';
import { storedSnapshotOf, type StreamRow } from '../streams/stream-row';
import { StreamWriter } from '../streams/stream-writer.service';
import { CalendarService } from '../time/calendar.service';
import { ClockService } from '../time/clock.service';
import { DeadlineSweepRepository, type SweepCandidate, type SweepCursor } from './deadline-sweep.repository';
import { planSweep, reminderDedupeKey, reminderHorizon, type ClockDue, type SweepPlan } from './sweep-plan';

export interface SweepOptions {
  /** Rows read, and at most claimed, per transaction. */
  batchSize?: number;
  /** Remind the holder this many working days ahead; 0 turns reminders off. */
  reminderWorkingDays?: number;
  /** Aborting stops the pass after the batch in hand. */
  signal?: AbortSignal;
}

export interface SweepReport {
  /** `deadlineExpired` events applied. */
  expired: number;
  remindersQueued: number;
  /** Expiries the machine refused in the row's state (recorded, not retried at that version). */
  refused: number;
  /** Someone changed the row between read and write; it is retried on the next pass. */
  conflicts: number;
  /** Rows held by another transaction (an officer's command, another sweeper): next pass. */
  skippedLocked: number;
  /** Unexpected errors, logged; the row is retried on the next pass. */
  failed: number;
}

export const SWEEP_DEFAULTS = { batchSize: 50, reminderWorkingDays: 2 } as const;

/** Far more than any machine has clocks: a guard against a machine that never records an expiry. */
const MAX_EXPIRIES_PER_ROW = 20;

/**
 * Refusals of rows that never come back (closed since) are never cleaned up one by one; past this
 * many the memory is simply cleared, and a refusal still standing is found and logged once more.
 */
const MAX_REMEMBERED_REFUSALS = 10_000;

/** Marks the events of the sweeper in domain_event.request_id. */
const REQUEST_ID = 'deadline-sweeper';

interface PassContext {
  calendar: WorkingCalendar;
  today: IsoDate;
  remindUntil: IsoDate | null;
  report: SweepReport;
}

type ExpiryOutcome = 'applied' | 'refused' | 'conflict' | 'failed';

/**
 * Turns the passing of time into events. A pass reads the petitions and cases whose earliest
 * running due date has passed or is near (next_due_on), and for each clock past its due date
 * whose expiry is not recorded sends `deadlineExpired` through the write path as the system,
 * on behalf of the holder; for each clock due within the reminder horizon it queues one
 * reminder for the holder.
 *
 * Several sweepers (worker instances, or the API's in-process one) can run at once: rows are
 * claimed with SKIP LOCKED and re-planned under the lock, so a clock's expiry is applied once.
 */
@Injectable()
export class DeadlineSweeper {
  private readonly logger = new Logger('DeadlineSweeper');
  /** `<stream>:<id>:<clock>` → the row version at which the machine refused that clock's expiry. */
  private readonly refusals = new Map<string, number>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: DeadlineSweepRepository,
    private readonly writer: StreamWriter,
    private readonly calendars: CalendarService,
    private readonly clock: ClockService,
  ) {}

  async sweep(options: SweepOptions = {}): Promise<SweepReport> {
    const batchSize = options.batchSize ?? SWEEP_DEFAULTS.batchSize;
    const today = vietnamDateOf(this.clock.now().toISOString());
    const calendar = await this.calendars.calendar();
    const remindUntil = reminderHorizon(
      calendar,
      today,
      options.reminderWorkingDays ?? SWEEP_DEFAULTS.reminderWorkingDays,
    );
    const pass: PassContext = {
      calendar,
      today,
      remindUntil,
      report: { expired: 0, remindersQueued: 0, refused: 0, conflicts: 0, skippedLocked: 0, failed: 0 },
    };
    // Rows due before today need an expiry; those due up to the horizon may need a reminder.
    const dueBy = remindUntil ?? addDays(today, -1);
    for (const streamType of STREAM_TYPES) {
      let cursor: SweepCursor | undefined;
      for (;;) {
        if (options.signal?.aborted) return pass.report;
        const page = await this.repository.readCandidates(streamType, dueBy, cursor, batchSize);
        if (page.length === 0) break;
        const last = page[page.length - 1];
        cursor = { nextDueOn: last.nextDueOn, id: last.id };
        await this.sweepPage(streamType, page, pass);
        if (page.length < batchSize) break;
      }
    }
    return pass.report;
  }

  /** Plans every row of the page without locks, then claims and works on those with work, in one transaction. */
  private async sweepPage(streamType: StreamType, page: SweepCandidate[], pass: PassContext): Promise<void> {
    const plans = page.flatMap((row) => {
      const plan = this.planOrReport(row, pass);
      return plan ? [{ row, plan }] : [];
    });
    const queued = await this.repository.queuedDedupeKeys(
      plans.flatMap(({ row, plan }) => plan.remind.map((r) => this.dedupeKey(row, r))),
    );
    const withWork = plans
      .filter(({ row, plan }) => plan.expire.length > 0 || plan.remind.some((r) => !queued.has(this.dedupeKey(row, r))))
      .map(({ row }) => row.id);
    if (withWork.length === 0) return;
    await this.dataSource.transaction(async (em) => {
      const claimed = await this.repository.claim(em, streamType, withWork);
      pass.report.skippedLocked += withWork.length - claimed.length;
      for (const row of claimed) {
        try {
          // A savepoint per row: whatever goes wrong with one row leaves the others' work in place.
          await em.transaction((tx) => this.sweepRow(tx, row, pass));
        } catch (error) {
          this.reportFailure(row, error, pass);
        }
      }
    });
  }

  /** A row whose snapshot cannot be planned (corrupt, unknown rule) must not stop the pass for the others. */
  private planOrReport(row: StreamRow, pass: PassContext): SweepPlan | undefined {
    try {
      return this.plan(row, pass);
    } catch (error) {
      this.reportFailure(row, error, pass);
      return undefined;
    }
  }

  private reportFailure(row: StreamRow, error: unknown, pass: PassContext): void {
    pass.report.failed++;
    this.logger.error(
      { streamType: row.streamType, streamId: row.id, version: row.version, err: error },
      'sweeping a row failed; retried next pass',
    );
  }

  /**
   * Works on a claimed row. It is planned again from the row as locked: an officer may have acted
   * since the page was read. Each expiry is applied in a savepoint, and the row re-read after it,
   * because one expiry can change the others (a final decision stops the appeal window).
   */
  private async sweepRow(em: EntityManager, claimed: StreamRow, pass: PassContext): Promise<void> {
    let row = claimed;
    for (let applied = 0; applied < MAX_EXPIRIES_PER_ROW; applied++) {
      const next = this.plan(row, pass).expire[0];
      if (!next) break;
      const outcome = await this.expire(em, row, next, pass);
      if (outcome === 'refused') continue; // now in `refusals`: the plan moves on to the next clock
      if (outcome !== 'applied') return;
      const reloaded = await this.repository.reload(em, row.streamType, row.id);
      if (!reloaded) return;
      row = reloaded;
    }
    for (const due of this.plan(row, pass).remind) await this.remind(em, row, due, pass);
  }

  /** Queues the holder's reminder for this clock and due date, unless it already was. */
  private async remind(em: EntityManager, row: StreamRow, due: ClockDue, pass: PassContext): Promise<void> {
    try {
      const queued = await em.transaction((tx) =>
        this.repository.queueReminderOnce(tx, {
          streamType: row.streamType,
          streamId: row.id,
          version: row.version,
          dedupeKey: this.dedupeKey(row, due),
          payload: {
            recipient: 'holder',
            template: `${row.machineId}.deadlineApproaching`,
            clock: due.clock,
            rule: due.rule,
            dueDate: due.dueDate,
          },
          at: this.clock.now(),
        }),
      );
      if (queued) pass.report.remindersQueued++;
    } catch (error) {
      pass.report.failed++;
      this.logger.error(
        { streamType: row.streamType, streamId: row.id, clock: due.clock, dueDate: due.dueDate, err: error },
        'queueing a deadline reminder failed; retried next pass',
      );
    }
  }

  private async expire(em: EntityManager, row: StreamRow, due: ClockDue, pass: PassContext): Promise<ExpiryOutcome> {
    const where = { streamType: row.streamType, streamId: row.id, clock: due.clock, dueDate: due.dueDate };
    try {
      // A savepoint: a failure undoes this event only, not the rest of the batch.
      await em.transaction((tx) =>
        this.writer.apply(
          {
            streamType: row.streamType,
            id: row.id,
            expectedVersion: row.version,
            actor: systemActorFor(row),
            event: { type: 'deadlineExpired', clock: due.clock },
            // A period ends at 24:00 of its due date (BLDS Art. 148): that is when it expired.
            occurredAt: new Date(Date.parse(endOfVietnamDay(due.dueDate)) + 1),
            requestId: REQUEST_ID,
          },
          tx,
        ),
      );
      pass.report.expired++;
      this.logger.log({ ...where, version: row.version + 1 }, 'deadline expiry recorded');
      return 'applied';
    } catch (error) {
      if (error instanceof VersionConflictError) {
        pass.report.conflicts++;
        this.logger.debug({ ...where, version: row.version }, 'row changed under the sweeper; retried next pass');
        return 'conflict';
      }
      if (error instanceof TransitionNotAllowedError) {
        // The machine does not take this expiry in its state: do not send it again until the row changes.
        if (this.refusals.size >= MAX_REMEMBERED_REFUSALS) this.refusals.clear();
        this.refusals.set(refusalKey(row, due.clock), row.version);
        pass.report.refused++;
        this.logger.warn(
          { ...where, version: row.version, state: error.meta.state, code: error.code },
          'machine refused a deadline expiry; skipped until the row changes',
        );
        return 'refused';
      }
      pass.report.failed++;
      this.logger.error({ ...where, version: row.version, err: error }, 'deadline expiry failed; retried next pass');
      return 'failed';
    }
  }

  private plan(row: StreamRow, pass: PassContext): SweepPlan {
    return planSweep(storedSnapshotOf(row), {
      calendar: pass.calendar,
      today: pass.today,
      remindUntil: pass.remindUntil,
      refused: this.refusedClocks(row),
    });
  }

  /** Refusals recorded at the row's current version; older ones are forgotten. */
  private refusedClocks(row: StreamRow): Set<string> {
    const refused = new Set<string>();
    const clocks = Object.keys((row.snapshot.context as { clocks?: object }).clocks ?? {});
    for (const clock of clocks) {
      const key = refusalKey(row, clock);
      const version = this.refusals.get(key);
      if (version === undefined) continue;
      if (version === row.version) refused.add(clock);
      else this.refusals.delete(key);
    }
    return refused;
  }

  private dedupeKey(row: StreamRow, due: ClockDue): string {
    return reminderDedupeKey(row.streamType, row.id, due.clock, due.dueDate);
  }
}

const refusalKey = (row: StreamRow, clock: string) => `${row.streamType}:${row.id}:${clock}`;

/** The sweeper acts as the system, on behalf of the authority holding the file. */
function systemActorFor(row: StreamRow): Actor {
  const holder = (row.snapshot.context as { holder?: AuthorityRef }).holder;
  if (!holder) throw new Error(`${row.streamType} ${row.id} has no holder in its snapshot`);
  return { userId: 'system', role: 'system', authority: holder };
}
