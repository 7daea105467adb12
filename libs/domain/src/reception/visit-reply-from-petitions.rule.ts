import type { Clocks } from '../deadlines/clock';
import { isRunning } from '../deadlines/clock-ops';
import type { PetitionDisposition } from '../machines/petition/petition.types';
import type { IsoDate } from '../shared/iso-date';
import type { ReceptionReplyKind } from './visit-kinds';

/** The parts of a đơn's context that tell whether, and how, the reception was answered. */
export interface PetitionReplyView {
  clocks: Clocks;
  /** The first entry is the authority that logged the đơn; its clocks are archived there when the đơn moves on. */
  custody: readonly { disposition?: PetitionDisposition; clocks?: Clocks }[];
}

/**
 * Which answer of Luật TCD Art. 28.1 each first disposition of a đơn logged at a reception gives
 * the citizen: a) thụ lý; c) từ chối thụ lý — not within competence (guided), not processed, filed,
 * to be split, or urged on the body that already has it; d) chuyển. A đơn returned to the body that
 * forwarded it gives none (that body answers). b) "cần kéo dài" is never a disposition: it is
 * recorded on the visit by hand.
 */
const REPLY_OF_DISPOSITION: Record<PetitionDisposition, ReceptionReplyKind | undefined> = {
  accept: 'accepted',
  forward: 'forwarded',
  guide: 'refused',
  urge: 'refused',
  requestSplit: 'refused',
  file: 'refused',
  dismiss: 'refused',
  returnToSender: undefined,
};

const RECEPTION_REPLY_CLOCK = 'receptionReply';

export type PetitionReplyStatus =
  { status: 'pending' } | { status: 'answered'; kind: ReceptionReplyKind; on: IsoDate } | { status: 'none' };

/** Whether this đơn's reception has been answered, by the disposition of the authority that logged it. */
export function petitionReplyStatus(petition: PetitionReplyView): PetitionReplyStatus {
  const clock = petition.custody[0]?.clocks?.[RECEPTION_REPLY_CLOCK] ?? petition.clocks[RECEPTION_REPLY_CLOCK];
  if (!clock) return { status: 'none' };
  if (isRunning(clock)) return { status: 'pending' };
  const disposition = petition.custody[0]?.disposition;
  const kind = disposition ? REPLY_OF_DISPOSITION[disposition] : undefined;
  return kind && clock.stoppedOn ? { status: 'answered', kind, on: clock.stoppedOn } : { status: 'none' };
}

/** True when this step of a đơn ended its Art. 28.1 period (the moment a visit may be answered). */
export const receptionReplyEndedBy = (before: PetitionReplyView, after: PetitionReplyView): boolean =>
  isRunning(before.clocks[RECEPTION_REPLY_CLOCK]) && !isRunning(after.clocks[RECEPTION_REPLY_CLOCK]);

export interface PetitionAnswer {
  petitionId: string;
  kind: ReceptionReplyKind;
  on: IsoDate;
}

/**
 * The visit's own Art. 28.1 reply, once every đơn logged at it has been answered: the answer of
 * the đơn answered last (the day the visit's period stops), with each đơn's answer kept. Nothing
 * while any is pending, or when none gave an answer (the officer then replies on the visit).
 */
export function visitReplyFromPetitions(
  petitions: readonly { id: string; view: PetitionReplyView }[],
): { kind: ReceptionReplyKind; petitions: PetitionAnswer[] } | undefined {
  const answers: PetitionAnswer[] = [];
  for (const p of petitions) {
    const status = petitionReplyStatus(p.view);
    if (status.status === 'pending') return undefined;
    if (status.status === 'answered') answers.push({ petitionId: p.id, kind: status.kind, on: status.on });
  }
  if (answers.length === 0) return undefined;
  const last = answers.reduce((a, b) => (b.on > a.on ? b : a));
  return { kind: last.kind, petitions: answers };
}
