import type { LegalSource, RuleSet } from '../rules/rule-set.types';

export type RepresentativesDecision =
  | { ok: true; required: false; source: LegalSource[] }
  | {
      ok: boolean;
      required: true;
      minRepresentatives: number;
      maxRepresentatives: number;
      /** Vietnamese, for the officer when `ok` is false. */
      message: string;
      source: LegalSource[];
    };

/**
 * Cử người đại diện (Luật TCD Art. 29; ND154/2026 Art. 14.3, 22.4): when many people come about
 * the same content they appoint representatives in writing: from five to ten people, one or two;
 * more than ten, more may be added but no more than five. Below the first band no representative
 * is required. The bands are the rule set's `thresholds.representatives`.
 */
export function checkRepresentatives(
  ruleSet: RuleSet,
  people: number,
  representatives: number,
): RepresentativesDecision {
  const source = ruleSet.provenance?.thresholds.representatives ?? [];
  const band = ruleSet.thresholds.representatives.find(
    (b) => people >= (b.minPeople ?? 0) && (b.maxPeople === null || people <= b.maxPeople),
  );
  if (!band) return { ok: true, required: false, source };
  const ok = representatives >= band.minRepresentatives && representatives <= band.maxRepresentatives;
  return {
    ok,
    required: true,
    minRepresentatives: band.minRepresentatives,
    maxRepresentatives: band.maxRepresentatives,
    message: ok
      ? ''
      : `Đoàn ${people} người phải cử từ ${band.minRepresentatives} đến ${band.maxRepresentatives} người đại diện (Điều 29 Luật Tiếp công dân).`,
    source,
  };
}
