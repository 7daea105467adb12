import type { AnyStateMachine } from 'xstate';
import { complaintMachine, COMPLAINT_EVENT_TYPES, COMPLAINT_GUARD_EXPLANATIONS } from '../machines/complaint';
import {
  denunciationMachine,
  DENUNCIATION_EVENT_TYPES,
  DENUNCIATION_GUARD_EXPLANATIONS,
} from '../machines/denunciation';
import { feedbackMachine, FEEDBACK_EVENT_TYPES, FEEDBACK_GUARD_EXPLANATIONS } from '../machines/feedback';
import { petitionMachine, PETITION_EVENT_TYPES, PETITION_GUARD_EXPLANATIONS } from '../machines/petition';
import type { MachineId } from '../machines/shared/kinds';
import { visitMachine, VISIT_EVENT_TYPES, VISIT_GUARD_EXPLANATIONS } from '../machines/visit';
import {
  COMPLAINT_COMMAND_SAMPLES,
  DENUNCIATION_COMMAND_SAMPLES,
  FEEDBACK_COMMAND_SAMPLES,
  PETITION_COMMAND_SAMPLES,
  VISIT_COMMAND_SAMPLES,
  type CommandSamples,
} from './command-samples';

export interface RegisteredMachine {
  id: MachineId;
  version: string;
  machine: AnyStateMachine;
  /** Every event the machine understands (the commands it can be sent). */
  eventTypes: readonly string[];
  /** Guard name → Vietnamese sentence explaining the condition. */
  guardExplanations: Readonly<Record<string, string>>;
  /** Lawful sample payloads per command, to tell which commands are available now. */
  commandSamples: CommandSamples;
}

const register = (
  machine: AnyStateMachine,
  eventTypes: readonly string[],
  guardExplanations: Readonly<Record<string, string>>,
  commandSamples: CommandSamples,
): RegisteredMachine => ({
  id: machine.id as MachineId,
  version: machine.version ?? '1',
  machine,
  eventTypes,
  guardExplanations,
  commandSamples,
});

/** Every machine version ever released stays here, so stored snapshots can always be resumed. */
const MACHINES: readonly RegisteredMachine[] = [
  register(petitionMachine, PETITION_EVENT_TYPES, PETITION_GUARD_EXPLANATIONS, PETITION_COMMAND_SAMPLES),
  register(complaintMachine, COMPLAINT_EVENT_TYPES, COMPLAINT_GUARD_EXPLANATIONS, COMPLAINT_COMMAND_SAMPLES),
  register(
    denunciationMachine,
    DENUNCIATION_EVENT_TYPES,
    DENUNCIATION_GUARD_EXPLANATIONS,
    DENUNCIATION_COMMAND_SAMPLES,
  ),
  register(feedbackMachine, FEEDBACK_EVENT_TYPES, FEEDBACK_GUARD_EXPLANATIONS, FEEDBACK_COMMAND_SAMPLES),
  register(visitMachine, VISIT_EVENT_TYPES, VISIT_GUARD_EXPLANATIONS, VISIT_COMMAND_SAMPLES),
];

export class UnknownMachineError extends Error {
  override name = 'UnknownMachineError';
}

export function machineFor(id: MachineId, version: string): RegisteredMachine {
  const found = MACHINES.find((m) => m.id === id && m.version === version);
  if (!found) throw new UnknownMachineError(`no machine ${id} version ${version}`);
  return found;
}

/** The version new petitions and cases start on. */
export function currentMachine(id: MachineId): RegisteredMachine {
  const versions = MACHINES.filter((m) => m.id === id);
  const latest = versions.at(-1);
  if (!latest) throw new UnknownMachineError(`no machine ${id}`);
  return latest;
}

export const registeredMachines = (): readonly RegisteredMachine[] => MACHINES;
