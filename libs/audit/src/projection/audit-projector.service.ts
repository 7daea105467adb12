import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { vietnamDateOf } from '@kntc/domain';
import { CalendarService, StreamWriter } from '@kntc/workflow';
import type { FactEvent, StreamInfo } from '../facts/fact-rows';
import { CASE_FACT_TABLE, factFields, PETITION_FACT_TABLE, type FactTable } from '../facts/fact-tables';
import { FactRepository, type StoredFact } from '../facts/fact.repository';
import { evolveFacts, infoFromFacts, mayChangeFacts } from '../facts/stream-facts';
import { versionChanges } from '../facts/versions';

/** The event the write path hands its listeners (its type is the listener's parameter). */
export type AppendedEvent = Parameters<Parameters<StreamWriter['onEvent']>[0]>[1];

export function factEventOf(e: AppendedEvent): FactEvent {
  return {
    streamType: e.streamType,
    streamId: e.id,
    eventId: e.eventId,
    type: e.type,
    payload: e.payload,
    before: e.before,
    after: e.after,
    holderBefore: e.holderBefore,
    holderAfter: e.holderAfter,
    on: vietnamDateOf(e.occurredAt.toISOString()),
  };
}

/**
 * Keeps the audit facts in step with the event log: registered with the StreamWriter at init,
 * it runs in the transaction of every event, so facts and events commit or fail together.
 */
@Injectable()
export class AuditProjector implements OnModuleInit {
  constructor(
    private readonly writer: StreamWriter,
    private readonly facts: FactRepository,
    private readonly calendars: CalendarService,
  ) {}

  onModuleInit(): void {
    this.writer.onEvent((em, event) => this.project(em, event));
  }

  async project(em: EntityManager, appended: AppendedEvent): Promise<void> {
    if (!mayChangeFacts(appended.streamType, appended.type)) return;
    const e = factEventOf(appended);
    if (e.streamType === 'petition') await this.projectPetition(em, e);
    else await this.projectCase(em, e);
  }

  private async projectPetition(em: EntityManager, e: FactEvent): Promise<void> {
    const current = await this.facts.currentOf(em, PETITION_FACT_TABLE, e.streamId);
    const info = infoFromFacts(current) ?? (await this.petitionInfo(em, e.streamId));
    const next = evolveFacts.petition(current, e, info);
    await this.write(em, PETITION_FACT_TABLE, current, next, e);
  }

  private async projectCase(em: EntityManager, e: FactEvent): Promise<void> {
    const current = await this.facts.currentOf(em, CASE_FACT_TABLE, e.streamId);
    const info = infoFromFacts(current) ?? (await this.caseInfo(em, e.streamId));
    const next = evolveFacts.case(current, e, info, await this.calendars.calendar());
    await this.write(em, CASE_FACT_TABLE, current, next, e);
  }

  private async write<T extends object>(
    em: EntityManager,
    table: FactTable<T>,
    current: StoredFact<T>[],
    next: T[],
    e: FactEvent,
  ): Promise<void> {
    // The evolve functions return the same array when nothing changed.
    if ((next as unknown) === current) return;
    const recordedAt = await this.facts.recordedAtOf(em, e.eventId);
    const changes = versionChanges(current, next, table.keyOf, factFields(table), { recordedAt, eventId: e.eventId });
    await this.facts.applyChanges(em, table, current, changes, recordedAt);
  }

  private async petitionInfo(em: EntityManager, id: string): Promise<StreamInfo> {
    const [row] = await em.query<{ code: string; subject_area: string; signatory_count: number }[]>(
      `SELECT code, subject_area, signatory_count FROM petition WHERE id = $1`,
      [id],
    );
    return { code: row.code, subjectArea: row.subject_area, signatories: row.signatory_count };
  }

  private async caseInfo(em: EntityManager, id: string): Promise<StreamInfo> {
    const [row] = await em.query<{ code: string; subject_area: string }[]>(
      `SELECT code, subject_area FROM kntc_case WHERE id = $1`,
      [id],
    );
    return { code: row.code, subjectArea: row.subject_area };
  }
}
