import { REASSIGN_EXPLANATION } from '../shared/reorganisation';
import { isRunning } from '../../deadlines/clock-ops';
import { vietnamDateOf, type IsoDate } from '../../shared/iso-date';
import type { DomainEventBase } from '../../shared/event-meta';
import { actsFor, isAncestorOf } from '../shared/authority-checks';
import type { DeadlineExpiredEvent } from '../shared/common-events';
import { CONTENT_KINDS, type CaseKind, type ContentKind } from '../shared/kinds';
import {
  COMPETENT_BODY_TYPES,
  EXTERNAL_FORWARDING_CHANNELS,
  FORMALITY_REASONS,
  INELIGIBILITY_REASONS,
  PETITION_CLOCKS,
  type AcceptEvent,
  type ClassifyEvent,
  type CustodyEntry,
  type DismissEvent,
  type ExtendInitialCheckEvent,
  type FileEvent,
  type ForwardEvent,
  type GuideEvent,
  type PetitionClassification,
  type PetitionContext,
  type ReceiveEvent,
  type RequestSplitEvent,
  type ReturnToSenderEvent,
  type UrgeEvent,
} from './petition.types';

/*
 * Pure policies of xử lý đơn. Each guard checks, first, that the actor acts for the authority
 * entitled to take the step (the holder; in `forwarded`, the receiving authority), then the
 * legal conditions. Sources: TT 07/2014/TT-TTCP Arts. 6–28 and TT 05/2021/TT-TTCP Arts. 13–14
 * (as carried in the Bộ pháp điển), Luật TC Arts. 24–26, Luật TCD Arts. 25–28, ND154/2026
 * Arts. 14–15.
 */

// ---------------------------------------------------------------------------------------------
// Helpers (also used by the machine and the tests)
// ---------------------------------------------------------------------------------------------

export const dateOf = (event: DomainEventBase): IsoDate => vietnamDateOf(event.meta.at);

export const currentCustody = (context: PetitionContext): CustodyEntry => {
  const entry = context.custody[context.custody.length - 1];
  if (!entry) throw new RangeError('a petition always has a custody entry');
  return entry;
};

const isHolder = (context: PetitionContext, event: DomainEventBase): boolean =>
  actsFor(event.meta.actor, context.holder);

const isReceiver = (context: PetitionContext, event: DomainEventBase): boolean =>
  !!context.forwardedTo && actsFor(event.meta.actor, context.forwardedTo);

const nonBlank = (text: unknown): boolean => typeof text === 'string' && text.trim().length > 0;

/** The case machine that takes over an accepted đơn; `mixed` has none (it must be split). */
export function caseKindOf(contentKind: ContentKind): CaseKind | undefined {
  return contentKind === 'mixed' ? undefined : contentKind;
}

/** Some authority appears more than once in the custody chain (đá bóng). */
export function hasRepeatedAuthority(custody: readonly CustodyEntry[]): boolean {
  const ids = custody.map((c) => c.authority.id);
  return new Set(ids).size !== ids.length;
}

/**
 * Forwards of a tố cáo that the receiver did not send back. TT 05/2021 Art. 14.1 allows one
 * chuyển đơn of a tố cáo "đến cơ quan có thẩm quyền"; a forward the receiver declined as not
 * competent never reached a competent body, so it does not use up that one forward.
 */
export const effectiveDenunciationForwards = (context: PetitionContext): number =>
  context.forwards.filter((f) => f.contentKind === 'denunciation' && !f.declined).length;

/**
 * The current holder got the đơn from another body: from an authority in this record, or
 * (first holder) from a deputy, the Front, the press or an agency outside it.
 */
export function arrivedForwarded(context: PetitionContext): boolean {
  const via = currentCustody(context).via;
  if (via === 'forward') return true;
  return via === 'intake' && (EXTERNAL_FORWARDING_CHANNELS as readonly string[]).includes(context.channel);
}

/** The sender came in person to a reception session and this is the authority that received him. */
const presentedInPerson = (context: PetitionContext): boolean =>
  context.fromReception && currentCustody(context).via === 'intake';

