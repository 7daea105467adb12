import { randomUUID } from 'node:crypto';
import { AuthorityDirectory } from '@kntc/access';
import {
  CASE_METRICS,
  PETITION_METRICS,
  RebuildService,
  ReportService,
  resolvePeriod,
  type MetricDef,
  type Report,
  type ReportRow,
} from '@kntc/audit';
import {
  addDays,
  vietnamCalendar,
  vietnamDateOf,
  type Actor,
  type AuthorityRef,
  type IsoDate,
  type Role,
} from '@kntc/domain';
import {
  CaseCommandsService,
  DeadlineSweeper,
  PetitionCommandsService,
  PetitionIntakeService,
  StreamWriter,
} from '@kntc/workflow';
import {
  seedSynthetic,
  SCENARIOS,
  type SeededInstance,
  type SyntheticSeedReport,
} from '../../libs/audit/src/synthetic';
import { loadProvince, type SyntheticProvince } from '../../libs/audit/src/synthetic/synthetic-province';
import { playScenario, targetClassOf } from '../../libs/audit/src/synthetic/templates';
import type { SimCase, SimEvent, SimPetition } from '../../libs/audit/src/synthetic/write-path-simulation';
import { compilePredicate, ReportRepository } from '../../libs/audit/src/report/report.repository';
import { AuditWorld, classification, vn } from './audit-fixtures';

const YEAR = 2025;
// Pinned "today": the province-year is over, so every stream stops at 31 December.
const NOW = new Date('2026-03-02T03:00:00Z');

/** Facts as stored, without the surrogate ids: what a rebuild must give back, version for version. */
async function factsOf(world: AuditWorld) {
  const cases = await world.ds.query(
    `SELECT case_id, unit_no, segment_no, case_code, kind, round, further, subject_area, authority_id,
            accepted_on::text, start_on::text, entry, entry_reason, end_on::text, exit, exit_reason, resolution,
            outcome, effect_on_round1, due_on::text, on_time, implemented_on::text, source_event_id,
            recorded_from, recorded_to
       FROM audit_case_fact ORDER BY case_id, unit_no, segment_no, recorded_from`,
  );
  const petitions = await world.ds.query(
    `SELECT petition_id, spell_no, petition_code, authority_id, entry, arrived_on::text, channel, from_reception,
            signatories, subject_area, content_kind, eligible, ineligible_reason, within_competence,
            classified_on::text, end_on::text, exit, disposition, sent_to_id, acknowledged_on::text, reply_on::text,
            reply, source_event_id, recorded_from, recorded_to
       FROM audit_petition_fact ORDER BY petition_id, spell_no, recorded_from`,
  );
  return { cases, petitions };
}

const total = (rows: ReportRow[]) => rows.find((r) => r.scope.type === 'total')!.cells;

/** The report's figures by a plain pass over every fact known at the cut-off (no kept aggregate). */
async function fullPass(world: AuditWorld, rootId: string, from: string, to: string, asOf: Date) {
  const ids = (
    await world.ds.query<{ id: string }[]>(`SELECT id FROM authority WHERE id = $1 OR parent_id = $1`, [rootId])
  ).map((r) => r.id);
  const counts = (metrics: readonly MetricDef[]) =>
    metrics
      .map((m) => `count(*) FILTER (WHERE ${compilePredicate(m.predicate, '$2', '$3')})::int AS "${m.key}"`)
      .join(', ');
  const known = (a: string) =>
    `${a}.authority_id = ANY($1::uuid[]) AND ${a}.recorded_from <= $4 AND ${a}.recorded_to > $4`;
  const [cases] = await world.ds.query(
    `SELECT ${counts(CASE_METRICS)} FROM audit_case_fact f WHERE ${known('f')} AND f.kind = 'complaint'`,
    [ids, from, to, asOf],
  );
  const [petitions] = await world.ds.query(
    `SELECT ${counts(PETITION_METRICS)} FROM audit_petition_fact p WHERE ${known('p')}`,
    [ids, from, to, asOf],
  );
  return { complaint: cases as Record<string, number>, petitions: petitions as Record<string, number> };
}

const figuresOf = (report: Report) => ({
  complaint: total(report.cases.complaint),
  petitions: total(report.petitions),
});

/**
 * What the report must show over the year, counted from what each scenario declared it did (its
 * marks), not from the facts: cases by kind, đơn by disposition.
 */
