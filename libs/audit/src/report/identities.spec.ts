import { CASE_IDENTITIES, failingIdentities, PETITION_IDENTITIES } from './identities';
import { computeRatio, CASE_RATIOS, PETITION_RATIOS } from './ratios';

describe('identities', () => {
  it('passes a balanced set of case cells and names every failing identity with its cells', () => {
    const cells = {
      carriedOver: 4,
      new: 10,
      transferredIn: 2,
      transferredOut: 1,
      toResolve: 15,
      resolved: 9,
      resolvedByDecision: 6,
      resolvedWithdrawn: 2,
      resolvedTerminated: 1,
      outcomeCorrect: 1,
      outcomePartlyCorrect: 2,
      outcomeIncorrect: 3,
      onTime: 7,
      late: 2,
      endedOther: 1,
      endedLawsuit: 1,
      pending: 5,
      age0to30: 5,
      resolvedRound1: 9,
      decisionsCarriedOver: 1,
      decisionsImplemented: 3,
      decisionsToImplement: 4,
    };
    expect(failingIdentities(CASE_IDENTITIES, cells)).toEqual([]);
    const wrong = failingIdentities(CASE_IDENTITIES, { ...cells, pending: 6, onTime: 8 });
    expect(wrong.map((f) => f.identity)).toEqual(['balance', 'timeliness', 'ageing']);
    expect(wrong[0]).toMatchObject({ left: 5, right: 6, difference: -1 });
    expect(wrong[0].cells).toEqual({
      carriedOver: 4,
      new: 10,
      transferredIn: 2,
      transferredOut: 1,
      resolved: 9,
      endedOther: 1,
      pending: 6,
    });
  });

  it('checks declared figures on the identities whose both sides they declare, missing cells counting as 0', () => {
    const failures = failingIdentities(
      PETITION_IDENTITIES,
      { carriedOver: 3, received: 10, processed: 8, eligible: 6, pending: 4, dispositionGuide: 8 },
      { declaredOnly: true },
    );
    expect(failures.map((f) => f.identity)).toEqual(['balance', 'eligibility']);
    expect(failures[0]).toMatchObject({ left: 5, right: 4, missing: ['transferredIn', 'transferredOut'] });
    expect(failures[1]).toMatchObject({ left: 8, right: 6, missing: ['ineligible'] });
  });
});

describe('declared ratios', () => {
  it('computes the resolution rate over cases to resolve, with both definitions and values', () => {
    const rate = computeRatio(CASE_RATIOS[0], { resolved: 18108, toResolve: 22068 });
    expect(rate).toMatchObject({
      numerator: { value: 18108 },
      denominator: { value: 22068 },
      value: 0.8206,
      percent: 82.1,
    });
    expect(rate.denominator.definition).toContain('kỳ trước chuyển sang');
  });

  it('shows both bases of the eligible share (2022: 83.2% of all đơn, 86.8% of processed ones)', () => {
    const cells = { eligible: 286950, total: 344820, processed: 330421 };
    expect(computeRatio(PETITION_RATIOS[0], cells).percent).toBe(83.2);
    expect(computeRatio(PETITION_RATIOS[1], cells).percent).toBe(86.8);
  });

  it('gives no value rather than a division by zero', () => {
    expect(computeRatio(CASE_RATIOS[1], {})).toMatchObject({ value: null, percent: null });
  });
});
