import type { Clock } from '../deadlines/clock';
import {
  petitionReplyStatus,
  receptionReplyEndedBy,
  visitReplyFromPetitions,
  type PetitionReplyView,
} from './visit-reply-from-petitions.rule';

const clock = (stoppedOn?: string): Clock => ({
  rule: 'petition.receptionReply',
  ruleSetId: 'VN-2026-07',
  variant: 'base',
  startedOn: '2026-08-28',
  startEvent: 'intake',
  pauses: [],
  extensions: [],
  ...(stoppedOn ? { stoppedOn } : {}),
});

const view = (stoppedOn: string | undefined, disposition?: PetitionReplyView['custody'][0]['disposition']) => ({
  clocks: { receptionReply: clock(stoppedOn) },
  custody: [{ ...(disposition ? { disposition } : {}) }],
});

describe('the Art. 28.1 reply of a visit, from the đơn logged at it', () => {
  it.each([
    ['accept', 'accepted'],
    ['forward', 'forwarded'],
    ['guide', 'refused'],
    ['dismiss', 'refused'],
    ['file', 'refused'],
  ] as const)('a đơn disposed of by %s answers %s', (disposition, kind) => {
    expect(petitionReplyStatus(view('2026-09-01', disposition))).toEqual({
      status: 'answered',
      kind,
      on: '2026-09-01',
    });
  });

  it('a forwarded đơn answers from the clocks archived with the custody of the authority that logged it', () => {
    const forwarded = {
      clocks: {},
      custody: [{ disposition: 'forward' as const, clocks: { receptionReply: clock('2026-09-04') } }, {}],
    };
    expect(petitionReplyStatus(forwarded)).toEqual({ status: 'answered', kind: 'forwarded', on: '2026-09-04' });
    expect(receptionReplyEndedBy(view(undefined), forwarded)).toBe(true);
  });

  it('a running period is pending; a đơn returned to its forwarder, or not from a reception, answers nothing', () => {
    expect(petitionReplyStatus(view(undefined))).toEqual({ status: 'pending' });
    expect(petitionReplyStatus(view('2026-09-01', 'returnToSender'))).toEqual({ status: 'none' });
    expect(petitionReplyStatus({ clocks: {}, custody: [{ disposition: 'accept' }] })).toEqual({ status: 'none' });
  });

  it('the step that stops the period is the one that may answer the visit', () => {
    expect(receptionReplyEndedBy(view(undefined), view('2026-09-01', 'accept'))).toBe(true);
    expect(receptionReplyEndedBy(view('2026-09-01', 'accept'), view('2026-09-01', 'accept'))).toBe(false);
    expect(receptionReplyEndedBy(view(undefined), view(undefined))).toBe(false);
  });

  it('waits for every đơn, then answers with the last one and keeps each answer', () => {
    const accepted = { id: 'p1', view: view('2026-09-02', 'accept') };
    const pending = { id: 'p2', view: view(undefined) };
    expect(visitReplyFromPetitions([accepted, pending])).toBeUndefined();
    const forwarded = { id: 'p2', view: view('2026-09-04', 'forward') };
    expect(visitReplyFromPetitions([accepted, forwarded])).toEqual({
      kind: 'forwarded',
      petitions: [
        { petitionId: 'p1', kind: 'accepted', on: '2026-09-02' },
        { petitionId: 'p2', kind: 'forwarded', on: '2026-09-04' },
      ],
    });
  });

  it('gives nothing when no đơn answered (the officer replies on the visit)', () => {
    expect(visitReplyFromPetitions([{ id: 'p1', view: view('2026-09-02', 'returnToSender') }])).toBeUndefined();
    expect(visitReplyFromPetitions([])).toBeUndefined();
  });
});
