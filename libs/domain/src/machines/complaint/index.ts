export { complaintMachine, COMPLAINT_MACHINE_ID, COMPLAINT_MACHINE_VERSION } from './complaint.machine';
export {
  COMPLAINT_GUARD_EXPLANATIONS,
  complaintInputProblems,
  isCompetentForRound2,
  type ComplaintGuardName,
} from './complaint.policies';
export {
  COMPLAINT_CLOCKS,
  COMPLAINT_EVENT_TYPES,
  COMPLAINT_REFUSAL_GROUNDS,
  COMPLAINT_REFUSAL_GROUND_LABELS,
  COMPLAINT_SUSPENSION_GROUNDS,
  COMPLAINT_SUSPENSION_GROUND_LABELS,
  COMPLAINT_TERMINATION_GROUND_LABELS,
  COMPLEXITY_CRITERIA,
  SUSPENDABLE_STATES,
} from './complaint.types';
export type * from './complaint.types';
