import { Injectable } from '@nestjs/common';
import {
  addDays,
  DomainError,
  dutyDayCancellationProblem,
  dutyDayFormProblem,
  formatVietnameseDate,
  isIsoDate,
  leaderDutyCompliance,
  NotFoundError,
  onlineNoticeDateProblem,
  onlineSessionNotice,
  ValidationFailedError,
  type Actor,
  type DutyPeriod,
  type DutyTotals,
  type ErrorDetail,
  type IsoDate,
  type OnlineNoticeStatus,
  type VisitForm,
  type WorkingCalendar,
} from '@kntc/domain';
import { ReadContext, type ReadMoment } from '../reads/read-context';
import { ReceptionDutyRepository, type DutyAuthorityRow, type DutyScheduleRow } from './reception-duty.repository';

export interface ScheduleDutyCommand {
  authorityId: string;
  leaderId: string;
  days: IsoDate[];
  place: string;
  note?: string;
  /** Default `in_person`; `online` only on days when the rule set in force has online reception. */
  form?: VisitForm;
}

export interface CancelDutyCommand {
  authorityId: string;
  days: IsoDate[];
  reason: string;
}

export interface RecordDutyNoticeCommand {
  authorityId: string;
  /** The online session's day. */
  day: IsoDate;
  sentOn: IsoDate;
}

/** A day of the schedule as the API shows it. */
export interface DutyScheduleView extends Pick<
  DutyScheduleRow,
  'id' | 'authorityId' | 'leaderId' | 'leaderName' | 'plannedOn' | 'place' | 'note' | 'form' | 'status'
> {
  /** The last cancellation; still shown after the day was planned again. */
  cancellation: { at: string; byId: string; reason: string } | null;
  /** Online sessions owing a notice (ND154/2026 Art. 23.1); null otherwise, and for a cancelled day. */
  notice: {
    dueOn: IsoDate;
    sentOn: IsoDate | null;
    status: OnlineNoticeStatus;
    workingDays: number;
    recordedAt: string | null;
    recordedById: string | null;
  } | null;
}

export interface DutyScheduleFilter {
  authorityId?: string;
  from: IsoDate;
  to: IsoDate;
}

export interface DutyComplianceView {
  authority: DutyAuthorityRow;
  /** The window asked about; the periods overlapping it are judged whole. */
  from: IsoDate;
  to: IsoDate;
  periods: DutyPeriod[];
  totals: DutyTotals;
  /** Days of tiếp đột xuất in the window: owed on top of the periodic days, not counted in them. */
  adHoc: { inPersonDays: number; delegatedDays: number };
}

/** The longest duty period is a month: reading this far around the window covers every period overlapping it. */
const PERIOD_MARGIN_DAYS = 31;
const MAX_WINDOW_DAYS = 366 * 2;
const MAX_SCHEDULE_DAYS = 120;

/**
 * Leaders' periodic reception (lịch tiếp công dân định kỳ): the schedules, and the compliance of
 * each head with the duty in force on each day (libs/domain leaderDutyCompliance), from the days
 * actually held in the register, in person or delegated.
 */
@Injectable()
export class ReceptionDutyService {
  constructor(
    private readonly repository: ReceptionDutyRepository,
    private readonly context: ReadContext,
  ) {}

  /**
   * Plans days of the head's periodic reception. The desk arranges them (ND154/2026 Art. 26.1.a),
   * the head sets them, an administrator keeps them for the authorities under it; every day names
   * a leader of the authority. Replanning a day replaces it.
   */
  async schedule(actor: Actor, command: ScheduleDutyCommand): Promise<DutyScheduleView[]> {
    const moment = await this.context.moment(actor);
    this.assertInScope(moment, command.authorityId);
    const days = [...new Set(command.days)].sort();
    const form = command.form ?? 'in_person';
    const problems = this.dayProblems(days);
    if (problems.length === 0) {
      const leaders = await this.repository.leadersOf(command.authorityId, [command.leaderId]);
      if (!leaders.has(command.leaderId)) {
        problems.push({
          field: 'leaderId',
          issue: 'not_a_leader',
          message: 'Người tiếp phải là lãnh đạo đang làm việc của cơ quan, đơn vị.',
        });
      }
    }
    if (problems.length > 0) throw new ValidationFailedError(problems);
    const formProblems = days.flatMap((d) => dutyDayFormProblem(d, form) ?? []);
    if (formProblems.length > 0) {
      throw new DomainError('RULE_VIOLATION', formProblems[0].message, formProblems);
    }
    const rows = await this.repository.upsertSchedule({
      authorityId: command.authorityId,
      leaderId: command.leaderId,
      days,
      place: command.place.trim(),
      note: command.note?.trim() || null,
      form,
      createdById: actor.userId,
    });
    return this.views(rows, moment.today);
  }

