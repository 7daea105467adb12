import { mayAssignHandler, type AssignHandlerEvent } from '../shared/handler-assignment';
import { mayReassign, type ReassignEvent } from '../shared/reorganisation';
import { assign, enqueueActions, setup } from 'xstate';
import type { Clocks } from '../../deadlines/clock';
import { extendClock, markExpired, pauseClocks, resumeClocks, startClock, stopClock } from '../../deadlines/clock-ops';
import type { TimeLimitKey } from '../../rules/rule-set.types';
import { getRuleSet } from '../../rules/rule-set.registry';
import type { IsoDate } from '../../shared/iso-date';
import { vietnamDateOf } from '../../shared/iso-date';
import { ValidationFailedError } from '../../errors/domain-error';
import type { DomainEventBase } from '../../shared/event-meta';
import type { DeadlineExpiredEvent } from '../shared/common-events';
import type { NotifyParams, OpenCaseParams } from '../shared/domain-actions';
import * as policy from './denunciation.policies';
import type {
  DenunciationContext,
  DenunciationEvent,
  DenunciationInput,
  DenunciationOutcome,
  ForwardEvent,
  FurtherReviewOrigin,
  HandOverParams,
  RecordHandlingEvent,
  RedirectCompetenceEvent,
  RemindParams,
  SetComplexityEvent,
  TerminateEvent,
  TerminationGround,
  WithdrawEvent,
} from './denunciation.types';

export const DENUNCIATION_MACHINE_ID = 'denunciation';
export const DENUNCIATION_MACHINE_VERSION = '1';

type Ctx = DenunciationContext;
type AnyEvent = DomainEventBase;

const dateOf = (ev: AnyEvent): IsoDate => vietnamDateOf(ev.meta.at);

// ---------------------------------------------------------------------------------------------
// Clock helpers (on top of deadlines/clock-ops)
// ---------------------------------------------------------------------------------------------

/**
 * A new thụ lý (take-over, re-resolution) or a new review starts a new period of the same kind.
 * The old clock is stopped and kept under `name:n`, so the deadline proof of the earlier period
 * (and whether it ran out: the basis of Art. 38) survives.
 */
function archiveClock(clocks: Clocks, name: string, on: IsoDate): Clocks {
  if (!clocks[name]) return clocks;
  const stopped = stopClock(clocks, name, on)[name];
  let n = 1;
  while (clocks[`${name}:${n}`]) n++;
  const { [name]: _old, ...rest } = clocks;
  return { ...rest, [`${name}:${n}`]: stopped };
}

function restartClock(clocks: Clocks, name: string, rule: TimeLimitKey, ev: AnyEvent): Clocks {
  return startClock(archiveClock(clocks, name, dateOf(ev)), name, {
    rule,
    ruleSetId: ev.meta.ruleSetId,
    on: dateOf(ev),
    event: ev.type,
  });
}

function stopAllClocks(clocks: Clocks, on: IsoDate): Clocks {
  return Object.keys(clocks).reduce((acc, name) => stopClock(acc, name, on), clocks);
}

// ---------------------------------------------------------------------------------------------
// Notices
// ---------------------------------------------------------------------------------------------

/**
 * Notices to the denouncer are skipped once every denouncer has withdrawn everything: those who
 * withdrew lose the rights of Art. 9, including the notices of Art. 9.1.c (Art. 33.2). The
 * decision of đình chỉ is the exception: Art. 34.4 sends it to the denouncer by name.
 */
function toDenouncer(ctx: Ctx, template: string, within?: TimeLimitKey): NotifyParams[] {
  return policy.hasActiveDenouncer(ctx) ? [{ recipient: 'denouncer', template, ...(within ? { within } : {}) }] : [];
}

type DomainAction =
  | { type: 'notify'; params: NotifyParams }
  | { type: 'handOver'; params: HandOverParams }
  | { type: 'remind'; params: RemindParams };

/**
 * Side effects computed from the context and the event. Used as `enqueueActions(emit(...))` in the
 * machine config, where the action names are typed.
 */
const emit =
  (build: (ctx: Ctx, ev: DenunciationEvent) => DomainAction[]) =>
  ({
    context,
    event,
    enqueue,
  }: {
    context: Ctx;
    event: DenunciationEvent;
    enqueue: (action: DomainAction) => void;
  }) => {
    for (const action of build(context, event)) enqueue(action);
  };

const notices = (build: (ctx: Ctx, ev: DenunciationEvent) => NotifyParams[]) =>
  emit((ctx, ev) => build(ctx, ev).map((params) => ({ type: 'notify' as const, params })));

