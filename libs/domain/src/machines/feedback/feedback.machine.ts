import { mayAssignHandler, type AssignHandlerEvent } from '../shared/handler-assignment';
import { mayReassign, type ReassignEvent } from '../shared/reorganisation';
import { assertEvent, assign, enqueueActions, setup } from 'xstate';
import { markExpired, startClock, stopClock } from '../../deadlines/clock-ops';
import type { Clocks } from '../../deadlines/clock';
import { vietnamDateOf } from '../../shared/iso-date';
import type { NotifyParams } from '../shared/domain-actions';
import { clockIsRunning, mayAssign, mayClose, mayForward, mayReply } from './feedback.policies';
import {
  FEEDBACK_CLOCKS,
  type FeedbackClockName,
  type FeedbackContext,
  type FeedbackEvent,
  type FeedbackHandOverParams,
  type FeedbackInput,
  type FeedbackRemindParams,
  type FeedbackSideEffect,
  type FeedbackStateMeta,
} from './feedback.types';

export const FEEDBACK_MACHINE_ID = 'feedback';
export const FEEDBACK_MACHINE_VERSION = '1';

const C = FEEDBACK_CLOCKS;

/**
 * No statute fixes how long a kiến nghị, phản ánh may take (Luật TCD, Luật KN and Luật TC are
 * silent), so the clock uses 'feedback.resolution', an authority policy flagged `policy: true`
 * in the rule set: it drives reminders and reports, never the legality of a late reply.
 */
function initialContext(input: FeedbackInput): FeedbackContext {
  const openedOn = vietnamDateOf(input.meta.at);
  const clocks: Clocks = startClock({}, C.resolution, {
    rule: 'feedback.resolution',
    ruleSetId: input.meta.ruleSetId,
    on: openedOn,
    event: 'openCase',
  });
  return {
    holder: input.holder,
    ...(input.petitionId ? { petitionId: input.petitionId } : {}),
    openedOn,
    clocks,
    assignments: [],
  };
}

type EffectOf = 'reply' | 'forward' | 'expiry';

function sideEffects(of: EffectOf, context: FeedbackContext, event: FeedbackEvent): FeedbackSideEffect[] {
  const notify = (template: string): FeedbackSideEffect => {
    const params: NotifyParams = { recipient: 'petitioner', template };
    return { type: 'notify', params };
  };
  switch (of) {
    case 'reply':
      return [notify('feedback.replied')];
    case 'forward': {
      assertEvent(event, 'forward');
      const handOver: FeedbackHandOverParams = { from: context.holder, to: event.to, reason: 'forward' };
      // Luật TCD Art. 28.1.d: the petitioner learns that the matter went to another body.
      return [{ type: 'handOver', params: handOver }, notify('feedback.forwarded')];
    }
    case 'expiry': {
      assertEvent(event, 'deadlineExpired');
      const remind: FeedbackRemindParams = {
        recipient: 'holder',
        template: 'feedback.deadlineExpired',
        clock: event.clock as FeedbackClockName,
      };
      return [{ type: 'remind', params: remind }];
    }
  }
}

const dateOf = (event: FeedbackEvent) => vietnamDateOf(event.meta.at);

