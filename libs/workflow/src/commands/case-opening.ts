import {
  applicableRuleSetId,
  ValidationFailedError,
  vietnamDateOf,
  type AuthorityLevel,
  type AuthorityRef,
  type CaseKind,
  type IsoDate,
} from '@kntc/domain';

/** What the officer states when accepting a đơn, beyond what the đơn machine knows. */
export interface CaseDetails {
  /** Complaint against a disciplinary decision (Luật KN Chapter on kỷ luật). */
  disciplinary?: boolean;
  /** …and that decision is buộc thôi việc (dismissal: a lawsuit is possible). */
  dismissal?: boolean;
  /** Tố cáo: who is denounced — an official or an agency, and whether a head or deputy of which level. */
  denounced?: { kind: 'official' | 'agency'; isHeadOrDeputyOf?: AuthorityLevel };
}

interface PetitionContextView {
  holder: AuthorityRef;
  receivedOn: IsoDate;
  channel: string;
  classification?: { signatories?: number; contentKind?: string };
  custody?: { from: IsoDate }[];
  forwards?: { contentKind: string; declined?: unknown }[];
}

const FORWARDING = ['forwarded_by_agency', 'deputy', 'fatherland_front', 'press'];

/**
 * The opening input of the case an accepted đơn becomes. Its periods count from the date the
 * đơn reached the authority now holding it (the last custody entry), and the rule set is the
 * one in force then (a period follows the rules of the day it starts).
 */
export function caseOpening(kind: CaseKind, petition: PetitionContextView, details: CaseDetails, eventAt: string) {
  const receivedOn = petition.custody?.at(-1)?.from ?? petition.receivedOn;
  const people = Math.max(1, petition.classification?.signatories ?? 1);
  const event = vietnamDateOf(eventAt);
  switch (kind) {
    case 'complaint':
      return {
        ruleSetId: applicableRuleSetId('complaint', 'acceptance', { received: receivedOn, event }),
        input: {
          round: 1,
          holder: petition.holder,
          receivedOn,
          complainants: people,
          disciplinary: details.disciplinary ?? false,
          ...(details.dismissal ? { dismissal: true } : {}),
          forwarded: FORWARDING.includes(petition.channel),
        },
      };
    case 'denunciation': {
      if (!details.denounced) {
        throw new ValidationFailedError([
          {
            field: 'denounced',
            issue: 'required',
            message: 'Ghi người bị tố cáo là cá nhân hay cơ quan, tổ chức (không ghi họ tên).',
          },
        ]);
      }
      const kept = (petition.forwards ?? []).filter((f) => f.contentKind === 'denunciation' && !f.declined);
      return {
        // Thụ lý itself is the case's own `accept` event; the opening only needs the rules of today.
        ruleSetId: applicableRuleSetId('denunciation', 'acceptance', { received: receivedOn, accepted: event, event }),
        input: {
          holder: petition.holder,
          receivedOn,
          denouncers: people,
          denounced: details.denounced,
          forwardedBefore: kept.length > 0,
        },
      };
    }
    case 'feedback':
      return {
        ruleSetId: applicableRuleSetId('feedback', 'resolution', { received: receivedOn, event }),
        input: { holder: petition.holder },
      };
  }
}
