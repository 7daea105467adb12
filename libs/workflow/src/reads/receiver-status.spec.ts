import { applyEvent, openStream, type Actor, type AuthorityRef, type StoredSnapshot } from '@kntc/domain';
import { receiverOutcome, type ForwardingContext } from './receiver-status';

const A: AuthorityRef = { id: 'xa-a', level: 'commune', path: ['tinh', 'xa-a'], remote: false };
const B: AuthorityRef = { id: 'xa-b', level: 'commune', path: ['tinh', 'xa-b'], remote: false };
const C: AuthorityRef = { id: 'xa-c', level: 'commune', path: ['tinh', 'xa-c'], remote: false };

const officer = (authority: AuthorityRef): Actor => ({
  userId: `u@${authority.id}`,
  role: 'reception_officer',
  authority,
});
const at = (day: number) => `2026-08-${String(day).padStart(2, '0')}T09:00:00+07:00`;
const meta = (authority: AuthorityRef, day: number) => ({
  at: at(day),
  actor: officer(authority),
  ruleSetId: 'VN-2026-07' as const,
});

/** A kiến nghị outside the holder's competence: the kind a holder may forward. */
const feedbackOutside = {
  contentKind: 'feedback',
  eligible: true,
  withinCompetence: false,
  signatories: 1,
  originalsAttached: false,
};
const feedbackWithin = { ...feedbackOutside, withinCompetence: true };

function opened(): StoredSnapshot {
  return openStream('petition', {
    holder: A,
    receivedOn: '2026-08-03',
    channel: 'post',
    fromReception: false,
    meta: meta(A, 3),
  }).snapshot;
}
const send = (s: StoredSnapshot, by: AuthorityRef, day: number, event: Record<string, unknown> & { type: string }) =>
  applyEvent(s, { ...event, meta: meta(by, day) }).snapshot;

const forwarded = (s: StoredSnapshot, from: AuthorityRef, to: AuthorityRef, day: number) =>
  send(send(s, from, day, { type: 'classify', ...feedbackOutside }), from, day, { type: 'forward', to });

const outcome = (s: StoredSnapshot, ordinal: number) =>
  receiverOutcome(s.context as unknown as ForwardingContext, ordinal, s.status === 'done');

describe('what became of a chuyển đơn at the receiver', () => {
  it('is awaiting receipt while the đơn sits in the receiver’s inbox', () => {
    const s = forwarded(opened(), A, B, 4);
    expect(outcome(s, 1)).toMatchObject({
      status: 'awaiting_receipt',
      receiver: B,
      forwardedOn: '2026-08-04',
      receivedOn: null,
    });
  });

  it('is processing once received, and disposed with the disposition when the receiver ends it', () => {
    const received = send(forwarded(opened(), A, B, 4), B, 5, { type: 'receive' });
    expect(outcome(received, 1)).toMatchObject({ status: 'processing', receivedOn: '2026-08-05' });
    const accepted = send(send(received, B, 6, { type: 'classify', ...feedbackWithin }), B, 7, { type: 'accept' });
    expect(outcome(accepted, 1)).toMatchObject({
      status: 'disposed',
      receivedOn: '2026-08-05',
      disposition: { code: 'accept', on: '2026-08-07' },
    });
  });

  it('is returned when the receiver declines it, with when and why; the sender holds it again', () => {
    const declined = send(forwarded(opened(), A, B, 4), B, 6, {
      type: 'returnToSender',
      reason: 'Không thuộc thẩm quyền',
    });
    expect(outcome(declined, 1)).toMatchObject({
      status: 'returned',
      receivedOn: null,
      returned: { on: '2026-08-06', reason: 'Không thuộc thẩm quyền' },
    });
  });

  it('pairs each forward with its own receipt when the đơn travels on', () => {
    // A → B (declined), A → C (received), C → B (waiting at B).
    let s = send(forwarded(opened(), A, B, 4), B, 5, { type: 'returnToSender', reason: 'Không thuộc thẩm quyền' });
    s = send(forwarded(s, A, C, 6), C, 7, { type: 'receive' });
    s = forwarded(s, C, B, 10);
    expect(outcome(s, 1)).toMatchObject({ status: 'returned', receiver: B });
    expect(outcome(s, 2)).toMatchObject({
      status: 'forwarded_on',
      receiver: C,
      receivedOn: '2026-08-07',
      disposition: { code: 'forward', on: '2026-08-10' },
    });
    expect(outcome(s, 3)).toMatchObject({ status: 'awaiting_receipt', receiver: B });
    expect(outcome(s, 4)).toBeUndefined();
  });
});
