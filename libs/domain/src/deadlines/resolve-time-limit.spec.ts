import { timeLimitOf } from '../rules/rule-set.registry';
import { resolveTimeLimit } from './resolve-time-limit';

describe('resolveTimeLimit', () => {
  it('uses the variant the rule gives', () => {
    expect(timeLimitOf('VN-2019', 'complaint.resolution.round1').days.remoteComplex).toBe(60);
    expect(resolveTimeLimit('VN-2019', 'complaint.resolution.round1', 'remoteComplex')).toMatchObject({
      days: 60,
      variant: 'remoteComplex',
    });
  });

  it('falls back to base for a variant the rule does not lengthen', () => {
    expect(timeLimitOf('VN-2019', 'petition.denunciationInitialCheck').days).toEqual({ base: 7, complex: 10 });
    expect(resolveTimeLimit('VN-2019', 'petition.denunciationInitialCheck', 'remote')).toMatchObject({
      days: 7,
      variant: 'base',
    });
    expect(resolveTimeLimit('VN-2019', 'complaint.secondComplaintWindow', 'complex')).toMatchObject({
      days: 30,
      variant: 'base',
    });
  });

  it('remoteComplex without its own length takes the longer of complex and remote', () => {
    // Only `complex` (10) is given: a complex case in a remote area still has the complex length.
    expect(resolveTimeLimit('VN-2019', 'petition.denunciationInitialCheck', 'remoteComplex')).toMatchObject({
      days: 10,
      variant: 'complex',
    });
  });
});