  /**
   * Cancels planned days (hủy lịch tiếp), with the reason; same people and scope as planning. The
   * rows stay, marked cancelled with who, when and why. All or nothing: a day never planned is a
   * request error, a day in the past or already held in the register a rule violation
   * (dutyDayCancellationProblem). A day already cancelled keeps its first cancellation.
   */
  async cancel(actor: Actor, command: CancelDutyCommand): Promise<DutyScheduleView[]> {
    const moment = await this.context.moment(actor);
    this.assertInScope(moment, command.authorityId);
    const days = [...new Set(command.days)].sort();
    const reason = command.reason.trim();
    const problems = this.dayProblems(days);
    if (!reason) problems.push({ field: 'reason', issue: 'required', message: 'Cần nêu lý do hủy lịch tiếp.' });
    if (problems.length > 0) throw new ValidationFailedError(problems);
    const rows = await this.repository.scheduleDays(command.authorityId, days);
    const byDay = new Map(rows.map((r) => [r.plannedOn, r]));
    const notPlanned = days.filter((d) => !byDay.has(d));
    if (notPlanned.length > 0) {
      throw new ValidationFailedError(
        notPlanned.map((d) => ({
          field: 'days',
          issue: 'not_planned',
          message: `Ngày ${formatVietnameseDate(d)} không có trong lịch tiếp công dân của cơ quan, đơn vị.`,
        })),
      );
    }
    const toCancel = days.filter((d) => byDay.get(d)!.status === 'planned');
    const held = toCancel.length
      ? await this.repository.headReceptionDays([command.authorityId], toCancel[0], toCancel[toCancel.length - 1])
      : [];
    const heldDays = new Set(held.filter((h) => h.type === 'periodic').map((h) => h.visitedOn));
    const refused = toCancel.flatMap((d) => dutyDayCancellationProblem(d, moment.today, heldDays.has(d)) ?? []);
    if (refused.length > 0) throw new DomainError('RULE_VIOLATION', refused[0].message, refused);
    const cancelled = await this.repository.cancelDays({
      authorityId: command.authorityId,
      days,
      reason,
      cancelledById: actor.userId,
    });
    return this.views(cancelled, moment.today);
  }

  /**
   * Records the day the notice of a planned online session went out (ND154/2026 Art. 23.1), as
   * the desk declares it: not in the future, before the session. Recording again replaces the
   * date; who recorded it and when are kept with it.
   */
  async recordNotice(actor: Actor, command: RecordDutyNoticeCommand): Promise<DutyScheduleView> {
    const moment = await this.context.moment(actor);
    this.assertInScope(moment, command.authorityId);
    const [row] = await this.repository.scheduleDays(command.authorityId, [command.day]);
    if (!row) {
      throw new ValidationFailedError([
        {
          field: 'day',
          issue: 'not_planned',
          message: `Ngày ${formatVietnameseDate(command.day)} không có trong lịch tiếp công dân của cơ quan, đơn vị.`,
        },
      ]);
    }
    const state: ErrorDetail | undefined =
      row.status === 'cancelled'
        ? { field: 'day', issue: 'cancelled', message: 'Lịch tiếp ngày này đã bị hủy: không còn thông báo phải gửi.' }
        : row.form !== 'online'
          ? {
              field: 'day',
              issue: 'not_online',
              message:
                'Chỉ buổi tiếp công dân trực tuyến phải thông báo trước (khoản 1 Điều 23 Nghị định 154/2026/NĐ-CP).',
            }
          : undefined;
    if (state) throw new DomainError('RULE_VIOLATION', state.message, [state]);
    const dateProblem = onlineNoticeDateProblem(command.sentOn, command.day, moment.today);
    if (dateProblem) throw new ValidationFailedError([dateProblem]);
    const recorded = await this.repository.recordNotice({
      authorityId: command.authorityId,
      day: command.day,
      sentOn: command.sentOn,
      recordedById: actor.userId,
    });
    if (!recorded) throw new NotFoundError('lịch tiếp công dân', command.day);
    const [view] = await this.views([recorded], moment.today);
    return view;
  }

  /** Every day of the window, planned or cancelled, with its status and, online, its notice. */
  async schedules(actor: Actor, filter: DutyScheduleFilter): Promise<DutyScheduleView[]> {
    const moment = await this.context.moment(actor);
    this.checkWindow(filter.from, filter.to);
    const ids = filter.authorityId ? [this.assertInScope(moment, filter.authorityId)] : moment.scope;
    return this.views(await this.repository.schedules(ids, filter.from, filter.to), moment.today);
  }

