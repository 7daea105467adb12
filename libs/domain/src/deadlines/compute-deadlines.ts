import type { Clocks } from './clock';
import { computeDeadline } from './compute-deadline';
import type { Deadline, DeadlineOptions } from './deadline.types';

/** The deadline of every clock of a case, by clock name. */
export function computeDeadlines(clocks: Clocks, options: DeadlineOptions): Record<string, Deadline> {
  return Object.fromEntries(Object.entries(clocks).map(([name, clock]) => [name, computeDeadline(clock, options)]));
}
