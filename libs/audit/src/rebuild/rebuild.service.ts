import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CalendarService, StreamWriter } from '@kntc/workflow';
import type { CaseFact, PetitionFact, Versioned } from '../facts/fact-rows';
import { CASE_FACT_TABLE, PETITION_FACT_TABLE } from '../facts/fact-tables';
import { FactRepository } from '../facts/fact.repository';
import { RebuildRepository } from './rebuild.repository';
import { replayCase, replayPetition, type LoggedEvent } from './replay';

export interface RebuildReport {
  petitions: number;
  cases: number;
  petitionFacts: number;
  caseFacts: number;
  /** Streams whose replayed end state differs from the stored snapshot (ids; the first 50). */
  divergent: { streamType: 'petition' | 'case'; id: string; reason: string }[];
  divergentCount: number;
  seconds: number;
}

const BATCH = 500;

const groupByStream = (events: LoggedEvent[]) => {
  const map = new Map<string, LoggedEvent[]>();
  for (const e of events) {
    const list = map.get(e.streamId);
    if (list) list.push(e);
    else map.set(e.streamId, [e]);
  }
  return map;
};

/**
 * Rebuilds every audit fact from the event log: each đơn and each case is replayed through its
 * machine, event by event, and folded with the same functions the write path uses, so the result
 * must equal what the projector wrote (a medium test proves it). The replay also checks that the
 * log reproduces each stored snapshot and reports the streams where it does not. One transaction,
 * with the fact tables locked: commands wait for it rather than write facts it would overwrite,
 * and a command that read facts before it is planned again (the plan epoch).
 */
@Injectable()
export class RebuildService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: RebuildRepository,
    private readonly facts: FactRepository,
    private readonly calendars: CalendarService,
    private readonly writer: StreamWriter,
  ) {}

  async rebuild(progress: (done: number) => void = () => undefined): Promise<RebuildReport> {
    const started = Date.now();
    const calendar = await this.calendars.calendar();
    return this.dataSource.transaction(async (em) => {
      await this.repository.lockFacts(em);
      await this.facts.truncateAll(em);
      // After the TRUNCATE (whose lock now keeps reads of the facts waiting): a command that read
      // the old facts cannot write its plan, one that reads after it sees the new ones.
      await this.writer.advancePlanEpoch(em);
      const refs = await this.repository.authorityRefs(em);
      const refOf = (id: string) => {
        const ref = refs.get(id);
        if (!ref) throw new Error(`authority ${id} is not in the tree`);
        return ref;
      };
      const report: RebuildReport = {
        petitions: 0,
        cases: 0,
        petitionFacts: 0,
        caseFacts: 0,
        divergent: [],
        divergentCount: 0,
        seconds: 0,
      };
      const diverged = (streamType: 'petition' | 'case', id: string, reason: string) => {
        report.divergentCount += 1;
        if (report.divergent.length < 50) report.divergent.push({ streamType, id, reason });
      };
      let after: string | null = null;
      for (;;) {
        const petitions = await this.repository.petitionsAfter(em, after, BATCH);
        if (petitions.length === 0) break;
        after = petitions[petitions.length - 1].id;
        const ids = petitions.map((p) => p.id);
        const cases = await this.repository.casesOpenedFrom(em, ids);
        const petitionEvents = groupByStream(await this.repository.eventsOf(em, 'petition', ids));
        const caseEvents = groupByStream(
          await this.repository.eventsOf(
            em,
            'case',
            cases.map((c) => c.id),
          ),
        );
        const petitionFacts: Versioned<PetitionFact>[] = [];
        const caseFacts: Versioned<CaseFact>[] = [];
        const accepted = new Map<string, ReturnType<typeof replayPetition>['accepted']>();
        for (const row of petitions) {
          try {
            const replayed = replayPetition(row, petitionEvents.get(row.id) ?? [], refOf);
            petitionFacts.push(...replayed.versions);
            accepted.set(row.id, replayed.accepted);
            if (!replayed.matches) diverged('petition', row.id, 'snapshot_differs');
          } catch (error) {
            diverged('petition', row.id, error instanceof Error ? error.message : String(error));
          }
        }
        for (const row of cases) {
          const origin = accepted.get(row.originPetitionId);
          if (!origin) {
            diverged('case', row.id, 'origin_not_accepted');
            continue;
          }
          try {
            const replayed = replayCase(row, caseEvents.get(row.id) ?? [], origin, refOf, calendar);
            caseFacts.push(...replayed.versions);
            if (!replayed.matches) diverged('case', row.id, 'snapshot_differs');
          } catch (error) {
            diverged('case', row.id, error instanceof Error ? error.message : String(error));
          }
        }
        await this.facts.insert(em, PETITION_FACT_TABLE, petitionFacts);
        await this.facts.insert(em, CASE_FACT_TABLE, caseFacts);
        report.petitions += petitions.length;
        report.cases += cases.length;
        report.petitionFacts += petitionFacts.length;
        report.caseFacts += caseFacts.length;
        progress(report.petitions);
      }
      report.seconds = (Date.now() - started) / 1000;
      return report;
    });
  }
}
