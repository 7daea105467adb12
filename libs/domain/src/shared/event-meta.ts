import type { Actor } from './actor';
import type { IsoDateTime } from './iso-date';
import type { RuleSetId } from '../rules/rule-set.types';

/**
 * Every event sent to a machine carries this. Time and the actor arrive on the event so that
 * a transition is deterministic and can be replayed; `ruleSetId` is chosen by the engine
 * (libs/domain/src/engine) from the case's dates and the transitional provisions, and is
 * recorded with the event.
 */
export interface EventMeta {
  at: IsoDateTime;
  actor: Actor;
  ruleSetId: RuleSetId;
}

/** Shape of every machine event: `{ type, meta, ...payload }`. */
export interface DomainEventBase<TType extends string = string> {
  type: TType;
  meta: EventMeta;
}
