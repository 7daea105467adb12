import {
  initialTransition,
  transition,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type EventObject,
  type StateValue,
} from 'xstate';
import { computeDeadlines } from '../deadlines/compute-deadlines';
import type { Clocks } from '../deadlines/clock';
import type { Deadline, DeadlineOptions } from '../deadlines/deadline.types';
import { DomainError, ValidationFailedError } from '../errors/domain-error';
import { DOMAIN_ACTION_TYPES } from '../machines/shared/domain-actions';
import type { MachineId } from '../machines/shared/kinds';
import type { EventMeta } from '../shared/event-meta';
import { SYSTEM_EVENTS } from './command-samples';
import { currentMachine, machineFor, type RegisteredMachine } from './machine-registry';
import type { CommandAvailability, DomainAction, StoredSnapshot, TransitionResult } from './stream-types';
import { TransitionNotAllowedError } from './transition-not-allowed.error';

type Guard = string | { type: string; params?: unknown } | ((...args: unknown[]) => boolean) | undefined;
type GuardImpl = (args: { context: unknown; event: EventObject }, params: unknown) => boolean;

/** Top-level state name of a (possibly nested) state value. */
export const topState = (value: StateValue): string => (typeof value === 'string' ? value : Object.keys(value)[0]);

function restore(reg: RegisteredMachine, stored: StoredSnapshot): AnyMachineSnapshot {
  return reg.machine.resolveState({ value: stored.value, context: stored.context });
}

function persist(reg: RegisteredMachine, snap: AnyMachineSnapshot): StoredSnapshot {
  return {
    machineId: reg.id,
    machineVersion: reg.version,
    value: snap.value as StateValue,
    context: snap.context as Record<string, unknown>,
    status: snap.status === 'done' ? 'done' : 'active',
  };
}

const domainActions = (actions: readonly { type: string; params?: unknown }[]): DomainAction[] =>
  actions
    .filter((a) => (DOMAIN_ACTION_TYPES as readonly string[]).includes(a.type))
    .map((a) => ({ type: a.type, params: (a.params ?? {}) as Record<string, unknown> }));

/** An error thrown inside a machine (e.g. a validation in `assign`) surfaces as a snapshot error. */
function rethrowSnapshotError(snap: AnyMachineSnapshot): void {
  if (snap.status !== 'error') return;
  const error = (snap as { error?: unknown }).error;
  if (error instanceof DomainError) throw error;
  throw new ValidationFailedError([
    { issue: 'invalid', message: error instanceof Error ? error.message : String(error) },
  ]);
}

/** Starts a petition or case on the current version of its machine. */
export function openStream(machineId: MachineId, input: unknown): TransitionResult {
  const reg = currentMachine(machineId);
  const [snap, actions] = initialTransition(reg.machine, input);
  rethrowSnapshotError(snap);
  return {
    snapshot: persist(reg, snap),
    actions: domainActions(actions),
    from: '',
    to: topState(snap.value as StateValue),
  };
}

/**
 * Applies one event to a stored snapshot, purely. Refused events raise
 * TransitionNotAllowedError naming why, and the commands that are allowed now.
 */
export function applyEvent(stored: StoredSnapshot, event: EventObject & { meta: EventMeta }): TransitionResult {
  const reg = machineFor(stored.machineId, stored.machineVersion);
  const current = restore(reg, stored);
  const [next, actions] = transition(reg.machine, current, event);
  if (next === current) {
    const explained = explainEvent(reg, current, event);
    throw TransitionNotAllowedError.from(
      event.type,
      topState(current.value as StateValue),
      explained,
      listCommands(reg, current, event.meta),
    );
  }
  rethrowSnapshotError(next);
  return {
    snapshot: persist(reg, next),
    actions: domainActions(actions),
    from: topState(current.value as StateValue),
    to: topState(next.value as StateValue),
  };
}

/** Every command the machine knows, with whether `meta.actor` can send it now and why not. */
export function availableCommands(stored: StoredSnapshot, meta: EventMeta): CommandAvailability[] {
  const reg = machineFor(stored.machineId, stored.machineVersion);
  return listCommands(reg, restore(reg, stored), meta);
}

function listCommands(reg: RegisteredMachine, snap: AnyMachineSnapshot, meta: EventMeta): CommandAvailability[] {
  return reg.eventTypes
    .filter((type) => !SYSTEM_EVENTS.includes(type))
    .map((type) => {
      const samples = reg.commandSamples[type];
      const payloads = (typeof samples === 'function' ? samples(snap.context as Record<string, unknown>) : samples) ?? [
        {},
      ];
      const tries = payloads.map((p) => explainEvent(reg, snap, { ...p, type, meta } as EventObject));
      const ok = tries.find((t) => t.available);
      return ok ?? tries[0];
    });
}

function candidateTransitions(snap: AnyMachineSnapshot, type: string) {
  return snap._nodes.flatMap((node) => node.transitions.get(type) ?? []);
}

function explainEvent(reg: RegisteredMachine, snap: AnyMachineSnapshot, event: EventObject): CommandAvailability {
  const candidates = candidateTransitions(snap, event.type);
  if (candidates.length === 0) {
    return {
      type: event.type,
      available: false,
      reasons: [`Không áp dụng ở trạng thái «${stateTitle(reg.machine, snap)}».`],
    };
  }
  const failing: string[] = [];
  for (const t of candidates) {
    const guard = t.guard as Guard;
    if (!guard) return { type: event.type, available: true, reasons: [] };
    const { name, passes } = evaluateGuard(reg.machine, guard, snap.context, event);
    if (passes) return { type: event.type, available: true, reasons: [] };
    failing.push(reg.guardExplanations[name] ?? `Điều kiện "${name}" chưa được đáp ứng.`);
  }
  return { type: event.type, available: false, reasons: [...new Set(failing)] };
}

function evaluateGuard(machine: AnyStateMachine, guard: Guard, context: unknown, event: EventObject) {
  const name = typeof guard === 'string' ? guard : typeof guard === 'function' ? guard.name : guard!.type;
  const params = typeof guard === 'object' ? guard.params : undefined;
  const impl = (machine.implementations.guards as Record<string, GuardImpl | undefined>)[name];
  if (!impl) return { name, passes: false };
  try {
    return { name, passes: impl({ context, event }, params) };
  } catch {
    return { name, passes: false };
  }
}

/** Vietnamese title of the deepest active state (its `meta.title`), or its name. */
export function stateTitle(machine: AnyStateMachine, snap: AnyMachineSnapshot): string {
  const meta = snap.getMeta() as Record<string, { title?: string } | undefined>;
  const leaf = snap._nodes.at(-1);
  return (leaf && meta[leaf.id]?.title) ?? topState(snap.value as StateValue) ?? machine.id;
}

/** Title of the state a stored snapshot is in. */
export function storedStateTitle(stored: StoredSnapshot): string {
  const reg = machineFor(stored.machineId, stored.machineVersion);
  return stateTitle(reg.machine, restore(reg, stored));
}

/** Every clock of a petition or case with its due date, status and proof, as of a date. */
export function streamDeadlines(stored: StoredSnapshot, options: DeadlineOptions): Record<string, Deadline> {
  const clocks = (stored.context as { clocks?: Clocks }).clocks ?? {};
  return computeDeadlines(clocks, options);
}
