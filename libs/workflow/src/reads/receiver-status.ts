import type { AuthorityRef, IsoDate } from '@kntc/domain';
import type { ReceiverStatus } from './read-models';

/** The parts of a petition context the follow-up reads (petition.types.ts). */
export interface ForwardingContext {
  holder: AuthorityRef;
  forwardedTo?: AuthorityRef;
  custody: {
    authority: AuthorityRef;
    from: IsoDate;
    via: string;
    acknowledgedOn?: IsoDate;
  }[];
  forwards: { from: AuthorityRef; to: AuthorityRef; on: IsoDate; declined?: { on: IsoDate; reason: string } }[];
  disposition?: { disposition: string; on: IsoDate };
}

export interface ReceiverOutcome {
  receiver: AuthorityRef;
  forwardedOn: IsoDate;
  status: ReceiverStatus;
  receivedOn: IsoDate | null;
  returned: { on: IsoDate; reason: string } | null;
  disposition: { code: string; on: IsoDate | null } | null;
}

export const RECEIVER_STATUS_LABELS: Record<ReceiverStatus, string> = {
  awaiting_receipt: 'Cơ quan nhận chưa tiếp nhận đơn',
  returned: 'Cơ quan nhận đã trả lại đơn',
  processing: 'Cơ quan nhận đã tiếp nhận, đang xử lý',
  forwarded_on: 'Cơ quan nhận đã chuyển đơn tiếp',
  disposed: 'Cơ quan nhận đã xử lý xong đơn',
};

/**
 * What became of the n-th chuyển đơn (1-based, in the order of `forwards`) at its receiver,
 * read from the machine context alone. Each receipt appends a custody entry `via: 'forward'`
 * dated the day of its forward, in the order forwards are received; a forward declined before
 * receipt has none. Walking both lists in order pairs every forward with its receipt.
 */
export function receiverOutcome(
  context: ForwardingContext,
  ordinal: number,
  done: boolean,
): ReceiverOutcome | undefined {
  const forward = context.forwards[ordinal - 1];
  if (!forward) return undefined;
  const receipts = context.custody.filter((c) => c.via === 'forward');
  let next = 0;
  let receipt: (typeof receipts)[number] | undefined;
  for (let i = 0; i < ordinal; i++) {
    const f = context.forwards[i];
    const candidate = receipts[next];
    const matched = candidate !== undefined && candidate.authority.id === f.to.id && candidate.from === f.on;
    if (matched) next++;
    if (i === ordinal - 1) receipt = matched ? candidate : undefined;
  }
  const base = {
    receiver: forward.to,
    forwardedOn: forward.on,
    receivedOn: receipt?.acknowledgedOn ?? null,
    returned: forward.declined ? { on: forward.declined.on, reason: forward.declined.reason } : null,
    disposition: null,
  };
  if (forward.declined) return { ...base, status: 'returned' };
  if (!receipt) {
    // Not received and not sent back: it can only be the forward waiting in the receiver's inbox.
    return { ...base, status: 'awaiting_receipt' };
  }
  const receiver = forward.to.id;
  if (context.holder.id === receiver && !context.forwardedTo) {
    // Still (or again) with the receiver: working on it, or disposed of it for good.
    if (done && context.disposition) {
      return {
        ...base,
        status: 'disposed',
        disposition: { code: context.disposition.disposition, on: context.disposition.on },
      };
    }
    return { ...base, status: 'processing' };
  }
  // The receiver passed it on (its own chuyển đơn, received elsewhere or still waiting there).
  const onward = context.forwards.slice(ordinal).find((f) => f.from.id === receiver);
  return { ...base, status: 'forwarded_on', disposition: { code: 'forward', on: onward?.on ?? null } };
}
