import { DomainError } from '../errors/domain-error';
import type { CommandAvailability } from './stream-types';

/** The machine does not allow this command now; says why and what is allowed instead. */
export class TransitionNotAllowedError extends DomainError {
  constructor(command: string, state: string, reasons: string[], allowed: string[]) {
    super(
      'TRANSITION_NOT_ALLOWED',
      `Không thể thực hiện "${command}" ở trạng thái hiện tại.`,
      reasons.map((message) => ({ field: 'command', issue: 'not_allowed', message })),
      { command, state, allowed },
    );
    this.name = 'TransitionNotAllowedError';
  }

  static from(command: string, state: string, explained: CommandAvailability, all: CommandAvailability[]) {
    return new TransitionNotAllowedError(
      command,
      state,
      explained.reasons,
      all.filter((c) => c.available).map((c) => c.type),
    );
  }
}
