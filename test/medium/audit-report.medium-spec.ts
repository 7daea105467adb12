import { setTimeout as sleep } from 'node:timers/promises';
import {
  DrillService,
  RebuildService,
  ReportService,
  resolvePeriod,
  type Report,
  type ReportRequest,
  type ReportRow,
} from '@kntc/audit';
import { AuditWorld, buildProvince2025 } from './audit-fixtures';

const period = resolvePeriod({ from: '2025-06-01', to: '2025-08-31' });

function row(rows: ReportRow[], scope: string): ReportRow {
  const found = rows.find((r) =>
    r.scope.type === 'total'
      ? scope === 'total'
      : r.scope.type === 'level'
        ? scope === `level:${r.scope.level}`
        : scope === r.scope.authority.code,
  );
  if (!found) throw new Error(`no row ${scope}`);
  return found;
}

/** Only the cells that are not zero: each expected table lists what counts and nothing else. */
const nonZero = (cells: Record<string, number>) => Object.fromEntries(Object.entries(cells).filter(([, v]) => v !== 0));

/**
 * The dataset of audit-fixtures.ts (buildProvince2025), reported over 1 June – 31 August 2025.
 * Every expected number below was counted by hand from the dataset's description, not by the
 * code under test; the comments say which case or đơn each number is.
 */
