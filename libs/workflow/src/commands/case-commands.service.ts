import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError, ValidationFailedError, type Actor } from '@kntc/domain';
import { StreamWriter, type CommandResult } from '../streams/stream-writer.service';

/**
 * Steps the law gives to a superior of the authority holding the case: a second complaint
 * (Luật KN Art. 33), a further denunciation (Luật TC Art. 37), and the superior's powers over
 * an overdue denunciation (Art. 38; NĐ 31 Art. 5). The machine still checks competence.
 */
const SUPERIOR_EVENTS = new Set(['lodgeSecondComplaint', 'furtherDenunciation', 'demandReport', 'takeOver']);

export interface CaseCommand {
  actor: Actor;
  caseId: string;
  expectedVersion: number;
  event: { type: string } & Record<string, unknown>;
  requestId?: string;
}

/** Commands on a case (vụ việc), each one transaction through the StreamWriter. */
@Injectable()
export class CaseCommandsService {
  constructor(
    private readonly writer: StreamWriter,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Giao cán bộ thụ lý: the person must be an active handler or leader of the acting authority. */
  async assignHandler(command: Omit<CaseCommand, 'event'> & { handlerId: string }): Promise<CommandResult> {
    // Scope first, so a case of another authority answers "not found" whatever the body says.
    const [held] = await this.dataSource.query<{ holder_authority_id: string }[]>(
      `SELECT holder_authority_id FROM kntc_case WHERE id = $1`,
      [command.caseId],
    );
    if (held?.holder_authority_id !== command.actor.authority.id) throw new NotFoundError('vụ việc', command.caseId);
    const [person] = await this.dataSource.query<{ authority_id: string; role: string; disabled_at: Date | null }[]>(
      `SELECT authority_id, role, disabled_at FROM app_user WHERE id = $1`,
      [command.handlerId],
    );
    if (
      !person ||
      person.disabled_at ||
      person.authority_id !== command.actor.authority.id ||
      !['handler', 'leader'].includes(person.role)
    ) {
      throw new ValidationFailedError([
        {
          field: 'handlerId',
          issue: 'not_a_handler_here',
          message: 'Chỉ giao cho cán bộ (chuyên viên, lãnh đạo) đang làm việc tại cơ quan giải quyết vụ việc.',
        },
      ]);
    }
    return this.send({ ...command, event: { type: 'assignHandler', handlerId: command.handlerId } });
  }

  send(command: CaseCommand): Promise<CommandResult> {
    return this.writer.apply({
      streamType: 'case',
      id: command.caseId,
      expectedVersion: command.expectedVersion,
      actor: command.actor,
      requestId: command.requestId,
      event: command.event,
      allowSuperior: SUPERIOR_EVENTS.has(command.event.type),
    });
  }
}
