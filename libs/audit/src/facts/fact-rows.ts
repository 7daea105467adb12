import type { IsoDate, StoredSnapshot } from '@kntc/domain';

/** What one custody segment of one case unit says (see AuditCaseFactEntity for the meaning of each field). */
export interface CaseFact {
  caseId: string;
  unitNo: number;
  segmentNo: number;
  caseCode: string;
  kind: 'complaint' | 'denunciation' | 'feedback';
  round: number | null;
  further: boolean;
  subjectArea: string;
  authorityId: string;
  acceptedOn: IsoDate;
  startOn: IsoDate;
  entry: 'accepted' | 'transferred_in';
  entryReason: string | null;
  endOn: IsoDate | null;
  exit: 'resolved' | 'transferred_out' | 'ended' | null;
  exitReason: string | null;
  resolution: 'decision' | 'withdrawn' | 'terminated' | null;
  outcome: 'correct' | 'partly_correct' | 'incorrect' | null;
  effectOnRound1: 'upheld' | 'amended' | 'annulled' | null;
  dueOn: IsoDate | null;
  onTime: boolean | null;
  implementedOn: IsoDate | null;
}

/** What one spell of one đơn at one authority says (see AuditPetitionFactEntity). */
export interface PetitionFact {
  petitionId: string;
  spellNo: number;
  petitionCode: string;
  authorityId: string;
  entry: 'received' | 'forwarded_in' | 'returned' | 'transferred_in';
  arrivedOn: IsoDate;
  channel: string;
  fromReception: boolean;
  signatories: number;
  subjectArea: string;
  contentKind: string | null;
  eligible: boolean | null;
  ineligibleReason: string | null;
  withinCompetence: boolean | null;
  classifiedOn: IsoDate | null;
  endOn: IsoDate | null;
  exit: 'processed' | 'transferred_out' | null;
  disposition: string | null;
  sentToId: string | null;
  acknowledgedOn: IsoDate | null;
  replyOn: IsoDate | null;
  reply: string | null;
}

/** A fact as stored: which event produced it, and while it was the latest known version. */
export type Versioned<T> = T & { sourceEventId: string; recordedFrom: Date; recordedTo: Date };

/**
 * One appended event as the projector sees it: the write path's listener and the rebuild's
 * replay both produce this, so both feed the same pure functions.
 */
export interface FactEvent {
  streamType: 'petition' | 'case';
  streamId: string;
  eventId: string;
  type: string;
  payload: Record<string, unknown>;
  before: StoredSnapshot | null;
  after: StoredSnapshot;
  holderBefore: string | null;
  holderAfter: string;
  /** Civil date of the event in Vietnam. */
  on: IsoDate;
}

/** Attributes of the stream row that the events do not carry (they never change after intake). */
export interface StreamInfo {
  code: string;
  subjectArea: string;
  /** Đơn: people who signed, as logged at intake. */
  signatories?: number;
}

/** `timestamptz 'infinity'`: the open end of the current version. */
export const OPEN_END = new Date(8.64e15);
