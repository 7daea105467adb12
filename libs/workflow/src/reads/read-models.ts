import type { Command, RedactedParty } from '@kntc/access';
import type { AuthorityLevel, DeadlineDerivation, DeadlineStatus, IsoDate, IsoDateTime } from '@kntc/domain';
import type { StreamType } from '@kntc/persistence';

/**
 * What the read services return: plain, JSON-ready views. The HTTP layer maps them field by
 * field to its response DTOs, so nothing reaches a response unless a DTO names it. None of them
 * has a place for a party's identity: parties appear only as RedactedParty.
 */

export interface AuthorityView {
  id: string;
  code: string;
  name: string;
  level: AuthorityLevel;
}

/** A command of the machine that this user's role may send, and whether the machine allows it now. */
export interface CommandView {
  /** Machine event type, e.g. `classify`. */
  type: string;
  /** Access command, e.g. `petition.classify`. */
  command: Command;
  label: string;
  available: boolean;
  /** Vietnamese; empty when available. */
  reasons: string[];
}

export interface DeadlineView {
  /** Clock name in the machine context, e.g. `processing`. */
  clock: string;
  rule: string;
  ruleSetId: string;
  status: DeadlineStatus;
  statusLabel: string;
  dueDate: IsoDate | null;
  dueAt: IsoDateTime | null;
  estimated: boolean;
  derivation: DeadlineDerivation;
}

export interface TimelineEntryView {
  seq: number;
  type: string;
  occurredAt: IsoDateTime;
  recordedAt: IsoDateTime;
  actorRole: string;
  actorRoleLabel: string;
  /** Null for the engine's own events. */
  actorAuthority: AuthorityView | null;
  stateBefore: string | null;
  stateAfter: string;
  stateAfterTitle: string;
  ruleSetId: string;
  machineId: string;
  machineVersion: string;
  payload: Record<string, unknown>;
}

export interface CustodyPeriodView {
  authority: AuthorityView;
  from: IsoDateTime;
  until: IsoDateTime | null;
  reason: string;
  reasonLabel: string;
  fromAuthority: AuthorityView | null;
}

/** What the detail of a đơn or a case shares. */
export interface StreamDetailCore {
  id: string;
  code: string;
  state: string;
  stateTitle: string;
  version: number;
  /** `done` once a final state is reached. */
  status: 'active' | 'done';
  machineId: string;
  machineVersion: string;
  ruleSetId: string;
  holder: AuthorityView;
  summary: string;
  subjectArea: string;
  /** The Vietnam date the deadline statuses are judged at (today). */
  asOf: IsoDate;
  nextDueOn: IsoDate | null;
  overdue: boolean;
  commands: CommandView[];
  deadlines: DeadlineView[];
  timeline: TimelineEntryView[];
  custody: CustodyPeriodView[];
  parties: RedactedParty[];
}

export interface CaseLinkView {
  id: string;
  code: string;
  kind: string;
  kindLabel: string;
  state: string;
  stateTitle: string;
  /** How this đơn belongs to the case (origin, duplicate, repeat, copy_to_many); null if not recorded. */
  relation: string | null;
}

export interface PetitionDetailView extends StreamDetailCore {
  contentKind: string | null;
  contentKindLabel: string | null;
  receivingAuthority: AuthorityView;
  receivedAt: IsoDateTime;
  receivedOn: IsoDate;
  channel: string;
  channelLabel: string;
  forwardedByName: string | null;
  fromReception: boolean;
  signatoryCount: number;
  bounced: boolean;
  /** While the đơn waits in another authority's inbox after a chuyển đơn. */
  forwardedTo: AuthorityView | null;
  case: CaseLinkView | null;
}

export interface GroupedPetitionView {
  id: string;
  code: string;
  state: string;
  stateTitle: string;
  relation: string | null;
  linkedAt: IsoDateTime | null;
  receivedOn: IsoDate;
  channel: string;
  signatoryCount: number;
  bounced: boolean;
}

export interface CaseDetailView extends StreamDetailCore {
  kind: string;
  kindLabel: string;
  round: number | null;
  openedAt: IsoDateTime;
  /** Date the originating đơn was received. */
  receivedOn: IsoDate | null;
  /** Channel of the originating đơn. */
  channel: string | null;
  channelLabel: string | null;
  /** Signatories of the originating đơn. */
  signatoryCount: number | null;
  /** Some đơn of the case went back to an authority that had already held it. */
  bounced: boolean;
  acceptedOn: IsoDate | null;
  decidedOn: IsoDate | null;
  closedOn: IsoDate | null;
  outcome: string | null;
  outcomeLabel: string | null;
  forwardedTo: AuthorityView | null;
  originPetitionId: string;
  petitions: GroupedPetitionView[];
}

