import { mayAssignHandler, type AssignHandlerEvent } from '../shared/handler-assignment';
import { mayReassign, type ReassignEvent } from '../shared/reorganisation';
import { assign, setup } from 'xstate';
import type { Clocks } from '../../deadlines/clock';
import { markExpired, pauseClocks, resumeClocks, setVariant, startClock, stopClock } from '../../deadlines/clock-ops';
import { ValidationFailedError } from '../../errors/domain-error';
import { getRuleSet } from '../../rules/rule-set.registry';
import type { ClockVariant, RuleSetId, TimeLimitKey } from '../../rules/rule-set.types';
import { vietnamDateOf, type IsoDate } from '../../shared/iso-date';
import type { DeadlineExpiredEvent } from '../shared/common-events';
import type { NoticeRecipient } from '../shared/domain-actions';
import * as policy from './complaint.policies';
import type {
  ComplaintClockName,
  ComplaintContext,
  ComplaintEvent,
  ComplaintHandOverParams,
  ComplaintInput,
  ComplaintNotifyParams,
  ComplaintRemindParams,
  ComplaintStateMeta,
  CompleteVerificationEvent,
  DecideEvent,
  DecideNowEvent,
  HoldDialogueEvent,
  LodgeSecondComplaintEvent,
  RefuseEvent,
  SetComplexityEvent,
  SuspendableState,
  SuspendEvent,
  SuspensionRecord,
  TerminateEvent,
  WithdrawEvent,
} from './complaint.types';

export const COMPLAINT_MACHINE_ID = 'complaint';
export const COMPLAINT_MACHINE_VERSION = '1';

// ---------------------------------------------------------------------------------------------
// Pure helpers (used inside assign / enqueueActions)
// ---------------------------------------------------------------------------------------------

const dateOf = (event: ComplaintEvent): IsoDate => vietnamDateOf(event.meta.at);

const resolutionRule = (c: ComplaintContext): TimeLimitKey =>
  c.disciplinary
    ? 'complaint.resolution.disciplinary'
    : c.round === 1
      ? 'complaint.resolution.round1'
      : 'complaint.resolution.round2';

/** Art. 50 has no longer period for remote areas, unlike Arts. 28 and 37. */
const resolutionVariant = (c: ComplaintContext): ClockVariant => {
  const complex = c.complexity === 'complex';
  if (c.disciplinary || !c.holder.remote) return complex ? 'complex' : 'base';
  return complex ? 'remoteComplex' : 'remote';
};

/** Arts. 33.1 and 44 extend the window for remote areas; Art. 57.1 (disciplinary) does not. */
const windowVariant = (c: ComplaintContext): ClockVariant => (!c.disciplinary && c.holder.remote ? 'remote' : 'base');

/** `within` only where the rule set has the period (suspension notices exist from 2026). */
const withinIfDefined = (ruleSetId: RuleSetId, key: TimeLimitKey): TimeLimitKey | undefined =>
  getRuleSet(ruleSetId).timeLimits[key] ? key : undefined;

/** A final state ends every period of the case; open pauses end the same day. */
function closeAllClocks(clocks: Clocks, on: IsoDate): Clocks {
  let result = resumeClocks(clocks, on);
  for (const name of Object.keys(result)) result = stopClock(result, name, on);
  return result;
}

const closeOpenSuspension = (suspensions: SuspensionRecord[], on: IsoDate): SuspensionRecord[] =>
  suspensions.map((s) => (s.to ? s : { ...s, to: on }));

/** NĐ 124 Art. 16.2: a disciplinary notice goes to the complainant only. */
function acceptanceRecipients(c: ComplaintContext): NoticeRecipient[] {
  if (c.disciplinary) return ['complainant'];
  return c.forwarded ? ['complainant', 'forwarding_body', 'inspectorate'] : ['complainant', 'inspectorate'];
}

/**
 * Luật KN Art. 32 and NĐ 124 Art. 29.2.a (round 1: complainant, direct superior, forwarding body,
 * inspectorate); Art. 41.1 (round 2: complainant, person complained against, forwarding body);
 * NĐ 124 Art. 29.2.b and Art. 56.2 (disciplinary: complainant and person complained against).
 */
function decisionRecipients(c: ComplaintContext): NoticeRecipient[] {
  if (c.disciplinary) return ['complainant', 'complained_against'];
  const forwarding: NoticeRecipient[] = c.forwarded ? ['forwarding_body'] : [];
  return c.round === 1
    ? ['complainant', 'superior', ...forwarding, 'inspectorate']
    : ['complainant', 'complained_against', ...forwarding];
}