function expectedFrom(instances: SeededInstance[], from: IsoDate, to: IsoDate) {
  const inPeriod = (on: IsoDate) => on >= from && on <= to;
  const cases = (kind: string) => {
    const marks = instances.filter((i) => i.group === kind).flatMap((i) => i.marks);
    const count = (pick: (m: (typeof marks)[number]) => boolean) => marks.filter(pick).length;
    const ends = (m: (typeof marks)[number]) => m.mark.kind === 'resolved' || m.mark.kind === 'ended';
    return {
      carriedOver: count((m) => m.mark.kind === 'accepted' && m.on < from) - count((m) => ends(m) && m.on < from),
      new: count((m) => m.mark.kind === 'accepted' && inPeriod(m.on)),
      resolved: count((m) => m.mark.kind === 'resolved' && inPeriod(m.on)),
      resolvedByDecision: count(
        (m) => m.mark.kind === 'resolved' && m.mark.resolution === 'decision' && inPeriod(m.on),
      ),
      resolvedWithdrawn: count(
        (m) => m.mark.kind === 'resolved' && m.mark.resolution === 'withdrawn' && inPeriod(m.on),
      ),
      resolvedTerminated: count(
        (m) => m.mark.kind === 'resolved' && m.mark.resolution === 'terminated' && inPeriod(m.on),
      ),
      onTime: count((m) => m.mark.kind === 'resolved' && m.mark.onTime && inPeriod(m.on)),
      late: count((m) => m.mark.kind === 'resolved' && !m.mark.onTime && inPeriod(m.on)),
      endedOther: count((m) => m.mark.kind === 'ended' && inPeriod(m.on)),
      pending: count((m) => m.mark.kind === 'accepted' && m.on <= to) - count((m) => ends(m) && m.on <= to),
    };
  };
  const marks = instances.flatMap((i) => i.marks).filter((m) => inPeriod(m.on));
  const disposed = (d: string) => marks.filter((m) => m.mark.kind === 'disposed' && m.mark.disposition === d).length;
  return {
    complaint: cases('complaint'),
    denunciation: cases('denunciation'),
    feedback: cases('feedback'),
    petitions: {
      receivedDirect: marks.filter((m) => m.mark.kind === 'received').length,
      dispositionAccept: disposed('accept'),
      dispositionGuide: disposed('guide'),
      dispositionForward: disposed('forward'),
      dispositionReturn: disposed('returnToSender'),
      dispositionFile: disposed('file'),
      dispositionDismiss: disposed('dismiss'),
      dispositionSplit: disposed('requestSplit'),
      dispositionUrge: disposed('urge'),
    },
  };
}

