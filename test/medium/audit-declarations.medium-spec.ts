import { setTimeout as sleep } from 'node:timers/promises';
import { DeclarationService, ReportService, resolvePeriod, type Report } from '@kntc/audit';
import type { Actor } from '@kntc/domain';
import { AuditWorld } from './audit-fixtures';

/**
 * Kê khai số liệu: commune N started using the engine on 1 April 2026 and declares its figures
 * of the first quarter by hand. The declaration is deliberately inconsistent; every identity it
 * breaks must be reported, alone and combined with what the engine recorded from April, at every
 * row where it counts. Expected values are counted by hand from the figures below.
 */
describe('declared figures (kê khai) in reports', () => {
  const world = new AuditWorld();
  const half = resolvePeriod({ preset: 'half', year: 2026 });
  let admin: Actor;
  let report: Report;

  const complaints = {
    carriedOver: 3,
    new: 7,
    toResolve: 10,
    resolved: 6,
    resolvedByDecision: 4,
    resolvedWithdrawn: 1,
    resolvedTerminated: 0, // 4 + 1 + 0 ≠ 6
    outcomeCorrect: 1,
    outcomePartlyCorrect: 1,
    outcomeIncorrect: 2,
    onTime: 5,
    late: 2, // 5 + 2 ≠ 6
    pending: 5, // 3 + 7 − 6 = 4 ≠ 5
    age0to30: 2,
    age31to60: 3,
    decisionsCarriedOver: 0,
    decisionsImplemented: 4,
    decisionsToImplement: 0,
  };
  const petitions = {
    total: 22,
    carriedOver: 2,
    carriedOverOne: 2,
    received: 20,
    receivedOne: 18,
    receivedMany: 2,
    receivedDirect: 20,
    processed: 18,
    eligible: 15,
    ineligible: 2, // 15 + 2 ≠ 18
    eligibleComplaint: 10,
    eligibleDenunciation: 2,
    eligibleFeedback: 3,
    eligibleWithinCompetence: 9,
    eligibleOutsideCompetence: 6,
    dispositionAccept: 9,
    dispositionGuide: 4,
    dispositionForward: 2,
    dispositionFile: 2, // 9 + 4 + 2 + 2 ≠ 18
    eligibleAccept: 9,
    eligibleGuide: 4,
    eligibleForward: 2,
    ineligibleFile: 2,
    pending: 4,
  };
  const span = { periodFrom: '2026-01-01', periodTo: '2026-03-31', source: 'Sổ theo dõi quý I/2026' };

  beforeAll(async () => {
    await world.start();
    await world.authority('KK-P', 'province', null);
    await world.authority('KK-N', 'commune', 'KK-P');
    admin = await world.actor('KK-P', 'admin');
    const n = await world.actor('KK-N');
    // From April the engine records: one complaint, accepted and decided (đúng) on time.
    world.at('2026-04-06');
    const k = await world.caseFrom(n, '2026-04-06', 'complaint');
    await world.onCase(n, k, { type: 'accept' });
    world.at('2026-04-20');
    await world.onCase(n, k, { type: 'decideNow', outcome: 'correct' });
    world.at('2026-07-02');
  }, 60_000);
  afterAll(() => world.stop());

  it('stores the declaration as declared and returns the identities it breaks', async () => {
    const service = world.moduleRef.get(DeclarationService);
    const c = await service.declare(admin, {
      authorityId: world.ids['KK-N'],
      subject: 'complaint',
      figures: complaints,
      ...span,
    });
    expect(c.failedChecks.map((f) => [f.identity, f.left, f.right])).toEqual([
      ['balance', 4, 5],
      ['resolvedByType', 6, 5],
      ['timeliness', 6, 7],
    ]);
    const p = await service.declare(admin, {
      authorityId: world.ids['KK-N'],
      subject: 'petition',
      figures: petitions,
      ...span,
    });
    expect(p.failedChecks.map((f) => [f.identity, f.left, f.right])).toEqual([
      ['eligibility', 18, 17],
      ['dispositions', 18, 17],
    ]);
    report = await world.moduleRef
      .get(ReportService)
      .report({ rootId: world.ids['KK-P'], scope: 'subtree', period: half });
  });

  it('adds the declared figures to the engine’s, marked as declared', () => {
    const n = report.cases.complaint.find((r) => r.scope.type === 'authority' && r.scope.authority.code === 'KK-N')!;
    expect(n.cells).toMatchObject({
      carriedOver: 3,
      new: 8,
      resolved: 7,
      resolvedByDecision: 5,
      onTime: 6,
      pending: 5,
    });
    expect(n.declared).toMatchObject({ carriedOver: 3, new: 7, resolved: 6 });
    expect(n.ratios.resolutionRate).toMatchObject({ numerator: { value: 7 }, denominator: { value: 11 } });
    expect(report.declarations.map((d) => [d.subject, d.combined])).toEqual([
      ['complaint', true],
      ['petition', true],
    ]);
  });

  it('reports every failing identity: each declaration alone, and combined at every row where it counts', () => {
    const failed = report.checks.failed.map((f) => {
      const where =
        f.scope.type === 'total' ? 'total' : f.scope.type === 'level' ? f.scope.level : f.scope.authority.code;
      return `${f.source} ${f.subject} ${where} ${f.identity} ${f.left}≠${f.right}`;
    });
    const combined = (subject: string, identity: string, left: number, right: number) =>
      ['total', 'commune', 'KK-N'].map((where) => `combined ${subject} ${where} ${identity} ${left}≠${right}`);
    expect(failed.sort()).toEqual(
      [
        'declared complaint KK-N balance 4≠5',
        'declared complaint KK-N resolvedByType 6≠5',
        'declared complaint KK-N timeliness 6≠7',
        'declared petitions KK-N eligibility 18≠17',
        'declared petitions KK-N dispositions 18≠17',
        // Engine (1 new, 1 resolved on time by decision, 1 đơn accepted) plus the declaration:
        ...combined('complaint', 'balance', 4, 5),
        ...combined('complaint', 'resolvedByType', 7, 6),
        ...combined('complaint', 'timeliness', 7, 8),
        ...combined('complaintAndDenunciation', 'balance', 4, 5),
        ...combined('complaintAndDenunciation', 'resolvedByType', 7, 6),
        ...combined('complaintAndDenunciation', 'timeliness', 7, 8),
        ...combined('petitions', 'eligibility', 19, 18),
        ...combined('petitions', 'dispositions', 19, 18),
      ].sort(),
    );
    expect(report.checks.failed.find((f) => f.source === 'declared' && f.identity === 'balance')!.cells).toEqual({
      carriedOver: 3,
      new: 7,
      transferredIn: 0,
      resolved: 6,
      endedOther: 0,
      transferredOut: 0,
      pending: 5,
    });
  });

  it('takes a correction from its time on; a report frozen before it keeps the first figures', async () => {
    const [{ now }] = await world.ds.query<{ now: Date }[]>(`SELECT now() AS now`);
    await sleep(5);
    await world.moduleRef.get(DeclarationService).declare(admin, {
      authorityId: world.ids['KK-N'],
      subject: 'petition',
      figures: { ...petitions, ineligible: 3, ineligibleFile: 3, dispositionFile: 3 },
      ...span,
    });
    const service = world.moduleRef.get(ReportService);
    const corrected = await service.report({ rootId: world.ids['KK-P'], scope: 'subtree', period: half });
    expect(corrected.checks.failed.filter((f) => f.subject === 'petitions')).toEqual([]);
    const frozen = await service.report({
      rootId: world.ids['KK-P'],
      scope: 'subtree',
      period: half,
      asOf: new Date(now),
    });
    expect(frozen.checks.failed.filter((f) => f.subject === 'petitions')).toHaveLength(8);
  });

  it('leaves out a declaration that is not inside the period, and says so', async () => {
    const q1 = await world.moduleRef.get(ReportService).report({
      rootId: world.ids['KK-P'],
      scope: 'subtree',
      period: resolvePeriod({ preset: 'month', year: 2026, month: 3 }),
    });
    expect(q1.declarations.every((d) => !d.combined)).toBe(true);
    expect(q1.cases.complaint[0].cells.resolved).toBe(0);
  });
});
