import { ASSIGN_HANDLER_EXPLANATION } from '../shared/handler-assignment';
import { REASSIGN_EXPLANATION } from '../shared/reorganisation';
import type { AuthorityRef } from '../../shared/authority';
import type { RuleSetId } from '../../rules/rule-set.types';
import { getRuleSet } from '../../rules/rule-set.registry';
import { isRunning } from '../../deadlines/clock-ops';
import { actsFor, isAncestorAtLevel } from '../shared/authority-checks';
import type { DeadlineExpiredEvent } from '../shared/common-events';
import type { DomainEventBase } from '../../shared/event-meta';
import { isIsoDate } from '../../shared/iso-date';
import type {
  Complexity,
  ComplexityCriterion,
  DenunciationInput,
  Conclusion,
  DenouncedParty,
  DenunciationContext,
  ForwardEvent,
  FurtherReviewOrigin,
  HandlingMeasure,
  RecordHandlingEvent,
  RedirectCompetenceEvent,
  SetComplexityEvent,
  TerminateEvent,
  WithdrawEvent,
} from './denunciation.types';

/*
 * Pure guard functions. Each named guard of the machine calls exactly one exported `can*` /
 * `is*` function here and has a Vietnamese explanation in DENUNCIATION_GUARD_EXPLANATIONS.
 * Every step of the resolver is also an authority check (CONVENTIONS rule 5), so the guards
 * combine "acts for the holder" with the legal condition of the step.
 */

type Ctx = DenunciationContext;
type AnyEvent = DomainEventBase;

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

/**
 * Luật TC Art. 30.2–3: one extension for a complex case, two for a particularly complex one, none
 * otherwise (the counts are the rule set's `thresholds.denunciationExtensions`).
 */
export function extensionLimit(complexity: Complexity, ruleSetId: RuleSetId): number {
  const { complex, particularlyComplex } = getRuleSet(ruleSetId).thresholds.denunciationExtensions;
  switch (complexity) {
    case 'particularly_complex':
      return particularlyComplex;
    case 'complex':
      return complex;
    case 'normal':
      return 0;
  }
}

/** NĐ 31/2019 Art. 3.2–3.3: one criterion = complex; two or more (`particularlyComplexMinCriteria`) = particularly complex. */
export function complexityOf(criteria: readonly ComplexityCriterion[], ruleSetId: RuleSetId): Complexity {
  const distinct = new Set(criteria).size;
  if (distinct >= getRuleSet(ruleSetId).thresholds.particularlyComplexMinCriteria) return 'particularly_complex';
  return distinct >= 1 ? 'complex' : 'normal';
}

/**
 * The head of the direct superior (cấp trên trực tiếp: Luật TC Arts. 12.1, 37.1, 38.1).
 * The rule set's `denunciationAgainstHead` table names, for each level, the level of the direct
 * superior that resolves denunciations against its head; it follows the 2025 reorganisation
 * (a commune's superior is the district before 2025-07-01 and the province afterwards), which a
 * stored authority path cannot tell. Levels the table does not list fall back to the parent in
 * the path.
 */
export function isDirectSuperior(candidate: AuthorityRef, of: AuthorityRef, ruleSetId: RuleSetId): boolean {
  const level = getRuleSet(ruleSetId).competence.denunciationAgainstHead[of.level];
  if (level) return isAncestorAtLevel(candidate, of, level);
  return of.path.length >= 2 && of.path[of.path.length - 2] === candidate.id && candidate.id !== of.id;
}

/**
 * Luật TC Art. 12.1 para. 2 and 12.6 (Art. 13 by level): a denunciation against the head or deputy
 * head of an authority, or against an agency, is resolved by the head of the direct superior. When
 * the rule set's table says nothing about that level, the machine cannot judge and lets the
 * acceptance through (the đơn machine classified competence).
 */
export function isCompetentFor(holder: AuthorityRef, denounced: DenouncedParty, ruleSetId: RuleSetId): boolean {
  if (!denounced.isHeadOrDeputyOf) return true;
  const required = getRuleSet(ruleSetId).competence.denunciationAgainstHead[denounced.isHeadOrDeputyOf];
  return required === undefined || holder.level === required;
}

