import { addDays, type ContentKind, type IsoDate } from '@kntc/domain';
import type { NewPetition, PetitionerInput } from '@kntc/workflow';

/**
 * The language of the demo script: each scenario is the life of one đơn (and of the case it
 * becomes) as a list of dated steps, each taken by a demo account through the same services the
 * API calls. Steps are data, so the script can be checked without a database.
 */

/** A đơn as the desk records it; `receivedAt` is the step's own time. */
export type DemoPetition = Omit<NewPetition, 'receivedAt'>;

/**
 * A command's event. Fields naming an authority (`to`, `lower`) hold a demo authority code; the
 * runner replaces it with the authority's reference.
 */
export type DemoEvent = { type: string } & Record<string, unknown>;

/** Event fields that hold an authority code in the script and an AuthorityRef in the command. */
export const AUTHORITY_FIELDS = ['to', 'lower'] as const;

export type DemoAction =
  | { kind: 'intake'; petition: DemoPetition }
  | { kind: 'petition'; event: DemoEvent }
  | { kind: 'case'; event: DemoEvent };

export interface DemoStep {
  /** Working days before the day the demo is loaded (1 = the previous working day). */
  day: number;
  /** Time of day in Vietnam, HH:MM. */
  time: string;
  /** Username of the demo account that takes the step. */
  by: string;
  action: DemoAction;
}

export interface DemoScenario {
  title: string;
  steps: DemoStep[];
}

/** `on(12, '08:30', 'tiepdan.anlac').intake({...})`: a step, read like a line of a register. */
export function on(day: number, time: string, by: string) {
  return {
    intake: (petition: DemoPetition): DemoStep => ({ day, time, by, action: { kind: 'intake', petition } }),
    petition: (event: DemoEvent): DemoStep => ({ day, time, by, action: { kind: 'petition', event } }),
    case: (event: DemoEvent): DemoStep => ({ day, time, by, action: { kind: 'case', event } }),
  };
}

/** Phân loại đơn: eligible, one signatory, no originals unless said otherwise. */
export function classify(
  contentKind: ContentKind,
  options: { withinCompetence: boolean } & Partial<Record<string, unknown>>,
): DemoEvent {
  return { type: 'classify', contentKind, eligible: true, signatories: 1, originalsAttached: false, ...options };
}

/** A person who signed the đơn. Every person in the demo is invented. */
export function signatory(fullName: string, address: string, idNumber?: string, phone?: string): PetitionerInput {
  return {
    role: 'signatory',
    kind: 'individual',
    identity: { fullName, address, ...(idNumber ? { idNumber } : {}), ...(phone ? { phone } : {}) },
  };
}

/** A đơn nobody signed (nặc danh). */
export const anonymous: PetitionerInput = { role: 'signatory', kind: 'individual', anonymous: true };

/** Problems with the script itself (a programming error, caught by its unit test). */
export class DemoScriptError extends Error {
  override name = 'DemoScriptError';
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Every mistake the script can make that the database would only reveal half-way through. */
export function scriptProblems(
  scenarios: readonly DemoScenario[],
  known: { usernames: readonly string[]; authorityCodes: readonly string[] },
): string[] {
  const problems: string[] = [];
  scenarios.forEach((s) => {
    if (s.steps.length === 0 || s.steps[0].action.kind !== 'intake') {
      problems.push(`"${s.title}": the first step must record the đơn`);
    }
    s.steps.forEach((step, i) => {
      const where = `"${s.title}" step ${i + 1}`;
      if (!Number.isInteger(step.day) || step.day < 1) problems.push(`${where}: day must be a whole number ≥ 1`);
      if (!TIME.test(step.time)) problems.push(`${where}: time must be HH:MM`);
      if (!known.usernames.includes(step.by)) problems.push(`${where}: unknown account ${step.by}`);
      if (i > 0 && step.action.kind === 'intake') problems.push(`${where}: one đơn per scenario`);
      const previous = s.steps[i - 1];
      if (previous && (step.day > previous.day || (step.day === previous.day && step.time < previous.time))) {
        problems.push(`${where}: goes back in time`);
      }
      if (step.action.kind !== 'intake') {
        const event = step.action.event;
        for (const field of AUTHORITY_FIELDS) {
          const code = event[field];
          if (code !== undefined && (typeof code !== 'string' || !known.authorityCodes.includes(code))) {
            problems.push(`${where}: ${field} must be a demo authority code`);
          }
        }
      }
    });
  });
  return problems;
}

/** Calendar facts the schedule needs: which days are working days (weekends, Tết, …). */
export interface WorkingDays {
  isWorkingDay(date: IsoDate): boolean;
}

export interface ScheduledStep {
  at: Date;
  scenario: DemoScenario;
  /** 1-based, for messages. */
  stepNumber: number;
  step: DemoStep;
}

/**
 * The script as one timeline: every step at its instant, earliest first (ties keep script order),
 * so reference numbers follow the dates and the clock only moves forward while the demo is written.
 */
export function scheduleScript(scenarios: readonly DemoScenario[], dayOf: (day: number) => IsoDate): ScheduledStep[] {
  const steps = scenarios.flatMap((scenario, s) =>
    scenario.steps.map((step, i) => ({
      at: vietnamInstant(dayOf(step.day), step.time),
      scenario,
      stepNumber: i + 1,
      order: s * 1000 + i,
      step,
    })),
  );
  steps.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
  return steps.map(({ order: _order, ...rest }) => rest);
}

/** The n-th working day before `today` (n ≥ 1). */
export function workingDayBefore(calendar: WorkingDays, today: IsoDate, n: number): IsoDate {
  let date = today;
  for (let counted = 0; counted < n;) {
    date = addDays(date, -1);
    if (calendar.isWorkingDay(date)) counted++;
  }
  return date;
}

/** `date` at `time` (HH:MM) in Vietnam (UTC+7, no daylight saving). */
export function vietnamInstant(date: IsoDate, time: string): Date {
  return new Date(`${date}T${time}:00+07:00`);
}
