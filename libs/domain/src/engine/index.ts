export {
  openStream,
  applyEvent,
  availableCommands,
  storedStateTitle,
  streamDeadlines,
  topState,
} from './stream-engine';
export { machineFor, currentMachine, registeredMachines, UnknownMachineError } from './machine-registry';
export type { RegisteredMachine } from './machine-registry';
export { TransitionNotAllowedError } from './transition-not-allowed.error';
export { machineToMermaid } from './machine-diagram';
export type { StoredSnapshot, DomainAction, TransitionResult, CommandAvailability } from './stream-types';
export { ruleSetForEvent } from './rule-set-for-event';
export { SYSTEM_EVENTS } from './command-samples';