/** Eligible, or ineligible only for formalities the sender can cure. */
const curable = (c: PetitionClassification): boolean =>
  c.eligible || (!!c.ineligibleReason && FORMALITY_REASONS.includes(c.ineligibleReason));

// ---------------------------------------------------------------------------------------------
// Guards
// ---------------------------------------------------------------------------------------------

/** The classification is internally consistent (reason given exactly when ineligible). */
export function classificationIsConsistent(event: ClassifyEvent): boolean {
  if (!(CONTENT_KINDS as readonly string[]).includes(event.contentKind)) return false;
  if (event.eligible === !!event.ineligibleReason) return false;
  if (event.ineligibleReason && !(INELIGIBILITY_REASONS as readonly string[]).includes(event.ineligibleReason)) {
    return false;
  }
  if (event.competentBodyType && !(COMPETENT_BODY_TYPES as readonly string[]).includes(event.competentBodyType)) {
    return false;
  }
  return Number.isInteger(event.signatories) && event.signatories >= 0;
}

export const mayClassify = (context: PetitionContext, event: ClassifyEvent): boolean =>
  isHolder(context, event) && classificationIsConsistent(event);

/**
 * Đề xuất thụ lý: eligible, within competence, one kind of content (TT 07/2014 Arts. 7.1, 21.1;
 * TT 05/2021 Art. 13). An anonymous or impersonated tố cáo is never accepted as a tố cáo
 * (Luật TC Art. 25.1).
 */
export function mayAccept(context: PetitionContext, event: AcceptEvent): boolean {
  const c = context.classification;
  return (
    isHolder(context, event) &&
    !!c &&
    c.eligible &&
    c.withinCompetence &&
    caseKindOf(c.contentKind) !== undefined &&
    !c.anonymousOrImpersonated
  );
}

/**
 * Hướng dẫn, only once for the same content (TT 07/2014 Arts. 6.2.b, 8.1):
 * - a complaint or a kiến nghị, phản ánh outside competence (Art. 8.1; ND154/2026 Art. 15.2);
 * - a complaint within competence that lacks formalities the sender can supply (Art. 7.2);
 * - a tố cáo outside competence made in person (Luật TC Art. 24.2, second sentence).
 */
export function mayGuide(context: PetitionContext, event: GuideEvent): boolean {
  const c = context.classification;
  if (!isHolder(context, event) || !c) return false;
  if (c.ineligibleReason === 'already_guided_same_content' || c.anonymousOrImpersonated || !curable(c)) return false;
  if (!c.withinCompetence && (c.contentKind === 'complaint' || c.contentKind === 'feedback')) return true;
  if (c.withinCompetence && c.contentKind === 'complaint' && !c.eligible) return true;
  return (
    !c.withinCompetence &&
    c.contentKind === 'denunciation' &&
    presentedInPerson(context) &&
    !c.competentBodyAlreadyHasIt
  );
}

/** A tố cáo may still be forwarded: no earlier forward of it reached a body that kept it. */
export const denunciationMayBeForwarded = (context: PetitionContext): boolean =>
  effectiveDenunciationForwards(context) === 0;

/**
 * Chuyển đơn: an eligible tố cáo (Luật TC Arts. 24.2, 26.1.a; TT 05/2021 Art. 14.1, only once)
 * or kiến nghị, phản ánh (Luật TCD Art. 26.2.b; TT 07/2014 Art. 21.2) outside competence, to
 * another authority. A tố cáo the competent body already has is not processed (Art. 24.3).
 */
export function mayForward(context: PetitionContext, event: ForwardEvent): boolean {
  const c = context.classification;
  if (!isHolder(context, event) || !c || c.withinCompetence || !c.eligible || c.anonymousOrImpersonated) return false;
  if (!event.to || event.to.id === context.holder.id) return false;
  if (c.contentKind === 'feedback') return true;
  return c.contentKind === 'denunciation' && !c.competentBodyAlreadyHasIt && denunciationMayBeForwarded(context);
}

/**
 * Trả lại đơn to the deputy, Front, press or agency that forwarded a complaint outside the
 * holder's competence (TT 07/2014 Art. 8.2, Mẫu 04-XLĐ). Only the authority that received it
 * from that forwarder can return it, and only a complaint: a forwarded tố cáo or kiến nghị,
 * phản ánh must be forwarded on to the competent body (Luật TC Art. 26.1.a; Luật TCD Art. 26.2.b).
 */
