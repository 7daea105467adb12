import type { DayOff } from '../calendar/calendar.types';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { ErrorDetail } from '../errors/error-code';
import { getRuleSet } from '../rules/rule-set.registry';
import type { LegalSource, RuleSetId } from '../rules/rule-set.types';
import { applicableRuleSetId, ruleSetInForceOn } from '../rules/select-rule-set';
import { addDays, type IsoDate } from '../shared/iso-date';
import { formatVietnameseDate } from '../calendar/vietnamese-date-format';
import { onlineReceptionDecision } from './online-reception.rule';
import type { VisitForm } from './visit-kinds';

/** A planned day of the head's periodic reception stays in the schedule once cancelled. */
export const DUTY_DAY_STATUSES = ['planned', 'cancelled'] as const;
export type DutyDayStatus = (typeof DUTY_DAY_STATUSES)[number];

/** A refusal of a schedule command: the day, why, in Vietnamese. */
export interface DutyDayProblem extends ErrorDetail {
  day: IsoDate;
}

/**
 * May this planned day be cancelled (hủy lịch tiếp)? Not once it is over: a day in the past is a
 * fact of the schedule as announced, and whether the head received that day is judged from the
 * register, not rewritten by removing the announcement. Not once the head's periodic reception
 * was entered in the register for that day (today included): a day held is not a day called off.
 * Today, before anyone was received, may still be cancelled.
 */
export function dutyDayCancellationProblem(day: IsoDate, today: IsoDate, held: boolean): DutyDayProblem | undefined {
  if (day < today) {
    return {
      field: 'days',
      issue: 'day_past',
      day,
      message: `Không hủy lịch tiếp của ngày đã qua (${formatVietnameseDate(day)}): lịch đã công bố được giữ nguyên để đối chiếu.`,
    };
  }
  if (held) {
    return {
      field: 'days',
      issue: 'day_held',
      day,
      message: `Ngày ${formatVietnameseDate(day)} đã có lượt tiếp định kỳ của người đứng đầu trong sổ tiếp công dân: không hủy lịch tiếp của ngày đã tiếp.`,
    };
  }
  return undefined;
}

/**
 * May a day of periodic reception be planned in this form? Online reception exists only where
 * the rule set in force on that day has it (Luật TCD Art. 3a, from 2026-07-01): the same decision
 * as for a visit (onlineReceptionDecision). A session is not about one citizen, so the
 * protected-denouncer condition (ND154/2026 Art. 20.4) is checked on each visit, not here.
 */
export function dutyDayFormProblem(
  day: IsoDate,
  form: VisitForm,
): (DutyDayProblem & { source: LegalSource[] }) | undefined {
  if (form !== 'online') return undefined;
  const decision = onlineReceptionDecision(ruleSetInForceOn(day), { identityProtectionRequested: false });
  if (decision.allowed) return undefined;
  return { field: 'form', issue: decision.issue, day, message: decision.message, source: decision.source };
}

/**
 * The n-th working day before `date`, counting back; `date` itself is not counted (BLDS Art. 147,
 * read backwards: "chậm nhất là 05 ngày làm việc, trước ngày …" leaves five whole working days
 * between the notice and the day). Days off passed over are listed, latest first.
 */
export function workingDaysBack(
  calendar: WorkingCalendar,
  date: IsoDate,
  n: number,
): { end: IsoDate; skipped: DayOff[] } {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`a number of days must be a whole number >= 0: ${n}`);
  const skipped: DayOff[] = [];
  let d = date;
  for (let counted = 0; counted < n;) {
    d = addDays(d, -1);
    const off = calendar.dayOff(d);
    if (off) skipped.push(off);
    else counted++;
  }
  return { end: d, skipped };
}

export type OnlineNoticeStatus = 'pending' | 'sent_on_time' | 'sent_late' | 'missing';

export interface OnlineSessionNotice {
  /** The last day the notice may go out. */
  dueOn: IsoDate;
  sentOn: IsoDate | null;
  /**
   * `sent_on_time` on or before `dueOn`; `sent_late` after it (and before the session);
   * `pending` not sent and the session still ahead; `missing` the session day has come without one.
   */
  status: OnlineNoticeStatus;
  /** Working days before the session (`reception.onlineNotice` of the rule set in force that day). */
  workingDays: number;
  ruleSetId: RuleSetId;
  source: LegalSource[];
}

/**
 * The notice of an online reception session (ND154/2026 Art. 23.1): "Chậm nhất là 05 ngày làm
 * việc, trước ngày tiếp công dân trực tuyến, điểm cầu trung tâm … thông báo cho người khiếu nại,
 * tố cáo, kiến nghị, phản ánh; các cơ quan tham gia …". A deadline on the planned session, counted
 * back from its day by the rule set in force on that day; undefined where that rule set has no
 * such notice (before 2026-07-01, when there was no online reception either).
 */
export function onlineSessionNotice(
  calendar: WorkingCalendar,
  session: { on: IsoDate; sentOn: IsoDate | null; today: IsoDate },
): OnlineSessionNotice | undefined {
  const ruleSetId = applicableRuleSetId('reception', 'onlineSession', { event: session.on });
  const rule = getRuleSet(ruleSetId).timeLimits['reception.onlineNotice'];
  if (!rule) return undefined;
  const workingDays = rule.days.base;
  const dueOn = workingDaysBack(calendar, session.on, workingDays).end;
  const status: OnlineNoticeStatus = session.sentOn
    ? session.sentOn <= dueOn
      ? 'sent_on_time'
      : 'sent_late'
    : session.today >= session.on
      ? 'missing'
      : 'pending';
  return { dueOn, sentOn: session.sentOn, status, workingDays, ruleSetId, source: rule.source };
}

/**
 * The date a notice was sent, as declared: not in the future, and before the session it
 * announces (a notice on or after the day announces nothing; the session's notice is then missing).
 */
export function onlineNoticeDateProblem(sentOn: IsoDate, sessionOn: IsoDate, today: IsoDate): ErrorDetail | undefined {
  if (sentOn > today) {
    return { field: 'sentOn', issue: 'in_future', message: 'Ngày gửi thông báo không được sau ngày hôm nay.' };
  }
  if (sentOn >= sessionOn) {
    return {
      field: 'sentOn',
      issue: 'not_before_session',
      message: `Thông báo phải được gửi trước ngày tiếp công dân trực tuyến (${formatVietnameseDate(sessionOn)}).`,
    };
  }
  return undefined;
}