/** Luật KN Art. 11a.3; ND155/2026 Art. 28b. */
const suspensionRecipients: NoticeRecipient[] = ['complainant', 'complained_against'];

// ---------------------------------------------------------------------------------------------
// Machine
// ---------------------------------------------------------------------------------------------

const complaintSetup = setup({
  types: {
    context: {} as ComplaintContext,
    events: {} as ComplaintEvent,
    input: {} as ComplaintInput,
    tags: {} as 'open' | 'suspended',
    meta: {} as ComplaintStateMeta,
  },
  guards: {
    mayAssignHandler: ({ context, event }) => mayAssignHandler(context.holder, event as AssignHandlerEvent),
    mayReassign: ({ context, event }) => mayReassign(context.holder, event as ReassignEvent),
    actsForHolder: ({ context, event }) => policy.actsForHolder(context, event),
    canAccept: ({ context, event }) => policy.canAccept(context, event),
    canRefuse: ({ context, event }) => policy.canRefuse(context, event as RefuseEvent),
    canDecideNow: ({ context, event }) => policy.canDecideNow(context, event as DecideNowEvent),
    dialogueRequired: ({ context, event }) => policy.dialogueRequired(context, event as CompleteVerificationEvent),
    dialogueConcluded: ({ context, event }) => policy.dialogueConcluded(context, event as HoldDialogueEvent),
    absenceExcused: ({ context, event }) => policy.absenceExcused(context, event as HoldDialogueEvent),
    canDecide: ({ context, event }) => policy.canDecide(context, event as DecideEvent),
    canPublish: ({ context, event }) => policy.canPublish(context, event),
    canLodgeSecondComplaint: ({ context, event }) => policy.canLodgeSecondComplaint(context, event),
    canLodgeAfterMissedDeadline: ({ context, event }) => policy.canLodgeAfterMissedDeadline(context, event),
    canFileLawsuit: ({ context, event }) => policy.canFileLawsuit(context, event),
    canSueAfterMissedDeadline: ({ context, event }) => policy.canSueAfterMissedDeadline(context, event),
    finalityReached: ({ context, event }) => policy.finalityReached(context, event as DeadlineExpiredEvent),
    clockCanExpire: ({ context, event }) => policy.clockCanExpire(context, event as DeadlineExpiredEvent),
    canSuspend: ({ context, event }) => policy.canSuspend(context, event as SuspendEvent),
    resumesToReviewing: ({ context, event }) => policy.resumesToReviewing(context, event),
    resumesToVerifying: ({ context, event }) => policy.resumesToVerifying(context, event),
    resumesToDialogue: ({ context, event }) => policy.resumesToDialogue(context, event),
    resumesToDeciding: ({ context, event }) => policy.resumesToDeciding(context, event),
    canTerminate: ({ context, event }) => policy.canTerminate(context, event as TerminateEvent),
    withdrawsEverything: ({ context, event }) => policy.withdrawsEverything(context, event as WithdrawEvent),
    canWithdrawPartly: ({ context, event }) => policy.canWithdrawPartly(context, event as WithdrawEvent),
    canSetComplexity: ({ context, event }) => policy.canSetComplexity(context, event as SetComplexityEvent),
  },
  actions: {
    recordHandlerAssignment: assign(({ event }) => ({ assignedHandlerId: (event as AssignHandlerEvent).handlerId })),
    // Bàn giao nguyên trạng: the successor holds the case; clocks run on unchanged.
    recordReassignment: assign(({ event }) => ({ holder: (event as ReassignEvent).to })),
    // Side effects: performed by the application from the returned actions (outbox).
    notify: (_, _params: ComplaintNotifyParams) => {},
    handOver: (_, _params: ComplaintHandOverParams) => {},
    remind: (_, _params: ComplaintRemindParams) => {},

    recordAcceptance: assign(({ context, event }) => {
      const on = dateOf(event);
      const accepted = { ...context, acceptedOn: on };
      let clocks = stopClock(context.clocks, 'acceptance', on);
      clocks = startClock(clocks, 'resolution', {
        rule: resolutionRule(accepted),
        ruleSetId: event.meta.ruleSetId,
        variant: resolutionVariant(accepted),
        on,
        event: 'accept',
      });
      return { acceptedOn: on, clocks };
    }),

    recordRefusal: assign(({ context, event }) => {
      const on = dateOf(event);
      return {
        clocks: closeAllClocks(context.clocks, on),
        outcome: 'not_accepted' as const,
        outcomeDetails: { on, round: context.round, refusalGround: (event as RefuseEvent).ground },
      };
    }),

    recordVerification: assign(({ context, event }) => {
      const e = event as CompleteVerificationEvent;
      const on = dateOf(event);
      const needsDialogue = policy.dialogueRequired(context, e);
      return {
        verification: { round: context.round, finding: e.finding, differsFromRequest: e.differsFromRequest, on },
        dialogue: needsDialogue ? { round: context.round, sessions: [] } : context.dialogue,
      };
    }),

    recordDialogueSession: assign(({ context, event }) => {
      const e = event as HoldDialogueEvent;
      const on = dateOf(event);
      const current = context.dialogue ?? { round: context.round, sessions: [] };
      const session = e.validAbsenceReason?.trim()
        ? { on, attended: e.attended, validAbsenceReason: e.validAbsenceReason }
        : { on, attended: e.attended };
      const concluded = policy.dialogueConcluded(context, e);
      return {
        dialogue: { ...current, sessions: [...current.sessions, session], ...(concluded ? { concludedOn: on } : {}) },
      };
    }),

    /**
     * Stops the resolution period and starts the sending (NĐ 124 Art. 29.2) and publication
     * (Art. 29.3) periods. Disciplinary decisions are published inside the body once final
     * (Luật KN Art. 58.1), not under Art. 29.3, so they get no publication clock.
     */
    recordDecision: assign(({ context, event }) => {
      const e = event as DecideEvent | DecideNowEvent;
      const on = dateOf(event);
      const ruleSetId = event.meta.ruleSetId;
      let clocks = stopClock(context.clocks, 'resolution', on);
      clocks = startClock(clocks, 'decisionSending', {
        rule: context.round === 1 ? 'complaint.decisionSending.round1' : 'complaint.decisionSending.round2',
        ruleSetId,
        on,
        event: e.type,
      });
      if (!context.disciplinary) {
        clocks = startClock(clocks, 'publication', { rule: 'complaint.publication', ruleSetId, on, event: e.type });
      }
      const effect = e.type === 'decide' ? e.effectOnRound1 : undefined;
      return {
        clocks,
        decision: {
          round: context.round,
          outcome: e.outcome,
          ...(effect ? { effectOnRound1: effect } : {}),
          decidedOn: on,
          immediate: e.type === 'decideNow',
        },
      };
    }),

    /**
     * Round 1: the window for a second complaint runs from receipt of the decision (Art. 33.1);
     * the sending date is the nearest date the engine knows, and is later than the issue date
     * that Art. 44.1 uses, so the complainant never loses days. Round 2: finality runs from the
     * issue date (Art. 44.2), whatever the sending date.
     */
    recordSending: assign(({ context, event }) => {
      const on = dateOf(event);
      const decision = context.decision!;
      let clocks = stopClock(context.clocks, 'decisionSending', on);
      clocks = startClock(clocks, 'finality', {
        rule: context.round === 1 ? 'complaint.secondComplaintWindow' : 'complaint.decisionFinality',
        ruleSetId: event.meta.ruleSetId,
        variant: windowVariant(context),
        on: context.round === 1 ? on : decision.decidedOn,
        event: context.round === 1 ? 'send' : 'decide',
      });
      return { clocks, decision: { ...decision, sentOn: on } };
    }),

    recordPublication: assign(({ context, event }) => {
      const on = dateOf(event);
      return {
        clocks: stopClock(context.clocks, 'publication', on),
        decision: context.decision ? { ...context.decision, publishedOn: on } : context.decision,
      };
    }),

    /** The lapse of the window makes the decision final (Art. 44); enforcement starts (NĐ 124 Art. 31.1). */
    recordFinality: assign(({ context, event }) => {
      const on = dateOf(event);
      let clocks = markExpired(context.clocks, 'finality', on);
      clocks = stopClock(clocks, 'finality', on);
      clocks = startClock(clocks, 'enforcement', {
        rule: 'complaint.enforcement',
        ruleSetId: event.meta.ruleSetId,
        on,
        event: 'deadlineExpired',
      });
      return { clocks, decision: context.decision ? { ...context.decision, finalOn: on } : context.decision };
    }),

    recordEnforcement: assign(({ context, event }) => {
      const on = dateOf(event);
      const decision = context.decision!;
      return {
        clocks: closeAllClocks(context.clocks, on),
        decision: { ...decision, enforcedOn: on },
        outcome: decision.outcome,
        outcomeDetails: {
          on,
          round: decision.round,
          ...(decision.effectOnRound1 ? { effectOnRound1: decision.effectOnRound1 } : {}),
        },
      };
    }),

    recordLawsuit: assign(({ context, event }) => {
      const on = dateOf(event);
      return {
        clocks: closeAllClocks(context.clocks, on),
        suspendedFrom: undefined,
        suspensions: closeOpenSuspension(context.suspensions, on),
        outcome: 'court' as const,
        outcomeDetails: {
          on,
          round: context.round,
          lawsuitAfter: context.decision ? ('decision' as const) : ('missed_deadline' as const),
        },
      };
    }),

    /**
     * The first round is archived (clocks stopped on the hand-over date) and the superior's
     * acceptance period starts from its receipt (Art. 36.1). Complexity is judged afresh by the
     * second resolver; withdrawn complainants stay withdrawn (ND155/2026 Art. 7a.1).
     */
    startRound2: assign(({ context, event }) => {
      const e = event as LodgeSecondComplaintEvent;
      const on = dateOf(event);
      const receivedOn = e.receivedOn ?? on;
      return {
        round: 2 as const,
        holder: e.meta.actor.authority,
        receivedOn,
        acceptedOn: undefined,
        complexity: 'normal' as const,
        round1: {
          authority: context.holder,
          ...(context.decision
            ? { decisionOn: context.decision.decidedOn, outcome: context.decision.outcome }
            : { missedDeadline: true }),
          clocks: closeAllClocks(context.clocks, on),
        },
        clocks: startClock({}, 'acceptance', {
          rule: 'complaint.acceptance',
          ruleSetId: e.meta.ruleSetId,
          on: receivedOn,
          event: 'lodgeSecondComplaint',
        }),
        verification: undefined,
        dialogue: undefined,
        decision: undefined,
        suspendedFrom: undefined,
        suspensions: closeOpenSuspension(context.suspensions, on),
      };
    }),

    recordSuspension: assign(({ context, event }, params: { from: SuspendableState }) => {
      const e = event as SuspendEvent;
      const on = dateOf(event);
      return {
        clocks: pauseClocks(context.clocks, on, `suspend:${e.ground}`),
        suspendedFrom: params.from,
        suspensions: [...context.suspensions, { ground: e.ground, from: on }],
      };
    }),

    recordResumption: assign(({ context, event }) => {
      const on = dateOf(event);
      return {
        clocks: resumeClocks(context.clocks, on),
        suspendedFrom: undefined,
        suspensions: closeOpenSuspension(context.suspensions, on),
      };
    }),

    recordTermination: assign(({ context, event }) => {
      const on = dateOf(event);
      const ground = event.type === 'terminate' ? event.ground : ('withdrawn' as const);
      return {
        clocks: closeAllClocks(context.clocks, on),
        suspendedFrom: undefined,
        suspensions: closeOpenSuspension(context.suspensions, on),
        outcome: 'terminated' as const,
        outcomeDetails: { on, round: context.round, terminationGround: ground },
      };
    }),

    recordWithdrawal: assign(({ context, event }) => {
      const e = event as WithdrawEvent;
      const on = dateOf(event);
      const n = e.complainants ?? context.complainants - context.withdrawnComplainants;
      return {
        withdrawnComplainants: context.withdrawnComplainants + (e.scope === 'all' ? n : 0),
        withdrawals: [...context.withdrawals, { on, scope: e.scope, complainants: n }],
      };
    }),

    /** A longer period applies from the finding on; the clock keeps its start (Arts. 28, 37). */
    recordComplexity: assign(({ context, event }) => {
      const e = event as SetComplexityEvent;
      const on = dateOf(event);
      const next = { ...context, complexity: e.complexity };
      return {
        complexity: e.complexity,
        complexityHistory: [
          ...context.complexityHistory,
          { complexity: e.complexity, reason: e.reason, criteria: e.criteria ?? [], on },
        ],
        clocks: setVariant(context.clocks, 'resolution', resolutionVariant(next)),
      };
    }),

    recordExpiry: assign(({ context, event }) => ({
      clocks: markExpired(context.clocks, (event as DeadlineExpiredEvent).clock, dateOf(event)),
    })),
  },
});

