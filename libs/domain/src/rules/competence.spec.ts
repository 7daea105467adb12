import type { AuthorityLevel, AuthorityRef } from '../shared/authority';
import {
  complaintRound2Level,
  denunciationResolverLevelAgainstHead,
  isCompetentForComplaintRound2,
  isCompetentForDenunciationAgainstHead,
  isDirectSuperior,
} from './competence';
import { getRuleSet } from './rule-set.registry';

const VN_2019 = getRuleSet('VN-2019');
const VN_2025 = getRuleSet('VN-2025-07');
const VN_2026 = getRuleSet('VN-2026-07');

const at = (level: AuthorityLevel, ...path: string[]): AuthorityRef => ({
  id: path[path.length - 1],
  level,
  path,
  remote: false,
});

// A small tree: Government, two ministries, Hà Nội with a department, a unit, a hospital, the old
// district and its commune, and a ward of the two-tier era; another province for negative cases.
const gov = at('central', 'gov');
const moc = at('ministry', 'gov', 'moc');
const moh = at('ministry', 'gov', 'moh');
const cuc = at('ministry_agency', 'gov', 'moc', 'cuc');
const hn = at('province', 'gov', 'hn');
const hcm = at('province', 'gov', 'hcm');
const sxd = at('provincial_agency', 'gov', 'hn', 'sxd');
const ccgd = at('provincial_agency_unit', 'gov', 'hn', 'sxd', 'ccgd');
const hospital = at('public_service_unit', 'gov', 'hn', 'sxd', 'hospital');
const bd = at('district', 'gov', 'hn', 'bd');
const ptnmt = at('district_agency', 'gov', 'hn', 'bd', 'ptnmt');
const oldCommune = at('commune', 'gov', 'hn', 'bd', 'xa1');
const ward = at('commune', 'gov', 'hn', 'phuong');

describe('complaintRound2Level', () => {
  it('sends a commune chair’s first decision to the district, then to the province from 2025-07-01', () => {
    expect(complaintRound2Level(VN_2019, 'commune')).toBe('district');
    expect(complaintRound2Level(VN_2025, 'commune')).toBe('province');
    expect(complaintRound2Level(VN_2026, 'commune')).toBe('province');
  });

  it('follows Luật KN Arts. 20-23 for departments, provinces and ministries', () => {
    expect(complaintRound2Level(VN_2026, 'provincial_agency_unit')).toBe('provincial_agency');
    expect(complaintRound2Level(VN_2026, 'provincial_agency')).toBe('province');
    expect(complaintRound2Level(VN_2026, 'province')).toBe('ministry');
    expect(complaintRound2Level(VN_2026, 'ministry_agency')).toBe('ministry');
    expect(complaintRound2Level(VN_2026, 'ministry')).toBe('court_only');
  });

  it('sends a public service unit to its direct superior (ND124 Art. 14.2)', () => {
    expect(complaintRound2Level(VN_2019, 'public_service_unit')).toBe('direct_superior');
  });

  it('refuses the district after 2025-06-30 and the Government as first resolver', () => {
    expect(complaintRound2Level(VN_2019, 'district')).toBe('province');
    expect(() => complaintRound2Level(VN_2025, 'district')).toThrow(RangeError);
    expect(() => complaintRound2Level(VN_2026, 'district_agency')).toThrow(RangeError);
    expect(() => complaintRound2Level(VN_2026, 'central')).toThrow(RangeError);
  });
});

