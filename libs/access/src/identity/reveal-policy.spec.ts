import { ROLES, type Actor, type Role } from '@kntc/domain';
import { revealPolicy, type RevealRule } from './reveal-policy';

const HOLDER = 'a0000000-0000-4000-8000-000000000001';
const OTHER = 'a0000000-0000-4000-8000-000000000002';
const USER = 'u0000000-0000-4000-8000-000000000001';

type Protection = 'protected' | 'waived' | 'unprotected';
type Place = 'own' | 'other';
type Assignment = 'assigned' | 'not-assigned';

const SUBJECT: Record<Protection, { protected: boolean; protectionWaived: boolean }> = {
  protected: { protected: true, protectionWaived: false },
  waived: { protected: true, protectionWaived: true },
  unprotected: { protected: false, protectionWaived: false },
};

const actor = (role: Role, place: Place): Actor => {
  const id = place === 'own' ? HOLDER : OTHER;
  return { userId: USER, role, authority: { id, level: 'commune', path: [id], remote: false } };
};

/**
 * The whole table, written out: every combination not listed here is refused.
 * Protected denouncer → the resolving leader and the assigned handler of the holding authority.
 * Not protected (or waived) → reception officers, handlers and leaders of the holding authority.
 */
const ALLOWED = new Set([
  'leader/protected/own/assigned',
  'leader/protected/own/not-assigned',
  'handler/protected/own/assigned',
  ...(['reception_officer', 'handler', 'leader'] as const).flatMap((role) =>
    (['waived', 'unprotected'] as const).flatMap((p) =>
      (['assigned', 'not-assigned'] as const).map((a) => `${role}/${p}/own/${a}`),
    ),
  ),
]);

const CASES = ROLES.flatMap((role) =>
  (['protected', 'waived', 'unprotected'] as const).flatMap((protection) =>
    (['own', 'other'] as const).flatMap((place) =>
      (['assigned', 'not-assigned'] as const).map((assignment) => [role, protection, place, assignment] as const),
    ),
  ),
);

describe('revealPolicy', () => {
  it('covers every role × protection × authority × assignment', () => {
    expect(CASES).toHaveLength(ROLES.length * 3 * 2 * 2);
  });

  it.each(CASES)('%s, %s party, %s authority, %s', (role, protection, place, assignment) => {
    const decision = revealPolicy(actor(role, place), SUBJECT[protection], {
      holderAuthorityId: HOLDER,
      assignedHandlerId: assignment === 'assigned' ? USER : 'u0000000-0000-4000-8000-000000000099',
    });
    expect(decision.allowed).toBe(ALLOWED.has(`${role}/${protection}/${place}/${assignment}`));
    expect(decision.basis).toMatch(/Điều \d+/); // every answer cites its article
  });

  it.each<[Role, Protection, Place, Assignment, RevealRule]>([
    ['leader', 'protected', 'own', 'not-assigned', 'protected.resolving-leader'],
    ['handler', 'protected', 'own', 'assigned', 'protected.assigned-handler'],
    ['handler', 'protected', 'own', 'not-assigned', 'protected.unassigned-handler'],
    ['reception_officer', 'protected', 'own', 'not-assigned', 'protected.reception-officer'],
    // An assigned handler sitting in another authority is a verifier from outside (Art. 56.2).
    ['handler', 'protected', 'other', 'assigned', 'other-authority'],
    ['leader', 'unprotected', 'other', 'not-assigned', 'other-authority'],
    ['reception_officer', 'waived', 'own', 'not-assigned', 'holder-staff'],
    ['inspector', 'unprotected', 'own', 'not-assigned', 'inspector'],
    ['admin', 'unprotected', 'own', 'not-assigned', 'admin'],
    ['system', 'unprotected', 'own', 'assigned', 'system'],
  ])('%s / %s / %s / %s is decided by rule %s', (role, protection, place, assignment, rule) => {
    const decision = revealPolicy(actor(role, place), SUBJECT[protection], {
      holderAuthorityId: HOLDER,
      assignedHandlerId: assignment === 'assigned' ? USER : null,
    });
    expect(decision.rule).toBe(rule);
  });

  it('refuses a protected identity to handlers when no one is assigned yet', () => {
    const decision = revealPolicy(actor('handler', 'own'), SUBJECT.protected, {
      holderAuthorityId: HOLDER,
      assignedHandlerId: null,
    });
    expect(decision.allowed).toBe(false);
  });
});
