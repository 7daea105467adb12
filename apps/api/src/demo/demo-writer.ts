import type { INestApplication } from '@nestjs/common';
import { AuthorityDirectory } from '@kntc/access';
import { DomainError, VersionConflictError, vietnamDateOf, type Actor, type AuthorityRef } from '@kntc/domain';
import {
  CalendarService,
  CaseCommandsService,
  ClockService,
  DeadlineSweeper,
  OutboxDispatcher,
  PetitionCommandsService,
  PetitionIntakeService,
} from '@kntc/workflow';
import { withClockAt } from './demo-clock';
import type { DemoDataRepository } from './demo-data.repository';
import {
  AUTHORITY_FIELDS,
  DemoScriptError,
  scheduleScript,
  scriptProblems,
  workingDayBefore,
  type DemoEvent,
  type DemoScenario,
  type ScheduledStep,
} from './demo-script';

/** What each scenario has written so far: its đơn and, once accepted, its case. */
interface ScenarioFile {
  petitionId?: string;
  caseId?: string;
}

/**
 * Writes the demo script step by step, on the application's clock set to each step's time, through
 * the services the API's controllers call (intake, đơn commands, case commands) and with the
 * deadline sweeper run once a day, as the worker would have.
 */
export class DemoWriter {
  private readonly refs = new Map<string, AuthorityRef>();
  private readonly clock: ClockService;
  private readonly calendars: CalendarService;
  private readonly sweeper: DeadlineSweeper;
  private readonly outbox: OutboxDispatcher;
  private readonly intake: PetitionIntakeService;
  private readonly petitions: PetitionCommandsService;
  private readonly cases: CaseCommandsService;
  private readonly directory: AuthorityDirectory;

  constructor(
    app: INestApplication,
    private readonly repository: DemoDataRepository,
    /** Demo authority ids by code. */
    private readonly ids: Map<string, string>,
    /** The demo accounts as actors, by username. */
    private readonly actors: Map<string, Actor>,
  ) {
    this.clock = app.get(ClockService);
    this.calendars = app.get(CalendarService);
    this.sweeper = app.get(DeadlineSweeper);
    this.outbox = app.get(OutboxDispatcher);
    this.intake = app.get(PetitionIntakeService);
    this.petitions = app.get(PetitionCommandsService);
    this.cases = app.get(CaseCommandsService);
    this.directory = app.get(AuthorityDirectory);
  }

  async writeScenarios(
    scenarios: readonly DemoScenario[],
  ): Promise<{ petitions: number; cases: number; steps: number }> {
    const problems = scriptProblems(scenarios, {
      usernames: [...this.actors.keys()],
      authorityCodes: [...this.ids.keys()],
    });
    if (problems.length > 0) throw new DemoScriptError(problems.join('; '));
    const calendar = await this.calendars.calendar();
    const today = vietnamDateOf(this.clock.now().toISOString());
    const timeline = scheduleScript(scenarios, (day) => workingDayBefore(calendar, today, day));
    const files = new Map<DemoScenario, ScenarioFile>(scenarios.map((s) => [s, {}]));
    await withClockAt(this.clock, async (travelTo) => {
      let sweptOn = '';
      for (const scheduled of timeline) {
        travelTo(scheduled.at);
        const day = vietnamDateOf(scheduled.at.toISOString());
        // What the deadline worker would have done by this morning: expiries, finality, reminders.
        if (day !== sweptOn) {
          await this.sweeper.sweep();
          sweptOn = day;
        }
        await this.write(scheduled, files.get(scheduled.scenario)!);
      }
    });
    // Back to the real today: periods that ran out since the last step are recorded now.
    await this.sweeper.sweep();
    // The notices of those months are delivered now, so their log lines come before the banner.
    await this.outbox.dispatch({ batchSize: 100 });
    const all = [...files.values()];
    return {
      petitions: all.filter((f) => f.petitionId).length,
      cases: all.filter((f) => f.caseId).length,
      steps: timeline.length,
    };
  }

  private async write(scheduled: ScheduledStep, file: ScenarioFile): Promise<void> {
    const { step } = scheduled;
    const actor = this.actors.get(step.by)!;
    try {
      switch (step.action.kind) {
        case 'intake': {
          const received = await this.intake.receive(actor, {
            ...step.action.petition,
            receivedAt: scheduled.at.toISOString(),
          });
          file.petitionId = received.body.id;
          return;
        }
        case 'petition': {
          const petitionId = required(file.petitionId, 'đơn');
          const event = await this.resolved(step.action.event);
          await this.retryOnConflict('petition', petitionId, (expectedVersion) =>
            this.petitions.send({ actor, petitionId, expectedVersion, event }),
          );
          if (event.type === 'accept') file.caseId = await this.repository.caseOpenedFrom(petitionId);
          return;
        }
        case 'case': {
          const caseId = required(file.caseId, 'case');
          const event = await this.resolved(step.action.event);
          await this.retryOnConflict('case', caseId, (expectedVersion) =>
            this.cases.send({ actor, caseId, expectedVersion, event }),
          );
          return;
        }
      }
    } catch (error) {
      throw new Error(`scenario "${scheduled.scenario.title}", step ${scheduled.stepNumber}: ${explain(error)}`, {
        cause: error,
      });
    }
  }

  /**
   * Sends with the stream's current version. Only the deadline sweeper writes besides the demo,
   * and its events (an expiry) never undo a step, so a conflict is simply retried once.
   */
  private async retryOnConflict(
    streamType: 'petition' | 'case',
    id: string,
    send: (expectedVersion: number) => Promise<unknown>,
  ): Promise<void> {
    try {
      await send(await this.repository.currentVersion(streamType, id));
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      await send(await this.repository.currentVersion(streamType, id));
    }
  }

  /** The event with demo authority codes replaced by the authorities' references. */
  private async resolved(event: DemoEvent): Promise<DemoEvent> {
    const out: DemoEvent = { ...event };
    for (const field of AUTHORITY_FIELDS) {
      const code = event[field];
      if (typeof code === 'string') out[field] = await this.refOf(code);
    }
    return out;
  }

  private async refOf(code: string): Promise<AuthorityRef> {
    let ref = this.refs.get(code);
    if (!ref) {
      ref = await this.directory.refOf(this.ids.get(code)!);
      this.refs.set(code, ref);
    }
    return ref;
  }
}

function required(id: string | undefined, what: string): string {
  if (!id) throw new DemoScriptError(`no ${what} yet in this scenario`);
  return id;
}

function explain(error: unknown): string {
  if (error instanceof DomainError) {
    const details = error.details.map((d) => d.message).join(' ');
    return `${error.code}: ${error.message}${details ? ` ${details}` : ''}`;
  }
  return error instanceof Error ? error.message : String(error);
}
