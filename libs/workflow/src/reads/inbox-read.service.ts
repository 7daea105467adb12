import { Injectable } from '@nestjs/common';
import type { Actor, IsoDate } from '@kntc/domain';
import { AuthorityReadRepository, requiredAuthorityFrom } from './authority-read.repository';
import {
  InboxReadRepository,
  type AwaitingReceiptRecord,
  type ForwardRecordRow,
  type HeldRecord,
} from './inbox-read.repository';
import { decodeCursor, pageOf, type Page } from './keyset-cursor';
import { ReadContext } from './read-context';
import { caseKindLabel, contentKindLabel, dispositionLabel, outcomeLabel, topStateTitle } from './read-labels';
import type { AuthorityView, AwaitingReceiptView, FollowUpItemView, HeldItemView, InboxView } from './read-models';
import { RECEIVER_STATUS_LABELS, receiverOutcome, type ForwardingContext } from './receiver-status';
import { isOverdue, roleLabel } from './stream-detail';

export type InboxSection = 'awaiting_receipt' | 'held';

export interface InboxRequest {
  limit: number;
  /** Only these sections (default both); the others come back null. */
  sections?: readonly InboxSection[];
  awaitingReceiptCursor?: string;
  heldCursor?: string;
}

const AWAITING = 'inbox.awaitingReceipt';
const HELD = 'inbox.held';
const FOLLOW_UP = 'followUp';

/**
 * The work of the actor's own authority: what waits for it (hộp đơn) and what it sent away
 * (theo dõi). Both are about the authority the actor works for, whatever the role's reach.
 */
@Injectable()
export class InboxReadService {
  constructor(
    private readonly context: ReadContext,
    private readonly inbox: InboxReadRepository,
    private readonly authorities: AuthorityReadRepository,
  ) {}

  async inboxOf(actor: Actor, request: InboxRequest): Promise<InboxView> {
    const moment = await this.context.moment(actor);
    const authorityId = actor.authority.id;
    const wants = (s: InboxSection) => !request.sections || request.sections.includes(s);
    const awaitingAfter = decodeCursor(AWAITING, request.awaitingReceiptCursor, ['date', 'uuid']);
    const heldAfter = decodeCursor(HELD, request.heldCursor, ['date', 'streamType', 'uuid']);
    const [authority, awaitingReceipt, held] = await Promise.all([
      this.authorityOf(authorityId),
      wants('awaiting_receipt')
        ? this.inbox.awaitingReceiptBy(authorityId, { limit: request.limit, after: awaitingAfter }).then((rows) =>
            pageOf(
              rows,
              request.limit,
              AWAITING,
              (r) => [r.due_key, r.id],
              (r) => awaitingItemOf(r, moment.today),
            ),
          )
        : null,
      wants('held')
        ? this.inbox.heldBy(authorityId, { limit: request.limit, after: heldAfter }).then((rows) =>
            pageOf(
              rows,
              request.limit,
              HELD,
              (r) => [r.due_key, r.stream_type, r.id],
              (r) => heldItemOf(r, moment.today),
            ),
          )
        : null,
    ]);
    return { authority, asOf: moment.today, awaitingReceipt, held };
  }

  /** What the actor's authority forwarded, newest first, and what became of it at each receiver. */
  async followUpOf(actor: Actor, page: { limit: number; cursor?: string }): Promise<Page<FollowUpItemView>> {
    const after = decodeCursor(FOLLOW_UP, page.cursor, ['timestamp', 'bigint']);
    const rows = await this.inbox.forwardsBy(actor.authority.id, { limit: page.limit, after });
    const contexts = new Map(rows.map((r) => [r.event_id, r.context as unknown as ForwardingContext]));
    const receivers = await this.authorities.describe(
      rows.map((r) => contexts.get(r.event_id)?.forwards[r.ordinal - 1]?.to.id),
    );
    const items = pageOf(
      rows,
      page.limit,
      FOLLOW_UP,
      (r) => [r.sort_at, r.event_id],
      (r) => followUpItemOf(r, contexts.get(r.event_id)!, receivers),
    );
    return { items: items.items.filter((i): i is FollowUpItemView => i !== null), nextCursor: items.nextCursor };
  }