export function mayReturnToExternalForwarder(context: PetitionContext, event: ReturnToSenderEvent): boolean {
  const c = context.classification;
  return (
    isHolder(context, event) &&
    !!c &&
    currentCustody(context).via === 'intake' &&
    (EXTERNAL_FORWARDING_CHANNELS as readonly string[]).includes(context.channel) &&
    !!context.forwardedBy &&
    c.contentKind === 'complaint' &&
    !c.withinCompetence &&
    nonBlank(event.reason)
  );
}

/**
 * Send a tố cáo back to the authority that forwarded it here, when it is outside this holder's
 * competence too and the one forward (TT 05/2021 Art. 14.1) is used up, so the holder cannot
 * pass it on. The sender gets its one forward back and the record is flagged as bounced.
 */
export function mayReturnToForwardingAuthority(context: PetitionContext, event: ReturnToSenderEvent): boolean {
  const c = context.classification;
  return (
    isHolder(context, event) &&
    !!c &&
    currentCustody(context).via === 'forward' &&
    c.contentKind === 'denunciation' &&
    !c.withinCompetence &&
    !denunciationMayBeForwarded(context) &&
    nonBlank(event.reason)
  );
}

/**
 * Đôn đốc: a complaint (TT 07/2014 Art. 7.3) or tố cáo (TT 05/2021 Art. 14.2, "cấp dưới trực
 * tiếp") within a lower level's competence and overdue there; Luật TCD Art. 26.1.b and
 * ND154/2026 Art. 15.3 give the same duty at reception.
 */
export function mayUrge(context: PetitionContext, event: UrgeEvent): boolean {
  const c = context.classification;
  if (!isHolder(context, event) || !c || !c.belongsToLowerLevelAndOverdue || !event.lower) return false;
  if (c.contentKind === 'complaint') return isAncestorOf(context.holder, event.lower);
  if (c.contentKind === 'denunciation') {
    const path = event.lower.path;
    return isAncestorOf(context.holder, event.lower) && path[path.length - 2] === context.holder.id;
  }
  return false;
}

/** Hướng dẫn tách đơn (Luật TCD Art. 25.3; ND154/2026 Art. 14.4; TT 07/2014 Art. 22). */
export const mayRequestSplit = (context: PetitionContext, event: RequestSplitEvent): boolean =>
  isHolder(context, event) && context.classification?.contentKind === 'mixed';

/** Xếp lưu an ineligible đơn, for the reason it was classified with (TT 07/2014 Art. 28). */
export function mayFile(context: PetitionContext, event: FileEvent): boolean {
  const c = context.classification;
  return isHolder(context, event) && !!c && !c.eligible && event.reason === c.ineligibleReason;
}

/**
 * Không xử lý a tố cáo: anonymous or impersonated (Luật TC Art. 25.1; NĐ 31/2019 Art. 20), or
 * outside competence and sent at the same time to the competent body (Art. 24.3). Management
 * inspection (Art. 25.2) only follows an anonymous tố cáo.
 */
export function mayDismiss(context: PetitionContext, event: DismissEvent): boolean {
  const c = context.classification;
  if (!isHolder(context, event) || !c || c.contentKind !== 'denunciation') return false;
  if (event.reason === 'anonymous_or_impersonated') return c.anonymousOrImpersonated === true;
  if (event.reason !== 'competent_body_already_has_it' || event.managementInspection) return false;
  return (
    !c.withinCompetence &&
    (c.competentBodyAlreadyHasIt === true || c.ineligibleReason === 'sent_to_many_bodies_including_competent')
  );
}

/**
 * The initial check of a tố cáo may run to 10 working days when it needs checks at several
 * places or a delegation (Luật TC Art. 24.1); once.
 */
export function mayExtendInitialCheck(context: PetitionContext, event: ExtendInitialCheckEvent): boolean {
  const clock = context.clocks[PETITION_CLOCKS.denunciationInitialCheck];
  return isHolder(context, event) && isRunning(clock) && clock?.variant === 'base' && nonBlank(event.reason);
}

