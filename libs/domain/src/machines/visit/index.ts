export {
  visitMachine,
  VISIT_MACHINE_ID,
  VISIT_MACHINE_VERSION,
  type VisitMachine,
  type VisitStateValue,
} from './visit.machine';
export { VISIT_GUARD_EXPLANATIONS, visitRuleSetId, type VisitGuardName } from './visit.policies';
export { VISIT_CLOCKS, VISIT_EVENT_TYPES, VISIT_OUTCOMES } from './visit.types';
export type * from './visit.types';
