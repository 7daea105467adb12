export {
  petitionMachine,
  PETITION_MACHINE_ID,
  PETITION_MACHINE_VERSION,
  type PetitionMachine,
  type PetitionStateValue,
} from './petition.machine';
export {
  PETITION_GUARD_EXPLANATIONS,
  type PetitionGuardName,
  arrivedForwarded,
  caseKindOf,
  effectiveDenunciationForwards,
  hasRepeatedAuthority,
} from './petition.policies';
export {
  COMPETENT_BODY_TYPES,
  COMPETENT_BODY_TYPE_LABELS,
  CUSTODY_VIAS,
  DISMISSAL_REASONS,
  DISMISSAL_REASON_LABELS,
  EXTERNAL_FORWARDING_CHANNELS,
  FORMALITY_REASONS,
  INELIGIBILITY_REASONS,
  INELIGIBILITY_REASON_LABELS,
  PETITION_CHANNELS,
  PETITION_CHANNEL_LABELS,
  PETITION_CLOCKS,
  PETITION_DISPOSITIONS,
  PETITION_DISPOSITION_LABELS,
  PETITION_EVENT_TYPES,
  PETITION_OUTCOMES,
  PETITION_OUTCOME_LABELS,
  PETITION_OUTCOME_OF,
} from './petition.types';
export type * from './petition.types';
