import type { CaseFact, PetitionFact } from './fact-rows';

type SqlType = 'uuid' | 'text' | 'int' | 'bool' | 'date';

/** How one fact table maps to SQL: the columns in order, the key within a stream, the stream column. */
export interface FactTable<T> {
  name: 'audit_case_fact' | 'audit_petition_fact';
  streamColumn: 'case_id' | 'petition_id';
  /** [property, column, SQL type] for every fact field (the version columns are added by the repository). */
  columns: readonly (readonly [keyof T & string, string, SqlType])[];
  keyOf: (fact: T) => string;
  /** Order of a stream's facts (the evolve functions read them in this order). */
  orderBy: string;
}

export const CASE_FACT_TABLE: FactTable<CaseFact> = {
  name: 'audit_case_fact',
  streamColumn: 'case_id',
  columns: [
    ['caseId', 'case_id', 'uuid'],
    ['unitNo', 'unit_no', 'int'],
    ['segmentNo', 'segment_no', 'int'],
    ['caseCode', 'case_code', 'text'],
    ['kind', 'kind', 'text'],
    ['round', 'round', 'int'],
    ['further', 'further', 'bool'],
    ['subjectArea', 'subject_area', 'text'],
    ['authorityId', 'authority_id', 'uuid'],
    ['acceptedOn', 'accepted_on', 'date'],
    ['startOn', 'start_on', 'date'],
    ['entry', 'entry', 'text'],
    ['entryReason', 'entry_reason', 'text'],
    ['endOn', 'end_on', 'date'],
    ['exit', 'exit', 'text'],
    ['exitReason', 'exit_reason', 'text'],
    ['resolution', 'resolution', 'text'],
    ['outcome', 'outcome', 'text'],
    ['effectOnRound1', 'effect_on_round1', 'text'],
    ['dueOn', 'due_on', 'date'],
    ['onTime', 'on_time', 'bool'],
    ['implementedOn', 'implemented_on', 'date'],
  ],
  keyOf: (f) => `${f.unitNo}:${f.segmentNo}`,
  orderBy: 'unit_no, segment_no',
};

export const PETITION_FACT_TABLE: FactTable<PetitionFact> = {
  name: 'audit_petition_fact',
  streamColumn: 'petition_id',
  columns: [
    ['petitionId', 'petition_id', 'uuid'],
    ['spellNo', 'spell_no', 'int'],
    ['petitionCode', 'petition_code', 'text'],
    ['authorityId', 'authority_id', 'uuid'],
    ['entry', 'entry', 'text'],
    ['arrivedOn', 'arrived_on', 'date'],
    ['channel', 'channel', 'text'],
    ['fromReception', 'from_reception', 'bool'],
    ['signatories', 'signatories', 'int'],
    ['subjectArea', 'subject_area', 'text'],
    ['contentKind', 'content_kind', 'text'],
    ['eligible', 'eligible', 'bool'],
    ['ineligibleReason', 'ineligible_reason', 'text'],
    ['withinCompetence', 'within_competence', 'bool'],
    ['classifiedOn', 'classified_on', 'date'],
    ['endOn', 'end_on', 'date'],
    ['exit', 'exit', 'text'],
    ['disposition', 'disposition', 'text'],
    ['sentToId', 'sent_to_id', 'uuid'],
    ['acknowledgedOn', 'acknowledged_on', 'date'],
    ['replyOn', 'reply_on', 'date'],
    ['reply', 'reply', 'text'],
  ],
  keyOf: (f) => String(f.spellNo),
  orderBy: 'spell_no',
};

export const factFields = <T>(table: FactTable<T>): (keyof T)[] => table.columns.map(([p]) => p);
