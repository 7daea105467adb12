import { ASSIGN_HANDLER_EXPLANATION } from '../shared/handler-assignment';
import { REASSIGN_EXPLANATION } from '../shared/reorganisation';
import { isRunning } from '../../deadlines/clock-ops';
import { getRuleSet } from '../../rules/rule-set.registry';
import type { RuleSetId } from '../../rules/rule-set.types';
import type { AuthorityRef } from '../../shared/authority';
import type { DomainEventBase } from '../../shared/event-meta';
import { actsFor, isAncestorOf } from '../shared/authority-checks';
import type { DeadlineExpiredEvent } from '../shared/common-events';
import {
  COMPLAINT_REFUSAL_GROUNDS,
  COMPLAINT_SUSPENSION_GROUNDS,
  COMPLEXITY_CRITERIA,
  type ComplaintContext,
  type CompleteVerificationEvent,
  type DecideEvent,
  type DecideNowEvent,
  type HoldDialogueEvent,
  type RefuseEvent,
  type SetComplexityEvent,
  type SuspendableState,
  type SuspendEvent,
  type TerminateEvent,
  type WithdrawEvent,
} from './complaint.types';

/** Pure guard functions: `(context, event) => boolean`. Each has an explanation below. */

type Policy<E extends DomainEventBase = DomainEventBase> = (context: ComplaintContext, event: E) => boolean;

// ---------------------------------------------------------------------------------------------
// Competence
// ---------------------------------------------------------------------------------------------

/**
 * Whether `candidate` may resolve the second complaint against a first round held by
 * `round1Authority`, under the rule set in force for the step.
 *
 * Administrative decisions/acts: the level is the one the rule set names (Luật KN Arts. 18.2,
 * 20.2, 21.2, 23.2–23.3, as amended by L136/2025; NĐ 141/2025 for 2025-07) and the candidate must
 * be above the first resolver in the tree. One exception: a provincial chair's first decision goes
 * to the minister of the sector (Art. 23.3, Art. 7.3), who is not the province's ancestor; the
 * ministry's sector cannot be read from an AuthorityRef, so only its level is checked here.
 *
 * Disciplinary decisions (Art. 51): the head of the directly superior body (Art. 51.2), except that
 * first decisions of ministers and provincial chairs go to the Minister of Home Affairs
 * (Art. 51.3), which an AuthorityRef cannot single out either: any ministry other than the
 * first resolver passes, and the access layer must restrict it. The rule set's `complaintRound2`
 * table is for administrative complaints only: it says `court_only` for a minister, yet Art. 51.3
 * gives a disciplinary second round there.
 */
export function isCompetentForRound2(
  candidate: AuthorityRef,
  round1Authority: AuthorityRef,
  ruleSetId: RuleSetId,
  disciplinary: boolean,
): boolean {
  if (candidate.id === round1Authority.id) return false;
  if (disciplinary) {
    if (round1Authority.level === 'ministry' || round1Authority.level === 'province') {
      return candidate.level === 'ministry';
    }
    const parentId = round1Authority.path[round1Authority.path.length - 2];
    return parentId !== undefined && candidate.id === parentId;
  }
  const level = getRuleSet(ruleSetId).competence.complaintRound2[round1Authority.level];
  if (level === undefined || level === 'court_only' || candidate.level !== level) return false;
  if (isAncestorOf(candidate, round1Authority)) return true;
  return round1Authority.level === 'province' && level === 'ministry';
}