export const complaintMachine = complaintSetup
  .extend({
    // Enqueuing actions live here so that `enqueue` knows the side-effect actions declared above.
    actions: {
      // Notices. Each recipient is one `notify` so the outbox can track delivery per party.
      notifyAccepted: complaintSetup.enqueueActions(({ context, enqueue }) => {
        for (const recipient of acceptanceRecipients(context)) {
          enqueue({
            type: 'notify',
            params: { recipient, template: 'complaint.accepted', within: 'complaint.acceptance' },
          });
        }
      }),
      notifyRefusal: complaintSetup.enqueueActions(({ context, event, enqueue }) => {
        for (const recipient of acceptanceRecipients(context)) {
          enqueue({
            type: 'notify',
            params: {
              recipient,
              template: 'complaint.notAccepted',
              within: 'complaint.acceptance',
              ground: (event as RefuseEvent).ground,
            },
          });
        }
      }),
      notifyDecision: complaintSetup.enqueueActions(({ context, enqueue }) => {
        const within = context.round === 1 ? 'complaint.decisionSending.round1' : 'complaint.decisionSending.round2';
        for (const recipient of decisionRecipients(context)) {
          enqueue({ type: 'notify', params: { recipient, template: 'complaint.decided', within } });
        }
      }),
      notifySuspension: complaintSetup.enqueueActions(({ event, enqueue }) => {
        const within = withinIfDefined(event.meta.ruleSetId, 'complaint.suspensionNotice');
        for (const recipient of suspensionRecipients) {
          enqueue({
            type: 'notify',
            params: {
              recipient,
              template: 'complaint.suspended',
              ...(within ? { within } : {}),
              ground: (event as SuspendEvent).ground,
            },
          });
        }
      }),
      notifyResumption: complaintSetup.enqueueActions(({ event, enqueue }) => {
        const within = withinIfDefined(event.meta.ruleSetId, 'complaint.suspensionNotice');
        for (const recipient of suspensionRecipients) {
          enqueue({
            type: 'notify',
            params: { recipient, template: 'complaint.resumed', ...(within ? { within } : {}) },
          });
        }
      }),
      /** Luật KN Art. 10 (written notice of termination); ND155/2026 Art. 28b.1 (03 working days). */
      notifyTermination: complaintSetup.enqueueActions(({ event, enqueue }) => {
        const within = withinIfDefined(event.meta.ruleSetId, 'complaint.suspensionNotice');
        const ground = event.type === 'terminate' ? event.ground : 'withdrawn';
        for (const recipient of suspensionRecipients) {
          enqueue({
            type: 'notify',
            params: { recipient, template: 'complaint.terminated', ...(within ? { within } : {}), ground },
          });
        }
      }),
      handOverToSuperior: complaintSetup.enqueueActions(({ context, event, enqueue }) => {
        enqueue({
          type: 'handOver',
          params: { from: context.holder.id, to: event.meta.actor.authority.id, reason: 'second_complaint' },
        });
      }),
      remindExpiry: complaintSetup.enqueueActions(({ event, enqueue }) => {
        const clock = (event as DeadlineExpiredEvent).clock as ComplaintClockName;
        enqueue({ type: 'remind', params: { recipient: 'holder', template: 'complaint.deadlineExpired', clock } });
      }),
      remindEnforcement: complaintSetup.enqueueActions(({ enqueue }) => {
        enqueue({
          type: 'remind',
          params: { recipient: 'holder', template: 'complaint.enforcementDue', clock: 'enforcement' },
        });
      }),
    },
  })
  .createMachine({
    id: COMPLAINT_MACHINE_ID,
    version: COMPLAINT_MACHINE_VERSION,
    context: ({ input }) => {
      const problems = policy.complaintInputProblems(input);
      if (problems.length > 0) {
        throw new ValidationFailedError(problems.map((message) => ({ field: 'input', issue: 'invalid', message })));
      }
      return {
        round: input.round,
        holder: input.holder,
        receivedOn: input.receivedOn,
        disciplinary: input.disciplinary,
        dismissal: input.dismissal ?? false,
        forwarded: input.forwarded ?? false,
        complexity: 'normal',
        complexityHistory: [],
        complainants: input.complainants,
        withdrawnComplainants: 0,
        withdrawals: [],
        clocks: startClock({}, 'acceptance', {
          rule: 'complaint.acceptance',
          ruleSetId: input.meta.ruleSetId,
          on: input.receivedOn,
          event: 'open',
        }),
        ...(input.round1 ? { round1: input.round1 } : {}),
        suspensions: [],
      };
    },
    initial: 'awaitingAcceptance',
    // Any open state: a reorganisation moves the holder, nothing else.
    on: {
      reassign: { guard: 'mayReassign', actions: 'recordReassignment' },
      assignHandler: { guard: 'mayAssignHandler', actions: 'recordHandlerAssignment' },
    },
    states: {
      awaitingAcceptance: {
        tags: ['open'],
        meta: { title: 'Chờ thụ lý', clocks: ['acceptance'] },
        on: {
          accept: { guard: 'canAccept', target: 'reviewing', actions: ['recordAcceptance', 'notifyAccepted'] },
          refuse: { guard: 'canRefuse', target: 'notAccepted', actions: ['recordRefusal', 'notifyRefusal'] },
          // Art. 10: a complaint can be withdrawn at any time, also before thụ lý.
          withdraw: [
            {
              guard: 'withdrawsEverything',
              target: 'terminated',
              actions: ['recordWithdrawal', 'recordTermination', 'notifyTermination'],
            },
            { guard: 'canWithdrawPartly', actions: ['recordWithdrawal'] },
          ],
          setComplexity: { guard: 'canSetComplexity', actions: ['recordComplexity'] },
          deadlineExpired: { guard: 'clockCanExpire', actions: ['recordExpiry', 'remindExpiry'] },
        },
      },

      // Kiểm tra lại (Art. 29.1.a; NĐ 124 Art. 17); in round 2 only the verification decision (Art. 38).
      reviewing: {
        tags: ['open'],
        meta: { title: 'Kiểm tra lại, chuẩn bị xác minh', clocks: ['resolution'] },
        on: {
          decideNow: { guard: 'canDecideNow', target: 'decided', actions: ['recordDecision', 'notifyDecision'] },
          startVerification: { guard: 'actsForHolder', target: 'verifying' },
          ...suspendFrom('reviewing'),
          ...beforeDecision(),
        },
      },

      // Xác minh (Art. 29, 38; NĐ 124 Arts. 18–27).
      verifying: {
        tags: ['open'],
        meta: { title: 'Đang xác minh', clocks: ['resolution'] },
        on: {
          completeVerification: [
            { guard: 'dialogueRequired', target: 'dialogue', actions: ['recordVerification'] },
            { guard: 'actsForHolder', target: 'deciding', actions: ['recordVerification'] },
          ],
          ...suspendFrom('verifying'),
          ...beforeDecision(),
        },
      },

      // Đối thoại (Arts. 30, 39, 53, 55.3; NĐ 124 Art. 28 as rewritten by ND155/2026).
      dialogue: {
        tags: ['open'],
        meta: { title: 'Đối thoại', clocks: ['resolution'] },
        on: {
          holdDialogue: [
            { guard: 'dialogueConcluded', target: 'deciding', actions: ['recordDialogueSession'] },
            { guard: 'absenceExcused', actions: ['recordDialogueSession'] },
          ],
          ...suspendFrom('dialogue'),
          ...beforeDecision(),
        },
      },

      deciding: {
        tags: ['open'],
        meta: { title: 'Dự thảo, ban hành quyết định giải quyết', clocks: ['resolution'] },
        on: {
          decide: { guard: 'canDecide', target: 'decided', actions: ['recordDecision', 'notifyDecision'] },
          ...suspendFrom('deciding'),
          ...beforeDecision(),
        },
      },

      // Tạm đình chỉ (Art. 11a.1, 11a.4; ND155/2026 Art. 28b): every period is paused.
      suspended: {
        tags: ['open', 'suspended'],
        meta: { title: 'Tạm đình chỉ giải quyết', clocks: ['resolution'] },
        on: {
          resume: [
            { guard: 'resumesToReviewing', target: 'reviewing', actions: ['recordResumption', 'notifyResumption'] },
            { guard: 'resumesToVerifying', target: 'verifying', actions: ['recordResumption', 'notifyResumption'] },
            { guard: 'resumesToDialogue', target: 'dialogue', actions: ['recordResumption', 'notifyResumption'] },
            { guard: 'resumesToDeciding', target: 'deciding', actions: ['recordResumption', 'notifyResumption'] },
          ],
          ...beforeDecision(),
        },
      },

      decided: {
        tags: ['open'],
        meta: { title: 'Đã ban hành quyết định, chờ gửi', clocks: ['decisionSending'] },
        on: {
          send: { guard: 'actsForHolder', target: 'appealWindow', actions: ['recordSending'] },
          publish: { guard: 'canPublish', actions: ['recordPublication'] },
          deadlineExpired: { guard: 'clockCanExpire', actions: ['recordExpiry', 'remindExpiry'] },
        },
      },

      /**
       * Round 1: the window for a second complaint or a lawsuit (Arts. 33, 44.1). Round 2: the
       * period after which the decision is final (Art. 44.2). The decision becomes final by the
       * lapse of time itself, so the sweeper's `deadlineExpired` of the `finality` clock moves the
       * case on: no officer command is needed, and none can close the window early.
       */
      appealWindow: {
        tags: ['open'],
        meta: { title: 'Chờ quyết định có hiệu lực pháp luật', clocks: ['finality'] },
        on: {
          lodgeSecondComplaint: {
            guard: 'canLodgeSecondComplaint',
            target: 'awaitingAcceptance',
            actions: ['handOverToSuperior', 'startRound2'],
          },
          fileLawsuit: { guard: 'canFileLawsuit', target: 'inCourt', actions: ['recordLawsuit'] },
          publish: { guard: 'canPublish', actions: ['recordPublication'] },
          deadlineExpired: [
            { guard: 'finalityReached', target: 'enforcing', actions: ['recordFinality', 'remindEnforcement'] },
            { guard: 'clockCanExpire', actions: ['recordExpiry', 'remindExpiry'] },
          ],
        },
      },

      // Tổ chức thi hành (Art. 46; NĐ 124 Art. 31.1).
      enforcing: {
        tags: ['open'],
        meta: { title: 'Tổ chức thi hành quyết định có hiệu lực pháp luật', clocks: ['enforcement'] },
        on: {
          recordEnforcement: { guard: 'actsForHolder', target: 'closed', actions: ['recordEnforcement'] },
          publish: { guard: 'canPublish', actions: ['recordPublication'] },
          deadlineExpired: { guard: 'clockCanExpire', actions: ['recordExpiry', 'remindExpiry'] },
        },
      },

      notAccepted: { type: 'final', meta: { title: 'Không thụ lý' } },
      terminated: { type: 'final', meta: { title: 'Đình chỉ giải quyết khiếu nại' } },
      inCourt: { type: 'final', meta: { title: 'Người khiếu nại đã khởi kiện tại Tòa án' } },
      closed: { type: 'final', meta: { title: 'Đã thi hành, kết thúc vụ việc' } },
    },
  });