export const feedbackMachine = setup({
  types: {
    context: {} as FeedbackContext,
    events: {} as FeedbackEvent,
    input: {} as FeedbackInput,
    tags: {} as 'open',
    meta: {} as FeedbackStateMeta,
  },
  guards: {
    mayAssignHandler: ({ context, event }) => mayAssignHandler(context.holder, event as AssignHandlerEvent),
    mayReassign: ({ context, event }) => mayReassign(context.holder, event as ReassignEvent),
    mayAssign: ({ context, event }) => event.type === 'assign' && mayAssign(context, event),
    mayReply: ({ context, event }) => event.type === 'reply' && mayReply(context, event),
    mayForward: ({ context, event }) => event.type === 'forward' && mayForward(context, event),
    mayClose: ({ context, event }) => event.type === 'close' && mayClose(context, event),
    clockIsRunning: ({ context, event }) => event.type === 'deadlineExpired' && clockIsRunning(context, event),
  },
  actions: {
    recordHandlerAssignment: assign(({ event }) => ({ assignedHandlerId: (event as AssignHandlerEvent).handlerId })),
    // Bàn giao nguyên trạng: the successor holds the case; clocks run on unchanged.
    recordReassignment: assign(({ event }) => ({ holder: (event as ReassignEvent).to })),
    // Side effects: performed by the application from the outbox, never here.
    notify: (_, _params: NotifyParams) => undefined,
    handOver: (_, _params: FeedbackHandOverParams) => undefined,
    remind: (_, _params: FeedbackRemindParams) => undefined,

    /** Enqueues the named side effects above; runs before the assignments of its transition. */
    emitSideEffects: enqueueActions<
      FeedbackContext,
      FeedbackEvent,
      { of: EffectOf },
      FeedbackEvent,
      never,
      FeedbackSideEffect,
      never,
      never,
      never
    >(({ context, event, enqueue }, params) => {
      for (const effect of sideEffects(params.of, context, event)) enqueue(effect);
    }),

    recordAssignment: assign(({ context, event }) => {
      assertEvent(event, 'assign');
      return {
        assignments: [...context.assignments, { unit: event.unit, on: dateOf(event), by: event.meta.actor.userId }],
      };
    }),

    recordReply: assign(({ context, event }) => {
      assertEvent(event, 'reply');
      const on = dateOf(event);
      return {
        reply: { summary: event.summary, on, by: event.meta.actor.userId },
        clocks: stopClock(context.clocks, C.resolution, on),
      };
    }),

    recordForward: assign(({ context, event }) => {
      assertEvent(event, 'forward');
      const on = dateOf(event);
      return {
        forwarded: {
          to: event.to,
          on,
          by: event.meta.actor.userId,
          ...(event.reason ? { reason: event.reason } : {}),
        },
        clocks: stopClock(context.clocks, C.resolution, on),
        outcome: 'forwarded' as const,
      };
    }),

    recordClosure: assign(({ event }) => ({ closedOn: dateOf(event), outcome: 'closed' as const })),

    recordExpiry: assign(({ context, event }) => {
      assertEvent(event, 'deadlineExpired');
      return { clocks: markExpired(context.clocks, event.clock, dateOf(event)) };
    }),
  },
}).createMachine({
  id: FEEDBACK_MACHINE_ID,
  version: FEEDBACK_MACHINE_VERSION,
  context: ({ input }) => initialContext(input),
  initial: 'handling',
  // Any open state: a reorganisation moves the holder, nothing else.
  on: {
    reassign: { guard: 'mayReassign', actions: 'recordReassignment' },
    assignHandler: { guard: 'mayAssignHandler', actions: 'recordHandlerAssignment' },
  },
  states: {
    handling: {
      tags: ['open'],
      meta: { title: 'Đang nghiên cứu, xem xét, giải quyết', clocks: [C.resolution] },
      on: {
        assign: { guard: 'mayAssign', actions: 'recordAssignment' },
        reply: {
          guard: 'mayReply',
          target: 'replied',
          actions: [{ type: 'emitSideEffects', params: { of: 'reply' } }, 'recordReply'],
        },
        forward: {
          guard: 'mayForward',
          target: 'forwarded',
          actions: [{ type: 'emitSideEffects', params: { of: 'forward' } }, 'recordForward'],
        },
        deadlineExpired: {
          guard: 'clockIsRunning',
          actions: [{ type: 'emitSideEffects', params: { of: 'expiry' } }, 'recordExpiry'],
        },
      },
    },
    replied: {
      tags: ['open'],
      meta: { title: 'Đã trả lời, chờ kết thúc' },
      on: {
        close: { guard: 'mayClose', target: 'closed', actions: 'recordClosure' },
      },
    },
    forwarded: { type: 'final', meta: { title: 'Đã chuyển cơ quan có thẩm quyền' } },
    closed: { type: 'final', meta: { title: 'Đã kết thúc' } },
  },
});

export type FeedbackMachine = typeof feedbackMachine;
export type FeedbackStateValue = 'handling' | 'replied' | 'forwarded' | 'closed';