/** Problems with an opening input, as Vietnamese sentences (empty when it is valid). */
export function complaintInputProblems(input: {
  round: number;
  holder: AuthorityRef;
  complainants: number;
  disciplinary: boolean;
  round1?: { authority: AuthorityRef; decisionOn?: string; missedDeadline?: boolean };
  meta: { ruleSetId: RuleSetId };
}): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(input.complainants) || input.complainants < 1) {
    problems.push('Số người khiếu nại phải là số nguyên từ 1 trở lên.');
  }
  if (input.round === 2) {
    if (!input.round1) {
      problems.push('Khiếu nại lần hai phải kèm thông tin giải quyết lần đầu.');
    } else {
      if (!input.round1.decisionOn && !input.round1.missedDeadline) {
        problems.push(
          'Chỉ khiếu nại lần hai khi đã có quyết định giải quyết lần đầu hoặc đã hết thời hạn giải quyết lần đầu (Điều 33 Luật Khiếu nại).',
        );
      }
      if (!isCompetentForRound2(input.holder, input.round1.authority, input.meta.ruleSetId, input.disciplinary)) {
        problems.push(
          'Cơ quan nhận hồ sơ không có thẩm quyền giải quyết khiếu nại lần hai đối với người đã giải quyết lần đầu.',
        );
      }
    }
  } else if (input.round !== 1) {
    problems.push('Lần giải quyết phải là 1 hoặc 2.');
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const remainingComplainants = (c: ComplaintContext): number => c.complainants - c.withdrawnComplainants;
const withdrawingCount = (c: ComplaintContext, e: WithdrawEvent): number => e.complainants ?? remainingComplainants(c);
const validWithdrawal = (c: ComplaintContext, e: WithdrawEvent): boolean => {
  const n = withdrawingCount(c, e);
  return (e.scope === 'all' || e.scope === 'part') && Number.isInteger(n) && n >= 1 && n <= remainingComplainants(c);
};
const resolutionExpired = (c: ComplaintContext): boolean => !!c.clocks.resolution?.expiredOn;
/** Dismissal is the only disciplinary decision that can go to court (Luật KN Arts. 54.1.k, 57.3). */
const courtOpen = (c: ComplaintContext): boolean => !c.disciplinary || c.dismissal;

// ---------------------------------------------------------------------------------------------
// Policies
// ---------------------------------------------------------------------------------------------

export const actsForHolder: Policy = (c, e) => actsFor(e.meta.actor, c.holder);

/** Thụ lý by the holder; in round 2 the holder must also be competent under today's rule set. */
export const canAccept: Policy = (c, e) =>
  actsForHolder(c, e) &&
  (c.round === 1 ||
    (!!c.round1 && isCompetentForRound2(c.holder, c.round1.authority, e.meta.ruleSetId, c.disciplinary)));

export const canRefuse: Policy<RefuseEvent> = (c, e) =>
  actsForHolder(c, e) && (COMPLAINT_REFUSAL_GROUNDS as readonly string[]).includes(e.ground);

/**
 * Art. 29.1.a is a first-round duty, and only for a complaint found right. A disciplinary
 * complaint found right still goes to the disciplinary council and to dialogue before the
 * decision (Art. 52.1, Art. 53; NĐ 124 Art. 17.3), so it cannot be decided at once.
 */
export const canDecideNow: Policy<DecideNowEvent> = (c, e) =>
  actsForHolder(c, e) && c.round === 1 && !c.disciplinary && e.outcome === 'correct';

/**
 * Dialogue is mandatory in round 2 (Art. 39; NĐ 124 Art. 28 as rewritten by ND155/2026 Art. 11)
 * and in every disciplinary round (Art. 53.1, Art. 55.3); in an administrative first round only when
 * the finding still differs from the request (Art. 30.1).
 */
export const dialogueRequired: Policy<CompleteVerificationEvent> = (c, e) =>
  actsForHolder(c, e) && (c.round === 2 || c.disciplinary || e.differsFromRequest === true);

/**
 * A session lets resolution continue when the complainant attended, or stayed away without a
 * valid reason (Art. 30.6 added by L136/2025; ND155/2026 Art. 28.5). Before 2026 the texts are
 * silent on no-shows; the resolver decides on the file (Art. 30.5 makes the dialogue one basis
 * among others), which is the same result.
 */
export const dialogueConcluded: Policy<HoldDialogueEvent> = (c, e) =>
  actsForHolder(c, e) && (e.attended === true || !e.validAbsenceReason?.trim());

/** An excused absence: the dialogue must be organised again (or the case suspended, Art. 11a.1.a). */
export const absenceExcused: Policy<HoldDialogueEvent> = (c, e) =>
  actsForHolder(c, e) && e.attended !== true && !!e.validAbsenceReason?.trim();

/**
 * A round-2 decision after a first-round decision states what happens to it (Art. 40.2.h;
 * Mẫu 16); after a missed first round there is nothing to uphold or annul (NĐ 124 Art. 4.2).
 * Where dialogue is mandatory, it must have concluded in this round.
 */
export const canDecide: Policy<DecideEvent> = (c, e) => {
  if (!actsForHolder(c, e)) return false;
  const needsEffect = c.round === 2 && !!c.round1?.decisionOn;
  if (needsEffect !== (e.effectOnRound1 !== undefined)) return false;
  if (c.round === 2 || c.disciplinary) {
    return c.dialogue?.round === c.round && !!c.dialogue.concludedOn;
  }
  return true;
};

export const canPublish: Policy = (c, e) => actsForHolder(c, e) && isRunning(c.clocks.publication);

/** The superior records a second complaint against a first-round decision, inside the window. */
export const canLodgeSecondComplaint: Policy = (c, e) =>
  c.round === 1 &&
  !!c.decision &&
  !c.clocks.finality?.expiredOn &&
  isCompetentForRound2(e.meta.actor.authority, c.holder, e.meta.ruleSetId, c.disciplinary);

/** Art. 33.1; NĐ 124 Art. 4.2: a missed first-round deadline opens round 2 without a decision. */
export const canLodgeAfterMissedDeadline: Policy = (c, e) =>
  c.round === 1 &&
  !c.decision &&
  resolutionExpired(c) &&
  isCompetentForRound2(e.meta.actor.authority, c.holder, e.meta.ruleSetId, c.disciplinary);

/** After a decision: Arts. 33.2 (round 1) and 42 (round 2); disciplinary only for dismissal (Art. 57.3). */
export const canFileLawsuit: Policy = (c, e) => actsForHolder(c, e) && courtOpen(c);

/** Arts. 33.2 and 42: the resolution period ran out without a decision. */
export const canSueAfterMissedDeadline: Policy = (c, e) =>
  actsForHolder(c, e) && courtOpen(c) && !c.decision && resolutionExpired(c);

/** The window ran out: the decision is final by lapse of time (Art. 44; Art. 57.1 for disciplinary). */
export const finalityReached: Policy<DeadlineExpiredEvent> = (c, e) =>
  e.clock === 'finality' && isRunning(c.clocks.finality);

/** Records a running clock's expiry once. */
export const clockCanExpire: Policy<DeadlineExpiredEvent> = (c, e) => {
  const clock = c.clocks[e.clock];
  return !!clock && isRunning(clock) && !clock.expiredOn;
};

/** Tạm đình chỉ exists only from L136/2025 (Art. 11a; ND155/2026 Art. 22.1 for cases accepted before). */
export const canSuspend: Policy<SuspendEvent> = (c, e) =>
  getRuleSet(e.meta.ruleSetId).features.complaintSuspension &&
  actsForHolder(c, e) &&
  (COMPLAINT_SUSPENSION_GROUNDS as readonly string[]).includes(e.ground);

const resumesTo =
  (state: SuspendableState): Policy =>
  (c, e) =>
    actsForHolder(c, e) && c.suspendedFrom === state;
export const resumesToReviewing = resumesTo('reviewing');
export const resumesToVerifying = resumesTo('verifying');
export const resumesToDialogue = resumesTo('dialogue');
export const resumesToDeciding = resumesTo('deciding');

/** Withdrawal has its own command, so that who withdrew what is recorded. */
export const canTerminate: Policy<TerminateEvent> = (c, e) =>
  actsForHolder(c, e) &&
  e.ground !== 'withdrawn' &&
  getRuleSet(e.meta.ruleSetId).features.complaintTerminationGrounds.includes(e.ground);

/** Every remaining complainant withdraws the whole complaint: termination (Art. 10; ND155/2026 Art. 7a.2). */
export const withdrawsEverything: Policy<WithdrawEvent> = (c, e) =>
  actsForHolder(c, e) &&
  validWithdrawal(c, e) &&
  e.scope === 'all' &&
  withdrawingCount(c, e) === remainingComplainants(c);

/** Part of the content, or some complainants: the rest continues (Art. 10.2 as amended; ND155/2026 Art. 7a.1). */
export const canWithdrawPartly: Policy<WithdrawEvent> = (c, e) =>
  actsForHolder(c, e) &&
  getRuleSet(e.meta.ruleSetId).features.complaintPartialWithdrawal &&
  validWithdrawal(c, e) &&
  !(e.scope === 'all' && withdrawingCount(c, e) === remainingComplainants(c));

/**
 * The finding must be written with its reason (ND155/2026 Art. 3a.2) and made while the period
 * still runs: a longer period cannot revive one that has already expired.
 */
export const canSetComplexity: Policy<SetComplexityEvent> = (c, e) =>
  actsForHolder(c, e) &&
  (e.complexity === 'normal' || e.complexity === 'complex') &&
  e.complexity !== c.complexity &&
  !!e.reason?.trim() &&
  (e.criteria ?? []).every((k) => (COMPLEXITY_CRITERIA as readonly string[]).includes(k)) &&
  !resolutionExpired(c);

// ---------------------------------------------------------------------------------------------
// Explanations
// ---------------------------------------------------------------------------------------------

export const COMPLAINT_GUARD_EXPLANATIONS = {
  mayAssignHandler: ASSIGN_HANDLER_EXPLANATION,
  mayReassign: REASSIGN_EXPLANATION,
  actsForHolder: 'Chỉ cơ quan, người có thẩm quyền đang giải quyết hồ sơ khiếu nại mới được thực hiện thao tác này.',
  canAccept:
    'Chỉ người có thẩm quyền đang giữ hồ sơ mới được thụ lý; khiếu nại lần hai chỉ được thụ lý bởi thủ trưởng cấp trên có thẩm quyền giải quyết lần hai đối với người đã giải quyết lần đầu (Điều 7, Điều 36, Điều 51 Luật Khiếu nại).',
  canRefuse:
    'Chỉ người có thẩm quyền đang giữ hồ sơ mới được thông báo không thụ lý, và phải nêu một trong các trường hợp tại Điều 11 Luật Khiếu nại.',
  canDecideNow:
    'Chỉ ra quyết định giải quyết ngay khi giải quyết lần đầu, sau khi kiểm tra lại thấy khiếu nại là đúng (Điều 29 khoản 1 điểm a Luật Khiếu nại); khiếu nại quyết định kỷ luật phải qua Hội đồng kỷ luật và đối thoại (Điều 52, Điều 53).',
  dialogueRequired:
    'Phải tổ chức đối thoại khi giải quyết lần hai, khi giải quyết khiếu nại quyết định kỷ luật, hoặc khi yêu cầu của người khiếu nại và kết quả xác minh còn khác nhau (Điều 30, Điều 39, Điều 53 Luật Khiếu nại).',
  dialogueConcluded:
    'Người khiếu nại vắng mặt có lý do chính đáng thì phải tổ chức lại đối thoại; chỉ tiếp tục giải quyết khi đã đối thoại hoặc người khiếu nại vắng mặt không có lý do chính đáng (Điều 30 khoản 6 Luật Khiếu nại; Điều 28 Nghị định 124/2020 sửa đổi).',
  absenceExcused: 'Chỉ ghi nhận vắng mặt có lý do chính đáng khi người khiếu nại không tham gia và có nêu lý do.',
  canDecide:
    'Quyết định giải quyết lần hai phải nêu rõ công nhận, sửa hoặc hủy quyết định lần đầu (nếu có quyết định lần đầu), và chỉ ban hành sau khi đã đối thoại trong trường hợp bắt buộc đối thoại.',
  canPublish: 'Quyết định đã được công khai, hoặc người thao tác không thuộc cơ quan giải quyết khiếu nại.',
  canLodgeSecondComplaint:
    'Khiếu nại lần hai chỉ được ghi nhận bởi thủ trưởng cấp trên có thẩm quyền, đối với quyết định giải quyết lần đầu, trong thời hạn khiếu nại lần hai (Điều 33 Luật Khiếu nại; Điều 4 Nghị định 124/2020).',
  canLodgeAfterMissedDeadline:
    'Khi chưa có quyết định giải quyết lần đầu, chỉ được khiếu nại lần hai sau khi đã hết thời hạn giải quyết lần đầu, và đến đúng người có thẩm quyền giải quyết lần hai (Điều 33 khoản 1 Luật Khiếu nại; Điều 4 khoản 2 Nghị định 124/2020).',
  canFileLawsuit:
    'Quyết định giải quyết khiếu nại quyết định kỷ luật chỉ được khởi kiện tại Tòa án khi là kỷ luật buộc thôi việc (Điều 57 khoản 3 Luật Khiếu nại).',
  canSueAfterMissedDeadline:
    'Khi chưa có quyết định giải quyết, chỉ được khởi kiện sau khi đã hết thời hạn giải quyết khiếu nại (Điều 33 khoản 2, Điều 42 Luật Khiếu nại).',
  finalityReached: 'Thời hạn để quyết định giải quyết khiếu nại có hiệu lực pháp luật chưa bắt đầu hoặc đã kết thúc.',
  clockCanExpire: 'Thời hạn này không đang chạy hoặc đã được ghi nhận hết hạn.',
  canSuspend:
    'Tạm đình chỉ giải quyết khiếu nại chỉ áp dụng theo Luật số 136/2025/QH15 (Điều 11a Luật Khiếu nại) và phải có một trong các căn cứ luật định; chỉ người đang giải quyết khiếu nại mới được ra quyết định.',
  resumesToReviewing: 'Chỉ người đang giải quyết khiếu nại mới được quyết định tiếp tục giải quyết.',
  resumesToVerifying: 'Chỉ người đang giải quyết khiếu nại mới được quyết định tiếp tục giải quyết.',
  resumesToDialogue: 'Chỉ người đang giải quyết khiếu nại mới được quyết định tiếp tục giải quyết.',
  resumesToDeciding: 'Chỉ người đang giải quyết khiếu nại mới được quyết định tiếp tục giải quyết.',
  canTerminate:
    'Căn cứ đình chỉ này không được áp dụng theo quy định có hiệu lực đối với vụ việc (Điều 11a khoản 2 Luật Khiếu nại); việc rút khiếu nại phải ghi nhận bằng thao tác rút khiếu nại.',
  withdrawsEverything:
    'Chỉ đình chỉ khi toàn bộ người khiếu nại còn lại rút toàn bộ nội dung khiếu nại (Điều 10 Luật Khiếu nại).',
  canWithdrawPartly:
    'Rút một phần nội dung khiếu nại hoặc một số người khiếu nại rút khiếu nại chỉ áp dụng theo Luật số 136/2025/QH15 và Nghị định 155/2026 (Điều 10 Luật Khiếu nại sửa đổi; Điều 7a Nghị định 124/2020); số người rút không được vượt quá số người khiếu nại còn lại.',
  canSetComplexity:
    'Việc xác định vụ việc phức tạp phải thể hiện bằng văn bản, nêu lý do, và thực hiện trước khi hết thời hạn giải quyết (Điều 3a Nghị định 124/2020 sửa đổi).',
} as const satisfies Record<string, string>;

export type ComplaintGuardName = keyof typeof COMPLAINT_GUARD_EXPLANATIONS;
