import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { receptionReplyEndedBy, visitReplyFromPetitions, type Actor, type PetitionReplyView } from '@kntc/domain';
import { StreamWriter, type AppendedEvent } from '../streams/stream-writer.service';
import { ReceptionRepository } from './reception.repository';

const replyView = (context: Record<string, unknown>): PetitionReplyView => ({
  clocks: (context.clocks ?? {}) as PetitionReplyView['clocks'],
  custody: (context.custody ?? []) as PetitionReplyView['custody'],
});

/** The event answered the đơn for the first time (thụ lý, chuyển, từ chối thụ lý). */
const endsReceptionReply = (event: Pick<AppendedEvent, 'streamType' | 'before' | 'after'>) =>
  event.streamType === 'petition' &&
  event.before !== null &&
  receptionReplyEndedBy(replyView(event.before.context), replyView(event.after.context));

/**
 * Luật TCD Art. 28.1 owes the citizen one answer after a reception; the đơn logged at it answer
 * it one by one (thụ lý, chuyển, từ chối thụ lý), each with its own notice. When the last of them
 * is answered, this records the visit's reply in the same transaction, so the visit's period
 * stops the day its content was answered and is not reported overdue after the fact.
 */
@Injectable()
export class VisitReplyReactor implements OnModuleInit {
  constructor(
    private readonly writer: StreamWriter,
    private readonly reception: ReceptionRepository,
  ) {}

  onModuleInit(): void {
    this.writer.onEvent(
      (em, event) => this.react(em, event),
      (event) => endsReceptionReply(event),
    );
  }

  async react(em: EntityManager, event: AppendedEvent): Promise<void> {
    if (!endsReceptionReply(event)) return;
    for (const visit of await this.reception.visitsAwaitingReplyOf(em, event.id)) {
      const reply = visitReplyFromPetitions(await this.reception.petitionsLoggedAt(em, visit.id));
      if (!reply) continue;
      const system: Actor = { userId: 'system', role: 'system', authority: visit.holder };
      await this.writer.apply(
        {
          streamType: 'visit',
          id: visit.id,
          expectedVersion: visit.version,
          actor: system,
          event: { type: 'reply', kind: reply.kind, form: 'written', petitions: reply.petitions },
        },
        em,
      );
    }
  }
}
