import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationFailedError, vietnamDateOf, type Actor, type IsoDate } from '@kntc/domain';
import { DataScopeService } from '@kntc/access';
import { CalendarService } from '../time/calendar.service';
import { ClockService } from '../time/clock.service';
import type { StreamListFilter } from './read-filters';

/** "Now", "today in Vietnam" and the actor's scope, taken once per request. */
export interface ReadMoment {
  now: Date;
  today: IsoDate;
  /** Authorities whose records the actor may read (its own, or its subtree for inspectors). */
  scope: readonly string[];
}

/** What every read service needs: the application clock and the actor's data scope. */
@Injectable()
export class ReadContext {
  constructor(
    private readonly scopes: DataScopeService,
    private readonly clock: ClockService,
    readonly calendars: CalendarService,
  ) {}

  async moment(actor: Actor): Promise<ReadMoment> {
    const now = this.clock.now();
    const today = vietnamDateOf(now.toISOString());
    const scope = await this.scopes.scopeOf(actor, today);
    return { now, today, scope: scope.authorityIds };
  }

  /**
   * A list filter may name only authorities in scope; any other looks like one that does not
   * exist (404), as out-of-scope records do. Ranges must not be reversed.
   */
  checkListFilter(filter: StreamListFilter, moment: ReadMoment): void {
    if (filter.holderAuthorityId && !moment.scope.includes(filter.holderAuthorityId)) {
      throw new NotFoundError('cơ quan, đơn vị', filter.holderAuthorityId);
    }
    const reversed = [
      ['receivedFrom', filter.receivedFrom, filter.receivedTo],
      ['dueFrom', filter.dueFrom, filter.dueTo],
    ].filter(([, from, to]) => from && to && from > to);
    if (reversed.length > 0) {
      throw new ValidationFailedError(
        reversed.map(([field]) => ({
          field: String(field),
          issue: 'range_reversed',
          message: 'Ngày bắt đầu của khoảng lọc phải trước hoặc bằng ngày kết thúc.',
        })),
      );
    }
  }
}