export interface PetitionListItemView {
  id: string;
  code: string;
  contentKind: string | null;
  contentKindLabel: string | null;
  state: string;
  stateTitle: string;
  status: 'active' | 'done';
  version: number;
  holder: AuthorityView;
  receivedAt: IsoDateTime;
  receivedOn: IsoDate;
  channel: string;
  summary: string;
  subjectArea: string;
  signatoryCount: number;
  bounced: boolean;
  caseId: string | null;
  nextDueOn: IsoDate | null;
  overdue: boolean;
}

export interface CaseListItemView {
  id: string;
  code: string;
  kind: string;
  kindLabel: string;
  state: string;
  stateTitle: string;
  status: 'active' | 'done';
  version: number;
  holder: AuthorityView;
  openedAt: IsoDateTime;
  receivedOn: IsoDate | null;
  summary: string;
  subjectArea: string;
  outcome: string | null;
  outcomeLabel: string | null;
  originPetitionId: string;
  nextDueOn: IsoDate | null;
  overdue: boolean;
}

/** A đơn waiting in an authority's inbox after another authority forwarded it. */
export interface AwaitingReceiptView {
  petitionId: string;
  code: string;
  version: number;
  contentKind: string | null;
  contentKindLabel: string | null;
  summary: string;
  subjectArea: string;
  forwardedAt: IsoDateTime | null;
  forwardedOn: IsoDate | null;
  forwardedBy: AuthorityView;
  forwardedByRole: string | null;
  forwardedByRoleLabel: string | null;
  /** The earliest due date of the periods running for the receiver (they start on the forward). */
  receiptDueOn: IsoDate | null;
  overdue: boolean;
}

/** A đơn or case the authority holds and has to act on. */
export interface HeldItemView {
  streamType: StreamType;
  id: string;
  code: string;
  version: number;
  /** Content kind of a đơn (null until classified), kind of a case. */
  kind: string | null;
  kindLabel: string | null;
  state: string;
  stateTitle: string;
  summary: string;
  subjectArea: string;
  nextDueOn: IsoDate | null;
  overdue: boolean;
}

export interface InboxView {
  authority: AuthorityView;
  asOf: IsoDate;
  awaitingReceipt: { items: AwaitingReceiptView[]; nextCursor: string | null } | null;
  held: { items: HeldItemView[]; nextCursor: string | null } | null;
}

export type ReceiverStatus = 'awaiting_receipt' | 'returned' | 'processing' | 'forwarded_on' | 'disposed';

export interface FollowUpCaseView {
  id: string;
  code: string;
  kind: string;
  kindLabel: string;
  state: string;
  stateTitle: string;
  status: 'active' | 'done';
  outcome: string | null;
  outcomeLabel: string | null;
}

/** One chuyển đơn by the authority and what became of it at the receiver (theo dõi). */
export interface FollowUpItemView {
  petitionId: string;
  code: string;
  summary: string;
  forwardedAt: IsoDateTime;
  forwardedOn: IsoDate;
  receiver: AuthorityView;
  receiverStatus: ReceiverStatus;
  receiverStatusLabel: string;
  /** Date the receiver acknowledged receipt; null while waiting or when it sent the đơn back unreceived. */
  receivedOn: IsoDate | null;
  /** The receiver sent the đơn back (declined as not competent). */
  returned: { on: IsoDate; reason: string } | null;
  /** What the receiver did, once it disposed of the đơn. */
  disposition: { code: string; label: string; on: IsoDate | null } | null;
  /** Where the đơn is now. */
  currentState: string;
  currentStateTitle: string;
  currentHolder: AuthorityView;
  case: FollowUpCaseView | null;
}

export type DuplicateReasonKind = 'same_id_number' | 'same_name_address' | 'similar_summary';

export interface DuplicateReasonView {
  kind: DuplicateReasonKind;
  label: string;
  /** For `similar_summary`: Dice similarity of the summaries (0–1). */
  similarity: number | null;
}

export interface DuplicateMatchView {
  streamType: StreamType;
  id: string;
  code: string;
  state: string;
  stateTitle: string;
  subjectArea: string;
  reasons: DuplicateReasonView[];
}

export interface DuplicateCandidatesView {
  petitionId: string;
  /** The authority whose open đơn and cases were searched. */
  searchedAuthority: AuthorityView;
  candidates: DuplicateMatchView[];
}
