export {
  feedbackMachine,
  FEEDBACK_MACHINE_ID,
  FEEDBACK_MACHINE_VERSION,
  type FeedbackMachine,
  type FeedbackStateValue,
} from './feedback.machine';
export { FEEDBACK_GUARD_EXPLANATIONS, type FeedbackGuardName } from './feedback.policies';
export { FEEDBACK_CLOCKS, FEEDBACK_EVENT_TYPES, FEEDBACK_OUTCOMES, FEEDBACK_OUTCOME_LABELS } from './feedback.types';
export type * from './feedback.types';
