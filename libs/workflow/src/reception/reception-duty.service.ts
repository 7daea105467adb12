import { Injectable } from '@nestjs/common';
import {
  addDays,
  isIsoDate,
  leaderDutyCompliance,
  NotFoundError,
  ValidationFailedError,
  type Actor,
  type DutyPeriod,
  type DutyTotals,
  type IsoDate,
} from '@kntc/domain';
import { ReadContext, type ReadMoment } from '../reads/read-context';
import { ReceptionDutyRepository, type DutyAuthorityRow, type DutyScheduleRow } from './reception-duty.repository';

export interface ScheduleDutyCommand {
  authorityId: string;
  leaderId: string;
  days: IsoDate[];
  place: string;
  note?: string;
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
  async schedule(actor: Actor, command: ScheduleDutyCommand): Promise<DutyScheduleRow[]> {
    const moment = await this.context.moment(actor);
    this.assertInScope(moment, command.authorityId);
    const days = [...new Set(command.days)].sort();
    const problems = [
      ...(days.length === 0 || days.length > MAX_SCHEDULE_DAYS
        ? [{ field: 'days', issue: 'count', message: `Cần từ 1 đến ${MAX_SCHEDULE_DAYS} ngày tiếp.` }]
        : []),
      ...days
        .filter((d) => !isIsoDate(d))
        .map((d) => ({ field: 'days', issue: 'invalid_date', message: `Ngày không hợp lệ: ${String(d)}` })),
    ];
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
    return this.repository.upsertSchedule({
      authorityId: command.authorityId,
      leaderId: command.leaderId,
      days,
      place: command.place.trim(),
      note: command.note?.trim() || null,
      createdById: actor.userId,
    });
  }

  async schedules(actor: Actor, filter: DutyScheduleFilter): Promise<DutyScheduleRow[]> {
    const moment = await this.context.moment(actor);
    this.checkWindow(filter.from, filter.to);
    const ids = filter.authorityId ? [this.assertInScope(moment, filter.authorityId)] : moment.scope;
    return this.repository.schedules(ids, filter.from, filter.to);
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
        scheduled: schedules.filter((s) => s.authorityId === authority.id).map((s) => s.plannedOn),
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