/** Custody moves to the acting superior (Art. 37.1 review, Art. 38.5 take-over). */
const handOverToActor = (reason: HandOverParams['reason']) =>
  emit((_, ev) => [{ type: 'handOver', params: { to: ev.meta.actor.authority, reason } }]);

/** CONVENTIONS rule 3: record the expiry and remind the holder; the state does not change. */
const remindHolder = emit((_, ev) => [
  {
    type: 'remind',
    params: { recipient: 'holder', clock: (ev as DeadlineExpiredEvent).clock },
  },
]);

/** Art. 37.2.a: a written, reasoned notice that the case will not be resolved again; custody goes back. */
const upheldEffects = emit((ctx) => {
  const back = ctx.furtherReview?.previousHolder;
  return [
    ...toDenouncer(ctx, 'denunciation.notReResolved').map((params) => ({
      type: 'notify' as const,
      params,
    })),
    ...(back
      ? [
          {
            type: 'handOver' as const,
            params: { to: back, reason: 'review_upheld' as const },
          },
        ]
      : []),
  ];
});

// ---------------------------------------------------------------------------------------------
// Context updates shared by several transitions
// ---------------------------------------------------------------------------------------------

/** Quyết định thụ lý (Art. 29; NĐ 31 Art. 5.3 for a take-over; Art. 37.2.c for re-resolution): a new 30-day period (Art. 30.1). */
function newResolutionPeriod(ctx: Ctx, ev: AnyEvent): Partial<Ctx> {
  return {
    acceptedOn: dateOf(ev),
    resolutionRound: ctx.resolutionRound + 1,
    extensions: 0,
    clocks: restartClock(ctx.clocks, 'resolution', 'denunciation.resolution', ev),
  };
}

/** Art. 29.3 (NĐ 31 Art. 9.2): notify the denouncer of the acceptance and the denounced of the content, within 5 working days. */
const acceptanceNotices = (ctx: Ctx): NotifyParams[] => [
  ...toDenouncer(ctx, 'denunciation.accepted', 'denunciation.acceptanceNotice'),
  {
    recipient: 'denounced',
    template: 'denunciation.contentNotice',
    within: 'denunciation.acceptanceNotice',
  },
];

function recordWithdrawal(ctx: Ctx, ev: WithdrawEvent): Ctx['withdrawal'] {
  const withdrawers = ev.withdrawers ?? 1;
  const prev = ctx.withdrawal ?? {
    records: [],
    fullyWithdrawn: 0,
    continueBecause: [],
  };
  return {
    records: [
      ...prev.records,
      {
        on: dateOf(ev),
        scope: ev.scope,
        form: ev.form,
        ...(ev.form === 'minutes' ? { minutesAt: ev.minutesAt ?? 'withdrawal_visit' } : {}),
        withdrawers,
        ...(ev.continueBecause ? { continueBecause: ev.continueBecause } : {}),
      },
    ],
    fullyWithdrawn: prev.fullyWithdrawn + (ev.scope === 'all' ? withdrawers : 0),
    continueBecause:
      ev.continueBecause && !prev.continueBecause.includes(ev.continueBecause)
        ? [...prev.continueBecause, ev.continueBecause]
        : prev.continueBecause,
  };
}

const TERMINATION_OUTCOME: Record<TerminationGround, DenunciationOutcome> = {
  withdrawn: 'terminated_withdrawn',
  denounced_died: 'terminated_denounced_died',
  already_decided: 'terminated_already_decided',
};

/** Art. 34.4: the decision of đình chỉ goes to the denouncer and the denounced within 5 working days. */
const terminationNotices = (): NotifyParams[] => [
  {
    recipient: 'denouncer',
    template: 'denunciation.terminated',
    within: 'denunciation.suspensionNotice',
  },
  {
    recipient: 'denounced',
    template: 'denunciation.terminated',
    within: 'denunciation.suspensionNotice',
  },
];

// ---------------------------------------------------------------------------------------------
// Machine
// ---------------------------------------------------------------------------------------------

