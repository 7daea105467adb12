import type { SnapshotFrom } from 'xstate';
import type { RuleSetId } from '../../../rules/rule-set.types';
import type { AuthorityRef } from '../../../shared/authority';
import { denunciationMachine } from '../denunciation.machine';
import type { DenunciationEvent } from '../denunciation.types';
import { AGENCY, GOV, OTHER_AGENCY, PROVINCE, ev } from './denunciation.fixtures';

type Snapshot = SnapshotFrom<typeof denunciationMachine>;

const SUPERIOR: Record<string, AuthorityRef | undefined> = {
  [AGENCY.id]: PROVINCE,
  [PROVINCE.id]: GOV,
  [GOV.id]: undefined,
};

/**
 * Which samples to offer:
 * - `beforeConclusion`: acceptance, complexity, extensions, suspension, withdrawal, termination,
 *   overdue handling; the conclusion is offered but not explored further (see `stopWhen`);
 * - `afterConclusion`: sending, handling, follow-up, further denunciation and re-resolution;
 *   in a new verification only the steps that lead to the next conclusion and the overdue
 *   steps are offered (the others are covered by `beforeConclusion`).
 */
export type SampleSet = 'beforeConclusion' | 'afterConclusion';

/** Event samples for a state: the holder's commands, the superior's, and some by the wrong authority. */
export function samples(ruleSetId: RuleSetId, set: SampleSet) {
  const o = { ruleSetId };
  return (s: Snapshot): DenunciationEvent[] => {
    const holder = s.context.holder;
    const superior = SUPERIOR[holder.id];
    // Two withdrawals per path are enough for the group rules (Art. 33.2) and keep the space finite.
    const withdrawals = s.context.withdrawal?.records.length ?? 0;
    const before: DenunciationEvent[] = [
      ev.accept(holder, o),
      ev.accept(OTHER_AGENCY, o),
      ev.refuse(holder, 'no_basis_to_identify', o),
      ev.forward(holder, OTHER_AGENCY, o),
      ev.transferToInvestigation(holder, o),
      ev.setComplexity(holder, [], o),
      ev.setComplexity(holder, ['several_locations'], o),
      ev.setComplexity(holder, ['several_locations', 'conflicting_evidence'], o),
      ev.extend(holder, o),
      ev.extend(OTHER_AGENCY, o),
      ev.suspend(holder, 'awaiting_expert_reassessment', o),
      ev.resume(holder, o),
      ev.terminate(holder, 'withdrawn', o),
      ev.terminate(holder, 'denounced_died', o),
      ...(withdrawals < 2
        ? [
            ev.withdraw(holder, { scope: 'all', form: 'letter', withdrawers: 1 }, o),
            ev.withdraw(holder, { scope: 'all', form: 'minutes', withdrawers: 1, continueBecause: 'coerced' }, o),
            ev.withdraw(
              holder,
              { scope: 'all', form: 'letter', withdrawers: 2, continueBecause: 'signs_of_violation' },
              o,
            ),
            ev.withdraw(holder, { scope: 'part', form: 'minutes', minutesAt: 'working_session', withdrawers: 1 }, o),
          ]
        : []),
    ];
    const always: DenunciationEvent[] = [
      ev.conclude(holder, 'correct', o),
      ev.conclude(OTHER_AGENCY, 'correct', o),
      ev.deadlineExpired('resolution', holder, o),
      ev.submitReport(holder, o),
      ...(superior ? [ev.demandReport(superior, o), ev.takeOver(superior, 'serious_violation', o)] : []),
    ];
    const after: DenunciationEvent[] = [
      ev.conclude(holder, 'untrue', o),
      ev.sendConclusion(holder, o),
      ev.recordHandling(holder, ['impose_measures'], o),
      ev.recordHandling(holder, ['restore_rights'], o),
      ev.publish(holder, o),
      ev.close(holder, o),
      ev.furtherDenunciation(OTHER_AGENCY, o),
      ev.upholdResolution(holder, o),
      ev.upholdResolution(OTHER_AGENCY, o),
      ev.reResolve(holder, 'missed_evidence', o),
      ev.redirectCompetence(holder, OTHER_AGENCY, o),
      ev.deadlineExpired('furtherReview', holder, o),
      ...(superior ? [ev.furtherDenunciation(superior, o)] : []),
    ];
    const offered = set === 'beforeConclusion' ? [...before, ...always] : [...always, ...after];
    // Only events the current state handles at all: refused samples would be self-loops anyway.
    const handled = ownEventsOf(s);
    return offered.filter((e) => handled.has(e.type));
  };
}

const OWN_EVENTS = new Map<string, Set<string>>();
function ownEventsOf(s: Snapshot): Set<string> {
  const value = String(s.value);
  let set = OWN_EVENTS.get(value);
  if (!set) {
    const node = (denunciationMachine.root.states as Record<string, { ownEvents: string[] }>)[value];
    set = new Set(node?.ownEvents ?? []);
    OWN_EVENTS.set(value, set);
  }
  return set;
}

/**
 * Identity of a state for the traversal: the state value and what the guards read. History no
 * guard reads (dates, withdrawal records, complexity criteria, archived clocks, earlier
 * conclusions) is left out so the traversal stays small; the invariants are still asserted on
 * the full snapshots reached. Final states take no events, so their value and outcome suffice.
 */
export function serializeForTraversal(s: Snapshot): string {
  const c = s.context;
  if (s.status === 'done') return JSON.stringify([s.value, c.outcome, c.forwards]);
  const live = (name: string) => {
    const clock = c.clocks[name];
    if (!clock) return 0;
    return [!clock.stoppedOn, clock.pauses.some((p) => !p.to), !!clock.expiredOn, clock.extensions.length];
  };
  return JSON.stringify([
    s.value,
    c.holder.id,
    c.forwards,
    c.complexity,
    c.extensions,
    c.denouncers - (c.withdrawal?.fullyWithdrawn ?? 0),
    (c.withdrawal?.continueBecause.length ?? 0) > 0,
    c.acceptedOn !== undefined,
    c.conclusion,
    c.publishedOn !== undefined,
    c.suspendedFrom,
    c.furtherReview?.from,
    c.furtherReview?.previousHolder?.id,
    c.reviewedBy,
    ['resolution', 'conclusionSending', 'conclusionHandling', 'publication', 'furtherReview', 'overdueReport'].map(
      live,
    ),
  ]);
}
