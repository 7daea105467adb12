import { Injectable } from '@nestjs/common';

/**
 * The application's only source of "now". The domain never reads the clock: the time of a
 * command is taken here and travels on the event. Tests replace it with a fixed clock.
 */
@Injectable()
export class ClockService {
  now(): Date {
    return new Date();
  }
}

/** A clock for tests and replays: set and advance it by hand. */
export class FixedClock extends ClockService {
  constructor(private current: Date) {
    super();
  }
  override now(): Date {
    return new Date(this.current);
  }
  set(to: Date | string): void {
    this.current = new Date(to);
  }
}
