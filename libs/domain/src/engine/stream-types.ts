import type { StateValue } from 'xstate';
import type { MachineId } from '../machines/shared/kinds';

/**
 * What the application stores for a petition or case: enough to resume its machine.
 * The machine id and version pick the definition that wrote it, so stored cases keep
 * working after a machine changes.
 */
export interface StoredSnapshot<TContext = Record<string, unknown>> {
  machineId: MachineId;
  machineVersion: string;
  value: StateValue;
  context: TContext;
  status: 'active' | 'done';
}

/** A side effect asked for by a transition (`notify`, `openCase`, `handOver`, `remind`). */
export interface DomainAction {
  type: string;
  params: Record<string, unknown>;
}

export interface TransitionResult<TContext = Record<string, unknown>> {
  snapshot: StoredSnapshot<TContext>;
  actions: DomainAction[];
  /** Top-level state names before and after, e.g. `reviewing` → `verifying`. */
  from: string;
  to: string;
}

/** Why a command can or cannot be sent now, for officers and for the 409 answer. */
export interface CommandAvailability {
  type: string;
  available: boolean;
  /** Vietnamese: the conditions still to meet, or why it is impossible in this state. */
  reasons: string[];
}