const actsForHolder = (ctx: Ctx, ev: AnyEvent): boolean => actsFor(ev.meta.actor, ctx.holder);

/** Denouncers who have not withdrawn everything keep the rights of Art. 9 (Art. 33.2). */
export const activeDenouncers = (ctx: Ctx): number => ctx.denouncers - (ctx.withdrawal?.fullyWithdrawn ?? 0);
export const hasActiveDenouncer = (ctx: Ctx): boolean => activeDenouncers(ctx) > 0;

const withdrawersOf = (ev: WithdrawEvent): number => ev.withdrawers ?? 1;

/** Measures of Art. 36 that fit each conclusion. */
const MEASURES_FOR: Record<Conclusion, readonly HandlingMeasure[]> = {
  // Art. 36.1.a: no violation; restore the denounced person's rights, handle a deliberate false denouncer.
  untrue: ['restore_rights', 'handle_false_denouncer'],
  // Art. 36.1.b and 36.2: a violation; impose or recommend measures, transfer signs of a crime.
  correct: ['impose_measures', 'recommend_measures', 'transfer_to_investigation'],
  // Partly correct: both branches, each for its part of the content.
  partly_correct: [
    'restore_rights',
    'handle_false_denouncer',
    'impose_measures',
    'recommend_measures',
    'transfer_to_investigation',
  ],
};