  private async authorityOf(id: string): Promise<AuthorityView> {
    const found = (await this.authorities.describe([id])).get(id);
    if (!found) throw new Error(`authority ${id} of an authenticated actor is missing`);
    return found;
  }
}

function awaitingItemOf(r: AwaitingReceiptRecord, today: IsoDate): AwaitingReceiptView {
  return {
    petitionId: r.id,
    code: r.code,
    version: r.version,
    contentKind: r.content_kind,
    contentKindLabel: contentKindLabel(r.content_kind),
    summary: r.summary,
    subjectArea: r.subject_area,
    forwardedAt: r.forwarded_at ? r.forwarded_at.toISOString() : null,
    forwardedOn: r.forwarded_on,
    forwardedBy: requiredAuthorityFrom(r, 'sender'),
    forwardedByRole: r.forwarded_by_role,
    forwardedByRoleLabel: r.forwarded_by_role ? roleLabel(r.forwarded_by_role) : null,
    receiptDueOn: r.next_due_on,
    overdue: isOverdue(r.next_due_on, today),
  };
}

function heldItemOf(r: HeldRecord, today: IsoDate): HeldItemView {
  return {
    streamType: r.stream_type,
    id: r.id,
    code: r.code,
    version: r.version,
    kind: r.kind,
    kindLabel: r.stream_type === 'petition' ? contentKindLabel(r.kind) : r.kind && caseKindLabel(r.kind),
    state: r.state,
    stateTitle: topStateTitle(r.machine_id, r.machine_version, r.state),
    summary: r.summary,
    subjectArea: r.subject_area,
    nextDueOn: r.next_due_on,
    overdue: isOverdue(r.next_due_on, today),
  };
}

function followUpItemOf(
  r: ForwardRecordRow,
  context: ForwardingContext,
  receivers: Map<string, AuthorityView>,
): FollowUpItemView | null {
  const outcome = receiverOutcome(context, r.ordinal, r.status === 'done');
  // A forward event always appended its record; a mismatch would be a corrupt snapshot: skip it.
  if (!outcome) return null;
  const receiver = receivers.get(outcome.receiver.id);
  if (!receiver) return null;
  return {
    petitionId: r.petition_id,
    code: r.code,
    summary: r.summary,
    forwardedAt: r.occurred_at.toISOString(),
    forwardedOn: outcome.forwardedOn,
    receiver,
    receiverStatus: outcome.status,
    receiverStatusLabel: RECEIVER_STATUS_LABELS[outcome.status],
    receivedOn: outcome.receivedOn,
    returned: outcome.returned,
    disposition: outcome.disposition
      ? {
          code: outcome.disposition.code,
          label: dispositionLabel(outcome.disposition.code) ?? outcome.disposition.code,
          on: outcome.disposition.on,
        }
      : null,
    currentState: r.state,
    currentStateTitle: topStateTitle(r.machine_id, r.machine_version, r.state),
    currentHolder: requiredAuthorityFrom(r, 'holder'),
    case:
      r.case_id && r.case_code && r.case_kind && r.case_state && r.case_machine_id && r.case_machine_version
        ? {
            id: r.case_id,
            code: r.case_code,
            kind: r.case_kind,
            kindLabel: caseKindLabel(r.case_kind),
            state: r.case_state,
            stateTitle: topStateTitle(r.case_machine_id, r.case_machine_version, r.case_state),
            status: r.case_status ?? 'active',
            outcome: r.case_outcome,
            outcomeLabel: outcomeLabel(r.case_machine_id, r.case_outcome),
          }
        : null,
  };
}
