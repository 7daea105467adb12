import type { AuthorityLevel, AuthorityRef } from '../shared/authority';
import type { RuleSet } from './rule-set.types';

/**
 * Who resolves, by level. `direct_superior` where the law names no level but "cấp trên trực tiếp"
 * (public service units: ND124 Art. 14.2; any authority: Luật TC Art. 12.1), which only the
 * authority tree can answer.
 */
export type ComplaintRound2Resolver = AuthorityLevel | 'court_only' | 'direct_superior';
export type DenunciationResolver = AuthorityLevel | 'direct_superior';

const DISTRICT_LEVELS: readonly AuthorityLevel[] = ['district', 'district_agency'];

function levelExists(ruleSet: RuleSet, level: AuthorityLevel): boolean {
  return ruleSet.features.districtLevel || !DISTRICT_LEVELS.includes(level);
}

function round2Resolver(ruleSet: RuleSet, level: AuthorityLevel): ComplaintRound2Resolver | undefined {
  if (!levelExists(ruleSet, level) || level === 'central') return undefined;
  return ruleSet.competence.complaintRound2[level] ?? 'direct_superior';
}

function denunciationResolver(ruleSet: RuleSet, level: AuthorityLevel): DenunciationResolver | undefined {
  if (!levelExists(ruleSet, level) || level === 'central') return undefined;
  return ruleSet.competence.denunciationAgainstHead[level] ?? 'direct_superior';
}

/**
 * Level whose head resolves the second complaint against a first resolution at `round1Level`
 * (Luật KN Arts. 18-23; two-tier from 2025-07-01). Throws for a level that does not exist in the
 * rule set (the district after 2025-06-30) and for `central`, which the Law on Complaints does not
 * make a first resolver.
 */
export function complaintRound2Level(ruleSet: RuleSet, round1Level: AuthorityLevel): ComplaintRound2Resolver {
  const resolver = round2Resolver(ruleSet, round1Level);
  if (!resolver) throw new RangeError(`no second complaint round for level ${round1Level} in ${ruleSet.id}`);
  return resolver;
}

/**
 * Level whose head resolves a denunciation against the head or a deputy head of an authority at
 * `level` (Luật TC Arts. 12.1, 13). Throws like `complaintRound2Level`.
 */
export function denunciationResolverLevelAgainstHead(ruleSet: RuleSet, level: AuthorityLevel): DenunciationResolver {
  const resolver = denunciationResolver(ruleSet, level);
  if (!resolver) {
    throw new RangeError(`no resolver for denunciations against the head at level ${level} in ${ruleSet.id}`);
  }
  return resolver;
}

const isPrefix = (prefix: readonly string[], of: readonly string[]): boolean =>
  prefix.length <= of.length && prefix.every((id, i) => of[i] === id);

/** `ancestor` sits strictly above `of`, and both records agree on the path between them. */
export function isAncestor(ancestor: AuthorityRef, of: AuthorityRef): boolean {
  return (
    ancestor.id !== of.id &&
    ancestor.path[ancestor.path.length - 1] === ancestor.id &&
    ancestor.path.length < of.path.length &&
    isPrefix(ancestor.path, of.path)
  );
}

/** `parent` is the authority immediately above `child` (cấp trên trực tiếp). */
export function isDirectSuperior(parent: AuthorityRef, child: AuthorityRef): boolean {
  return isAncestor(parent, child) && parent.path.length === child.path.length - 1;
}

function matchesResolver(
  resolver: AuthorityLevel | 'direct_superior',
  subject: AuthorityRef,
  candidate: AuthorityRef,
): boolean {
  if (resolver === 'direct_superior') return isDirectSuperior(candidate, subject);
  return candidate.level === resolver && isAncestor(candidate, subject);
}

/**
 * The candidate may resolve the second complaint: it is the ancestor of the first resolver at the
 * level the rule set names. A provincial chair's first decision goes to "Bộ trưởng quản lý ngành,
 * lĩnh vực" (Luật KN Art. 23.3), who is not the province's ancestor and whom the tree cannot
 * name: pass `sectorMinistryId`; without it the answer is false.
 */
export function isCompetentForComplaintRound2(
  ruleSet: RuleSet,
  round1Authority: AuthorityRef,
  candidate: AuthorityRef,
  options: { sectorMinistryId?: string } = {},
): boolean {
  const resolver = round2Resolver(ruleSet, round1Authority.level);
  if (!resolver || resolver === 'court_only' || !levelExists(ruleSet, candidate.level)) return false;
  if (round1Authority.level === 'province' && resolver === 'ministry') {
    return candidate.level === 'ministry' && candidate.id === options.sectorMinistryId;
  }
  return matchesResolver(resolver, round1Authority, candidate);
}

/** The candidate may resolve a denunciation against the head or a deputy head of `accusedAuthority`. */
export function isCompetentForDenunciationAgainstHead(
  ruleSet: RuleSet,
  accusedAuthority: AuthorityRef,
  candidate: AuthorityRef,
): boolean {
  const resolver = denunciationResolver(ruleSet, accusedAuthority.level);
  if (!resolver || !levelExists(ruleSet, candidate.level)) return false;
  return matchesResolver(resolver, accusedAuthority, candidate);
}
