import {
  COMPLAINT_REFUSAL_GROUNDS,
  COMPLAINT_SUSPENSION_GROUNDS,
  type ComplaintEventType,
} from '../machines/complaint';
import { DISMISSAL_REASONS, type PetitionEventType } from '../machines/petition';
import {
  COMPLEXITY_CRITERIA as DENUNCIATION_COMPLEXITY_CRITERIA,
  CONCLUSIONS,
  HANDLING_MEASURES,
  REFUSAL_REASONS,
  RE_RESOLUTION_GROUNDS,
  SUSPENSION_GROUNDS,
  TAKE_OVER_GROUNDS,
  TERMINATION_GROUNDS,
  WITHDRAWAL_CONTINUE_GROUNDS,
  type DenunciationEvent,
} from '../machines/denunciation';
import type { FeedbackEvent } from '../machines/feedback';
import type { VisitEvent } from '../machines/visit';
import { RECEPTION_REPLY_KINDS } from '../reception/visit-kinds';
import { COMPLAINT_TERMINATION_GROUNDS, RECEPTION_REFUSAL_GROUNDS } from '../rules/rule-set.types';
import type { AuthorityLevel, AuthorityRef } from '../shared/authority';

/**
 * To say which commands an officer can send *now*, the engine tries each command with sample
 * payloads (a guard may depend on a ground or an outcome): a command is available when some
 * lawful payload passes. Commands without samples are tried with no payload.
 */
type Payload = Record<string, unknown>;
/** Sample payloads per command; a function builds them from the current context (e.g. a target authority). */
export type CommandSamples = Partial<Record<string, readonly Payload[] | ((context: Payload) => readonly Payload[])>>;

/** A stand-in authority for commands that name another authority: the machine checks the relation, not the id. */
const sampleAuthority = (path: string[], level: AuthorityLevel): AuthorityRef => ({
  id: '__sample__',
  level,
  path: [...path, '__sample__'],
  remote: false,
});
const holderOf = (context: Payload) => context.holder as AuthorityRef | undefined;

const OUTCOMES = ['correct', 'partly_correct', 'incorrect'] as const;
const EFFECTS = ['upheld', 'amended', 'annulled'] as const;

export const COMPLAINT_COMMAND_SAMPLES: Partial<Record<ComplaintEventType, readonly Payload[]>> = {
  assignHandler: [{ handlerId: '__sample__' }],
  refuse: COMPLAINT_REFUSAL_GROUNDS.map((ground) => ({ ground })),
  decideNow: [{ outcome: 'correct' }],
  completeVerification: OUTCOMES.flatMap((finding) => [
    { finding, differsFromRequest: false },
    { finding, differsFromRequest: true },
  ]),
  holdDialogue: [{ attended: true }, { attended: false }, { attended: false, validAbsenceReason: 'ốm đau' }],
  decide: OUTCOMES.flatMap((outcome) => [
    { outcome },
    ...EFFECTS.map((effectOnRound1) => ({ outcome, effectOnRound1 })),
  ]),
  suspend: COMPLAINT_SUSPENSION_GROUNDS.map((ground) => ({ ground })),
  terminate: COMPLAINT_TERMINATION_GROUNDS.map((ground) => ({ ground })),
  withdraw: [{ scope: 'all' }, { scope: 'part' }, { scope: 'part', complainants: 1 }],
  setComplexity: [
    { complexity: 'complex', reason: 'mẫu' },
    { complexity: 'normal', reason: 'mẫu' },
  ],
};

const CLASSIFICATIONS: readonly Payload[] = (['complaint', 'denunciation', 'feedback', 'mixed'] as const).flatMap(
  (contentKind) => [
    { contentKind, eligible: true, withinCompetence: true, signatories: 1, originalsAttached: false },
    { contentKind, eligible: true, withinCompetence: false, signatories: 1, originalsAttached: false },
  ],
);

export const PETITION_COMMAND_SAMPLES: Partial<Record<PetitionEventType, CommandSamples[string]>> = {
  classify: CLASSIFICATIONS,
  forward: (context) => [
    { to: sampleAuthority([], 'province') },
    { to: sampleAuthority(holderOf(context)?.path.slice(0, -1) ?? [], 'commune') },
  ],
  urge: (context) => [{ lower: sampleAuthority(holderOf(context)?.path ?? [], 'commune') }],
  returnToSender: [{ reason: 'mẫu' }],
  file: (context) => [
    { reason: (context.classification as Payload | undefined)?.ineligibleReason ?? 'missing_identification' },
  ],
  dismiss: DISMISSAL_REASONS.map((reason) => ({ reason })),
  extendInitialCheck: [{ reason: 'mẫu' }],
};

export const FEEDBACK_COMMAND_SAMPLES: Partial<Record<FeedbackEvent['type'], CommandSamples[string]>> = {
  assignHandler: [{ handlerId: '__sample__' }],
  assign: [{ unit: 'mẫu' }],
  reply: [{ summary: 'mẫu' }],
  forward: [{ to: sampleAuthority([], 'province') }],
};

export const DENUNCIATION_COMMAND_SAMPLES: Partial<Record<DenunciationEvent['type'], CommandSamples[string]>> = {
  assignHandler: [{ handlerId: '__sample__' }],
  refuse: REFUSAL_REASONS.map((reason) => ({ reason })),
  forward: [{ to: sampleAuthority([], 'province') }],
  setComplexity: [
    { criteria: [] },
    { criteria: [DENUNCIATION_COMPLEXITY_CRITERIA[0]] },
    { criteria: DENUNCIATION_COMPLEXITY_CRITERIA.slice(0, 2) },
  ],
  extend: [{ reason: 'mẫu' }],
  conclude: CONCLUSIONS.map((outcome) => ({ outcome })),
  suspend: SUSPENSION_GROUNDS.map((ground) => ({ ground })),
  terminate: TERMINATION_GROUNDS.map((ground) => ({ ground })),
  withdraw: [
    { scope: 'all', form: 'letter' },
    { scope: 'part', form: 'letter' },
    ...WITHDRAWAL_CONTINUE_GROUNDS.map((continueBecause) => ({ scope: 'all', form: 'letter', continueBecause })),
  ],
  recordHandling: HANDLING_MEASURES.map((measure) => ({ measures: [measure] })),
  reResolve: RE_RESOLUTION_GROUNDS.map((ground) => ({ ground })),
  redirectCompetence: [{ to: sampleAuthority([], 'province') }],
  takeOver: TAKE_OVER_GROUNDS.map((ground) => ({ ground })),
};

export const VISIT_COMMAND_SAMPLES: Partial<Record<VisitEvent['type'], CommandSamples[string]>> = {
  recordResult: [
    { kind: 'received', petitionIds: ['__sample__'] },
    { kind: 'guided' },
    { kind: 'answered' },
    ...RECEPTION_REFUSAL_GROUNDS.map((ground) => ({ kind: 'refused', ground })),
  ],
  reply: RECEPTION_REPLY_KINDS.map((kind) => ({ kind, form: 'written' })),
  issueRefusalNotice: [{}],
};

/** Sent only by the deadline sweeper, never offered to officers. */
export const SYSTEM_EVENTS: readonly string[] = ['deadlineExpired', 'reassign'];
