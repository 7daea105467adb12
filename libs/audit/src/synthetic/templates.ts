import {
  vietnamDateOf,
  type AuthorityLevel,
  type AuthorityRef,
  type IsoDate,
  type Role,
  type WorkingCalendar,
} from '@kntc/domain';
import { OPEN_END, type Versioned } from '../facts/fact-rows';
import { CASE_FACT_TABLE, PETITION_FACT_TABLE, type FactTable } from '../facts/fact-tables';
import { copyLine } from './copy-in';
import { Random } from './random';
import { ScenarioRun, type DatedMark } from './scenario-run';
import { CASE_CODE, PETITION_CODE, SUBJECT, SUMMARY, type HolderClass, type Scenario } from './scenarios';
import {
  DISTRICTS_ABOLISHED_ON,
  OFFICER_ROLES,
  REORGANISATION_BASIS,
  type OfficerRole,
  type SyntheticProvince,
} from './synthetic-province';
import { storedSnapshotColumn, WritePathSimulation, type SimCase, type SimPetition } from './write-path-simulation';

/** The tables a seed writes, with the columns of its COPY (in order). */
export const TABLES = {
  petition: [
    'id',
    'code',
    'receiving_authority_id',
    'holder_authority_id',
    'channel',
    'forwarded_by_name',
    'received_at',
    'received_on',
    'summary',
    'full_text',
    'subject_area',
    'content_kind',
    'signatory_count',
    'from_reception',
    'machine_id',
    'machine_version',
    'state',
    'snapshot',
    'version',
    'rule_set_id',
    'next_due_on',
    'bounced',
    'case_id',
    'created_by_id',
    'closed_at',
    'created_at',
    'updated_at',
  ],
  kntc_case: [
    'id',
    'code',
    'kind',
    'holder_authority_id',
    'origin_petition_id',
    'machine_id',
    'machine_version',
    'state',
    'snapshot',
    'version',
    'rule_set_id',
    'round',
    'subject_area',
    'summary',
    'assigned_handler_id',
    'opened_at',
    'accepted_on',
    'decided_on',
    'closed_on',
    'outcome',
    'next_due_on',
    'created_at',
    'updated_at',
  ],
  case_petition: ['case_id', 'petition_id', 'relation', 'linked_at', 'linked_by_id'],
  domain_event: [
    'id',
    'stream_type',
    'stream_id',
    'seq',
    'type',
    'payload',
    'state_before',
    'state_after',
    'actor_user_id',
    'actor_role',
    'actor_authority_id',
    'holder_authority_id',
    'rule_set_id',
    'machine_id',
    'machine_version',
    'occurred_at',
    'recorded_at',
    'request_id',
  ],
  custody_period: ['stream_type', 'stream_id', 'authority_id', 'from_at', 'until_at', 'reason', 'from_authority_id'],
  audit_petition_fact: [
    ...PETITION_FACT_TABLE.columns.map(([, c]) => c),
    'source_event_id',
    'recorded_from',
    'recorded_to',
  ],
  audit_case_fact: [...CASE_FACT_TABLE.columns.map(([, c]) => c), 'source_event_id', 'recorded_from', 'recorded_to'],
} as const;
export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

// Placeholders in a template, replaced per instance. Valid UUIDs, so nothing in the engine trips on them.
const ph = (n: number) => `00000000-0000-4000-8000-5e1d${String(n).padStart(8, '0')}`;
const SLOTS = ['holder', 'target', 'successor'] as const;
type SlotName = (typeof SLOTS)[number];
const SLOT_BASE: Record<SlotName, number> = { holder: 10, target: 20, successor: 30 };
const authorityPh = (slot: SlotName) => ph(SLOT_BASE[slot]);
const userPh = (slot: SlotName, role: OfficerRole) => ph(SLOT_BASE[slot] + 1 + OFFICER_ROLES.indexOf(role));
const PETITION_ID = ph(40);
const CASE_ID = ph(41);
const eventPh = (index: number) => `<<E${index}>>`;

/** Value slots of an instance, in this order; event ids follow as negative numbers. */
const VALUE_TOKENS: string[] = [
  ...SLOTS.flatMap((s) => [authorityPh(s), ...OFFICER_ROLES.map((r) => userPh(s, r))]),
  PETITION_ID,
  CASE_ID,
  PETITION_CODE,
  CASE_CODE,
  SUBJECT,
  SUMMARY,
];
const TOKEN_INDEX = new Map(VALUE_TOKENS.map((t, i) => [t, i]));
const TOKEN_PATTERN = /(00000000-0000-4000-8000-5e1d\d{8}|SYNTH-(?:PCODE|CCODE|SUBJECT|SUMMARY)|<<E\d+>>)/;

/** A line split at its placeholders: literal text, then a value slot (≥ 0) or an event (−1 − index). */
type CompiledLine = (string | number)[];

export interface Template {
  key: string;
  scenario: Scenario;
  holderClass: HolderClass;
  start: IsoDate;
  lines: Record<TableName, CompiledLine[]>;
  events: number;
  hasCase: boolean;
  petitionYear: number;
  caseYear: number;
  marks: DatedMark[];
}

