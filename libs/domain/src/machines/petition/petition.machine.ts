import { mayReassign, type ReassignEvent } from '../shared/reorganisation';
import { assertEvent, assign, enqueueActions, setup } from 'xstate';
import type { Clocks } from '../../deadlines/clock';
import { isRunning, markExpired, setVariant, startClock, stopClock } from '../../deadlines/clock-ops';
import { getRuleSet } from '../../rules/rule-set.registry';
import type { RuleSetId, TimeLimitKey } from '../../rules/rule-set.types';
import type { IsoDate } from '../../shared/iso-date';
import type { NoticeRecipient, NotifyParams, OpenCaseParams } from '../shared/domain-actions';
import {
  arrivedForwarded,
  caseKindOf,
  clockIsRunning,
  currentCustody,
  dateOf,
  hasRepeatedAuthority,
  mayAccept,
  mayClassify,
  mayDecline,
  mayDismiss,
  mayExtendInitialCheck,
  mayFile,
  mayForward,
  mayGuide,
  mayReceive,
  mayRequestSplit,
  mayReturnToExternalForwarder,
  mayReturnToForwardingAuthority,
  mayUrge,
} from './petition.policies';
import {
  PETITION_CLOCKS,
  PETITION_OUTCOME_OF,
  type CustodyEntry,
  type CustodyVia,
  type DispositionRecord,
  type PetitionClassification,
  type PetitionContext,
  type PetitionDisposition,
  type PetitionEvent,
  type PetitionInput,
  type PetitionSideEffect,
  type PetitionClockName,
  type PetitionStateMeta,
  type HandOverParams,
  type RemindParams,
} from './petition.types';

export const PETITION_MACHINE_ID = 'petition';
export const PETITION_MACHINE_VERSION = '1';

const C = PETITION_CLOCKS;

/** The clocks every holder runs while the đơn is with it (meta.clocks of the open states). */
const HOLDER_CLOCKS = [C.processing, C.processingCeiling] as const;

// ---------------------------------------------------------------------------------------------
// Clocks
// ---------------------------------------------------------------------------------------------

const START_EVENT_OF: Record<CustodyVia, string> = {
  intake: 'intake',
  forward: 'forward',
  return: 'returnToSender',
  reorganisation: 'reassign',
};

/**
 * A holder's own processing periods run from the day the đơn reaches its inbox: a forwarded or
 * returned đơn is a new receipt for the authority that gets it (TT 07/2014 Art. 5.3; ND154/2026
 * Art. 41.3.b counts the 45 days "kể từ ngày tiếp nhận đơn").
 */
function startHolderClocks(on: IsoDate, ruleSetId: RuleSetId, via: CustodyVia): Clocks {
  const event = START_EVENT_OF[via];
  let clocks: Clocks = {};
  clocks = startClock(clocks, C.processing, { rule: 'petition.processing', ruleSetId, on, event });
  clocks = startClock(clocks, C.processingCeiling, { rule: 'petition.processingCeiling', ruleSetId, on, event });
  return clocks;
}

function stopAllClocks(clocks: Clocks, on: IsoDate): Clocks {
  return Object.keys(clocks).reduce((acc, name) => stopClock(acc, name, on), clocks);
}

/** Starts or stops a clock so that it runs exactly when `wanted`; a running clock is left alone. */
function syncClock(
  clocks: Clocks,
  name: string,
  wanted: boolean,
  start: { rule: TimeLimitKey; ruleSetId: RuleSetId; on: IsoDate; event: string },
  today: IsoDate,
): Clocks {
  const running = isRunning(clocks[name]);
  if (wanted && !running) return startClock(clocks, name, start);
  if (!wanted && running) return stopClock(clocks, name, today);
  return clocks;
}

/**
 * The tố cáo periods of Luật TC Arts. 24.1, 24.2 and 26.2 count from the day this holder
 * received the đơn, not from the day it was classified; they start once the content is known
 * and stop if a reclassification shows they do not apply.
 */