describe('synthetic province-year (seed:synthetic)', () => {
  const world = new AuditWorld();
  let seeded: SyntheticSeedReport;

  beforeAll(async () => {
    await world.start();
    seeded = await seedSynthetic({
      url: world.db.url,
      cases: 300,
      year: YEAR,
      seed: 'medium-spec',
      now: NOW,
      batchSize: 150,
      collectInstances: true,
    });
  }, 180_000);
  afterAll(() => world.stop());

  it('writes the streams it was asked for, with their events and facts', async () => {
    const [counts] = await world.ds.query<{ petitions: number; cases: number; events: number; links: number }[]>(
      `SELECT (SELECT count(*)::int FROM petition) AS petitions, (SELECT count(*)::int FROM kntc_case) AS cases,
              (SELECT count(*)::int FROM domain_event) AS events, (SELECT count(*)::int FROM case_petition) AS links`,
    );
    expect(counts).toEqual({
      petitions: 600,
      cases: seeded.rows.kntc_case,
      events: seeded.rows.domain_event,
      links: seeded.rows.kntc_case,
    });
    // Only a case whose đơn reached acceptance before 31 December exists.
    expect(seeded.rows.kntc_case).toBeGreaterThan(290);
    expect(new Set(seeded.instances!.map((i) => i.scenario)).size).toBeGreaterThan(20);
  });

  it('rebuilds from the event log exactly the facts it seeded, and the log replays every stream to its stored state', async () => {
    const seededFacts = await factsOf(world);
    expect(seededFacts.cases.length).toBe(seeded.rows.audit_case_fact);
    expect(seededFacts.petitions.length).toBe(seeded.rows.audit_petition_fact);
    const rebuilt = await world.moduleRef.get(RebuildService).rebuild();
    expect(rebuilt.divergent).toEqual([]);
    expect(rebuilt).toMatchObject({ petitions: 600, cases: seeded.rows.kntc_case, divergentCount: 0 });
    expect(await factsOf(world)).toEqual(seededFacts);
  }, 60_000);

  it('reports over the year what the scenarios say happened, and every identity holds', async () => {
    const period = resolvePeriod({ preset: 'year', year: YEAR });
    const report = await world.moduleRef.get(ReportService).report({
      rootId: seeded.province.id,
      scope: 'subtree',
      period,
    });
    const expected = expectedFrom(seeded.instances!, period.from, period.to);
    for (const kind of ['complaint', 'denunciation', 'feedback'] as const) {
      const cells = total(report.cases[kind]);
      expect({ kind, ...Object.fromEntries(Object.keys(expected[kind]).map((k) => [k, cells[k]])) }).toEqual({
        kind,
        ...expected[kind],
      });
    }
    const petitions = total(report.petitions);
    expect(Object.fromEntries(Object.keys(expected.petitions).map((k) => [k, petitions[k]]))).toEqual(
      expected.petitions,
    );
    expect(report.checks.failed).toEqual([]);
  }, 30_000);

  it('answers from a kept aggregate plus what changed since (or before), with the figures of a full pass', async () => {
    const reports = world.moduleRef.get(ReportService);
    const repository = world.moduleRef.get(ReportRepository);
    const period = resolvePeriod({ preset: 'year', year: YEAR + 1 });
    const request = { rootId: seeded.province.id, scope: 'subtree' as const, period };
    await repository.forgetAggregates();
    // Made now: a full pass at now − 10 minutes, kept (the seeded facts were recorded in 2025).
    const first = await reports.report(request);
    expect(figuresOf(first)).toEqual(
      await fullPass(world, seeded.province.id, period.from, period.to, new Date(first.knowledge.asOf)),
    );
    const kept = async () =>
      (await world.ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_report_aggregate`))[0].n;
    expect(await kept()).toBe(2); // one for the cases, one for the đơn

    // New facts after the aggregate: a đơn received, classified and accepted in the period.
    const commune = (
      await world.ds.query<{ id: string }[]>(
        `SELECT id FROM authority WHERE parent_id = $1 AND level = 'commune' ORDER BY code LIMIT 1`,
        [seeded.province.id],
      )
    )[0].id;
    const actor = {
      userId: randomUUID(),
      role: 'reception_officer' as const,
      authority: await world.app.get(AuthorityDirectory).refOf(commune),
    };
    world.at('2026-01-05');
    const petitionId = await world.petition(actor, '2026-01-05');
    await world.onPetition(actor, petitionId, { type: 'classify', ...classification('complaint') });
    await world.onPetition(actor, petitionId, { type: 'accept' });
    const later = await reports.report(request);
    expect(total(later.petitions).received).toBe(total(first.petitions).received + 1);
    expect(figuresOf(later)).toEqual(
      await fullPass(world, seeded.province.id, period.from, period.to, new Date(later.knowledge.asOf)),
    );

    // Frozen in the past: the same aggregate, walked back.
    const asOf = new Date('2025-11-15T00:00:00Z');
    const frozen = await reports.report({ ...request, asOf });
    expect(figuresOf(frozen)).toEqual(await fullPass(world, seeded.province.id, period.from, period.to, asOf));
    expect(figuresOf(frozen)).not.toEqual(figuresOf(later));
    // Both answered from the aggregate made first: no other full pass was needed.
    expect(await kept()).toBe(2);

    // Past facts bulk-loaded after the aggregate was made are not missed: it is made again.
    await seedSynthetic({ url: world.db.url, cases: 20, year: YEAR, seed: 'bulk-load', now: NOW });
    const grown = await reports.report(request);
    expect(figuresOf(grown)).toEqual(
      await fullPass(world, seeded.province.id, period.from, period.to, new Date(grown.knowledge.asOf)),
    );
    expect(figuresOf(grown)).not.toEqual(figuresOf(later));
  }, 60_000);
});

/** The scenarios played once each with real ids, to compare with the engine's own write path. */
const PLAYS: [string, string, IsoDate][] = [
  ['complaint.enforced', 'commune', '2025-03-03'],
  ['complaint.second_round', 'agency', '2025-02-10'],
  ['complaint.late', 'remote_commune', '2025-08-04'],
  ['complaint.withdrawn', 'district', '2025-06-16'],
  ['complaint.pending', 'district', '2025-05-20'],
  ['denunciation.extended', 'province', '2025-04-01'],
  ['denunciation.concluded', 'district', '2025-06-02'],
  ['feedback.replied', 'commune', '2025-11-03'],
  ['feedback.pending', 'district', '2025-05-05'],
  ['petition.forwarded', 'commune', '2025-09-15'],
  ['petition.declined', 'agency', '2025-10-20'],
  ['petition.pending', 'commune', '2025-01-06'],
  ['petition.urged', 'province', '2025-07-14'],
];

interface Played {
  key: string;
  petition: SimPetition;
  case?: SimCase;
}

/**
 * The simulation must write what the engine writes. The same officers' commands, at the same
 * instants, go through the real services (intake, petition and case commands, the StreamWriter
 * with the audit projector) and the real deadline sweeper runs every day; then every event, row,
 * custody period and fact version must equal the simulated ones (ids, codes and recording times
 * aside, which the database gives).
 */
describe('synthetic streams = the engine’s write path', () => {
  const world = new AuditWorld();
  let province: SyntheticProvince;
  const played: Played[] = [];
  const realIds = new Map<string, string>();

  beforeAll(async () => {
    await world.start();
    const empty = await seedSynthetic({ url: world.db.url, cases: 0, year: YEAR, seed: 'write-path', now: NOW });
    province = await loadWithClient(world, empty.province.code);
    const calendar = vietnamCalendar();
    const pick = (cls: string, n = 0) => province.byClass.get(cls as never)![n];
    let n = 0;
    for (const [key, cls, start] of PLAYS) {
      const scenario = SCENARIOS.find((s) => s.key === key)!;
      const holder = cls === 'province' ? province.province : pick(cls, 1 + (n % 5));
      const target = pick(targetClassOf(cls as never), 2 + (n % 7));
      n++;
      const { sim } = playScenario(
        { calendar, province, horizon: `${YEAR}-12-31`, seed: 'write-path' },
        scenario,
        cls as never,
        calendar.isWorkingDay(start) ? start : calendar.nextWorkingDay(start),
        {
          holder: province.refOf(holder.id),
          target: province.refOf(target.id),
          successor: holder.successorId ? province.refOf(holder.successorId) : null,
          userOf: (id, role) => province.userOf(id, role),
          petitionId: randomUUID(),
          caseId: randomUUID(),
          petitionCode: `SIM-${n}`,
          caseCode: `SIMV-${n}`,
          subject: 'dat_dai',
          summary: 'Đơn giả lập để so với đường ghi của hệ thống',
          eventId: (i) => `${n}:${i}`,
        },
      );
      played.push({ key, petition: sim.petition, ...(sim.case ? { case: sim.case } : {}) });
    }
    await replayThroughEngine(world, played, realIds);
  }, 300_000);
  afterAll(() => world.stop());

  it('appends the same events', async () => {
    expect(played).toHaveLength(PLAYS.length);
    for (const p of played) {
      for (const stream of [p.petition, p.case].filter((s): s is SimPetition | SimCase => !!s)) {
        const real = await world.ds.query(
          `SELECT seq, type, payload, state_before AS "stateBefore", state_after AS "stateAfter",
                  actor_user_id AS "actorUserId", actor_role AS "actorRole", actor_authority_id AS "actorAuthorityId",
                  holder_authority_id AS "holderAuthorityId", rule_set_id AS "ruleSetId", machine_id AS "machineId",
                  machine_version AS "machineVersion", occurred_at AS "occurredAt", request_id AS "requestId"
             FROM domain_event WHERE stream_type = $1 AND stream_id = $2 ORDER BY seq`,
          [stream.streamType, realIds.get(stream.id)],
        );
        const simulated = stream.events.map((e) => ({
          ...withoutIds(e),
          payload: mapIds(e.payload, realIds),
        }));
        expect({ key: p.key, stream: stream.streamType, events: real }).toEqual({
          key: p.key,
          stream: stream.streamType,
          events: simulated,
        });
      }
    }
  });

  it('leaves the same rows and custody', async () => {
    for (const p of played) {
      const [row] = await world.ds.query(
        `SELECT holder_authority_id, receiving_authority_id, channel, forwarded_by_name, received_at, received_on::text,
                subject_area, content_kind, signatory_count, from_reception, machine_id, machine_version, state,
                snapshot, version, rule_set_id, next_due_on::text, bounced, closed_at, created_by_id
           FROM petition WHERE id = $1`,
        [realIds.get(p.petition.id)],
      );
      const e = p.petition.columns.extra as { contentKind: string | null; bounced: boolean; closedAt: Date | null };
      expect({ key: p.key, row }).toEqual({
        key: p.key,
        row: {
          holder_authority_id: p.petition.columns.holderAuthorityId,
          receiving_authority_id: p.petition.row.receivingAuthorityId,
          channel: p.petition.row.channel,
          forwarded_by_name: p.petition.row.forwardedByName,
          received_at: p.petition.row.receivedAt,
          received_on: p.petition.row.receivedOn,
          subject_area: p.petition.row.subjectArea,
          content_kind: e.contentKind,
          signatory_count: p.petition.row.signatoryCount,
          from_reception: p.petition.row.fromReception,
          machine_id: p.petition.machineId,
          machine_version: p.petition.machineVersion,
          state: p.petition.columns.state,
          snapshot: mapIds(jsonOf(p.petition), realIds),
          version: p.petition.version,
          rule_set_id: p.petition.ruleSetId,
          next_due_on: p.petition.columns.nextDueOn,
          bounced: e.bounced,
          closed_at: e.closedAt,
          created_by_id: p.petition.row.createdById,
        },
      });
      for (const stream of [p.petition, p.case].filter((s): s is SimPetition | SimCase => !!s)) {
        const custody = await world.ds.query(
          `SELECT authority_id AS "authorityId", from_at AS "fromAt", until_at AS "untilAt", reason,
                  from_authority_id AS "fromAuthorityId"
             FROM custody_period WHERE stream_type = $1 AND stream_id = $2 ORDER BY from_at, id`,
          [stream.streamType, realIds.get(stream.id)],
        );
        expect({ key: p.key, custody }).toEqual({ key: p.key, custody: stream.custody });
      }
    }
    for (const { p, c } of played.flatMap((x) => (x.case ? [{ p: x, c: x.case }] : []))) {
      const ce = c.columns.extra;
      const [caseRow] = await world.ds.query(
        `SELECT kind, holder_authority_id, origin_petition_id, machine_id, state, snapshot, version, rule_set_id,
                round, subject_area, assigned_handler_id, opened_at, accepted_on::text, decided_on::text,
                closed_on::text, outcome, next_due_on::text
           FROM kntc_case WHERE id = $1`,
        [realIds.get(c.id)],
      );
      expect({ key: p.key, caseRow }).toEqual({
        key: p.key,
        caseRow: {
          kind: c.kind,
          holder_authority_id: c.columns.holderAuthorityId,
          origin_petition_id: realIds.get(p.petition.id),
          machine_id: c.machineId,
          state: c.columns.state,
          snapshot: mapIds(jsonOf(c), realIds),
          version: c.version,
          rule_set_id: c.ruleSetId,
          round: ce.round,
          subject_area: c.subjectArea,
          assigned_handler_id: ce.assignedHandlerId,
          opened_at: c.openedAt,
          accepted_on: ce.acceptedOn,
          decided_on: ce.decidedOn,
          closed_on: ce.closedOn,
          outcome: ce.outcome,
          next_due_on: c.columns.nextDueOn,
        },
      });
    }
  });

  it('keeps the same audit fact versions', async () => {
    for (const p of played) {
      const real = await world.ds.query(
        `SELECT f.spell_no, f.authority_id, f.entry, f.arrived_on::text, f.channel, f.from_reception, f.signatories,
                f.content_kind, f.eligible, f.ineligible_reason, f.within_competence, f.classified_on::text,
                f.end_on::text, f.exit, f.disposition, f.sent_to_id, f.acknowledged_on::text, f.reply_on::text, f.reply,
                e.seq AS "sourceSeq", f.recorded_to = 'infinity' AS current
           FROM audit_petition_fact f JOIN domain_event e ON e.id = f.source_event_id
          WHERE f.petition_id = $1 ORDER BY f.spell_no, f.recorded_from`,
        [realIds.get(p.petition.id)],
      );
      const seqOf = new Map([...p.petition.events, ...(p.case?.events ?? [])].map((e) => [e.id, e.seq]));
      const simulated = [...p.petition.factVersions]
        .sort((a, b) => a.spellNo - b.spellNo || a.recordedFrom.getTime() - b.recordedFrom.getTime())
        .map((v) => ({
          spell_no: v.spellNo,
          authority_id: v.authorityId,
          entry: v.entry,
          arrived_on: v.arrivedOn,
          channel: v.channel,
          from_reception: v.fromReception,
          signatories: v.signatories,
          content_kind: v.contentKind,
          eligible: v.eligible,
          ineligible_reason: v.ineligibleReason,
          within_competence: v.withinCompetence,
          classified_on: v.classifiedOn,
          end_on: v.endOn,
          exit: v.exit,
          disposition: v.disposition,
          sent_to_id: v.sentToId,
          acknowledged_on: v.acknowledgedOn,
          reply_on: v.replyOn,
          reply: v.reply,
          sourceSeq: seqOf.get(v.sourceEventId),
          current: v.recordedTo.getTime() === 8.64e15,
        }));
      expect({ key: p.key, facts: real }).toEqual({ key: p.key, facts: simulated });
      if (!p.case) continue;
      const realCase = await world.ds.query(
        `SELECT f.unit_no, f.segment_no, f.kind, f.round, f.further, f.authority_id, f.accepted_on::text,
                f.start_on::text, f.entry, f.entry_reason, f.end_on::text, f.exit, f.exit_reason, f.resolution,
                f.outcome, f.effect_on_round1, f.due_on::text, f.on_time, f.implemented_on::text,
                e.seq AS "sourceSeq", f.recorded_to = 'infinity' AS current
           FROM audit_case_fact f JOIN domain_event e ON e.id = f.source_event_id
          WHERE f.case_id = $1 ORDER BY f.unit_no, f.segment_no, f.recorded_from`,
        [realIds.get(p.case.id)],
      );
      const simulatedCase = [...p.case.factVersions]
        .sort(
          (a, b) =>
            a.unitNo - b.unitNo || a.segmentNo - b.segmentNo || a.recordedFrom.getTime() - b.recordedFrom.getTime(),
        )
        .map((v) => ({
          unit_no: v.unitNo,
          segment_no: v.segmentNo,
          kind: v.kind,
          round: v.round,
          further: v.further,
          authority_id: v.authorityId,
          accepted_on: v.acceptedOn,
          start_on: v.startOn,
          entry: v.entry,
          entry_reason: v.entryReason,
          end_on: v.endOn,
          exit: v.exit,
          exit_reason: v.exitReason,
          resolution: v.resolution,
          outcome: v.outcome,
          effect_on_round1: v.effectOnRound1,
          due_on: v.dueOn,
          on_time: v.onTime,
          implemented_on: v.implementedOn,
          sourceSeq: seqOf.get(v.sourceEventId),
          current: v.recordedTo.getTime() === 8.64e15,
        }));
      expect({ key: p.key, facts: realCase }).toEqual({ key: p.key, facts: simulatedCase });
    }
  });
});

const jsonOf = (s: SimPetition | SimCase) => ({
  value: s.snapshot.value,
  context: s.snapshot.context,
  status: s.snapshot.status,
});

function withoutIds(e: SimEvent) {
  return {
    seq: e.seq,
    type: e.type,
    stateBefore: e.stateBefore,
    stateAfter: e.stateAfter,
    actorUserId: e.actorUserId,
    actorRole: e.actorRole,
    actorAuthorityId: e.actorAuthorityId,
    holderAuthorityId: e.holderAuthorityId,
    ruleSetId: e.ruleSetId,
    machineId: e.machineId,
    machineVersion: e.machineVersion,
    occurredAt: e.occurredAt,
    requestId: e.requestId,
  };
}

/** Replaces the simulation's stream ids by the ones the database gave, anywhere in a JSON value. */
function mapIds<T>(value: T, ids: Map<string, string>): T {
  let text = JSON.stringify(value);
  for (const [from, to] of ids) text = text.replaceAll(from, to);
  return JSON.parse(text) as T;
}

async function loadWithClient(world: AuditWorld, code: string): Promise<SyntheticProvince> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: world.db.url });
  await client.connect();
  try {
    return (await loadProvince(client, code))!;
  } finally {
    await client.end();
  }
}

/**
 * Sends the officers' commands of every played stream through the services, in time order, with
 * the clock at each command's instant, and runs the real sweeper just after midnight of every
 * day in between (reminders off); the simulated expiries are left to it.
 */
async function replayThroughEngine(world: AuditWorld, played: Played[], realIds: Map<string, string>) {
  const directory = world.app.get(AuthorityDirectory);
  const intake = world.moduleRef.get(PetitionIntakeService);
  const petitions = world.moduleRef.get(PetitionCommandsService);
  const cases = world.moduleRef.get(CaseCommandsService);
  const writer = world.moduleRef.get(StreamWriter);
  const sweeper = world.moduleRef.get(DeadlineSweeper);
  const actorOf = async (e: SimEvent): Promise<Actor> => ({
    userId: e.actorUserId!,
    role: e.actorRole as Role,
    authority: await directory.refOf(e.actorAuthorityId!),
  });
  const versionOf = async (table: string, id: string) =>
    (await world.ds.query<{ version: number }[]>(`SELECT version FROM ${table} WHERE id = $1`, [id]))[0].version;
  const commands = played
    .flatMap((p) => [...p.petition.events, ...(p.case?.events ?? [])].map((e) => ({ p, e })))
    .filter(({ e }) => e.type !== 'deadlineExpired' && !(e.streamType === 'case' && e.type === 'opened'))
    .sort((a, b) => a.e.recordedAt.getTime() - b.e.recordedAt.getTime());
  let swept: IsoDate | null = null;
  const sweepThrough = async (day: IsoDate) => {
    for (let d: IsoDate = swept ? addDays(swept, 1) : day; d <= day; d = addDays(d, 1)) {
      world.clock.set(new Date(vn(d, 0).getTime() + 60_000));
      await sweeper.sweep({ reminderWorkingDays: 0 });
      swept = d;
    }
  };
  for (const { p, e } of commands) {
    await sweepThrough(vietnamDateOf(e.occurredAt.toISOString()));
    world.clock.set(e.occurredAt);
    if (e.type === 'opened') {
      const received = await intake.receive(await actorOf(e), {
        receivedAt: p.petition.row.receivedAt.toISOString(),
        channel: p.petition.row.channel as never,
        ...(p.petition.row.forwardedByName ? { forwardedBy: { name: p.petition.row.forwardedByName } } : {}),
        fromReception: p.petition.row.fromReception,
        summary: p.petition.row.summary,
        subjectArea: p.petition.row.subjectArea as never,
        petitioners: [],
        signatoryCount: p.petition.row.signatoryCount,
      });
      realIds.set(p.petition.id, received.body.id);
      continue;
    }
    const id = realIds.get(e.streamId)!;
    const event = { type: e.type, ...mapIds(e.payload, realIds) };
    if (e.actorRole === 'system') {
      const table = e.streamType === 'petition' ? 'petition' : 'kntc_case';
      const [row] = await world.ds.query<{ version: number; holder: AuthorityRef }[]>(
        `SELECT version, snapshot->'context'->'holder' AS holder FROM ${table} WHERE id = $1`,
        [id],
      );
      await writer.apply({
        streamType: e.streamType,
        id,
        expectedVersion: row.version,
        actor: { userId: 'system', role: 'system', authority: row.holder },
        event,
        ...(e.requestId ? { requestId: e.requestId } : {}),
      });
    } else if (e.streamType === 'petition') {
      await petitions.send({
        actor: await actorOf(e),
        petitionId: id,
        expectedVersion: await versionOf('petition', id),
        event,
      });
      if (e.type === 'accept' && p.case) {
        const [row] = await world.ds.query<{ case_id: string }[]>(`SELECT case_id FROM petition WHERE id = $1`, [id]);
        realIds.set(p.case.id, row.case_id);
      }
    } else {
      await cases.send({
        actor: await actorOf(e),
        caseId: id,
        expectedVersion: await versionOf('kntc_case', id),
        event,
        ...(e.requestId ? { requestId: e.requestId } : {}),
      });
    }
  }
  await sweepThrough(`${YEAR}-12-31`);
}