export const denunciationMachine = setup({
  types: {
    context: {} as DenunciationContext,
    events: {} as DenunciationEvent,
    input: {} as DenunciationInput,
  },
  actions: {
    recordHandlerAssignment: assign(({ event }) => ({ assignedHandlerId: (event as AssignHandlerEvent).handlerId })),
    // Bàn giao nguyên trạng: the successor holds the case; clocks run on unchanged.
    recordReassignment: assign(({ event }) => ({ holder: (event as ReassignEvent).to })),
    notify: (_: unknown, _params: NotifyParams) => {},
    openCase: (_: unknown, _params: OpenCaseParams) => {},
    handOver: (_: unknown, _params: HandOverParams) => {},
    remind: (_: unknown, _params: RemindParams) => {},

    // Context updates shared by several transitions (CONVENTIONS rule 6: context changes through assign).
    applyComplexity: assign(({ event }) => {
      const criteria = [...new Set((event as SetComplexityEvent).criteria)];
      return {
        complexityCriteria: criteria,
        complexity: policy.complexityOf(criteria, event.meta.ruleSetId),
      };
    }),
    recordWithdrawal: assign(({ context, event }) => ({
      withdrawal: recordWithdrawal(context, event as WithdrawEvent),
    })),
    applyTermination: assign(({ context, event }) => ({
      termination: {
        ground: (event as TerminateEvent).ground,
        on: dateOf(event),
      },
      clocks: stopAllClocks(context.clocks, dateOf(event)),
    })),
    applyWithdrawalTermination: assign(({ context, event }) => ({
      withdrawal: recordWithdrawal(context, event as WithdrawEvent),
      termination: { ground: 'withdrawn' as const, on: dateOf(event) },
      clocks: stopAllClocks(context.clocks, dateOf(event)),
    })),
    applyReport: assign(({ context, event }) => ({
      overdue: { ...context.overdue, reportedOn: dateOf(event) },
      clocks: stopClock(context.clocks, 'overdueReport', dateOf(event)),
    })),
    applyExpiry: assign(({ context, event }) => ({
      clocks: markExpired(context.clocks, (event as DeadlineExpiredEvent).clock, dateOf(event)),
    })),
    openReview: assign(({ context, event }, params: { from: FurtherReviewOrigin }) => ({
      furtherReview: {
        from: params.from,
        previousHolder: context.holder,
        receivedOn: dateOf(event),
      },
      reviewedBy: [...context.reviewedBy, event.meta.actor.authority.id],
      holder: event.meta.actor.authority,
      // Art. 37.2: 20 days from receipt of the further denunciation.
      clocks: restartClock(context.clocks, 'furtherReview', 'denunciation.furtherReview', event),
    })),
    applyPublication: assign(({ context, event }) => ({
      publishedOn: dateOf(event),
      clocks: stopClock(context.clocks, 'publication', dateOf(event)),
    })),
    applyUpheld: assign(({ context, event }) => ({
      clocks: stopClock(context.clocks, 'furtherReview', dateOf(event)),
      furtherReview: undefined,
      holder: context.furtherReview?.previousHolder ?? context.holder,
    })),
    finish: assign(({ context, event }, params: { outcome: DenunciationOutcome }) => ({
      outcome: params.outcome,
      clocks: stopAllClocks(context.clocks, dateOf(event)),
    })),
  },
  guards: {
    mayAssignHandler: ({ context, event }) => mayAssignHandler(context.holder, event as AssignHandlerEvent),
    mayReassign: ({ context, event }) => mayReassign(context.holder, event as ReassignEvent),
    openedAsFurtherDenunciation: ({ context }) => policy.isOpenedAsFurtherDenunciation(context),
    canAccept: ({ context, event }) => policy.canAccept(context, event),
    canActAsResolver: ({ context, event }) => policy.canActAsResolver(context, event),
    canForward: ({ context, event }) => policy.canForward(context, event as ForwardEvent | RedirectCompetenceEvent),
    canSetComplexity: ({ context, event }) => policy.canSetComplexity(context, event as SetComplexityEvent),
    canExtend: ({ context, event }) => policy.canExtend(context, event),
    canResume: ({ context, event }) => policy.canResume(context, event),
    canTerminate: ({ context, event }) => policy.canTerminate(context, event as TerminateEvent),
    canWithdraw: ({ context, event }) => policy.canWithdraw(context, event as WithdrawEvent),
    isWithdrawalEndingCase: ({ context, event }) => policy.isWithdrawalEndingCase(context, event as WithdrawEvent),
    canRecordHandling: ({ context, event }) => policy.canRecordHandling(context, event as RecordHandlingEvent),
    canReceiveFurtherDenunciation: ({ context, event }) => policy.canReceiveFurtherDenunciation(context, event),
    reviewFromConcluded: ({ context, event }) => policy.reviewCameFrom('concluded')(context, event),
    reviewFromHandling: ({ context, event }) => policy.reviewCameFrom('handling')(context, event),
    reviewFromMonitoring: ({ context, event }) => policy.reviewCameFrom('monitoring')(context, event),
    reviewOfEarlierResolution: ({ context, event }) => policy.reviewCameFrom(undefined)(context, event),
    canDemandReport: ({ context, event }) => policy.canDemandReport(context, event),
    canSubmitReport: ({ context, event }) => policy.canSubmitReport(context, event),
    canTakeOver: ({ context, event }) => policy.canTakeOver(context, event),
    canPublish: ({ context, event }) => policy.canPublish(context, event),
    canClose: ({ context, event }) => policy.canClose(context, event),
    isClockRunning: ({ context, event }) => policy.isClockRunning(context, event as DeadlineExpiredEvent),
  },
}).createMachine({
  id: DENUNCIATION_MACHINE_ID,
  version: DENUNCIATION_MACHINE_VERSION,
  context: ({ input }) => {
    const problems = policy.denunciationInputProblems(input);
    if (problems.length > 0) {
      throw new ValidationFailedError(problems.map((message) => ({ field: 'input', issue: 'invalid', message })));
    }
    const on = input.receivedOn;
    const criteria = [...new Set(input.complexityCriteria ?? [])];
    return {
      holder: input.holder,
      receivedOn: on,
      denounced: input.denounced,
      denouncers: input.denouncers,
      complexity: policy.complexityOf(criteria, input.meta.ruleSetId),
      complexityCriteria: criteria,
      extensions: 0,
      forwardedBefore: input.forwardedBefore,
      forwards: input.forwardedBefore ? 1 : 0,
      // Art. 37.2: 20 days from receipt of the further denunciation.
      clocks: input.furtherDenunciation
        ? startClock({}, 'furtherReview', {
            rule: 'denunciation.furtherReview',
            ruleSetId: input.meta.ruleSetId,
            on,
            event: 'open',
          })
        : {},
      resolutionRound: 0,
      previousConclusions: [],
      reviewedBy: input.furtherDenunciation ? [input.holder.id] : [],
      ...(input.furtherDenunciation ? { furtherReview: { receivedOn: on } } : {}),
    } satisfies DenunciationContext;
  },
  initial: 'opening',
  // Any open state: a reorganisation moves the holder, nothing else.
  on: {
    reassign: { guard: 'mayReassign', actions: 'recordReassignment' },
    assignHandler: { guard: 'mayAssignHandler', actions: 'recordHandlerAssignment' },
  },
  states: {
    /** Transient: picks the starting state from the input (no state is persisted here). */
    opening: {
      meta: { title: 'Mở vụ việc tố cáo' },
      always: [{ guard: 'openedAsFurtherDenunciation', target: 'furtherReview' }, { target: 'preliminaryCheck' }],
    },

    /** NĐ 31 Art. 9.1: the resolver checks the denouncer's identity and the conditions of Luật TC Art. 29.1. */
    preliminaryCheck: {
      tags: ['open'],
      meta: { title: 'Kiểm tra thông tin người tố cáo và điều kiện thụ lý' },
      on: {
        accept: {
          guard: 'canAccept',
          target: 'verifying',
          actions: [
            assign(({ context, event }) => newResolutionPeriod(context, event)),
            enqueueActions(notices((ctx) => acceptanceNotices(ctx))),
          ],
        },
        refuse: {
          guard: 'canActAsResolver',
          target: 'notAccepted',
          actions: [
            assign(({ event }) => ({
              refusal: {
                reason: event.reason,
                on: dateOf(event),
              },
            })),
            // Art. 24.1 para. 2: "thông báo ngay", no period in days.
            enqueueActions(notices((ctx) => toDenouncer(ctx, 'denunciation.notAccepted'))),
          ],
        },
        forward: {
          guard: 'canForward',
          target: 'forwarded',
          actions: [
            assign(({ context, event }) => ({
              forwards: context.forwards + 1,
              forwardedTo: event.to,
            })),
            // Art. 24.2: forward and notify the denouncer within 5 working days of receipt.
            enqueueActions(
              notices((ctx) => [
                {
                  recipient: 'receiving_body',
                  template: 'denunciation.forwarded',
                  within: 'petition.denunciationForward',
                },
                ...toDenouncer(ctx, 'denunciation.forwardedNotice', 'petition.denunciationForward'),
              ]),
            ),
          ],
        },
        transferToInvestigation: {
          guard: 'canActAsResolver',
          target: 'transferredToInvestigation',
          // Art. 27.1: "chuyển ngay", immediately; no period to count.
          actions: enqueueActions(
            notices((ctx) => [
              {
                recipient: 'investigation_body',
                template: 'denunciation.transferredToInvestigation',
              },
              ...toDenouncer(ctx, 'denunciation.transferredToInvestigationNotice'),
            ]),
          ),
        },
        // NĐ 156/2026 Art. 1 (NĐ 31 Art. 4.2) names the officer checking the acceptance conditions
        // among those who record a withdrawal: it is possible before thụ lý too.
        withdraw: [
          {
            guard: 'isWithdrawalEndingCase',
            target: 'withdrawn',
            actions: 'recordWithdrawal',
          },
          {
            guard: 'canWithdraw',
            actions: 'recordWithdrawal',
          },
        ],
        setComplexity: {
          guard: 'canSetComplexity',
          actions: 'applyComplexity',
        },
      },
    },

    /** Luật TC Art. 31 (xác minh). The file handed to verifiers is redacted by the application (Art. 56.2). */
    verifying: {
      tags: ['open'],
      meta: { title: 'Đang xác minh nội dung tố cáo', clocks: ['resolution'] },
      on: {
        conclude: {
          guard: 'canActAsResolver',
          target: 'concluded',
          actions: assign(({ context, event }) => {
            const on = dateOf(event);
            let clocks = stopClock(context.clocks, 'resolution', on);
            // Art. 35.3 (send within 5 WD) and Art. 36.1 (handle within 7 WD) both run from the conclusion date.
            clocks = restartClock(clocks, 'conclusionSending', 'denunciation.conclusionSending', event);
            clocks = restartClock(clocks, 'conclusionHandling', 'denunciation.conclusionHandling', event);
            // Art. 40.1: publish within 7 working days of the conclusion, where the rule set has the period.
            if (getRuleSet(event.meta.ruleSetId).timeLimits['denunciation.publication']) {
              clocks = restartClock(clocks, 'publication', 'denunciation.publication', event);
            }
            return {
              conclusion: event.outcome,
              concludedOn: on,
              clocks,
            };
          }),
        },
        extend: {
          guard: 'canExtend',
          actions: [
            assign(({ context, event }) => ({
              extensions: context.extensions + 1,
              clocks: extendClock(context.clocks, 'resolution', {
                on: dateOf(event),
                rule: 'denunciation.resolutionExtension',
                ruleSetId: event.meta.ruleSetId,
                reason: event.reason,
              }),
            })),
            // Art. 30.4 (NĐ 31 Art. 3.4, Mẫu 01): the extension decision goes to both parties; no period is set.
            enqueueActions(
              notices((ctx) => [
                ...toDenouncer(ctx, 'denunciation.extended'),
                { recipient: 'denounced', template: 'denunciation.extended' },
              ]),
            ),
          ],
        },
        setComplexity: {
          guard: 'canSetComplexity',
          actions: 'applyComplexity',
        },
        suspend: {
          guard: 'canActAsResolver',
          target: 'suspended',
          actions: [
            assign(({ context, event }) => {
              const ground = event.ground;
              return {
                suspension: { ground, on: dateOf(event) },
                suspendedFrom: 'verifying' as const,
                // Art. 34.2: the suspended time does not count.
                clocks: pauseClocks(context.clocks, dateOf(event), ground),
              };
            }),
            enqueueActions(
              notices((ctx) => [
                ...toDenouncer(ctx, 'denunciation.suspended', 'denunciation.suspensionNotice'),
                {
                  recipient: 'denounced',
                  template: 'denunciation.suspended',
                  within: 'denunciation.suspensionNotice',
                },
              ]),
            ),
          ],
        },
        terminate: {
          guard: 'canTerminate',
          target: 'terminated',
          actions: ['applyTermination', enqueueActions(notices(terminationNotices))],
        },
        withdraw: [
          {
            guard: 'isWithdrawalEndingCase',
            target: 'terminated',
            actions: ['applyWithdrawalTermination', enqueueActions(notices(terminationNotices))],
          },
          {
            guard: 'canWithdraw',
            actions: 'recordWithdrawal',
          },
        ],
        // Art. 27.1 and NĐ 31 Art. 16.3: signs of a crime found while verifying.
        transferToInvestigation: {
          guard: 'canActAsResolver',
          target: 'transferredToInvestigation',
          actions: enqueueActions(
            notices((ctx) => [
              {
                recipient: 'investigation_body',
                template: 'denunciation.transferredToInvestigation',
              },
              ...toDenouncer(ctx, 'denunciation.transferredToInvestigationNotice'),
            ]),
          ),
        },
        demandReport: {
          guard: 'canDemandReport',
          actions: [
            assign(({ context, event }) => ({
              overdue: { ...context.overdue, reportDemandedOn: dateOf(event) },
              // Art. 38.3: the resolver reports within 5 working days of the superior's demand.
              clocks: restartClock(context.clocks, 'overdueReport', 'denunciation.overdueReportReply', event),
            })),
            enqueueActions(
              notices((ctx) => [
                {
                  recipient: 'holder',
                  template: 'denunciation.overdueReportDemanded',
                  within: 'denunciation.overdueReportReply',
                },
                // Art. 38.4: the superior informs the denouncer that it is looking into the case.
                ...toDenouncer(ctx, 'denunciation.overdueReviewNotice'),
              ]),
            ),
          ],
        },
        // The superior's own thụ lý restarts the period (NĐ 31 Art. 5.3); the case stays in verification.
        takeOver: {
          guard: 'canTakeOver',
          actions: [
            assign(({ context, event }) => ({
              // The demand for a report lapses with the lower level's custody.
              ...newResolutionPeriod(
                { ...context, clocks: archiveClock(context.clocks, 'overdueReport', dateOf(event)) },
                event,
              ),
              holder: event.meta.actor.authority,
              overdue: { ...context.overdue, takenOverFrom: context.holder, ground: event.ground },
            })),
            enqueueActions(handOverToActor('take_over')),
            // NĐ 31 Art. 5.3: the superior issues its own thụ lý decision and informs the parties.
            enqueueActions(notices((ctx) => acceptanceNotices(ctx))),
          ],
        },
        submitReport: {
          guard: 'canSubmitReport',
          // Art. 38.3: the report goes to the direct superior that demanded it.
          actions: [
            'applyReport',
            enqueueActions(
              notices(() => [
                {
                  recipient: 'superior',
                  template: 'denunciation.overdueReport',
                },
              ]),
            ),
          ],
        },
        deadlineExpired: {
          guard: 'isClockRunning',
          actions: ['applyExpiry', enqueueActions(remindHolder)],
        },
      },
    },

    /** Luật TC Art. 34.1–2 (tạm đình chỉ): every period is paused until the resolver resumes. */
    suspended: {
      tags: ['open', 'suspended'],
      meta: {
        title: 'Tạm đình chỉ việc giải quyết tố cáo',
        clocks: ['resolution'],
      },
      on: {
        resume: {
          guard: 'canResume',
          target: 'verifying',
          actions: [
            assign(({ context, event }) => ({
              clocks: resumeClocks(context.clocks, dateOf(event)),
              suspension: undefined,
              suspendedFrom: undefined,
            })),
            // Art. 9.1.c, 10.1.a: both parties are told the resolution continues; no period is set.
            enqueueActions(
              notices((ctx) => [
                ...toDenouncer(ctx, 'denunciation.resumed'),
                { recipient: 'denounced', template: 'denunciation.resumed' },
              ]),
            ),
          ],
        },
        terminate: {
          guard: 'canTerminate',
          target: 'terminated',
          actions: ['applyTermination', enqueueActions(notices(terminationNotices))],
        },
        withdraw: [
          {
            guard: 'isWithdrawalEndingCase',
            target: 'terminated',
            actions: ['applyWithdrawalTermination', enqueueActions(notices(terminationNotices))],
          },
          {
            guard: 'canWithdraw',
            actions: 'recordWithdrawal',
          },
        ],
        setComplexity: {
          guard: 'canSetComplexity',
          actions: 'applyComplexity',
        },
        submitReport: {
          guard: 'canSubmitReport',
          // Art. 38.3: the report goes to the direct superior that demanded it.
          actions: [
            'applyReport',
            enqueueActions(
              notices(() => [
                {
                  recipient: 'superior',
                  template: 'denunciation.overdueReport',
                },
              ]),
            ),
          ],
        },
        deadlineExpired: {
          guard: 'isClockRunning',
          actions: ['applyExpiry', enqueueActions(remindHolder)],
        },
      },
    },

    /** Luật TC Art. 35: the conclusion is issued; it must be sent (5 WD) and acted on (Art. 36, 7 WD). */
    concluded: {
      tags: ['open'],
      meta: {
        title: 'Đã ban hành kết luận nội dung tố cáo',
        clocks: ['conclusionSending', 'conclusionHandling'],
      },
      on: {
        sendConclusion: {
          guard: 'canActAsResolver',
          target: 'handling',
          actions: [
            assign(({ context, event }) => ({
              clocks: stopClock(context.clocks, 'conclusionSending', dateOf(event)),
            })),
            // Art. 35.3: send the conclusion to the denounced (and its managing body, see the report) and inform the denouncer.
            enqueueActions(
              notices((ctx) => [
                {
                  recipient: 'denounced',
                  template: 'denunciation.conclusion',
                  within: 'denunciation.conclusionSending',
                },
                ...toDenouncer(ctx, 'denunciation.conclusionNotice', 'denunciation.conclusionSending'),
              ]),
            ),
          ],
        },
        // Art. 40: publish the conclusion without revealing the denouncer (Art. 40.3; the application redacts).
        publish: { guard: 'canPublish', actions: 'applyPublication' },
        furtherDenunciation: {
          guard: 'canReceiveFurtherDenunciation',
          target: 'furtherReview',
          actions: [
            { type: 'openReview', params: { from: 'concluded' } },
            enqueueActions(handOverToActor('further_denunciation')),
          ],
        },
        submitReport: {
          guard: 'canSubmitReport',
          // Art. 38.3: the report goes to the direct superior that demanded it.
          actions: [
            'applyReport',
            enqueueActions(
              notices(() => [
                {
                  recipient: 'superior',
                  template: 'denunciation.overdueReport',
                },
              ]),
            ),
          ],
        },
        deadlineExpired: {
          guard: 'isClockRunning',
          actions: ['applyExpiry', enqueueActions(remindHolder)],
        },
      },
    },

    /** Luật TC Art. 36: act on the conclusion within 7 working days of it. */
    handling: {
      tags: ['open'],
      meta: {
        title: 'Xử lý kết luận nội dung tố cáo',
        clocks: ['conclusionHandling'],
      },
      on: {
        recordHandling: {
          guard: 'canRecordHandling',
          target: 'monitoring',
          actions: [
            assign(({ context, event }) => ({
              handling: {
                measures: [...event.measures],
                on: dateOf(event),
              },
              clocks: stopClock(context.clocks, 'conclusionHandling', dateOf(event)),
            })),
            // Art. 36.2: signs of a crime go to the investigation body at once.
            enqueueActions(
              notices((_, ev) =>
                (ev as RecordHandlingEvent).measures.includes('transfer_to_investigation')
                  ? [
                      {
                        recipient: 'investigation_body',
                        template: 'denunciation.transferredToInvestigation',
                      },
                    ]
                  : [],
              ),
            ),
          ],
        },
        // Art. 40: publish the conclusion without revealing the denouncer (Art. 40.3; the application redacts).
        publish: { guard: 'canPublish', actions: 'applyPublication' },
        furtherDenunciation: {
          guard: 'canReceiveFurtherDenunciation',
          target: 'furtherReview',
          actions: [
            { type: 'openReview', params: { from: 'handling' } },
            enqueueActions(handOverToActor('further_denunciation')),
          ],
        },
        submitReport: {
          guard: 'canSubmitReport',
          // Art. 38.3: the report goes to the direct superior that demanded it.
          actions: [
            'applyReport',
            enqueueActions(
              notices(() => [
                {
                  recipient: 'superior',
                  template: 'denunciation.overdueReport',
                },
              ]),
            ),
          ],
        },
        deadlineExpired: {
          guard: 'isClockRunning',
          actions: ['applyExpiry', enqueueActions(remindHolder)],
        },
      },
    },

    /**
     * NĐ 31 Art. 18.2 (as amended by NĐ 156/2026 Art. 3) and Luật TC Art. 44.3 (as amended by
     * L136): follow-up of the implementation. No statutory period; the monthly report of the
     * original Art. 18.2 is not modelled as a clock.
     */
    monitoring: {
      tags: ['open'],
      meta: {
        title: 'Theo dõi, đôn đốc việc thực hiện kết luận nội dung tố cáo',
      },
      on: {
        close: { guard: 'canClose', target: 'closed' },
        // Art. 40: publish the conclusion without revealing the denouncer (Art. 40.3; the application redacts).
        publish: { guard: 'canPublish', actions: 'applyPublication' },
        furtherDenunciation: {
          guard: 'canReceiveFurtherDenunciation',
          target: 'furtherReview',
          actions: [
            { type: 'openReview', params: { from: 'monitoring' } },
            enqueueActions(handOverToActor('further_denunciation')),
          ],
        },
        submitReport: {
          guard: 'canSubmitReport',
          // Art. 38.3: the report goes to the direct superior that demanded it.
          actions: [
            'applyReport',
            enqueueActions(
              notices(() => [
                {
                  recipient: 'superior',
                  template: 'denunciation.overdueReport',
                },
              ]),
            ),
          ],
        },
        deadlineExpired: {
          guard: 'isClockRunning',
          actions: ['applyExpiry', enqueueActions(remindHolder)],
        },
      },
    },

    /** Luật TC Art. 37.2: the direct superior reviews the file within 20 days and decides. */
    furtherReview: {
      tags: ['open'],
      meta: { title: 'Xem xét tố cáo tiếp', clocks: ['furtherReview'] },
      on: {
        // Art. 37.2.a: the earlier resolution was lawful: no re-resolution, reasoned notice. The
        // case goes back to the resolver and to the step it had reached, because the duties of
        // Arts. 35.3, 36 and the follow-up still lie with it and their periods kept running.
        upholdResolution: [
          {
            guard: 'reviewFromConcluded',
            target: 'concluded',
            actions: [enqueueActions(upheldEffects), 'applyUpheld'],
          },
          {
            guard: 'reviewFromHandling',
            target: 'handling',
            actions: [enqueueActions(upheldEffects), 'applyUpheld'],
          },
          {
            guard: 'reviewFromMonitoring',
            target: 'monitoring',
            actions: [enqueueActions(upheldEffects), 'applyUpheld'],
          },
          // Opened from a resolution made outside this case: nothing to return to.
          {
            guard: 'reviewOfEarlierResolution',
            target: 'upheld',
            actions: [enqueueActions(upheldEffects), 'applyUpheld'],
          },
        ],
        // Art. 37.2.b–c: the superior resolves again under the full procedure (thụ lý, 30 days,
        // extensions, Arts. 31–36); the earlier conclusion is superseded.
        reResolve: {
          guard: 'canActAsResolver',
          target: 'verifying',
          actions: [
            assign(({ context, event }) => {
              const on = dateOf(event);
              let clocks = stopClock(context.clocks, 'furtherReview', on);
              clocks = archiveClock(clocks, 'conclusionSending', on);
              clocks = archiveClock(clocks, 'conclusionHandling', on);
              clocks = archiveClock(clocks, 'publication', on);
              return {
                ...newResolutionPeriod({ ...context, clocks }, event),
                previousConclusions: context.conclusion
                  ? [...context.previousConclusions, context.conclusion]
                  : context.previousConclusions,
                conclusion: undefined,
                concludedOn: undefined,
                handling: undefined,
                publishedOn: undefined,
                furtherReview: undefined,
              };
            }),
            enqueueActions(notices((ctx) => acceptanceNotices(ctx))),
          ],
        },
        // Art. 37.2.b: resolved by an authority without competence; forwarded to the competent one,
        // under the same once-only rule as any forwarding.
        redirectCompetence: {
          guard: 'canForward',
          target: 'forwarded',
          actions: [
            assign(({ context, event }) => ({
              forwards: context.forwards + 1,
              forwardedTo: event.to,
            })),
            enqueueActions(
              notices((ctx) => [
                {
                  recipient: 'receiving_body',
                  template: 'denunciation.forwarded',
                },
                ...toDenouncer(ctx, 'denunciation.forwardedNotice'),
              ]),
            ),
          ],
        },
        submitReport: {
          guard: 'canSubmitReport',
          // Art. 38.3: the report goes to the direct superior that demanded it.
          actions: [
            'applyReport',
            enqueueActions(
              notices(() => [
                {
                  recipient: 'superior',
                  template: 'denunciation.overdueReport',
                },
              ]),
            ),
          ],
        },
        deadlineExpired: {
          guard: 'isClockRunning',
          actions: ['applyExpiry', enqueueActions(remindHolder)],
        },
      },
    },

    notAccepted: {
      type: 'final',
      meta: { title: 'Không thụ lý tố cáo' },
      entry: { type: 'finish', params: { outcome: 'not_accepted' } },
    },
    forwarded: {
      type: 'final',
      meta: { title: 'Đã chuyển tố cáo đến cơ quan có thẩm quyền' },
      entry: { type: 'finish', params: { outcome: 'forwarded' } },
    },
    transferredToInvestigation: {
      type: 'final',
      meta: { title: 'Đã chuyển hồ sơ đến Cơ quan điều tra, Viện kiểm sát' },
      entry: {
        type: 'finish',
        params: { outcome: 'transferred_to_investigation' },
      },
    },
    withdrawn: {
      type: 'final',
      meta: { title: 'Người tố cáo đã rút tố cáo trước khi thụ lý' },
      entry: {
        type: 'finish',
        params: { outcome: 'withdrawn_before_acceptance' },
      },
    },
    terminated: {
      type: 'final',
      meta: { title: 'Đình chỉ việc giải quyết tố cáo' },
      entry: {
        type: 'finish',
        params: ({ context }) => ({
          outcome: TERMINATION_OUTCOME[context.termination?.ground ?? 'withdrawn'],
        }),
      },
    },
    closed: {
      type: 'final',
      meta: { title: 'Kết thúc vụ việc tố cáo' },
      // The outcome is the conclusion (the last one, after a re-resolution); `monitoring` is only
      // reached with a conclusion (canRecordHandling), so the fallback never applies.
      entry: {
        type: 'finish',
        params: ({ context }) => ({ outcome: context.conclusion ?? 'correct' }),
      },
    },
    upheld: {
      type: 'final',
      meta: { title: 'Không giải quyết lại vụ việc tố cáo' },
      entry: {
        type: 'finish',
        params: { outcome: 'previous_resolution_upheld' },
      },
    },
  },
});
