import type { DomainEventBase } from '../../shared/event-meta';

/** Sent by the deadline sweeper (actor role `system`) once a clock's due date has passed. */
export interface DeadlineExpiredEvent extends DomainEventBase<'deadlineExpired'> {
  clock: string;
}