export const mayReceive = (context: PetitionContext, event: ReceiveEvent): boolean => isReceiver(context, event);

/** The receiving authority declines custody, with reasons (TT 07/2014 Art. 8.2, Mẫu 04-XLĐ). */
export const mayDecline = (context: PetitionContext, event: ReturnToSenderEvent): boolean =>
  isReceiver(context, event) && nonBlank(event.reason);

export const clockIsRunning = (context: PetitionContext, event: DeadlineExpiredEvent): boolean =>
  isRunning(context.clocks[event.clock]);

// ---------------------------------------------------------------------------------------------
// Explanations (shown when a command is refused)
// ---------------------------------------------------------------------------------------------

export const PETITION_GUARD_EXPLANATIONS = {
  mayReassign: REASSIGN_EXPLANATION,
  mayClassify:
    'Chỉ cơ quan đang giữ đơn được phân loại đơn; phải nêu lý do khi và chỉ khi đơn không đủ điều kiện xử lý, số người đứng tên là số nguyên không âm.',
  mayAccept:
    'Chỉ đề xuất thụ lý khi người thao tác thuộc cơ quan đang giữ đơn và đơn đủ điều kiện xử lý, thuộc thẩm quyền, chỉ có một loại nội dung, không phải tố cáo nặc danh, mạo danh.',
  mayGuide:
    'Chỉ hướng dẫn một lần về cùng nội dung: khiếu nại, kiến nghị, phản ánh không thuộc thẩm quyền; khiếu nại thuộc thẩm quyền còn thiếu thủ tục; tố cáo không thuộc thẩm quyền do người tố cáo đến trình bày trực tiếp. Đơn đã được hướng dẫn một lần thì xếp lưu.',
  mayForward:
    'Chỉ chuyển đơn tố cáo hoặc kiến nghị, phản ánh đủ điều kiện xử lý, không thuộc thẩm quyền, đến một cơ quan khác; đơn tố cáo chỉ được chuyển một lần và không chuyển khi cơ quan có thẩm quyền đã nhận được đơn.',
  mayReturnToExternalForwarder:
    'Chỉ trả lại đơn khiếu nại không thuộc thẩm quyền cho đại biểu dân cử, Mặt trận Tổ quốc, cơ quan báo chí hoặc cơ quan, tổ chức đã chuyển đến, và phải nêu rõ lý do.',
  mayReturnToForwardingAuthority:
    'Chỉ trả lại đơn tố cáo cho cơ quan đã chuyển đến khi đơn không thuộc thẩm quyền và không thể chuyển tiếp (đơn tố cáo chỉ được chuyển một lần); phải nêu rõ lý do.',
  mayUrge:
    'Chỉ đôn đốc khi khiếu nại, tố cáo thuộc thẩm quyền của cấp dưới đã quá hạn mà chưa giải quyết; với tố cáo, cơ quan được đôn đốc phải là cấp dưới trực tiếp.',
  mayRequestSplit: 'Chỉ hướng dẫn tách đơn khi đơn có nhiều nội dung khác nhau.',
  mayFile: 'Chỉ xếp lưu đơn không đủ điều kiện xử lý, với đúng lý do đã ghi khi phân loại.',
  mayDismiss:
    'Chỉ không xử lý tố cáo nặc danh, mạo danh, hoặc tố cáo không thuộc thẩm quyền đã được gửi đồng thời đến cơ quan có thẩm quyền.',
  mayExtendInitialCheck:
    'Chỉ kéo dài thời hạn kiểm tra ban đầu tố cáo (tối đa 10 ngày làm việc) một lần, khi thời hạn đang chạy và có lý do.',
  mayReceive: 'Chỉ cơ quan được chuyển đơn đến mới được tiếp nhận đơn.',
  mayDecline: 'Chỉ cơ quan được chuyển đơn đến mới được trả lại đơn, và phải nêu rõ lý do.',
  clockIsRunning: 'Thời hạn này không đang chạy đối với đơn.',
} as const satisfies Record<string, string>;
export type PetitionGuardName = keyof typeof PETITION_GUARD_EXPLANATIONS;