/** `suspend` from an active resolution state; the state is recorded for `resume`. */
function suspendFrom(from: SuspendableState) {
  return {
    suspend: {
      guard: 'canSuspend' as const,
      target: 'suspended' as const,
      actions: [{ type: 'recordSuspension' as const, params: { from } }, 'notifySuspension' as const],
    },
  };
}

/** Commands open in every accepted state before a decision, suspended included. */
function beforeDecision() {
  return {
    terminate: {
      guard: 'canTerminate' as const,
      target: 'terminated' as const,
      actions: ['recordTermination' as const, 'notifyTermination' as const],
    },
    withdraw: [
      {
        guard: 'withdrawsEverything' as const,
        target: 'terminated' as const,
        actions: ['recordWithdrawal' as const, 'recordTermination' as const, 'notifyTermination' as const],
      },
      { guard: 'canWithdrawPartly' as const, actions: ['recordWithdrawal' as const] },
    ],
    setComplexity: { guard: 'canSetComplexity' as const, actions: ['recordComplexity' as const] },
    deadlineExpired: { guard: 'clockCanExpire' as const, actions: ['recordExpiry' as const, 'remindExpiry' as const] },
    lodgeSecondComplaint: {
      guard: 'canLodgeAfterMissedDeadline' as const,
      target: 'awaitingAcceptance' as const,
      actions: ['handOverToSuperior' as const, 'startRound2' as const],
    },
    fileLawsuit: {
      guard: 'canSueAfterMissedDeadline' as const,
      target: 'inCourt' as const,
      actions: ['recordLawsuit' as const],
    },
  };
}
