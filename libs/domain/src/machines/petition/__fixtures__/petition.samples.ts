import type { RuleSetId } from '../../../rules/rule-set.types';
import type { AuthorityRef } from '../../../shared/authority';
import type { PetitionEvent } from '../petition.types';
import { AUTH, CLASSIFICATIONS, ev, type ClassificationName } from './petition.fixtures';
import type { PetitionSnapshot } from './run';

/** Classifications tried by the first holder: enough to reach every disposition. */
const FIRST_HOLDER: ClassificationName[] = Object.keys(CLASSIFICATIONS) as ClassificationName[];
/** Reclassifications: to the two contents that move the đơn on. */
const RECLASSIFY: ClassificationName[] = ['denunciationOutside', 'feedbackOutside'];
/** The custody chain: the contents that keep the đơn moving, and one that stops it. */
const CHAIN: ClassificationName[] = ['denunciationOutside', 'feedbackOutside', 'denunciationWithin'];

/** Where a holder may try to send the đơn: two other authorities, one of them possibly a former holder. */
const TARGETS: AuthorityRef[] = [AUTH.province, AUTH.otherProvince, AUTH.communeA];

/**
 * Two explorations keep the state space finite and small:
 * - `breadth`: every command at the first holder (every classification, reclassification,
 *   expiry and disposition), to be cut after the first forward;
 * - `chain`: only what moves the đơn between authorities (forward, receive, decline, return),
 *   to be cut after a few forwards. The forward/receive loop is otherwise unbounded.
 */
export type SampleMode = 'breadth' | 'chain';

/**
 * Event samples for the model tests, as a function of the snapshot: the lawful commands of the
 * authority entitled to act, the same commands with wrong payloads, and the same commands by a
 * stranger (which must be refused).
 */
export function petitionSamples(ruleSetId: RuleSetId, mode: SampleMode): (s: PetitionSnapshot) => PetitionEvent[] {
  const o = { ruleSetId };
  const stranger = AUTH.communeB;
  const breadth = mode === 'breadth';
  return (s) => {
    const h = s.context.holder;
    // One expiry per holder shows that it never moves the đơn; more would only multiply states.
    const expired = Object.values(s.context.clocks).some((c) => c.expiredOn);
    const expiries =
      expired || !breadth
        ? []
        : ['processing', 'processingCeiling', 'receptionReply', 'denunciationInitialCheck'].map((c) =>
            ev.deadlineExpired(c, o),
          );
    switch (s.value) {
      case 'received': {
        const names = breadth ? FIRST_HOLDER : CHAIN;
        return [
          ...names.map((n) => ev.classify(h, CLASSIFICATIONS[n], o)),
          ev.classify(stranger, CLASSIFICATIONS.complaintWithin, o),
          ...expiries,
        ];
      }
      case 'classified': {
        const c = s.context.classification;
        return [
          ...(breadth ? RECLASSIFY : []).map((n) => ev.classify(h, CLASSIFICATIONS[n], o)),
          ev.accept(h, o),
          ev.accept(stranger, o),
          ev.guide(h, o),
          ev.guide(stranger, o),
          ...TARGETS.filter((t) => t.id !== h.id).map((t) => ev.forward(h, t, o)),
          ev.forward(h, h, o),
          ev.forward(stranger, AUTH.otherProvince, o),
          ev.returnToSender(h, o),
          ev.returnToSender(stranger, o),
          ev.urge(h, AUTH.communeA, o),
          ev.urge(h, AUTH.agency, o),
          ev.requestSplit(h, o),
          ev.requestSplit(stranger, o),
          ev.file(h, c?.ineligibleReason ?? 'illegible', o),
          ev.file(stranger, c?.ineligibleReason ?? 'illegible', o),
          ev.dismiss(h, 'anonymous_or_impersonated', o),
          ev.dismiss(h, 'anonymous_or_impersonated', o, true),
          ev.dismiss(h, 'competent_body_already_has_it', o),
          ev.dismiss(stranger, 'anonymous_or_impersonated', o),
          ev.extendInitialCheck(h, o),
          ...expiries,
        ];
      }
      case 'forwarded': {
        const r = s.context.forwardedTo ?? stranger;
        return [
          ev.receive(r, o),
          ev.receive(h, o),
          ev.receive(stranger, o),
          ev.returnToSender(r, o),
          ev.returnToSender(stranger, o),
          ...expiries,
        ];
      }
      default:
        // Final states: every command must be refused; try them all.
        return [
          ev.classify(h, CLASSIFICATIONS.complaintWithin, o),
          ev.accept(h, o),
          ev.guide(h, o),
          ev.forward(h, AUTH.otherProvince, o),
          ev.returnToSender(h, o),
          ev.urge(h, AUTH.communeA, o),
          ev.requestSplit(h, o),
          ev.file(h, 'illegible', o),
          ev.dismiss(h, 'anonymous_or_impersonated', o),
          ev.receive(AUTH.otherProvince, o),
          ev.extendInitialCheck(h, o),
          ...expiries,
        ];
    }
  };
}
