import type { AuthorityRecord } from '@kntc/access';
import type { AuthorityLevel } from '@kntc/domain';
import {
  planReorganisation,
  type AuthorityFact,
  type OpenStreamFact,
  type PlanningFacts,
  type SuccessionFact,
} from './plan-reorganisation';
import type { ReorganisationChange, ReorganisationRequest } from './reorganisation.types';

const EFF = '2025-07-01';

function authority(
  id: string,
  level: AuthorityLevel,
  parent: AuthorityFact | null,
  dates: { validFrom?: string; validUntil?: string | null } = {},
): AuthorityFact {
  return {
    id,
    code: id.toUpperCase(),
    name: `Cơ quan ${id}`,
    level,
    parentId: parent?.id ?? null,
    adminUnitCode: null,
    remote: false,
    validFrom: dates.validFrom ?? '2020-01-01',
    validUntil: dates.validUntil ?? null,
    path: [...(parent?.path ?? []), id],
  };
}

// Ids are not UUIDs here: the planner only needs them to be distinct.
const central = authority('tw', 'central', null);
const province = authority('tinh', 'province', central);
const district = authority('huyen', 'district', province);
const communeA = authority('xa-a', 'commune', district, { validUntil: EFF });
const communeB = authority('xa-b', 'commune', district, { validUntil: EFF });
const townHall = authority('xa-c', 'commune', district); // survives the reform unmerged
const districtOffice = authority('phong', 'district_agency', district);

const stream = (id: string, holder: AuthorityFact, streamType: 'petition' | 'case' = 'case'): OpenStreamFact => ({
  streamType,
  id,
  code: `VV-${id}`,
  state: 'reviewing',
  holderId: holder.id,
});

function facts(over: Partial<PlanningFacts> & { known?: AuthorityFact[] } = {}): PlanningFacts {
  const known = over.known ?? [central, province, district, communeA, communeB, townHall];
  return {
    authorities: new Map(known.map((a) => [a.id, a])),
    byCode: over.byCode ?? new Map(),
    children: over.children ?? [],
    successions: over.successions ?? [],
    openStreams: over.openStreams ?? [],
  };
}

const request = (...changes: ReorganisationChange[]): ReorganisationRequest => ({
  effectiveOn: EFF,
  legalBasis: 'Nghị quyết 1656/NQ-UBTVQH15',
  dryRun: false,
  changes,
});

const dissolveDistrict: ReorganisationChange = {
  kind: 'dissolve',
  predecessorIds: [district.id],
  successors: [{ id: province.id, field: 'changes[0].successorId' }],
};
const mergeCommunes: ReorganisationChange = {
  kind: 'merge',
  predecessorIds: [communeA.id, communeB.id],
  successors: [
    {
      create: { code: 'XA-MOI', name: 'UBND xã Mới', level: 'commune', parentId: province.id },
      field: 'changes[1].newSuccessor',
    },
  ],
};

