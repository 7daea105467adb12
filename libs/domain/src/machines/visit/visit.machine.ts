import { assertEvent, assign, enqueueActions, setup } from 'xstate';
import { markExpired, startClock, stopClock } from '../../deadlines/clock-ops';
import { RECEPTION_REPLY_RULE } from '../../reception/reception-reply.rule';
import { refusalDecision } from '../../reception/refusal.rule';
import { getRuleSet } from '../../rules/rule-set.registry';
import { vietnamDateOf } from '../../shared/iso-date';
import type { NotifyParams } from '../shared/domain-actions';
import { mayReassign } from '../shared/reorganisation';
import {
  clockIsRunning,
  guidedOrAnswered,
  mayIssueRefusalNotice,
  mayReply,
  receivedContent,
  refusedOnTheSpot,
  refusedWithNotice,
  visitRuleSetId,
} from './visit.policies';
import {
  VISIT_CLOCKS,
  type VisitClockName,
  type VisitContext,
  type VisitEvent,
  type VisitInput,
  type VisitRemindParams,
  type VisitResultRecord,
  type VisitSideEffect,
  type VisitStateMeta,
} from './visit.types';

export const VISIT_MACHINE_ID = 'visit';
export const VISIT_MACHINE_VERSION = '1';

const C = VISIT_CLOCKS;
const dateOf = (event: VisitEvent) => vietnamDateOf(event.meta.at);

type EffectOf = 'reply' | 'expiry';

function sideEffects(of: EffectOf, event: VisitEvent): VisitSideEffect[] {
  switch (of) {
    case 'reply': {
      assertEvent(event, 'reply');
      // Luật TCD Art. 28.1: answered in person, or by a written notice the outbox sends; the
      // answers of the đơn logged at the visit went out with each đơn's own notice.
      if (event.form !== 'written' || event.petitions) return [];
      const params: NotifyParams = {
        recipient: 'petitioner',
        template: `reception.reply.${event.kind}`,
        within: 'petition.receptionReply',
      };
      return [{ type: 'notify', params }];
    }
    case 'expiry': {
      assertEvent(event, 'deadlineExpired');
      const remind: VisitRemindParams = {
        recipient: 'holder',
        template: 'visit.deadlineExpired',
        clock: event.clock as VisitClockName,
      };
      return [{ type: 'remind', params: remind }];
    }
  }
}

/**
 * Lượt tiếp công dân. Registered with what the citizen said; then its result: content received
 * (đơn logged) starts the 10-working-day reply of Luật TCD Art. 28.1, counted from the visit's
 * day; a refusal on a ground that needs a written notice waits for it (3 working days from
 * 2026-07-01, ND154/2026 Art. 4.3); guidance and an answer on the spot end the visit.
 */