function syncDenunciationClocks(
  context: PetitionContext,
  c: PetitionClassification,
  today: IsoDate,
  ruleSetId: RuleSetId,
): Clocks {
  const custody = currentCustody(context);
  const start = { ruleSetId, on: custody.from, event: START_EVENT_OF[custody.via] };
  const denunciation = c.contentKind === 'denunciation';
  let clocks = context.clocks;
  clocks = syncClock(
    clocks,
    C.denunciationInitialCheck,
    denunciation,
    { ...start, rule: 'petition.denunciationInitialCheck' },
    today,
  );
  clocks = syncClock(
    clocks,
    C.denunciationForward,
    denunciation && !c.withinCompetence,
    { ...start, rule: 'petition.denunciationForward' },
    today,
  );
  clocks = syncClock(
    clocks,
    C.forwardedDenunciationReport,
    denunciation && arrivedForwarded(context),
    { ...start, rule: 'petition.forwardedDenunciationReport' },
    today,
  );
  return clocks;
}

// ---------------------------------------------------------------------------------------------
// Context updates
// ---------------------------------------------------------------------------------------------

function initialContext(input: PetitionInput): PetitionContext {
  const ruleSetId = input.meta.ruleSetId;
  let clocks = startHolderClocks(input.receivedOn, ruleSetId, 'intake');
  if (input.fromReception) {
    clocks = startClock(clocks, C.receptionReply, {
      rule: 'petition.receptionReply',
      ruleSetId,
      on: input.receivedOn,
      event: 'intake',
    });
  }
  return {
    holder: input.holder,
    receivedOn: input.receivedOn,
    channel: input.channel,
    fromReception: input.fromReception,
    ...(input.forwardedBy ? { forwardedBy: input.forwardedBy } : {}),
    custody: [{ authority: input.holder, from: input.receivedOn, via: 'intake' }],
    forwards: [],
    forwardCount: 0,
    bounced: false,
    clocks,
  };
}

const replaceLast = <T>(list: readonly T[], item: T): T[] => [...list.slice(0, -1), item];

/** Closes the current holder's spell, keeping what it decided (and, when it leaves, its clocks). */
function closeCustody(context: PetitionContext, disposition: PetitionDisposition, leftOn?: IsoDate): CustodyEntry[] {
  const entry: CustodyEntry = { ...currentCustody(context), disposition };
  if (context.classification) entry.classification = context.classification;
  if (leftOn) {
    entry.to = leftOn;
    entry.clocks = stopAllClocks(context.clocks, leftOn);
  }
  return replaceLast(context.custody, entry);
}

function classificationOf(event: Extract<PetitionEvent, { type: 'classify' }>): PetitionClassification {
  const on = dateOf(event);
  const threshold = getRuleSet(event.meta.ruleSetId).thresholds.manySignatories;
  return {
    contentKind: event.contentKind,
    eligible: event.eligible,
    ...(event.ineligibleReason ? { ineligibleReason: event.ineligibleReason } : {}),
    withinCompetence: event.withinCompetence,
    ...(event.competentBodyType ? { competentBodyType: event.competentBodyType } : {}),
    signatories: event.signatories,
    many: event.signatories >= threshold,
    originalsAttached: event.originalsAttached,
    ...(event.anonymousOrImpersonated !== undefined ? { anonymousOrImpersonated: event.anonymousOrImpersonated } : {}),
    ...(event.competentBodyAlreadyHasIt !== undefined
      ? { competentBodyAlreadyHasIt: event.competentBodyAlreadyHasIt }
      : {}),
    ...(event.belongsToLowerLevelAndOverdue !== undefined
      ? { belongsToLowerLevelAndOverdue: event.belongsToLowerLevelAndOverdue }
      : {}),
    classifiedOn: on,
  };
}

function dispositionRecordOf(
  context: PetitionContext,
  disposition: Exclude<PetitionDisposition, 'forward'>,
  event: PetitionEvent,
): DispositionRecord {
  const record: DispositionRecord = { disposition, on: dateOf(event), by: event.meta.actor.userId };
  switch (event.type) {
    case 'accept': {
      const kind = context.classification && caseKindOf(context.classification.contentKind);
      if (kind) record.caseKind = kind;
      break;
    }
    case 'guide':
      if (event.guidedTo) record.guidedTo = event.guidedTo;
      break;
    case 'returnToSender':
      record.reason = event.reason;
      break;
    case 'urge':
      record.urged = event.lower;
      break;
    case 'file':
      record.fileReason = event.reason;
      break;
    case 'dismiss':
      record.dismissalReason = event.reason;
      if (event.managementInspection) record.managementInspection = true;
      break;
    default:
      break;
  }
  return record;
}

// ---------------------------------------------------------------------------------------------
// Side effects (computed from the context before the transition's assignments)
// ---------------------------------------------------------------------------------------------