describe('planReorganisation', () => {
  it('dissolves a district into the province: ends it, moves its open cases, lifts its communes to the province', () => {
    const { plan, issues } = planReorganisation(
      request(dissolveDistrict),
      facts({ children: [townHall], openStreams: [stream('1', district), stream('2', district, 'petition')] }),
    );
    expect(issues).toEqual([]);
    expect(plan.close).toEqual([{ id: district.id, alreadyClosed: false }]);
    expect(plan.successions).toEqual([
      { predecessorId: district.id, successorCode: 'TINH', kind: 'competence_transferred', alreadyRecorded: false },
    ]);
    expect(plan.reparent).toEqual([{ id: townHall.id, fromParentId: district.id, toCode: 'TINH' }]);
    expect(plan.moves.map((m) => [m.streamType, m.id, m.toCode])).toEqual([
      ['case', '1', 'TINH'],
      ['petition', '2', 'TINH'],
    ]);
  });

  it('merges communes into a new commune under the province, one succession per predecessor', () => {
    const { plan, issues } = planReorganisation(
      request(dissolveDistrict, mergeCommunes),
      facts({ children: [communeA, communeB, townHall], openStreams: [stream('3', communeA)] }),
    );
    expect(issues).toEqual([]);
    expect(plan.create).toEqual([
      {
        code: 'XA-MOI',
        name: 'UBND xã Mới',
        level: 'commune',
        parentId: province.id,
        adminUnitCode: null,
        remote: false,
        validFrom: EFF,
      },
    ]);
    expect(plan.successions.filter((s) => s.successorCode === 'XA-MOI').map((s) => s.predecessorId)).toEqual([
      communeA.id,
      communeB.id,
    ]);
    // Merged communes end with the district; only the unmerged one needs a new parent.
    expect(plan.reparent.map((r) => r.id)).toEqual([townHall.id]);
    expect(plan.moves).toEqual([{ streamType: 'case', id: '3', fromId: communeA.id, toCode: 'XA-MOI' }]);
  });

  it('marks what an earlier run already did and moves nothing twice', () => {
    const closedDistrict = { ...district, validUntil: EFF };
    const created: AuthorityRecord = {
      id: 'xa-moi',
      code: 'XA-MOI',
      name: 'UBND xã Mới',
      level: 'commune',
      parentId: province.id,
      adminUnitCode: null,
      remote: false,
      validFrom: EFF,
      validUntil: null,
    };
    const recorded = (predecessorId: string, successorId: string, kind: SuccessionFact['kind']): SuccessionFact => ({
      predecessorId,
      successorId,
      kind,
      effectiveOn: EFF,
    });
    const { plan, issues } = planReorganisation(
      request(dissolveDistrict, mergeCommunes),
      facts({
        known: [central, province, closedDistrict, communeA, communeB],
        byCode: new Map([['XA-MOI', created]]),
        successions: [
          recorded(district.id, province.id, 'competence_transferred'),
          recorded(communeA.id, 'xa-moi', 'merged'),
          recorded(communeB.id, 'xa-moi', 'merged'),
        ],
      }),
    );
    expect(issues).toEqual([]);
    expect(plan.create).toEqual([]);
    expect(plan.reuse.map((a) => a.id)).toEqual(['xa-moi']);
    expect(plan.close.every((c) => c.alreadyClosed)).toBe(true);
    expect(plan.successions.every((s) => s.alreadyRecorded)).toBe(true);
    expect([plan.reparent, plan.moves]).toEqual([[], []]);
  });

  describe('a split', () => {
    const split = (over: Partial<ReorganisationChange> = {}): ReorganisationChange => ({
      kind: 'split',
      predecessorIds: [townHall.id],
      successors: [
        { create: { code: 'XA-BAC', name: 'UBND xã Bắc', level: 'commune', parentId: province.id }, field: 's[0]' },
        { create: { code: 'XA-NAM', name: 'UBND xã Nam', level: 'commune', parentId: province.id }, field: 's[1]' },
      ],
      ...over,
    });
    const open = [stream('n', townHall), stream('s', townHall, 'petition')];
    const twoTierTownHall = { ...townHall, parentId: province.id, path: [central.id, province.id, townHall.id] };
    const splitFacts = facts({ known: [central, province, twoTierTownHall], openStreams: open });

    it('needs the successor of every open matter', () => {
      const { issues } = planReorganisation(request(split()), splitFacts);
      expect(issues).toEqual([expect.objectContaining({ issue: 'unassigned', streams: ['VV-n', 'VV-s'] })]);
    });

    it('sends each matter where the administrator said, the rest to the first successor only when allowed', () => {
      const assigned = split({ assignments: [{ streamType: 'petition', id: 's', successorCode: 'XA-NAM' }] });
      expect(planReorganisation(request(assigned), splitFacts).issues.map((i) => i.issue)).toEqual(['unassigned']);
      const { plan, issues } = planReorganisation(request({ ...assigned, defaultToFirstSuccessor: true }), splitFacts);
      expect(issues).toEqual([]);
      expect(plan.moves.map((m) => [m.id, m.toCode])).toEqual([
        ['n', 'XA-BAC'],
        ['s', 'XA-NAM'],
      ]);
    });

    it('refuses an assignment to an authority that is not one of its successors', () => {
      const wrong = split({
        defaultToFirstSuccessor: true,
        assignments: [{ streamType: 'case', id: 'n', successorCode: 'TINH' }],
      });
      expect(planReorganisation(request(wrong), splitFacts).issues).toEqual([
        expect.objectContaining({ field: 'changes[0].assignments[0].successorCode', issue: 'not_a_successor' }),
      ]);
    });
  });

  it('refuses a new district-level successor from 1 July 2025', () => {
    const toDistrict: ReorganisationChange = {
      kind: 'rename',
      predecessorIds: [district.id],
      successors: [{ create: { code: 'HUYEN-MOI', name: 'UBND huyện Mới' }, field: 'changes[0].newSuccessor' }],
    };
    const { issues } = planReorganisation(request(toDistrict), facts());
    expect(issues).toEqual([
      expect.objectContaining({ field: 'changes[0].newSuccessor.level', issue: 'district_level_abolished' }),
    ]);
  });

  it('refuses to leave a child without a parent its level allows', () => {
    const { issues } = planReorganisation(request(dissolveDistrict), facts({ children: [districtOffice] }));
    expect(issues).toEqual([
      expect.objectContaining({ field: 'changes[0]', issue: 'child_without_parent', authorityId: districtOffice.id }),
    ]);
  });

  it('refuses predecessors named twice or already ended, and successors that are predecessors', () => {
    const ended = authority('cu', 'commune', district, { validUntil: '2024-01-01' });
    const { issues } = planReorganisation(
      request(
        { kind: 'merge', predecessorIds: [communeA.id, ended.id], successors: [{ id: communeB.id, field: 'x' }] },
        { kind: 'merge', predecessorIds: [communeA.id, communeB.id], successors: [{ id: townHall.id, field: 'y' }] },
      ),
      facts({ known: [central, province, district, communeA, communeB, townHall, ended] }),
    );
    expect(issues.map((i) => [i.field, i.issue])).toEqual([
      ['changes[1].predecessorIds[0]', 'duplicate'],
      ['changes[0].predecessorIds[1]', 'already_ended'],
      ['x', 'successor_is_predecessor'],
    ]);
  });

  it('refuses a succession already recorded by another reorganisation', () => {
    const other: SuccessionFact = {
      predecessorId: district.id,
      successorId: province.id,
      kind: 'merged',
      effectiveOn: '2025-06-01',
    };
    const { issues } = planReorganisation(request(dissolveDistrict), facts({ successions: [other] }));
    expect(issues.map((i) => i.issue)).toEqual(['conflict']);
  });
});