describe('audit report on a hand-computed province dataset (1 June – 31 August 2025)', () => {
  const world = new AuditWorld();
  let streams: Record<string, string>;
  let request: ReportRequest;
  let report: Report;

  beforeAll(async () => {
    await world.start();
    streams = await buildProvince2025(world);
    request = { rootId: world.ids.P, scope: 'subtree', period };
    report = await world.moduleRef.get(ReportService).report(request);
  }, 120_000);
  afterAll(() => world.stop());

  it('counts complaint cases per authority, with the district before the reorganisation and its successor after', () => {
    const complaints = report.cases.complaint;
    // K1 round 1 carried over and decided on time (đúng); K2 new, withdrawn; K3 new, open and overdue (75 days old).
    expect(nonZero(row(complaints, 'C').cells)).toEqual({
      carriedOver: 1,
      new: 2,
      toResolve: 3,
      resolved: 2,
      resolvedByDecision: 1,
      resolvedWithdrawn: 1,
      resolvedRound1: 2,
      outcomeCorrect: 1,
      onTime: 2,
      pending: 1,
      pendingOverdue: 1,
      age61to90: 1,
      decisionsToImplement: 1,
    });
    // K1 round 2: a new vụ việc for the province, decided on time, amending the first decision.
    expect(nonZero(row(complaints, 'P').cells)).toEqual({
      new: 1,
      toResolve: 1,
      resolved: 1,
      resolvedByDecision: 1,
      resolvedRound2: 1,
      decidedRound2: 1,
      round2Amended: 1,
      outcomePartlyCorrect: 1,
      onTime: 1,
      decisionsToImplement: 1,
    });
    // K4: carried over by the district, handed over on 1 July...
    expect(nonZero(row(complaints, 'D').cells)).toEqual({ carriedOver: 1, transferredOut: 1 });
    // ...and decided (sai) by the successor commune, late.
    expect(nonZero(row(complaints, 'X').cells)).toEqual({
      transferredIn: 1,
      toResolve: 1,
      resolved: 1,
      resolvedByDecision: 1,
      resolvedRound1: 1,
      outcomeIncorrect: 1,
      late: 1,
      decisionsToImplement: 1,
    });
    expect(nonZero(row(complaints, 'AG').cells)).toEqual({});
    // The province as a whole: the hand-over cancels out (1 in, 1 out).
    expect(nonZero(row(complaints, 'total').cells)).toEqual({
      carriedOver: 2,
      new: 3,
      transferredIn: 1,
      transferredOut: 1,
      toResolve: 5,
      resolved: 4,
      resolvedByDecision: 3,
      resolvedWithdrawn: 1,
      resolvedRound1: 3,
      resolvedRound2: 1,
      decidedRound2: 1,
      round2Amended: 1,
      outcomeCorrect: 1,
      outcomePartlyCorrect: 1,
      outcomeIncorrect: 1,
      onTime: 3,
      late: 1,
      pending: 1,
      pendingOverdue: 1,
      age61to90: 1,
      decisionsToImplement: 3,
    });
    expect(nonZero(row(complaints, 'level:district').cells)).toEqual({ carriedOver: 1, transferredOut: 1 });
    expect(row(complaints, 'level:commune').cells).toMatchObject({
      carriedOver: 1,
      new: 2,
      transferredIn: 1,
      resolved: 3,
    });
  });

  it('counts denunciations: a termination, a conclusion, and a case still open with the successor', () => {
    const denunciations = report.cases.denunciation;
    // T1 carried over, terminated (the denounced official died) on time.
    expect(nonZero(row(denunciations, 'C').cells)).toEqual({
      carriedOver: 1,
      toResolve: 1,
      resolved: 1,
      resolvedTerminated: 1,
      onTime: 1,
    });
    // T2 new, concluded "sai sự thật" (counted as sai) on time.
    expect(nonZero(row(denunciations, 'AG').cells)).toEqual({
      new: 1,
      toResolve: 1,
      resolved: 1,
      resolvedByDecision: 1,
      outcomeIncorrect: 1,
      onTime: 1,
      decisionsToImplement: 1,
    });
    // T3 accepted by the district in June, handed over, open and overdue at the commune (86 days old).
    expect(nonZero(row(denunciations, 'D').cells)).toEqual({ new: 1, transferredOut: 1 });
    expect(nonZero(row(denunciations, 'X').cells)).toEqual({
      transferredIn: 1,
      toResolve: 1,
      pending: 1,
      pendingOverdue: 1,
      age61to90: 1,
    });
    expect(row(denunciations, 'total').cells).toMatchObject({
      carriedOver: 1,
      new: 2,
      toResolve: 3,
      resolved: 2,
      pending: 1,
    });
  });

  it('declares the resolution ratio over cases to resolve, and on-time with and without open overdue cases', () => {
    const both = row(report.cases.complaintAndDenunciation, 'total');
    expect(both.ratios.resolutionRate).toMatchObject({
      numerator: { value: 6 },
      denominator: { value: 8 },
      value: 0.75,
      percent: 75,
    });
    expect(both.ratios.onTimeRate).toMatchObject({ numerator: { value: 5 }, denominator: { value: 6 }, percent: 83.3 });
    expect(both.ratios.onTimeRateWithOverdue).toMatchObject({
      numerator: { value: 5 },
      denominator: { value: 8 },
      value: 0.625,
    });
    expect(row(report.cases.complaint, 'C').ratios.resolutionRate).toMatchObject({ value: 0.6667, percent: 66.7 });
    // The district handed everything over: nothing left to resolve, so no ratio rather than 0/0.
    expect(row(report.cases.complaint, 'D').ratios.resolutionRate.value).toBeNull();
    expect(row(report.cases.complaint, 'level:commune').ratios.resolutionRate).toMatchObject({
      numerator: { value: 3 },
      denominator: { value: 4 },
    });
  });

  it('counts đơn per authority: forwarded out and in, declined and returned, filed, carried over, handed over', () => {
    const petitions = report.petitions;
    // PRIOR carried over and guided; K2, K3 accepted; FWD forwarded (AG's reply 20/06); INEL filed.
    expect(nonZero(row(petitions, 'C').cells)).toEqual({
      total: 5,
      carriedOver: 1,
      carriedOverOne: 1,
      received: 4,
      receivedOne: 4,
      receivedDirect: 4,
      processed: 5,
      eligible: 4,
      ineligible: 1,
      eligibleComplaint: 3,
      eligibleFeedback: 1,
      eligibleWithinCompetence: 2,
      eligibleOutsideCompetence: 2,
      dispositionAccept: 2,
      dispositionGuide: 1,
      dispositionForward: 1,
      dispositionFile: 1,
      eligibleAccept: 2,
      eligibleGuide: 1,
      eligibleForward: 1,
      ineligibleFile: 1,
      forwardRepliesReceived: 1,
    });
    // T2's đơn accepted; FWD forwarded in by C and guided.
    expect(row(petitions, 'AG').cells).toMatchObject({
      received: 2,
      receivedDirect: 1,
      receivedForwardedIn: 1,
      processed: 2,
      eligibleAccept: 1,
      eligibleGuide: 1,
      pending: 0,
    });
    // T3's đơn accepted; OPEN received and handed over unprocessed.
    expect(row(petitions, 'D').cells).toMatchObject({ received: 2, processed: 1, transferredOut: 1, pending: 0 });
    // F1's đơn accepted; RET forwarded, declined by C (the reply) and guided on its return; OPEN taken over, pending.
    expect(row(petitions, 'X').cells).toMatchObject({
      received: 3,
      receivedDirect: 2,
      receivedReturned: 1,
      transferredIn: 1,
      processed: 3,
      eligibleAccept: 1,
      eligibleForward: 1,
      eligibleGuide: 1,
      forwardRepliesReceived: 1,
      pending: 1,
    });
    const total = row(petitions, 'total');
    expect(total.cells).toMatchObject({
      total: 13,
      carriedOver: 1,
      received: 11,
      processed: 11,
      eligible: 10,
      pending: 1,
    });
    expect(total.ratios.eligibleOverTotal).toMatchObject({
      numerator: { value: 10 },
      denominator: { value: 13 },
      percent: 76.9,
    });
    expect(total.ratios.eligibleOverProcessed).toMatchObject({ denominator: { value: 11 }, percent: 90.9 });
  });

  it('checks every identity on every row and finds them all holding', () => {
    expect(report.checks.failed).toEqual([]);
    expect(report.checks.checked).toBeGreaterThan(100);
  });

  it('opens a cell as its cases, page by page, with the same count', async () => {
    const drill = world.moduleRef.get(DrillService);
    const cell = row(report.cases.complaintAndDenunciation, 'level:commune').cells.resolved;
    const first = await drill.drill({
      ...request,
      subject: 'complaintAndDenunciation',
      metric: 'resolved',
      row: { type: 'level', level: 'commune' },
      limit: 3,
    });
    expect(first.count).toBe(cell);
    expect(first.items).toHaveLength(3);
    const second = await drill.drill({
      ...request,
      subject: 'complaintAndDenunciation',
      metric: 'resolved',
      row: { type: 'level', level: 'commune' },
      limit: 3,
      cursor: first.nextCursor!,
    });
    expect(second.nextCursor).toBeNull();
    const caseIds = [...first.items, ...second.items].map((i) => (i as { caseId: string }).caseId).sort();
    expect(caseIds).toEqual([streams.K1, streams.K2, streams.K4, streams.T1].sort());

    const overdue = await drill.drill({
      ...request,
      subject: 'complaint',
      metric: 'pendingOverdue',
      row: { type: 'total' },
      limit: 10,
    });
    // K3: thụ lý 17/06/2025, 30 days → due 17/07/2025; on 31/08 it is 45 days late.
    expect(overdue.items).toEqual([
      expect.objectContaining({ caseId: streams.K3, dueOn: '2025-07-17', daysOverdue: 45, authorityCode: 'C' }),
    ]);

    const replies = await drill.drill({
      ...request,
      subject: 'petitions',
      metric: 'forwardRepliesReceived',
      row: { type: 'total' },
      limit: 10,
    });
    expect(replies.items.map((i) => [(i as { petitionId: string }).petitionId, i.authorityCode]).sort()).toEqual(
      [
        [streams.FWD, 'C'],
        [streams.RET, 'X'],
      ].sort(),
    );
  });

  it('gives the same figures whenever a frozen report is rerun; later entries change only an unfrozen one', async () => {
    const service = world.moduleRef.get(ReportService);
    const [{ now }] = await world.ds.query<{ now: Date }[]>(`SELECT now() AS now`);
    const frozen = { ...request, asOf: new Date(now) };
    const before = await service.report(frozen);
    await sleep(5);
    // On 15 September an officer logs a đơn the commune received on 20 August, inside the period.
    const c = await world.actor('C');
    await world.petition(c, '2025-08-20');

    const again = await service.report(frozen);
    expect({ petitions: again.petitions, cases: again.cases, checks: again.checks }).toEqual({
      petitions: before.petitions,
      cases: before.cases,
      checks: before.checks,
    });
    expect(row(again.petitions, 'C').cells).toMatchObject({ received: 4, pending: 0 });
    const live = await service.report(request);
    expect(row(live.petitions, 'C').cells).toMatchObject({ received: 5, pending: 1 });
    expect(live.checks.failed).toEqual([]);
  });

  it('rebuilds from the event log to the very same report', async () => {
    const service = world.moduleRef.get(ReportService);
    const [{ now }] = await world.ds.query<{ now: Date }[]>(`SELECT now() AS now`);
    const before = await service.report({ ...request, asOf: new Date(now) });
    const rebuilt = await world.moduleRef.get(RebuildService).rebuild();
    expect(rebuilt.divergent).toEqual([]);
    const after = await service.report({ ...request, asOf: new Date(now) });
    expect(after.petitions).toEqual(before.petitions);
    expect(after.cases).toEqual(before.cases);
  });
});