type EffectOf =
  | 'accept'
  | 'guide'
  | 'forward'
  | 'returnToExternal'
  | 'returnToAuthority'
  | 'decline'
  | 'urge'
  | 'requestSplit'
  | 'file'
  | 'dismiss'
  | 'expiry';

function notice(recipient: NoticeRecipient, template: string, within?: TimeLimitKey): PetitionSideEffect {
  const params: NotifyParams = within ? { recipient, template, within } : { recipient, template };
  return { type: 'notify', params };
}

/** Luật TCD Art. 28.1: after a reception session, the sender hears the outcome within 10 working days. */
const replyWithin = (context: PetitionContext): TimeLimitKey | undefined =>
  isRunning(context.clocks[C.receptionReply]) ? 'petition.receptionReply' : undefined;

/**
 * Whoever forwarded the đơn hears what became of it (TT 07/2014 Art. 29.1); for a tố cáo
 * within 20 days of receipt (Luật TC Art. 26.2; NĐ 31/2019 Art. 20.3).
 */
function forwarderNotice(context: PetitionContext): PetitionSideEffect[] {
  if (!arrivedForwarded(context)) return [];
  const within = isRunning(context.clocks[C.forwardedDenunciationReport])
    ? 'petition.forwardedDenunciationReport'
    : undefined;
  return [notice('forwarding_body', 'petition.processingResult', within)];
}

/** TT 07/2014 Art. 10: original documents go back to a sender whose đơn is not accepted. */
const originalsBack = (context: PetitionContext): PetitionSideEffect[] =>
  context.classification?.originalsAttached ? [notice('petitioner', 'petition.originalsReturned')] : [];

