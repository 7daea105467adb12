import { ruleSetInForceOn } from '../rules/select-rule-set';
import type { RuleSetId } from '../rules/rule-set.types';
import type { IsoDate } from '../shared/iso-date';
import type { StoredSnapshot } from './stream-types';

/**
 * The rule set recorded on an event: the law in force on the event's date. Periods already
 * running keep the rule set they were started under (it is on each clock), so a case accepted
 * before a change keeps its old resolution period while new procedural rules (e.g. suspension
 * from 2026-07-01 for cases without a decision, ND155/2026 Art. 22.1) apply to its new steps.
 */
export function ruleSetForEvent(_stored: StoredSnapshot, _eventType: string, eventDate: IsoDate): RuleSetId {
  return ruleSetInForceOn(eventDate).id;
}
