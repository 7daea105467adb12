import type { Actor, Role } from '@kntc/domain';
import { identityFileDecision, mayAttachTo, type PetitionLocation } from './attachment-access';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const HANDLER = '00000000-0000-4000-8000-0000000000f1';

const actor = (role: Role, authorityId: string, userId = '00000000-0000-4000-8000-0000000000e1'): Actor => ({
  userId,
  role,
  authority: { id: authorityId, level: 'commune', path: [authorityId], remote: false },
});

const atA: PetitionLocation = { petitionId: 'p', petitionHolderId: A, caseHolderId: null, assignedHandlerId: null };
const caseMovedToB: PetitionLocation = { ...atA, caseHolderId: B, assignedHandlerId: HANDLER };

describe('mayAttachTo', () => {
  it('lets the staff of the authority holding the đơn, or its case, add documents', () => {
    expect(mayAttachTo(actor('reception_officer', A), atA)).toBe(true);
    expect(mayAttachTo(actor('handler', B), caseMovedToB)).toBe(true);
    expect(mayAttachTo(actor('handler', B), atA)).toBe(false);
  });
});

describe('identityFileDecision', () => {
  it('opens an identity file of an unprotected petitioner to the holder’s staff only', () => {
    expect(identityFileDecision(actor('reception_officer', A), atA, false).allowed).toBe(true);
    expect(identityFileDecision(actor('handler', B), atA, false)).toMatchObject({
      allowed: false,
      rule: 'other-authority',
    });
  });

  it('never opens one to an inspector, even over the authority', () => {
    expect(identityFileDecision(actor('inspector', A), atA, false)).toMatchObject({
      allowed: false,
      rule: 'inspector',
    });
  });

  it('treats the file as protected when any party of the đơn is a protected denouncer', () => {
    expect(identityFileDecision(actor('reception_officer', A), atA, true)).toMatchObject({ allowed: false });
    expect(identityFileDecision(actor('leader', A), atA, true)).toMatchObject({
      allowed: true,
      rule: 'protected.resolving-leader',
    });
  });

  it('follows the case: once it is held elsewhere, its holder and assigned handler decide', () => {
    expect(identityFileDecision(actor('leader', A), caseMovedToB, true).allowed).toBe(false);
    expect(identityFileDecision(actor('handler', B, HANDLER), caseMovedToB, true).allowed).toBe(true);
    expect(identityFileDecision(actor('handler', B), caseMovedToB, true).allowed).toBe(false);
  });
});
