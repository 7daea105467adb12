import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { DOMAIN_ACTION_TYPES } from '../../shared/domain-actions';
import { petitionMachine } from '../petition.machine';
import type { PetitionEvent, PetitionInput, PetitionSideEffect } from '../petition.types';

export type PetitionSnapshot = SnapshotFrom<typeof petitionMachine>;

/** The domain side effects a transition returned, as plain `{ type, params }`. */
export function sideEffectsOf(actions: readonly { type: string; params?: unknown }[]): PetitionSideEffect[] {
  return actions
    .filter((a) => (DOMAIN_ACTION_TYPES as readonly string[]).includes(a.type))
    .map((a) => ({ type: a.type, params: a.params }) as PetitionSideEffect);
}

/** One readable line per side effect, for table assertions. */
export function describeEffect(effect: PetitionSideEffect): string {
  switch (effect.type) {
    case 'notify':
      return `notify ${effect.params.recipient} ${effect.params.template}${effect.params.within ? ` @${effect.params.within}` : ''}`;
    case 'openCase':
      return `openCase ${effect.params.kind}`;
    case 'handOver':
      return `handOver ${effect.params.from.id}->${effect.params.to.id}`;
    case 'remind':
      return effect.params.recipient === 'holder'
        ? `remind holder ${effect.params.template} ${effect.params.clock}`
        : `remind ${effect.params.authority.id} ${effect.params.template}`;
  }
}

export const start = (input: PetitionInput): PetitionSnapshot => initialTransition(petitionMachine, input)[0];

export function step(snapshot: PetitionSnapshot, event: PetitionEvent): { next: PetitionSnapshot; effects: string[] } {
  const [next, actions] = transition(petitionMachine, snapshot, event);
  return { next, effects: sideEffectsOf(actions).map(describeEffect) };
}

/** Applies the events in order; every one must be accepted (the snapshot must change). */
export function run(snapshot: PetitionSnapshot, ...events: PetitionEvent[]): PetitionSnapshot {
  return events.reduce((s, e) => {
    const { next } = step(s, e);
    if (next === s) throw new Error(`event ${e.type} was refused in state ${String(s.value)}`);
    return next;
  }, snapshot);
}