function sideEffects(of: EffectOf, context: PetitionContext, event: PetitionEvent): PetitionSideEffect[] {
  const c = context.classification;
  const reply = replyWithin(context);
  switch (of) {
    case 'accept': {
      const kind = c && caseKindOf(c.contentKind);
      const open: PetitionSideEffect[] = kind ? [{ type: 'openCase', params: { kind } }] : [];
      return [
        ...open,
        ...(reply ? [notice('petitioner', 'petition.accepted', reply)] : []),
        ...forwarderNotice(context),
      ];
    }
    case 'guide':
      return [notice('petitioner', 'petition.guided', reply), ...originalsBack(context), ...forwarderNotice(context)];
    case 'forward': {
      assertEvent(event, 'forward');
      const handOver: HandOverParams = { from: context.holder, to: event.to, reason: 'forward' };
      // Luật TC Art. 24.2: a forwarded tố cáo is notified to the denouncer within the 5 working days.
      const within = c?.contentKind === 'denunciation' ? 'petition.denunciationForward' : reply;
      return [
        { type: 'handOver', params: handOver },
        notice('petitioner', 'petition.forwarded', within),
        ...forwarderNotice(context),
      ];
    }
    case 'returnToExternal':
      return [notice('forwarding_body', 'petition.returnedToForwarder')];
    case 'returnToAuthority': {
      const back = context.forwards[context.forwards.length - 1];
      if (!back) return [];
      return [
        { type: 'handOver', params: { from: context.holder, to: back.from, reason: 'return' } },
        notice('forwarding_body', 'petition.returnedNotCompetent'),
      ];
    }
    case 'decline': {
      if (!context.forwardedTo) return [];
      return [
        { type: 'handOver', params: { from: context.forwardedTo, to: context.holder, reason: 'return' } },
        notice('forwarding_body', 'petition.returnedNotCompetent'),
      ];
    }
    case 'urge': {
      assertEvent(event, 'urge');
      const remind: RemindParams = {
        recipient: 'lower_authority',
        authority: event.lower,
        template: c?.contentKind === 'denunciation' ? 'petition.urgeDenunciation' : 'petition.urgeComplaint',
      };
      return [
        { type: 'remind', params: remind },
        ...(reply ? [notice('petitioner', 'petition.urged', reply)] : []),
        ...forwarderNotice(context),
      ];
    }
    case 'requestSplit':
      return [
        notice('petitioner', 'petition.splitRequested', reply),
        ...originalsBack(context),
        ...forwarderNotice(context),
      ];
    case 'file': {
      // Luật TC Art. 24.1: a denouncer is told at once why the tố cáo is not taken up.
      const tell = !!reply || (c?.contentKind === 'denunciation' && !c.anonymousOrImpersonated);
      return [
        ...(tell ? [notice('petitioner', 'petition.filed', reply)] : []),
        ...originalsBack(context),
        ...forwarderNotice(context),
      ];
    }
    case 'dismiss': {
      assertEvent(event, 'dismiss');
      const inspection = event.managementInspection
        ? [notice('inspectorate', 'petition.denunciationForInspection')]
        : [];
      return [...inspection, ...forwarderNotice(context)];
    }
    case 'expiry': {
      assertEvent(event, 'deadlineExpired');
      const clock = event.clock as PetitionClockName;
      const remind: RemindParams = { recipient: 'holder', template: 'petition.deadlineExpired', clock };
      // ND154/2026 Art. 41.3.b: 45 days without processing is a disciplinary matter.
      const escalate =
        clock === C.processingCeiling ? [notice('inspectorate', 'petition.processingCeilingExceeded')] : [];
      return [{ type: 'remind', params: remind }, ...escalate];
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Machine
// ---------------------------------------------------------------------------------------------

type FinalDisposition = Exclude<PetitionDisposition, 'forward'>;

export const petitionMachine = setup({
  types: {
    context: {} as PetitionContext,
    events: {} as PetitionEvent,
    input: {} as PetitionInput,
    tags: {} as 'open',
    meta: {} as PetitionStateMeta,
  },
  guards: {
    mayReassign: ({ context, event }) => mayReassign(context.holder, event as ReassignEvent),
    mayClassify: ({ context, event }) => event.type === 'classify' && mayClassify(context, event),
    mayAccept: ({ context, event }) => event.type === 'accept' && mayAccept(context, event),
    mayGuide: ({ context, event }) => event.type === 'guide' && mayGuide(context, event),
    mayForward: ({ context, event }) => event.type === 'forward' && mayForward(context, event),
    mayReturnToExternalForwarder: ({ context, event }) =>
      event.type === 'returnToSender' && mayReturnToExternalForwarder(context, event),
    mayReturnToForwardingAuthority: ({ context, event }) =>
      event.type === 'returnToSender' && mayReturnToForwardingAuthority(context, event),
    mayUrge: ({ context, event }) => event.type === 'urge' && mayUrge(context, event),
    mayRequestSplit: ({ context, event }) => event.type === 'requestSplit' && mayRequestSplit(context, event),
    mayFile: ({ context, event }) => event.type === 'file' && mayFile(context, event),
    mayDismiss: ({ context, event }) => event.type === 'dismiss' && mayDismiss(context, event),
    mayExtendInitialCheck: ({ context, event }) =>
      event.type === 'extendInitialCheck' && mayExtendInitialCheck(context, event),
    mayReceive: ({ context, event }) => event.type === 'receive' && mayReceive(context, event),
    mayDecline: ({ context, event }) => event.type === 'returnToSender' && mayDecline(context, event),
    clockIsRunning: ({ context, event }) => event.type === 'deadlineExpired' && clockIsRunning(context, event),
  },
  actions: {
    recordReassignment: assign(({ context, event }) => {
      const e = event as ReassignEvent;
      const on = dateOf(event);
      const left: CustodyEntry = { ...currentCustody(context), to: on };
      return {
        holder: e.to,
        custody: [...replaceLast(context.custody, left), { authority: e.to, from: on, via: 'reorganisation' as const }],
      };
    }),
    // Side effects: performed by the application from the outbox, never here.
    notify: (_, _params: NotifyParams) => undefined,
    openCase: (_, _params: OpenCaseParams) => undefined,
    handOver: (_, _params: HandOverParams) => undefined,
    remind: (_, _params: RemindParams) => undefined,

    /** Enqueues the named side effects above; runs before the assignments of its transition. */
    emitSideEffects: enqueueActions<
      PetitionContext,
      PetitionEvent,
      { of: EffectOf },
      PetitionEvent,
      never,
      PetitionSideEffect,
      never,
      never,
      never
    >(({ context, event, enqueue }, params) => {
      for (const effect of sideEffects(params.of, context, event)) enqueue(effect);
    }),

    recordClassification: assign(({ context, event }) => {
      assertEvent(event, 'classify');
      const classification = classificationOf(event);
      return {
        classification,
        clocks: syncDenunciationClocks(context, classification, dateOf(event), event.meta.ruleSetId),
      };
    }),

    recordInitialCheckExtension: assign(({ context, event }) => {
      assertEvent(event, 'extendInitialCheck');
      return {
        clocks: setVariant(context.clocks, C.denunciationInitialCheck, 'complex'),
        initialCheckExtended: { on: dateOf(event), reason: event.reason },
      };
    }),

    recordExpiry: assign(({ context, event }) => {
      assertEvent(event, 'deadlineExpired');
      return { clocks: markExpired(context.clocks, event.clock, dateOf(event)) };
    }),

    recordForward: assign(({ context, event }) => {
      assertEvent(event, 'forward');
      const on = dateOf(event);
      const contentKind = context.classification?.contentKind ?? 'feedback';
      return {
        custody: closeCustody(context, 'forward', on),
        forwards: [...context.forwards, { from: context.holder, to: event.to, on, contentKind }],
        forwardCount: context.forwardCount + 1,
        forwardedTo: event.to,
        classification: undefined,
        // The receiver's own periods: they run from the day the đơn lands in its inbox.
        clocks: startHolderClocks(on, event.meta.ruleSetId, 'forward'),
      };
    }),

    recordReceipt: assign(({ context, event }) => {
      assertEvent(event, 'receive');
      const receiver = context.forwardedTo;
      const forward = context.forwards[context.forwards.length - 1];
      if (!receiver || !forward) return {};
      const custody: CustodyEntry[] = [
        ...context.custody,
        { authority: receiver, from: forward.on, via: 'forward', acknowledgedOn: dateOf(event) },
      ];
      return { holder: receiver, forwardedTo: undefined, custody, bounced: hasRepeatedAuthority(custody) };
    }),

    recordDecline: assign(({ context, event }) => {
      assertEvent(event, 'returnToSender');
      const on = dateOf(event);
      const forward = context.forwards[context.forwards.length - 1];
      if (!forward) return {};
      const declined = {
        ...forward,
        declined: { on, reason: event.reason, receiverClocks: stopAllClocks(context.clocks, on) },
      };
      const custody: CustodyEntry[] = [...context.custody, { authority: context.holder, from: on, via: 'return' }];
      return {
        forwards: replaceLast(context.forwards, declined),
        forwardedTo: undefined,
        custody,
        bounced: hasRepeatedAuthority(custody),
        clocks: startHolderClocks(on, event.meta.ruleSetId, 'return'),
      };
    }),

    recordReturnToForwardingAuthority: assign(({ context, event }) => {
      assertEvent(event, 'returnToSender');
      const on = dateOf(event);
      const forward = context.forwards[context.forwards.length - 1];
      if (!forward) return {};
      const declined = { ...forward, declined: { on, reason: event.reason } };
      const custody: CustodyEntry[] = [
        ...closeCustody(context, 'returnToSender', on),
        { authority: forward.from, from: on, via: 'return' },
      ];
      return {
        holder: forward.from,
        forwards: replaceLast(context.forwards, declined),
        classification: undefined,
        custody,
        bounced: hasRepeatedAuthority(custody),
        clocks: startHolderClocks(on, event.meta.ruleSetId, 'return'),
      };
    }),

    /** Every disposition ends this holder's periods and sets the outcome. */
    recordDisposition: assign(({ context, event }, params: { disposition: FinalDisposition }) => {
      const on = dateOf(event);
      return {
        clocks: stopAllClocks(context.clocks, on),
        custody: closeCustody(context, params.disposition),
        disposition: dispositionRecordOf(context, params.disposition, event),
        outcome: PETITION_OUTCOME_OF[params.disposition],
      };
    }),
  },
}).createMachine({
  id: PETITION_MACHINE_ID,
  version: PETITION_MACHINE_VERSION,
  context: ({ input }) => initialContext(input),
  initial: 'received',
  // Any open state: a reorganisation moves the holder, nothing else.
  on: { reassign: { guard: 'mayReassign', actions: 'recordReassignment' } },
  states: {
    received: {
      tags: ['open'],
      meta: { title: 'Đã tiếp nhận, chờ phân loại', clocks: HOLDER_CLOCKS },
      on: {
        classify: { guard: 'mayClassify', target: 'classified', actions: 'recordClassification' },
        deadlineExpired: {
          guard: 'clockIsRunning',
          actions: [{ type: 'emitSideEffects', params: { of: 'expiry' } }, 'recordExpiry'],
        },
      },
    },
    classified: {
      tags: ['open'],
      meta: { title: 'Đã phân loại, chờ xử lý', clocks: HOLDER_CLOCKS },
      on: {
        // Reclassification is allowed until a disposition is taken.
        classify: { guard: 'mayClassify', actions: 'recordClassification' },
        extendInitialCheck: { guard: 'mayExtendInitialCheck', actions: 'recordInitialCheckExtension' },
        accept: {
          guard: 'mayAccept',
          target: 'accepted',
          actions: [
            { type: 'emitSideEffects', params: { of: 'accept' } },
            { type: 'recordDisposition', params: { disposition: 'accept' } },
          ],
        },
        guide: {
          guard: 'mayGuide',
          target: 'guided',
          actions: [
            { type: 'emitSideEffects', params: { of: 'guide' } },
            { type: 'recordDisposition', params: { disposition: 'guide' } },
          ],
        },
        forward: {
          guard: 'mayForward',
          target: 'forwarded',
          actions: [{ type: 'emitSideEffects', params: { of: 'forward' } }, 'recordForward'],
        },
        returnToSender: [
          {
            guard: 'mayReturnToExternalForwarder',
            target: 'returned',
            actions: [
              { type: 'emitSideEffects', params: { of: 'returnToExternal' } },
              { type: 'recordDisposition', params: { disposition: 'returnToSender' } },
            ],
          },
          {
            guard: 'mayReturnToForwardingAuthority',
            target: 'received',
            actions: [
              { type: 'emitSideEffects', params: { of: 'returnToAuthority' } },
              'recordReturnToForwardingAuthority',
            ],
          },
        ],
        urge: {
          guard: 'mayUrge',
          target: 'urged',
          actions: [
            { type: 'emitSideEffects', params: { of: 'urge' } },
            { type: 'recordDisposition', params: { disposition: 'urge' } },
          ],
        },
        requestSplit: {
          guard: 'mayRequestSplit',
          target: 'splitRequested',
          actions: [
            { type: 'emitSideEffects', params: { of: 'requestSplit' } },
            { type: 'recordDisposition', params: { disposition: 'requestSplit' } },
          ],
        },
        file: {
          guard: 'mayFile',
          target: 'filed',
          actions: [
            { type: 'emitSideEffects', params: { of: 'file' } },
            { type: 'recordDisposition', params: { disposition: 'file' } },
          ],
        },
        dismiss: {
          guard: 'mayDismiss',
          target: 'notProcessed',
          actions: [
            { type: 'emitSideEffects', params: { of: 'dismiss' } },
            { type: 'recordDisposition', params: { disposition: 'dismiss' } },
          ],
        },
        deadlineExpired: {
          guard: 'clockIsRunning',
          actions: [{ type: 'emitSideEffects', params: { of: 'expiry' } }, 'recordExpiry'],
        },
      },
    },
    forwarded: {
      tags: ['open'],
      // The receiving authority's clocks: they run while the đơn waits in its inbox.
      meta: { title: 'Đã chuyển đơn, chờ cơ quan nhận tiếp nhận', clocks: HOLDER_CLOCKS },
      on: {
        receive: { guard: 'mayReceive', target: 'received', actions: 'recordReceipt' },
        returnToSender: {
          guard: 'mayDecline',
          target: 'received',
          actions: [{ type: 'emitSideEffects', params: { of: 'decline' } }, 'recordDecline'],
        },
        deadlineExpired: {
          guard: 'clockIsRunning',
          actions: [{ type: 'emitSideEffects', params: { of: 'expiry' } }, 'recordExpiry'],
        },
      },
    },
    accepted: { type: 'final', meta: { title: 'Đã đề xuất thụ lý, chuyển sang giải quyết' } },
    guided: { type: 'final', meta: { title: 'Đã hướng dẫn người gửi đơn' } },
    returned: { type: 'final', meta: { title: 'Đã trả lại đơn cho nơi chuyển đến' } },
    urged: { type: 'final', meta: { title: 'Đã đôn đốc cấp dưới giải quyết' } },
    splitRequested: { type: 'final', meta: { title: 'Đã hướng dẫn tách đơn' } },
    filed: { type: 'final', meta: { title: 'Đã xếp lưu đơn' } },
    notProcessed: { type: 'final', meta: { title: 'Không xử lý' } },
  },
});

export type PetitionMachine = typeof petitionMachine;
export type PetitionStateValue =
  | 'received'
  | 'classified'
  | 'forwarded'
  | 'accepted'
  | 'guided'
  | 'returned'
  | 'urged'
  | 'splitRequested'
  | 'filed'
  | 'notProcessed';
