import type { PartyIdentity } from '@kntc/access';
import type {
  ContentKind,
  LeaderPresence,
  ReceptionRefusalGround,
  ReceptionReplyKind,
  ReplyForm,
  SubjectArea,
  VisitForm,
  VisitType,
} from '@kntc/domain';
import type { PartyKind, PartyRole } from '@kntc/persistence';
import type { NewPetition } from '../intake/petition-intake.service';

/** Someone received at the visit; the identity is sealed at once and never stored in plain text. */
export interface VisitorInput {
  /** signatory: the citizen; representative (of a delegation or an organisation); authorised_person; lawyer. */
  role: PartyRole;
  kind: PartyKind;
  identity: PartyIdentity;
}

/** What came of a visit, as sent with the registration or afterwards. */
export interface VisitResultInput {
  kind: 'received' | 'guided' | 'answered' | 'refused';
  /** Refused: the statutory ground. */
  ground?: ReceptionRefusalGround;
  /** Received: existing đơn of this authority the visit was about. */
  petitionIds?: string[];
  /** Received, at registration only: log one đơn from the visit (its content and the people received). */
  logPetition?: boolean;
  /** Received, after registration: đơn to log, with their petitioners. */
  petitions?: NewPetition[];
}

export interface NewVisit {
  visitedAt: string;
  type: VisitType;
  form: VisitForm;
  place: string;
  /** The officer or leader who received; defaults to the caller. */
  receivedById?: string;
  leaderPresence?: LeaderPresence;
  /** Số lượng người đến. */
  peopleCount: number;
  visitors: VisitorInput[];
  contentKind?: ContentKind;
  subjectArea: SubjectArea;
  summary: string;
  priorHandling?: string;
  requests?: string;
  identityProtectionRequested?: boolean;
  /** A repeat visit about a case of this authority. */
  caseId?: string;
  result?: VisitResultInput;
}

export interface RegisteredVisit {
  id: string;
  code: string;
  serialNo: number;
  version: number;
  state: string;
  petitionIds: string[];
}

export interface VisitReplyInput {
  kind: ReceptionReplyKind;
  form: ReplyForm;
}