describe('isCompetentForComplaintRound2', () => {
  it('three tiers: the district chair above the commune, not the province', () => {
    expect(isCompetentForComplaintRound2(VN_2019, oldCommune, bd)).toBe(true);
    expect(isCompetentForComplaintRound2(VN_2019, oldCommune, hn)).toBe(false);
    expect(isCompetentForComplaintRound2(VN_2019, ptnmt, bd)).toBe(true);
  });

  it('two tiers: the province above the commune, even for a commune recorded under its old district', () => {
    expect(isCompetentForComplaintRound2(VN_2025, oldCommune, hn)).toBe(true);
    expect(isCompetentForComplaintRound2(VN_2025, oldCommune, bd)).toBe(false);
    expect(isCompetentForComplaintRound2(VN_2026, ward, hn)).toBe(true);
    expect(isCompetentForComplaintRound2(VN_2026, ward, hcm)).toBe(false);
  });

  it('department and unit: the ancestor at the named level only', () => {
    expect(isCompetentForComplaintRound2(VN_2026, sxd, hn)).toBe(true);
    expect(isCompetentForComplaintRound2(VN_2026, ccgd, sxd)).toBe(true);
    expect(isCompetentForComplaintRound2(VN_2026, ccgd, hn)).toBe(false);
    expect(isCompetentForComplaintRound2(VN_2026, cuc, moc)).toBe(true);
    expect(isCompetentForComplaintRound2(VN_2026, cuc, moh)).toBe(false);
  });

  it('a provincial chair’s decision goes to the minister of the sector, who must be named', () => {
    expect(isCompetentForComplaintRound2(VN_2026, hn, moc, { sectorMinistryId: 'moc' })).toBe(true);
    expect(isCompetentForComplaintRound2(VN_2026, hn, moh, { sectorMinistryId: 'moc' })).toBe(false);
    expect(isCompetentForComplaintRound2(VN_2026, hn, moc)).toBe(false);
  });

  it('no second round after a minister; nobody resolves their own second round', () => {
    expect(isCompetentForComplaintRound2(VN_2026, moc, gov)).toBe(false);
    expect(isCompetentForComplaintRound2(VN_2026, sxd, sxd)).toBe(false);
  });

  it('a public service unit: its direct superior only', () => {
    expect(isCompetentForComplaintRound2(VN_2026, hospital, sxd)).toBe(true);
    expect(isCompetentForComplaintRound2(VN_2026, hospital, hn)).toBe(false);
  });
});

describe('denunciationResolverLevelAgainstHead', () => {
  it('commune chair or deputy: the district chair, then the province chair (Luật TC Art. 13 as amended)', () => {
    expect(denunciationResolverLevelAgainstHead(VN_2019, 'commune')).toBe('district');
    expect(denunciationResolverLevelAgainstHead(VN_2025, 'commune')).toBe('province');
    expect(denunciationResolverLevelAgainstHead(VN_2026, 'commune')).toBe('province');
  });

  it('provincial chair and minister: the Prime Minister (Art. 13.8.a)', () => {
    expect(denunciationResolverLevelAgainstHead(VN_2026, 'province')).toBe('central');
    expect(denunciationResolverLevelAgainstHead(VN_2026, 'ministry')).toBe('central');
    expect(denunciationResolverLevelAgainstHead(VN_2026, 'ministry_agency')).toBe('ministry');
  });

  it('a level the set does not have is refused', () => {
    expect(() => denunciationResolverLevelAgainstHead(VN_2026, 'district')).toThrow(RangeError);
  });
});

describe('isCompetentForDenunciationAgainstHead', () => {
  it('names the ancestor at the level of the rule set of the day', () => {
    expect(isCompetentForDenunciationAgainstHead(VN_2019, oldCommune, bd)).toBe(true);
    expect(isCompetentForDenunciationAgainstHead(VN_2025, oldCommune, bd)).toBe(false);
    expect(isCompetentForDenunciationAgainstHead(VN_2025, oldCommune, hn)).toBe(true);
    expect(isCompetentForDenunciationAgainstHead(VN_2026, hn, gov)).toBe(true);
    expect(isCompetentForDenunciationAgainstHead(VN_2026, hospital, sxd)).toBe(true);
    expect(isCompetentForDenunciationAgainstHead(VN_2026, hospital, hn)).toBe(false);
  });
});

describe('isDirectSuperior', () => {
  it('is the parent in the path, with paths that agree', () => {
    expect(isDirectSuperior(sxd, ccgd)).toBe(true);
    expect(isDirectSuperior(hn, ccgd)).toBe(false);
    expect(isDirectSuperior(ccgd, sxd)).toBe(false);
    expect(isDirectSuperior(sxd, sxd)).toBe(false);
  });

  it('rejects a parent whose own record disagrees with the child’s path', () => {
    const misfiled = at('provincial_agency', 'gov', 'hcm', 'sxd');
    expect(isDirectSuperior(misfiled, ccgd)).toBe(false);
  });
});