  /** One row per authority (the one asked for, or every authority in scope whose head has a duty). */
  async compliance(actor: Actor, filter: DutyScheduleFilter): Promise<DutyComplianceView[]> {
    const moment = await this.context.moment(actor);
    this.checkWindow(filter.from, filter.to);
    const ids = filter.authorityId ? [this.assertInScope(moment, filter.authorityId)] : [...moment.scope];
    const readFrom = addDays(filter.from, -PERIOD_MARGIN_DAYS);
    const readTo = addDays(filter.to, PERIOD_MARGIN_DAYS);
    const [authorities, schedules, days] = await Promise.all([
      this.repository.authorities(ids),
      this.repository.schedules(ids, readFrom, readTo),
      this.repository.headReceptionDays(ids, readFrom, readTo),
    ]);
    const views = authorities.map((authority): DutyComplianceView => {
      const own = days.filter((d) => d.authorityId === authority.id);
      const result = leaderDutyCompliance({
        level: authority.level,
        from: filter.from,
        to: filter.to,
        today: moment.today,
        scheduled: schedules
          .filter((s) => s.authorityId === authority.id && s.status === 'planned')
          .map((s) => s.plannedOn),
        cancelled: schedules
          .filter((s) => s.authorityId === authority.id && s.status === 'cancelled')
          .map((s) => s.plannedOn),
        held: own.filter((d) => d.type === 'periodic').map((d) => ({ on: d.visitedOn, presence: d.presence })),
      });
      const adHoc = own.filter((d) => d.type === 'ad_hoc' && d.visitedOn >= filter.from && d.visitedOn <= filter.to);
      const inPerson = new Set(adHoc.filter((d) => d.presence === 'in_person').map((d) => d.visitedOn));
      const delegated = new Set(adHoc.map((d) => d.visitedOn).filter((d) => !inPerson.has(d)));
      return {
        authority,
        from: filter.from,
        to: filter.to,
        ...result,
        adHoc: { inPersonDays: inPerson.size, delegatedDays: delegated.size },
      };
    });
    // Asked for one authority: shown even without a duty; over a subtree: only heads with one.
    return filter.authorityId ? views : views.filter((v) => v.periods.length > 0);
  }

  private async views(rows: readonly DutyScheduleRow[], today: IsoDate): Promise<DutyScheduleView[]> {
    const calendar = rows.some((r) => r.form === 'online') ? await this.context.calendars.calendar() : undefined;
    return rows.map((r) => viewOf(r, today, calendar));
  }

  private dayProblems(days: readonly string[]): ErrorDetail[] {
    return [
      ...(days.length === 0 || days.length > MAX_SCHEDULE_DAYS
        ? [{ field: 'days', issue: 'count', message: `Cần từ 1 đến ${MAX_SCHEDULE_DAYS} ngày tiếp.` }]
        : []),
      ...days
        .filter((d) => !isIsoDate(d))
        .map((d) => ({ field: 'days', issue: 'invalid_date', message: `Ngày không hợp lệ: ${String(d)}` })),
    ];
  }

  private assertInScope(moment: ReadMoment, authorityId: string): string {
    if (!moment.scope.includes(authorityId)) throw new NotFoundError('cơ quan, đơn vị', authorityId);
    return authorityId;
  }

  private checkWindow(from: IsoDate, to: IsoDate): void {
    if (from > to) {
      throw new ValidationFailedError([{ field: 'to', issue: 'before_from', message: 'Ngày cuối trước ngày đầu.' }]);
    }
    if (addDays(from, MAX_WINDOW_DAYS) < to) {
      throw new ValidationFailedError([
        { field: 'to', issue: 'too_long', message: 'Khoảng thời gian tối đa là hai năm.' },
      ]);
    }
  }
}

function viewOf(r: DutyScheduleRow, today: IsoDate, calendar: WorkingCalendar | undefined): DutyScheduleView {
  const notice =
    r.form === 'online' && r.status === 'planned' && calendar
      ? onlineSessionNotice(calendar, { on: r.plannedOn, sentOn: r.noticeSentOn, today })
      : undefined;
  return {
    id: r.id,
    authorityId: r.authorityId,
    leaderId: r.leaderId,
    leaderName: r.leaderName,
    plannedOn: r.plannedOn,
    place: r.place,
    note: r.note,
    form: r.form,
    status: r.status,
    cancellation:
      r.cancelledAt && r.cancelledById && r.cancelReason
        ? { at: r.cancelledAt.toISOString(), byId: r.cancelledById, reason: r.cancelReason }
        : null,
    notice: notice
      ? {
          dueOn: notice.dueOn,
          sentOn: notice.sentOn,
          status: notice.status,
          workingDays: notice.workingDays,
          recordedAt: r.noticeRecordedAt?.toISOString() ?? null,
          recordedById: r.noticeRecordedById,
        }
      : null,
  };
}
