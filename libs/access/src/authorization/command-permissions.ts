import type { Role } from '@kntc/domain';
import { COMMANDS, type Command } from './commands';

/*
 * Which role may send which command: the one table. Principles behind the rows:
 *
 * - Reception officers (tiếp công dân, xử lý đơn) log, classify and route đơn; they propose,
 *   they do not sign.
 * - Handlers (chuyên viên giải quyết) do the casework of an accepted matter: verification,
 *   dialogue, sending documents, closing the file. Their proposals become decisions when a leader
 *   signs.
 * - Leaders (thủ trưởng, người được ủy quyền) sign every act with legal effect on the citizen:
 *   acceptance or refusal, decisions and conclusions, extension, suspension, termination,
 *   transfer of a case, and the assignment of handlers.
 * - Inspectors only read and audit, over their authority's whole subtree: they never write.
 * - Administrators manage users, the authority tree and the working calendar. An administrator
 *   is not a case worker: no workflow command and no `read` of case records.
 * - `system` (the engine's own timers) is granted nothing: deadline events do not go through
 *   commands.
 *
 * Roles are not data-scoped: a refused role gets 403. Which records a permitted role may touch
 * is decided by the data scope (DataScopeService), which answers 404.
 */
export const COMMAND_PERMISSIONS: Record<Command, readonly Role[]> = {
  // Logging a đơn or a visit is the reception desk's job (Luật Tiếp công dân; TT 05/2021).
  'petition.create': ['reception_officer'],
  // Classification (phân loại đơn) is the first step of xử lý đơn, done where the đơn is logged.
  'petition.classify': ['reception_officer'],
  // The đơn disposition "accept" is a proposal to accept (Đề xuất thụ lý); signing the
  // acceptance itself is `case.accept`, a leader's act.
  'petition.accept': ['reception_officer'],
  // Guiding the sender to the competent body is a reception reply.
  'petition.guide': ['reception_officer'],
  // Routing to the competent authority; a leader may forward a đơn addressed to them directly
  // (e.g. one forwarded by a deputy) without it passing the desk again.
  'petition.forward': ['reception_officer', 'leader'],
  // Receiving a đơn forwarded by another authority is logging it here.
  'petition.receive': ['reception_officer'],
  // Returning a đơn to the body that forwarded it (TT 07/2014 Art. 8.2) is a routing step.
  'petition.return': ['reception_officer'],
  // The desk follows up on forwarded đơn; a leader urges the lower authority formally.
  'petition.urge': ['reception_officer', 'leader'],
  // Asking the sender to split a đơn holding several matters is a reception reply.
  'petition.requestSplit': ['reception_officer'],
  // Filing an ineligible đơn (xếp lưu) is the end of xử lý đơn at the desk.
  'petition.file': ['reception_officer'],
  // Not processing a denunciation (Luật TC Art. 25.1) refuses a citizen's request: proposed at
  // the desk, and a leader may decide it directly.
  'petition.dismiss': ['reception_officer', 'leader'],
  // Whoever works the đơn adds documents to it.
  'petition.attach': ['reception_officer', 'handler'],
  // Thụ lý and không thụ lý are signed by the head of the competent authority.
  'case.accept': ['leader'],
  'case.refuse': ['leader'],
  // Starting and completing verification (xác minh) is the handler's casework.
  'case.verify': ['handler'],
  // Dialogue (đối thoại) is held by the head or by the handler assigned to it.
  'case.dialogue': ['handler', 'leader'],
  // Decisions and conclusions are the head's signature.
  'case.decide': ['leader'],
  // Sending signed documents to the parties is casework.
  'case.send': ['handler'],
  // Extension, suspension, resumption and termination change the legal clock: signed acts.
  'case.extend': ['leader'],
  'case.suspend': ['leader'],
  'case.resume': ['leader'],
  // Recording the citizen's withdrawal: the handler on the case, or the desk where it is handed in.
  'case.withdraw': ['handler', 'reception_officer'],
  'case.terminate': ['leader'],
  // Closing the file (lập, lưu hồ sơ) after the outcome is sent is casework.
  'case.close': ['handler'],
  // Leaders assign handlers (giao nhiệm vụ xác minh).
  'case.assign': ['leader'],
  // A second-round complaint is logged like any new đơn.
  'case.lodgeSecondRound': ['reception_officer'],
  // Transferring an accepted case to another authority is a signed act.
  'case.forward': ['leader'],
  // The sổ tiếp công dân is kept by the reception staff; a leader enters the receptions they held
  // themselves (định kỳ, đột xuất: ND154/2026 Art. 25.2). Who may register which visit is narrowed
  // further in the reception service (a leader only their own).
  'reception.register': ['reception_officer', 'leader'],
  // What followed a visit (result, the Art. 28 reply, the refusal notice) is recorded by the same people.
  'reception.record': ['reception_officer', 'leader'],
  // The head's periodic reception days (lịch tiếp công dân): the desk arranges them (ND154/2026
  // Art. 26.1.a "sắp xếp việc tiếp công dân của người đứng đầu"), the head sets them, and an
  // administrator keeps them for the authorities under it, like the working calendar. A schedule
  // is set-up, not casework: it touches no citizen's record.
  'reception.schedule': ['reception_officer', 'leader', 'admin'],
  // Seeing who sent a đơn: the staff of the holding authority need complainants' names and
  // addresses to send notices. The identity vault's reveal policy is the real gate: a protected
  // denouncer is shown only to the resolving authority's leader and the assigned handler (Luật TC
  // Arts. 8.3, 47, 56), and every such reveal is logged with its reason.
  'identity.reveal': ['reception_officer', 'handler', 'leader'],
  'user.manage': ['admin'],
  'authority.manage': ['admin'],
  'authority.reorganise': ['admin'],
  'calendar.manage': ['admin'],
  // Inspectors audit; leaders answer for their authority and may read its audit trail.
  'audit.read': ['inspector', 'leader'],
  // Everyone who works or audits cases reads them; administrators do not.
  read: ['reception_officer', 'handler', 'leader', 'inspector'],
};

/** Commands that change nothing. Inspectors get only these. */
export const READ_ONLY_COMMANDS: readonly Command[] = ['read', 'audit.read'];

/** Commands about the system's set-up rather than citizens' matters. Administrators get only these. */
export const MANAGEMENT_COMMANDS: readonly Command[] = [
  'user.manage',
  'authority.manage',
  'authority.reorganise',
  'calendar.manage',
  'reception.schedule',
];

export function mayRun(role: Role, command: Command): boolean {
  return COMMAND_PERMISSIONS[command].includes(role);
}

/** The commands a role may send, in table order (for /auth/me and UIs). */
export function commandsOf(role: Role): Command[] {
  return COMMANDS.filter((c) => mayRun(role, c));
}
