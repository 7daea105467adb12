import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { vietnamDateOf } from '@kntc/domain';
import { CalendarService, StreamWriter } from '@kntc/workflow';
import type { CaseFact, FactEvent, PetitionFact, StreamInfo } from '../facts/fact-rows';
import { CASE_FACT_TABLE, factFields, PETITION_FACT_TABLE, type FactTable } from '../facts/fact-tables';
import { FactRepository, type StoredFact } from '../facts/fact.repository';
import { evolveFacts, infoFromFacts, mayChangeFacts } from '../facts/stream-facts';
import { versionChanges } from '../facts/versions';

/** What the planner reads with a stream's row: its current facts and what they repeat from the row. */
const WITH_ROW = { petition: 'auditPetition', case: 'auditCase' } as const;
interface ReadWithRow {
  facts: unknown;
  code: string;
  subjectArea: string;
  signatories?: number;
}

/** The event the write path hands its listeners (its type is the listener's parameter). */
export type AppendedEvent = Parameters<Parameters<StreamWriter['onEvent']>[0]>[1];
type PlannedEvent = Parameters<Parameters<StreamWriter['planWrites']>[0]>[0];
type BindParameter = Parameters<Parameters<StreamWriter['planWrites']>[0]>[1];

export function factEventOf(e: Omit<AppendedEvent, 'eventId'> & { eventId?: string }): FactEvent {
  return {
    streamType: e.streamType,
    streamId: e.id,
    // A planned event has no id yet: its writes read it from the statement (the facts use it only there).
    eventId: e.eventId ?? '',
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
 * Keeps the audit facts in step with the event log, in the transaction of every event, so facts
 * and events commit or fail together: an opening event as a listener, after it; every later
 * event planned from the facts read with the stream's row and written in the event's own
 * statement (StreamWriter.planWrites).
 */
@Injectable()
export class AuditProjector implements OnModuleInit {
  constructor(
    private readonly writer: StreamWriter,
    private readonly facts: FactRepository,
    private readonly calendars: CalendarService,
  ) {}

  onModuleInit(): void {
    // Later events are planned into their own statement; only an opening one is projected after it.
    this.writer.onEvent(
      (em, event) => this.project(em, event),
      (event) => event.before === null,
    );
    this.writer.planWrites(
      (event, bind) => this.plan(event, bind),
      [
        {
          streamType: 'petition',
          key: WITH_ROW.petition,
          sql: `json_build_object('facts', ${this.facts.currentOfJson(PETITION_FACT_TABLE, '$1')},
                  'code', code, 'subjectArea', subject_area, 'signatories', signatory_count)`,
        },
        {
          streamType: 'case',
          key: WITH_ROW.case,
          sql: `json_build_object('facts', ${this.facts.currentOfJson(CASE_FACT_TABLE, '$1')},
                  'code', code, 'subjectArea', subject_area)`,
        },
      ],
    );
  }

  /** The facts' writes for an event after the opening one, from what was read with the row. */
  async plan(event: PlannedEvent, bind: BindParameter): Promise<string[]> {
    if (!mayChangeFacts(event.streamType, event.type)) return [];
    const read = event.prefetched[WITH_ROW[event.streamType]] as ReadWithRow;
    const e = factEventOf(event);
    const at = event.recordedAt;
    if (e.streamType === 'petition') {
      const current = this.facts.currentFromJson<PetitionFact>(read.facts);
      const info = infoFromFacts(current) ?? {
        code: read.code,
        subjectArea: read.subjectArea,
        signatories: read.signatories,
      };
      return this.planned(PETITION_FACT_TABLE, current, evolveFacts.petition(current, e, info), at, bind);
    }
    const current = this.facts.currentFromJson<CaseFact>(read.facts);
    const info = infoFromFacts(current) ?? { code: read.code, subjectArea: read.subjectArea };
    const next = evolveFacts.case(current, e, info, await this.calendars.calendar());
    return this.planned(CASE_FACT_TABLE, current, next, at, bind);
  }

  /** An opening event (the stream is new: it has no facts yet), after it. */
  async project(em: EntityManager, appended: AppendedEvent): Promise<void> {
    if (!mayChangeFacts(appended.streamType, appended.type)) return;
    const e = factEventOf(appended);
    const at = { recordedAt: appended.recordedAt, eventId: appended.eventId };
    // The stream was created in this transaction: it has no facts to read.
    if (e.streamType === 'petition') {
      const none: StoredFact<PetitionFact>[] = [];
      const info = await this.petitionInfo(em, e.streamId);
      await this.write(em, PETITION_FACT_TABLE, none, evolveFacts.petition(none, e, info), at);
    } else {
      const none: StoredFact<CaseFact>[] = [];
      const info = await this.caseInfo(em, e.streamId);
      const next = evolveFacts.case(none, e, info, await this.calendars.calendar());
      await this.write(em, CASE_FACT_TABLE, none, next, at);
    }
  }

  private planned<T extends object>(
    table: FactTable<T>,
    current: StoredFact<T>[],
    next: T[],
    recordedAt: Date,
    bind: BindParameter,
  ): string[] {
    // The evolve functions return the same array when nothing changed.
    if ((next as unknown) === current) return [];
    const changes = versionChanges(current, next, table.keyOf, factFields(table), { recordedAt, eventId: '' });
    return this.facts.plannedChanges(table, current, changes, recordedAt, (value, type) => bind(value, type));
  }

  private async write<T extends object>(
    em: EntityManager,
    table: FactTable<T>,
    current: StoredFact<T>[],
    next: T[],
    at: { recordedAt: Date; eventId: string },
  ): Promise<void> {
    if ((next as unknown) === current) return;
    const changes = versionChanges(current, next, table.keyOf, factFields(table), at);
    await this.facts.applyChanges(em, table, current, changes, at.recordedAt);
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