/** Problems with an opening input, in Vietnamese; empty when the case can be opened. */
export function denunciationInputProblems(input: DenunciationInput): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(input.denouncers) || input.denouncers < 1) {
    problems.push('Số người tố cáo phải là số nguyên từ 1 trở lên.');
  }
  if (!isIsoDate(input.receivedOn)) problems.push('Ngày nhận tố cáo không hợp lệ.');
  if (input.holder.path[input.holder.path.length - 1] !== input.holder.id) {
    problems.push('Đường dẫn cơ quan giữ hồ sơ phải kết thúc bằng chính cơ quan đó.');
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Guards (one per name in the machine)
// ---------------------------------------------------------------------------------------------

export const isOpenedAsFurtherDenunciation = (ctx: Ctx): boolean => ctx.furtherReview !== undefined;

export const canAccept = (ctx: Ctx, ev: AnyEvent): boolean =>
  actsForHolder(ctx, ev) && isCompetentFor(ctx.holder, ctx.denounced, ev.meta.ruleSetId);

export const canActAsResolver = (ctx: Ctx, ev: AnyEvent): boolean => actsForHolder(ctx, ev);

/**
 * A tố cáo outside competence is forwarded once for the same content (TT 05/2021/TT-TTCP Art. 14.1;
 * the 5 working days are Luật TC Art. 24.2). `forwards` counts the forwarding before this case.
 */
export const canForward = (ctx: Ctx, ev: ForwardEvent | RedirectCompetenceEvent): boolean =>
  actsForHolder(ctx, ev) && ctx.forwards === 0 && ev.to.id !== ctx.holder.id;

export const canSetComplexity = (ctx: Ctx, ev: SetComplexityEvent): boolean =>
  actsForHolder(ctx, ev) &&
  extensionLimit(complexityOf(ev.criteria, ev.meta.ruleSetId), ev.meta.ruleSetId) >= ctx.extensions;

/**
 * Art. 30.2–3 with NĐ 31 Art. 3: within the limit for the complexity, and only while the period
 * is still running (an extension prolongs a period; once the sweeper recorded it as expired, the
 * case is overdue and Art. 38 applies instead).
 */
export const canExtend = (ctx: Ctx, ev: AnyEvent): boolean => {
  const clock = ctx.clocks['resolution'];
  return (
    actsForHolder(ctx, ev) &&
    ctx.extensions < extensionLimit(ctx.complexity, ev.meta.ruleSetId) &&
    isRunning(clock) &&
    !clock?.expiredOn
  );
};

export const canResume = (ctx: Ctx, ev: AnyEvent): boolean =>
  actsForHolder(ctx, ev) && ctx.suspendedFrom === 'verifying';

/** Art. 34.3. Ground (a) is normally reached through `withdraw`; here it needs a complete withdrawal with no Art. 33.3 ground. */
export const canTerminate = (ctx: Ctx, ev: TerminateEvent): boolean => {
  if (!actsForHolder(ctx, ev)) return false;
  switch (ev.ground) {
    case 'withdrawn':
      return activeDenouncers(ctx) <= 0 && (ctx.withdrawal?.continueBecause.length ?? 0) === 0;
    case 'denounced_died':
      // Art. 34.3.b speaks of an individual (cá nhân); an agency does not die.
      return ctx.denounced.kind === 'official';
    case 'already_decided':
      return true;
  }
};

/**
 * Art. 33.1: only those who still denounce can withdraw; a group withdraws person by person or all
 * together (NĐ 31 Art. 4). What the rule set allows: partial withdrawal, continuing despite a
 * withdrawal, and where minutes may be made (at a visit to withdraw before 2026-07-01; at any
 * working session with the resolver, checker or verifier afterwards).
 */
export const canWithdraw = (ctx: Ctx, ev: WithdrawEvent): boolean => {
  const n = withdrawersOf(ev);
  const features = getRuleSet(ev.meta.ruleSetId).features;
  const minutesOk =
    ev.form !== 'minutes' ||
    (ev.minutesAt ?? 'withdrawal_visit') === 'withdrawal_visit' ||
    features.denunciationWithdrawalMinutes === 'any_working_session';
  return (
    actsForHolder(ctx, ev) &&
    Number.isInteger(n) &&
    n >= 1 &&
    n <= activeDenouncers(ctx) &&
    (ev.scope === 'all' || features.denunciationPartialWithdrawal) &&
    (ev.continueBecause === undefined || features.denunciationContinueDespiteWithdrawal) &&
    minutesOk
  );
};

/**
 * Art. 33.2, 34.3.a: the last denouncers withdraw everything and the resolver found no ground of
 * Art. 33.3 (now or at an earlier withdrawal) to continue.
 */
export const isWithdrawalEndingCase = (ctx: Ctx, ev: WithdrawEvent): boolean =>
  canWithdraw(ctx, ev) &&
  ev.scope === 'all' &&
  withdrawersOf(ev) === activeDenouncers(ctx) &&
  ev.continueBecause === undefined &&
  (ctx.withdrawal?.continueBecause.length ?? 0) === 0;

export const canRecordHandling = (ctx: Ctx, ev: RecordHandlingEvent): boolean => {
  if (!actsForHolder(ctx, ev) || !ctx.conclusion || ev.measures.length === 0) return false;
  const allowed = MEASURES_FOR[ctx.conclusion];
  return ev.measures.every((m) => allowed.includes(m));
};

/**
 * Art. 37.1: the further denunciation goes to the head of the direct superior of the resolver.
 * A superior reviews the same case once; a repeated tố cáo tiếp on what it already reviewed is
 * filed (lưu đơn) by the đơn machine.
 */
export const canReceiveFurtherDenunciation = (ctx: Ctx, ev: AnyEvent): boolean =>
  isDirectSuperior(ev.meta.actor.authority, ctx.holder, ev.meta.ruleSetId) &&
  !ctx.reviewedBy.includes(ev.meta.actor.authority.id);

export const reviewCameFrom =
  (origin: FurtherReviewOrigin | undefined) =>
  (ctx: Ctx, ev: AnyEvent): boolean =>
    actsForHolder(ctx, ev) && ctx.furtherReview !== undefined && ctx.furtherReview.from === origin;

const resolutionExpired = (ctx: Ctx): boolean => {
  const clock = ctx.clocks['resolution'];
  return isRunning(clock) && clock?.expiredOn !== undefined;
};

/** Art. 38.1–2: after the period of Art. 30 ran out, the direct superior demands a report (once per period). */
export const canDemandReport = (ctx: Ctx, ev: AnyEvent): boolean =>
  resolutionExpired(ctx) &&
  !isRunning(ctx.clocks['overdueReport']) &&
  isDirectSuperior(ev.meta.actor.authority, ctx.holder, ev.meta.ruleSetId);

export const canSubmitReport = (ctx: Ctx, ev: AnyEvent): boolean =>
  actsForHolder(ctx, ev) && isRunning(ctx.clocks['overdueReport']);

/** Art. 40.1: the resolver publishes the conclusion (once). */
export const canPublish = (ctx: Ctx, ev: AnyEvent): boolean =>
  actsForHolder(ctx, ev) && ctx.conclusion !== undefined && ctx.publishedOn === undefined;

/** The follow-up ends once the conclusion was published (Art. 40.1), where the rule set has the duty. */
export const canClose = (ctx: Ctx, ev: AnyEvent): boolean =>
  actsForHolder(ctx, ev) && (ctx.publishedOn !== undefined || ctx.clocks['publication'] === undefined);

/** Art. 38.5 and NĐ 31 Art. 5: the superior takes over an overdue case on a serious violation or bias. */
export const canTakeOver = (ctx: Ctx, ev: AnyEvent): boolean =>
  resolutionExpired(ctx) && isDirectSuperior(ev.meta.actor.authority, ctx.holder, ev.meta.ruleSetId);

/** CONVENTIONS rule 3: expiry is recorded on a clock that runs. */
export const isClockRunning = (ctx: Ctx, ev: DeadlineExpiredEvent): boolean => isRunning(ctx.clocks[ev.clock]);

// ---------------------------------------------------------------------------------------------
// Explanations
// ---------------------------------------------------------------------------------------------

/** Guard name → the sentence shown when a command is refused. */
export const DENUNCIATION_GUARD_EXPLANATIONS = {
  mayAssignHandler: ASSIGN_HANDLER_EXPLANATION,
  mayReassign: REASSIGN_EXPLANATION,
  openedAsFurtherDenunciation: 'Vụ việc được mở từ một tố cáo tiếp (Điều 37 Luật Tố cáo).',
  canAccept:
    'Chỉ người giải quyết tố cáo đang giữ hồ sơ và có thẩm quyền đối với người bị tố cáo mới được ra quyết định thụ lý; tố cáo người đứng đầu, cấp phó hoặc cơ quan, tổ chức do người đứng đầu cơ quan cấp trên trực tiếp giải quyết (Điều 12, Điều 13, Điều 29 Luật Tố cáo).',
  canActAsResolver: 'Chỉ người giải quyết tố cáo của cơ quan đang giữ hồ sơ mới được thực hiện bước này.',
  canForward:
    'Tố cáo không thuộc thẩm quyền chỉ được chuyển một lần đến cơ quan có thẩm quyền; nội dung này đã được chuyển trước đó (Điều 24 Luật Tố cáo; Điều 14 Thông tư 05/2021/TT-TTCP).',
  canSetComplexity:
    'Không thể hạ mức độ phức tạp xuống dưới số lần đã gia hạn; vụ việc phức tạp có một tiêu chí, đặc biệt phức tạp có từ hai tiêu chí trở lên (Điều 3 Nghị định 31/2019/NĐ-CP).',
  canExtend:
    'Chỉ được gia hạn khi thời hạn giải quyết còn đang chạy: một lần với vụ việc phức tạp, hai lần với vụ việc đặc biệt phức tạp, mỗi lần không quá 30 ngày; vụ việc không phức tạp không được gia hạn (Điều 30 Luật Tố cáo).',
  canResume:
    'Chỉ người giải quyết tố cáo đã ra quyết định tạm đình chỉ mới ra quyết định tiếp tục giải quyết (Điều 34 khoản 2 Luật Tố cáo).',
  canTerminate:
    'Căn cứ đình chỉ không được đáp ứng: rút tố cáo phải là rút toàn bộ của tất cả người tố cáo và không có căn cứ phải tiếp tục giải quyết; căn cứ người bị tố cáo chết chỉ áp dụng với cá nhân (Điều 33, Điều 34 khoản 3 Luật Tố cáo).',
  canWithdraw:
    'Việc rút tố cáo chỉ thực hiện trước khi có kết luận nội dung tố cáo, bởi người tố cáo chưa rút tố cáo, bằng đơn hoặc biên bản ghi nhận; trước ngày 01/7/2026 biên bản chỉ lập khi người tố cáo đến trực tiếp rút tố cáo (Điều 33 Luật Tố cáo; Điều 4 Nghị định 31/2019/NĐ-CP, sửa đổi bởi Nghị định 156/2026/NĐ-CP).',
  isWithdrawalEndingCase:
    'Vụ việc chỉ bị đình chỉ khi tất cả người tố cáo rút toàn bộ nội dung tố cáo và không có căn cứ phải tiếp tục giải quyết (Điều 33 khoản 3, Điều 34 khoản 3 điểm a Luật Tố cáo).',
  canRecordHandling:
    'Biện pháp xử lý phải phù hợp với kết luận: tố cáo sai sự thật thì khôi phục quyền lợi người bị tố cáo, xử lý người cố ý tố cáo sai; tố cáo đúng thì xử lý hoặc kiến nghị xử lý vi phạm, chuyển cơ quan điều tra nếu có dấu hiệu tội phạm (Điều 36 Luật Tố cáo).',
  canReceiveFurtherDenunciation:
    'Tố cáo tiếp chỉ do người đứng đầu cơ quan, tổ chức cấp trên trực tiếp của người đã giải quyết tố cáo tiếp nhận và xem xét, mỗi cấp một lần (Điều 37 Luật Tố cáo).',
  reviewFromConcluded:
    'Chỉ người đứng đầu cấp trên đang xem xét tố cáo tiếp mới được quyết định không giải quyết lại (Điều 37 khoản 2 điểm a Luật Tố cáo).',
  reviewFromHandling:
    'Chỉ người đứng đầu cấp trên đang xem xét tố cáo tiếp mới được quyết định không giải quyết lại (Điều 37 khoản 2 điểm a Luật Tố cáo).',
  reviewFromMonitoring:
    'Chỉ người đứng đầu cấp trên đang xem xét tố cáo tiếp mới được quyết định không giải quyết lại (Điều 37 khoản 2 điểm a Luật Tố cáo).',
  reviewOfEarlierResolution:
    'Chỉ người đứng đầu cấp trên đang xem xét tố cáo tiếp mới được quyết định không giải quyết lại (Điều 37 khoản 2 điểm a Luật Tố cáo).',
  canDemandReport:
    'Chỉ khi đã quá thời hạn giải quyết tố cáo, người đứng đầu cơ quan cấp trên trực tiếp mới yêu cầu người giải quyết báo cáo, và chỉ một lần cho mỗi thời hạn (Điều 38 khoản 1, 2 Luật Tố cáo).',
  canSubmitReport: 'Không có yêu cầu báo cáo của cấp trên đang chờ trả lời (Điều 38 khoản 3 Luật Tố cáo).',
  canPublish:
    'Chỉ người giải quyết tố cáo đang giữ hồ sơ công khai kết luận nội dung tố cáo, một lần sau khi có kết luận (Điều 40 Luật Tố cáo).',
  canClose:
    'Chỉ kết thúc vụ việc khi người giải quyết tố cáo đang giữ hồ sơ đã công khai kết luận nội dung tố cáo (Điều 40 Luật Tố cáo; Điều 6 Nghị định 31/2019/NĐ-CP).',
  canTakeOver:
    'Cấp trên trực tiếp chỉ lấy vụ việc để giải quyết khi đã quá thời hạn giải quyết tố cáo và có căn cứ vi phạm pháp luật nghiêm trọng hoặc dấu hiệu không khách quan (Điều 38 khoản 5 Luật Tố cáo; Điều 5 Nghị định 31/2019/NĐ-CP).',
  isClockRunning: 'Thời hạn này không đang được tính trong vụ việc.',
} as const;

export type DenunciationGuardName = keyof typeof DENUNCIATION_GUARD_EXPLANATIONS;
