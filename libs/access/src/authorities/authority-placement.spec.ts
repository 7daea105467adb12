import {
  allowedParentLevels,
  DISTRICTS_ABOLISHED_ON,
  isValidOn,
  placementIssues,
  validityIssues,
  type Placement,
} from './authority-placement';

const province = { level: 'province' as const, validFrom: '2020-01-01', validUntil: null };
const district = { level: 'district' as const, validFrom: '2020-01-01', validUntil: '2025-07-01' };
const issuesOf = (p: Placement) => placementIssues(p).map((i) => i.issue);

describe('authority placement', () => {
  it('takes the end of the district level from the rule sets: 1 July 2025', () => {
    expect(DISTRICTS_ABOLISHED_ON).toBe('2025-07-01');
  });

  it('puts a commune under a district before 1 July 2025 and under a province from that day', () => {
    expect(allowedParentLevels('commune', '2025-06-30')).toEqual(['district']);
    expect(allowedParentLevels('commune', '2025-07-01')).toEqual(['province']);
    expect(issuesOf({ level: 'commune', placedOn: '2025-07-01', validUntil: null, parent: province })).toEqual([]);
    expect(issuesOf({ level: 'commune', placedOn: '2025-06-30', validUntil: null, parent: province })).toEqual([
      'level_mismatch',
    ]);
    expect(issuesOf({ level: 'commune', placedOn: '2021-03-01', validUntil: '2025-07-01', parent: district })).toEqual(
      [],
    );
  });

  it('never places a central authority under another, nor a province under a district', () => {
    expect(allowedParentLevels('central', '2026-01-01')).toEqual([]);
    expect(issuesOf({ level: 'province', placedOn: '2021-01-01', validUntil: '2025-07-01', parent: district })).toEqual(
      ['level_mismatch'],
    );
  });

  it('refuses a child that outlives its parent or starts after it ended', () => {
    // A commune created under the district with no end would hang under a dissolved unit from 1/7/2025.
    expect(issuesOf({ level: 'commune', placedOn: '2021-03-01', validUntil: null, parent: district })).toEqual([
      'parent_not_valid',
    ]);
    expect(
      issuesOf({ level: 'district_agency', placedOn: '2025-07-01', validUntil: '2025-08-01', parent: district }),
    ).toEqual(['parent_not_valid']);
  });

  it('refuses a district-level unit that would exist on or after 1 July 2025', () => {
    const issues = (validUntil: string | null) =>
      validityIssues('district', { validFrom: '2020-01-01', validUntil }).map((i) => i.issue);
    expect(issues('2025-07-01')).toEqual([]);
    expect(issues('2025-07-02')).toEqual(['district_level_abolished']);
    expect(issues(null)).toEqual(['district_level_abolished']);
    expect(validityIssues('district_agency', { validFrom: '2020-01-01', validUntil: null })).toHaveLength(1);
    expect(validityIssues('commune', { validFrom: '2020-01-01', validUntil: null })).toEqual([]);
  });

  it('refuses an empty or reversed validity interval', () => {
    expect(validityIssues('commune', { validFrom: '2025-07-01', validUntil: '2025-07-01' })[0]).toMatchObject({
      field: 'validUntil',
      issue: 'before_valid_from',
    });
  });

  it('counts the first day in and the end day out', () => {
    expect(isValidOn(district, '2020-01-01')).toBe(true);
    expect(isValidOn(district, '2025-06-30')).toBe(true);
    expect(isValidOn(district, '2025-07-01')).toBe(false);
    expect(isValidOn(province, '2019-12-31')).toBe(false);
  });
});
