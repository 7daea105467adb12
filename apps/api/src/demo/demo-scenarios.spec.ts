import { USERNAME_PATTERN } from '@kntc/access';
import { SUBJECT_AREAS } from '@kntc/domain';
import { PETITION_CHANNELS, USER_ROLES } from '@kntc/persistence';
import { DEMO_ACCOUNTS, DEMO_AUTHORITIES, DEMO_CODE_PREFIX, DEMO_SUCCESSIONS } from './demo-province';
import { DEMO_SCENARIOS } from './demo-scenarios';
import { scriptProblems } from './demo-script';

/** The demo's data checked without a database: a mistake here would stop `npm start` half-way. */
describe('demo province', () => {
  const codes = DEMO_AUTHORITIES.map((a) => a.code);

  it('marks every authority as demo, and lists parents before their children', () => {
    for (const a of DEMO_AUTHORITIES) {
      expect(a.code.startsWith(DEMO_CODE_PREFIX)).toBe(true);
      expect(a.name).toContain('(demo');
    }
    const orphans = DEMO_AUTHORITIES.filter((a, i) => a.parent && !codes.slice(0, i).includes(a.parent));
    expect(orphans).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('has one remote commune, and a district that ended with the 2025 reform with its successor', () => {
    expect(DEMO_AUTHORITIES.filter((a) => a.remote).map((a) => a.level)).toEqual(['commune']);
    const district = DEMO_AUTHORITIES.find((a) => a.level === 'district')!;
    expect(district.validUntil).toBe('2025-07-01');
    expect(DEMO_SUCCESSIONS.some((s) => s.predecessor === district.code && codes.includes(s.successor))).toBe(true);
  });

  it('has an account for every role, at a demo authority, with a valid username', () => {
    expect(new Set(DEMO_ACCOUNTS.map((a) => a.role))).toEqual(new Set(USER_ROLES));
    for (const a of DEMO_ACCOUNTS) {
      expect(codes).toContain(a.authority);
      expect(a.username).toMatch(USERNAME_PATTERN);
    }
    expect(new Set(DEMO_ACCOUNTS.map((a) => a.username)).size).toBe(DEMO_ACCOUNTS.length);
  });
});

describe('demo scenarios', () => {
  it('are a well-formed script over the demo accounts and authorities', () => {
    const problems = scriptProblems(DEMO_SCENARIOS, {
      usernames: DEMO_ACCOUNTS.map((a) => a.username),
      authorityCodes: DEMO_AUTHORITIES.map((a) => a.code),
    });
    expect(problems).toEqual([]);
  });

  it('record a few dozen đơn with known channels and subject areas', () => {
    expect(DEMO_SCENARIOS.length).toBeGreaterThanOrEqual(30);
    for (const s of DEMO_SCENARIOS) {
      const intake = s.steps[0].action;
      if (intake.kind !== 'intake') throw new Error(`${s.title}: no intake`);
      expect(PETITION_CHANNELS).toContain(intake.petition.channel);
      expect(SUBJECT_AREAS).toContain(intake.petition.subjectArea);
    }
  });

  it('give every account with casework something to do', () => {
    const used = new Set(DEMO_SCENARIOS.flatMap((s) => s.steps.map((step) => step.by)));
    const workers = DEMO_ACCOUNTS.filter((a) => a.role !== 'inspector' && a.role !== 'admin');
    expect(workers.filter((a) => !used.has(a.username)).map((a) => a.username)).toEqual([]);
  });
});