export const visitMachine = setup({
  types: {
    context: {} as VisitContext,
    events: {} as VisitEvent,
    input: {} as VisitInput,
    tags: {} as 'open',
    meta: {} as VisitStateMeta,
  },
  guards: {
    receivedContent: ({ context, event }) => event.type === 'recordResult' && receivedContent(context, event),
    guidedOrAnswered: ({ context, event }) => event.type === 'recordResult' && guidedOrAnswered(context, event),
    refusedWithNotice: ({ context, event }) => event.type === 'recordResult' && refusedWithNotice(context, event),
    refusedOnTheSpot: ({ context, event }) => event.type === 'recordResult' && refusedOnTheSpot(context, event),
    mayReply: ({ context, event }) => event.type === 'reply' && mayReply(context, event),
    mayIssueRefusalNotice: ({ context, event }) =>
      event.type === 'issueRefusalNotice' && mayIssueRefusalNotice(context, event),
    clockIsRunning: ({ context, event }) => event.type === 'deadlineExpired' && clockIsRunning(context, event),
    mayReassign: ({ context, event }) => event.type === 'reassign' && mayReassign(context.holder, event),
  },
  actions: {
    notify: (_, _params: NotifyParams) => undefined,
    remind: (_, _params: VisitRemindParams) => undefined,
    emitSideEffects: enqueueActions<
      VisitContext,
      VisitEvent,
      { of: EffectOf },
      VisitEvent,
      never,
      VisitSideEffect,
      never,
      never,
      never
    >(({ event, enqueue }, params) => {
      for (const effect of sideEffects(params.of, event)) enqueue(effect);
    }),

    recordResult: assign(({ context, event }) => {
      assertEvent(event, 'recordResult');
      const on = dateOf(event);
      const by = event.meta.actor.userId;
      const ruleSetId = visitRuleSetId(context);
      switch (event.kind) {
        case 'received': {
          const result: VisitResultRecord = { kind: 'received', petitionIds: [...event.petitionIds], on, by };
          const clocks = startClock(context.clocks, C.reply, {
            rule: RECEPTION_REPLY_RULE,
            ruleSetId,
            on: context.visitedOn,
            event: 'recordResult',
          });
          return { result, clocks };
        }
        case 'refused': {
          const decision = refusalDecision(getRuleSet(ruleSetId), event.ground);
          const result: VisitResultRecord = {
            kind: 'refused',
            ground: event.ground,
            noticeRequired: decision.noticeRequired,
            on,
            by,
          };
          // "kể từ ngày có đủ căn cứ từ chối": the day of the visit at which the ground arose.
          const clocks = decision.noticeRule
            ? startClock(context.clocks, C.refusalNotice, {
                rule: decision.noticeRule,
                ruleSetId,
                on: context.visitedOn,
                event: 'recordResult',
              })
            : context.clocks;
          return { result, clocks, ...(decision.noticeRequired ? {} : { outcome: 'refused' as const }) };
        }
        case 'guided':
        case 'answered':
          return { result: { kind: event.kind, on, by }, outcome: event.kind };
      }
    }),

    recordReply: assign(({ context, event }) => {
      assertEvent(event, 'reply');
      const on = dateOf(event);
      return {
        reply: {
          kind: event.kind,
          form: event.form,
          on,
          by: event.meta.actor.userId,
          ...(event.petitions ? { petitions: event.petitions.map((p) => ({ ...p })) } : {}),
        },
        clocks: stopClock(context.clocks, C.reply, on),
        outcome: 'replied' as const,
      };
    }),

    recordRefusalNotice: assign(({ context, event }) => {
      assertEvent(event, 'issueRefusalNotice');
      const on = dateOf(event);
      return {
        refusalNotice: { on, by: event.meta.actor.userId, ...(event.reference ? { reference: event.reference } : {}) },
        clocks: stopClock(context.clocks, C.refusalNotice, on),
        outcome: 'refused' as const,
      };
    }),

    /**
     * A reorganisation hands an open visit to the successor, which owes what is left (the reply,
     * the refusal notice) on the same periods; the visit stays in the register that recorded it.
     */
    recordReassignment: assign(({ event }) => {
      assertEvent(event, 'reassign');
      return { holder: event.to };
    }),

    recordExpiry: assign(({ context, event }) => {
      assertEvent(event, 'deadlineExpired');
      return { clocks: markExpired(context.clocks, event.clock, dateOf(event)) };
    }),
  },
}).createMachine({
  id: VISIT_MACHINE_ID,
  version: VISIT_MACHINE_VERSION,
  context: ({ input }) => ({
    holder: input.holder,
    visitedOn: input.visitedOn,
    type: input.type,
    form: input.form,
    clocks: {},
  }),
  initial: 'registered',
  // Any open state: a reorganisation moves the holder, nothing else.
  on: { reassign: { guard: 'mayReassign', actions: 'recordReassignment' } },
  states: {
    registered: {
      tags: ['open'],
      meta: { title: 'Đã vào sổ, chưa ghi kết quả tiếp' },
      on: {
        recordResult: [
          { guard: 'receivedContent', target: 'awaitingReply', actions: 'recordResult' },
          { guard: 'refusedWithNotice', target: 'awaitingRefusalNotice', actions: 'recordResult' },
          { guard: 'refusedOnTheSpot', target: 'refused', actions: 'recordResult' },
          { guard: 'guidedOrAnswered', target: 'closed', actions: 'recordResult' },
        ],
      },
    },
    awaitingReply: {
      tags: ['open'],
      meta: { title: 'Chờ trả lời công dân (Điều 28 Luật Tiếp công dân)', clocks: [C.reply] },
      on: {
        reply: {
          guard: 'mayReply',
          target: 'replied',
          actions: [{ type: 'emitSideEffects', params: { of: 'reply' } }, 'recordReply'],
        },
        deadlineExpired: {
          guard: 'clockIsRunning',
          actions: [{ type: 'emitSideEffects', params: { of: 'expiry' } }, 'recordExpiry'],
        },
      },
    },
    awaitingRefusalNotice: {
      tags: ['open'],
      meta: { title: 'Chờ ban hành Thông báo từ chối tiếp công dân' },
      on: {
        issueRefusalNotice: { guard: 'mayIssueRefusalNotice', target: 'refused', actions: 'recordRefusalNotice' },
        deadlineExpired: {
          guard: 'clockIsRunning',
          actions: [{ type: 'emitSideEffects', params: { of: 'expiry' } }, 'recordExpiry'],
        },
      },
    },
    replied: { type: 'final', meta: { title: 'Đã trả lời công dân' } },
    closed: { type: 'final', meta: { title: 'Đã hướng dẫn, trả lời trực tiếp' } },
    refused: { type: 'final', meta: { title: 'Đã từ chối tiếp' } },
  },
});

export type VisitMachine = typeof visitMachine;
export type VisitStateValue =
  'registered' | 'awaitingReply' | 'awaitingRefusalNotice' | 'replied' | 'closed' | 'refused';
