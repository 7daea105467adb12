import type { PartyKind, PartyRole } from '@kntc/persistence';
import { isProtectedIdentity } from './reveal-policy';

/** The non-identifying columns of a party row. */
export interface PartyFlags {
  id: string;
  petitionId: string;
  role: PartyRole;
  kind: PartyKind;
  anonymous: boolean;
  protected: boolean;
  protectionWaived: boolean;
}

/** What the petition's content is, when known (petition.content_kind). */
export type PetitionContentKind = 'complaint' | 'denunciation' | 'feedback' | 'mixed';

/** What everyone the reveal policy refuses sees: role and flags, nothing that identifies. */
export interface RedactedParty {
  partyId: string;
  petitionId: string;
  role: PartyRole;
  kind: PartyKind;
  anonymous: boolean;
  /** In effect: flagged and not waived. */
  protected: boolean;
  /** Vietnamese label for officers, e.g. "Người tố cáo (được bảo vệ)". */
  label: string;
}

const SIGNATORY: Record<PetitionContentKind | 'unknown', { individual: string; organisation: string }> = {
  complaint: { individual: 'Người khiếu nại', organisation: 'Cơ quan, tổ chức khiếu nại' },
  denunciation: { individual: 'Người tố cáo', organisation: 'Cơ quan, tổ chức gửi đơn' },
  feedback: { individual: 'Người kiến nghị, phản ánh', organisation: 'Cơ quan, tổ chức kiến nghị, phản ánh' },
  mixed: { individual: 'Người gửi đơn', organisation: 'Cơ quan, tổ chức gửi đơn' },
  unknown: { individual: 'Người gửi đơn', organisation: 'Cơ quan, tổ chức gửi đơn' },
};

const OTHER_ROLES: Record<Exclude<PartyRole, 'signatory'>, string> = {
  representative: 'Người đại diện',
  authorised_person: 'Người được ủy quyền',
  lawyer: 'Luật sư',
};

/**
 * The redacted view (Luật Tố cáo Art. 56.2: the file handed on has the identity removed).
 * Only the role and the flags are shown; the label is built from them alone, so it cannot
 * carry anything typed by a person.
 */
export function redactParty(party: PartyFlags, contentKind?: PetitionContentKind | null): RedactedParty {
  const isProtected = isProtectedIdentity(party);
  let label: string;
  if (party.role === 'signatory') {
    // Protection exists only for denouncers, so a protected signatory is one even before
    // the đơn is classified.
    const kind = isProtected ? 'denunciation' : (contentKind ?? 'unknown');
    label = SIGNATORY[kind][party.kind];
  } else {
    label = OTHER_ROLES[party.role];
  }
  if (party.anonymous) label += ' (nặc danh)';
  if (isProtected) label += ' (được bảo vệ)';
  return {
    partyId: party.id,
    petitionId: party.petitionId,
    role: party.role,
    kind: party.kind,
    anonymous: party.anonymous,
    protected: isProtected,
    label,
  };
}
