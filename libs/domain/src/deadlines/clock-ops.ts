import type { IsoDate } from '../shared/iso-date';
import type { ClockVariant, RuleSetId, TimeLimitKey } from '../rules/rule-set.types';
import type { Clock, Clocks } from './clock';

/** Pure helpers the machines use inside `assign` to keep `context.clocks` up to date. */

export function startClock(
  clocks: Clocks,
  name: string,
  start: { rule: TimeLimitKey; ruleSetId: RuleSetId; variant?: ClockVariant; on: IsoDate; event: string },
): Clocks {
  const clock: Clock = {
    rule: start.rule,
    ruleSetId: start.ruleSetId,
    variant: start.variant ?? 'base',
    startedOn: start.on,
    startEvent: start.event,
    pauses: [],
    extensions: [],
  };
  return { ...clocks, [name]: clock };
}

export function stopClock(clocks: Clocks, name: string, on: IsoDate): Clocks {
  const clock = clocks[name];
  if (!clock || clock.stoppedOn) return clocks;
  return { ...clocks, [name]: { ...clock, stoppedOn: on } };
}

export const isRunning = (clock: Clock | undefined): boolean => !!clock && !clock.stoppedOn;
export const isPaused = (clock: Clock | undefined): boolean => !!clock && clock.pauses.some((p) => !p.to);

/** Pauses every running clock (a suspension stops all the case's periods). */
export function pauseClocks(clocks: Clocks, on: IsoDate, reason: string): Clocks {
  return Object.fromEntries(
    Object.entries(clocks).map(([name, c]) => [
      name,
      isRunning(c) && !isPaused(c) ? { ...c, pauses: [...c.pauses, { from: on, reason }] } : c,
    ]),
  );
}

export function resumeClocks(clocks: Clocks, on: IsoDate): Clocks {
  return Object.fromEntries(
    Object.entries(clocks).map(([name, c]) => [
      name,
      isPaused(c) ? { ...c, pauses: c.pauses.map((p) => (p.to ? p : { ...p, to: on })) } : c,
    ]),
  );
}

export function extendClock(
  clocks: Clocks,
  name: string,
  extension: { on: IsoDate; rule: TimeLimitKey; ruleSetId: RuleSetId; reason: string },
): Clocks {
  const clock = clocks[name];
  if (!clock) return clocks;
  return { ...clocks, [name]: { ...clock, extensions: [...clock.extensions, extension] } };
}

export function markExpired(clocks: Clocks, name: string, on: IsoDate): Clocks {
  const clock = clocks[name];
  if (!clock || clock.expiredOn) return clocks;
  return { ...clocks, [name]: { ...clock, expiredOn: on } };
}

export function setVariant(clocks: Clocks, name: string, variant: ClockVariant): Clocks {
  const clock = clocks[name];
  if (!clock) return clocks;
  return { ...clocks, [name]: { ...clock, variant } };
}
