// Public surface of the identity vault; libs/access/src/index.ts re-exports it.
export { IdentityVaultModule } from './identity-vault.module';
export { IdentityVaultService } from './identity-vault.service';
export type {
  DuplicateCandidate,
  RevealedIdentity,
  RevealedVisitorIdentity,
  RevealLogFilter,
} from './identity-vault.service';
export { IdentityRotationService } from './identity-rotation.service';
// The CLI rotates keys without the Nest container.
export { PartyRepository } from './party.repository';
export type { IndexRootCheck, RotationOptions, RotationProgress, RotationResult } from './identity-rotation.service';
export { describeKeyUsage } from './key-usage-report';
export type { KeyUsage, KeyUsageReport } from './key-usage-report';
export { IdentityKeyRing, INDEX_KEY_ID, parseIdentityKeyRing } from './identity-key-ring';
export { IdentityCipherError, openIdentity, sealIdentity } from './identity-cipher';
export type { SealedIdentity } from './identity-cipher';
export { fingerprintsOf } from './blind-index';
export type { PartyFingerprints } from './blind-index';
export { normaliseIdNumber, normaliseNameOrAddress } from './identity-normalisation';
export { cleanPartyIdentity } from './party-identity';
export type { PartyIdentity } from './party-identity';
export { sealParty } from './seal-party';
export type { NewParty, SealedPartyRow } from './seal-party';
export { isProtectedIdentity, revealPolicy } from './reveal-policy';
export type { RevealContext, RevealDecision, RevealRule, RevealSubject } from './reveal-policy';
export { visitorRevealPolicy } from './visitor-reveal-policy';
export type { VisitRevealContext, VisitorRevealDecision, VisitorRevealRule } from './visitor-reveal-policy';
export { redactParty } from './redact-party';
export type { PartyFlags, PetitionContentKind, RedactedParty } from './redact-party';
export type { IdentityRevealRecord } from './identity-reveal.repository';