/** The authority a stream deals with besides its holder: an agency for local bodies, a commune otherwise. */
export const targetClassOf = (holder: HolderClass): HolderClass =>
  holder === 'province' || holder === 'agency' ? 'commune' : 'agency';

const LEVEL_OF: Record<HolderClass, AuthorityLevel> = {
  province: 'province',
  agency: 'provincial_agency',
  commune: 'commune',
  remote_commune: 'commune',
  district: 'district',
};

export interface TemplateWorld {
  calendar: WorkingCalendar;
  province: SyntheticProvince;
  horizon: IsoDate;
  seed: string;
}

/** The authorities a run deals with, and the ids and codes it writes. */
export interface PlayedIdentities {
  holder: AuthorityRef;
  target: AuthorityRef;
  successor: AuthorityRef | null;
  userOf: (authorityId: string, role: Role) => string;
  petitionId: string;
  caseId: string;
  petitionCode: string;
  caseCode: string;
  subject: string;
  summary: string;
  eventId: (index: number) => string;
}

/** Plays one scenario from one start day through the simulated write path, with these ids. */
export function playScenario(
  world: TemplateWorld,
  scenario: Scenario,
  holderClass: HolderClass,
  start: IsoDate,
  ids: PlayedIdentities,
): { sim: WritePathSimulation & { petition: SimPetition }; marks: DatedMark[] } {
  const key = `${scenario.key}|${holderClass}|${start}`;
  const sim = new WritePathSimulation(world.calendar, {
    petition: ids.petitionId,
    case: ids.caseId,
    caseCode: ids.caseCode,
    eventId: ids.eventId,
  });
  const run = new ScenarioRun(sim, {
    calendar: world.calendar,
    start,
    horizon: world.horizon,
    authorities: {
      holder: ids.holder,
      target: ids.target,
      province: world.province.refOf(world.province.province.id),
      successor: ids.successor,
    },
    userOf: ids.userOf,
    reorganisation: ids.successor ? { on: DISTRICTS_ABOLISHED_ON, legalBasis: REORGANISATION_BASIS } : null,
    codes: { petition: ids.petitionCode, subject: ids.subject, summary: ids.summary },
  });
  try {
    scenario.play({ run, rng: new Random(`${world.seed}|${key}`), holder: holderClass });
    run.finish();
  } catch (error) {
    throw new Error(`synthetic scenario ${key}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  if (!sim.petition) throw new Error(`synthetic scenario ${key} recorded no đơn`);
  sim.petition.columns = sim.finalColumns(sim.petition);
  if (sim.case) sim.case.columns = sim.finalColumns(sim.case);
  return { sim: sim as WritePathSimulation & { petition: SimPetition }, marks: run.marks };
}

/**
 * Plays one scenario from one start day at one class of authority through the simulated write
 * path, with placeholders for everything that differs between instances (ids, codes, subject),
 * and compiles the rows it wrote into COPY lines. Dates stay: a template is only reused on its
 * own start day, so working days and holidays are right for every instance.
 */
export function buildTemplate(
  world: TemplateWorld,
  scenario: Scenario,
  holderClass: HolderClass,
  start: IsoDate,
): Template {
  const provinceRef = world.province.refOf(world.province.province.id);
  const refFor = (slot: SlotName, cls: HolderClass): AuthorityRef => {
    const id = authorityPh(slot);
    return { id, level: LEVEL_OF[cls], path: [provinceRef.id, id], remote: cls === 'remote_commune' };
  };
  const slotOf = new Map<string, SlotName>(SLOTS.map((s) => [authorityPh(s), s]));
  const { sim, marks } = playScenario(world, scenario, holderClass, start, {
    holder: holderClass === 'province' ? provinceRef : refFor('holder', holderClass),
    target: refFor('target', targetClassOf(holderClass)),
    successor: holderClass === 'district' ? refFor('successor', 'commune') : null,
    userOf: (authorityId, role) => {
      const slot = slotOf.get(authorityId);
      return slot ? userPh(slot, role as OfficerRole) : world.province.userOf(authorityId, role);
    },
    petitionId: PETITION_ID,
    caseId: CASE_ID,
    petitionCode: PETITION_CODE,
    caseCode: CASE_CODE,
    subject: SUBJECT,
    summary: SUMMARY,
    eventId: eventPh,
  });
  const lines = rowsOf(sim.petition, sim.case);
  return {
    key: `${scenario.key}|${holderClass}|${start}`,
    scenario,
    holderClass,
    start,
    lines: Object.fromEntries(TABLE_NAMES.map((t) => [t, lines[t].map((line) => compile(line))])) as Record<
      TableName,
      CompiledLine[]
    >,
    events: sim.eventCount,
    hasCase: !!sim.case,
    petitionYear: Number(sim.petition.row.receivedOn.slice(0, 4)),
    caseYear: sim.case ? Number(vietnamDateOf(sim.case.openedAt.toISOString()).slice(0, 4)) : 0,
    marks,
  };
}

function compile(line: string): CompiledLine {
  return line.split(TOKEN_PATTERN).map((part, i) => {
    if (i % 2 === 0) return part;
    if (part.startsWith('<<E')) return -1 - Number(part.slice(3, -2));
    const index = TOKEN_INDEX.get(part);
    if (index === undefined) throw new Error(`unknown placeholder ${part}`);
    return index;
  });
}

const factLine = <T>(table: FactTable<T>, v: Versioned<T>) =>
  copyLine([
    ...table.columns.map(([p]) => v[p] ?? null),
    v.sourceEventId,
    v.recordedFrom,
    v.recordedTo.getTime() === OPEN_END.getTime() ? 'infinity' : v.recordedTo,
  ]);

/** The rows the write path left, as COPY lines (with placeholders). */
function rowsOf(p: SimPetition, c: SimCase | undefined): Record<TableName, string[]> {
  const out = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as string[]])) as Record<TableName, string[]>;
  const pe = p.columns.extra as { contentKind: string | null; bounced: boolean; closedAt: Date | null };
  out.petition.push(
    copyLine([
      p.id,
      p.row.code,
      p.row.receivingAuthorityId,
      p.columns.holderAuthorityId,
      p.row.channel,
      p.row.forwardedByName,
      p.row.receivedAt,
      p.row.receivedOn,
      p.row.summary,
      null,
      p.row.subjectArea,
      pe.contentKind,
      p.row.signatoryCount,
      p.row.fromReception,
      p.machineId,
      p.machineVersion,
      p.columns.state,
      storedSnapshotColumn(p.snapshot),
      p.version,
      p.ruleSetId,
      p.columns.nextDueOn,
      pe.bounced,
      p.caseId,
      p.row.createdById,
      pe.closedAt,
      p.createdAt,
      p.updatedAt,
    ]),
  );
  if (c) {
    const ce = c.columns.extra as {
      round: number | null;
      acceptedOn: string | null;
      decidedOn: string | null;
      outcome: string | null;
      closedOn: string | null;
      assignedHandlerId: string | null;
    };
    out.kntc_case.push(
      copyLine([
        c.id,
        c.code,
        c.kind,
        c.columns.holderAuthorityId,
        c.originPetitionId,
        c.machineId,
        c.machineVersion,
        c.columns.state,
        storedSnapshotColumn(c.snapshot),
        c.version,
        c.ruleSetId,
        ce.round,
        c.subjectArea,
        c.summary,
        ce.assignedHandlerId,
        c.openedAt,
        ce.acceptedOn,
        ce.decidedOn,
        ce.closedOn,
        ce.outcome,
        c.columns.nextDueOn,
        c.createdAt,
        c.updatedAt,
      ]),
    );
    out.case_petition.push(copyLine([c.id, p.id, 'origin', c.openedAt, c.linkedById]));
  }
  for (const s of c ? [p, c] : [p]) {
    for (const e of s.events) {
      out.domain_event.push(
        copyLine([
          e.id,
          e.streamType,
          e.streamId,
          e.seq,
          e.type,
          e.payload,
          e.stateBefore,
          e.stateAfter,
          e.actorUserId,
          e.actorRole,
          e.actorAuthorityId,
          e.holderAuthorityId,
          e.ruleSetId,
          e.machineId,
          e.machineVersion,
          e.occurredAt,
          e.recordedAt,
          e.requestId,
        ]),
      );
    }
    for (const k of s.custody) {
      out.custody_period.push(
        copyLine([s.streamType, s.id, k.authorityId, k.fromAt, k.untilAt, k.reason, k.fromAuthorityId]),
      );
    }
  }
  for (const v of p.factVersions) out.audit_petition_fact.push(factLine(PETITION_FACT_TABLE, v));
  for (const v of c?.factVersions ?? []) out.audit_case_fact.push(factLine(CASE_FACT_TABLE, v));
  return out;
}

/** What one instance puts in the placeholders. */
export interface InstanceValues {
  holder: string;
  target: string;
  successor: string;
  userOf: (authorityId: string, role: OfficerRole) => string;
  petitionId: string;
  caseId: string;
  petitionCode: string;
  caseCode: string;
  subject: string;
  summary: string;
  /** Id of the instance's first event; the others follow. */
  firstEventId: number;
}

export function valuesOf(v: InstanceValues): string[] {
  const values: string[] = [];
  for (const slot of SLOTS) {
    const id = v[slot];
    values.push(id, ...OFFICER_ROLES.map((r) => (id ? v.userOf(id, r) : '')));
  }
  values.push(v.petitionId, v.caseId, v.petitionCode, v.caseCode, v.subject, v.summary);
  return values;
}

/** Appends the instance's lines of one table to `out`. */
export function render(lines: CompiledLine[], values: string[], firstEventId: number, out: string[]): void {
  for (const line of lines) {
    let text = '';
    for (let i = 0; i < line.length; i++) {
      const part = line[i];
      text += typeof part === 'string' ? part : part >= 0 ? values[part] : String(firstEventId - 1 - part);
    }
    out.push(text);
  }
}
