import type { WorkingCalendar } from '@kntc/domain';
import { evolveCase } from './evolve-case';
import { evolvePetition, PETITION_FACT_EVENTS } from './evolve-petition';
import type { CaseFact, FactEvent, PetitionFact, StreamInfo } from './fact-rows';

/** Whether an event can change any fact: the others are skipped before anything is read. */
export function mayChangeFacts(streamType: FactEvent['streamType'], type: string): boolean {
  return streamType === 'petition' ? PETITION_FACT_EVENTS.has(type) : type !== 'deadlineExpired';
}

/** Code and subject area are the same on every fact of a stream: the first fact is enough. */
export function infoFromFacts(facts: (CaseFact | PetitionFact)[]): StreamInfo | null {
  const first = facts[0];
  if (!first) return null;
  return 'caseCode' in first
    ? { code: first.caseCode, subjectArea: first.subjectArea }
    : { code: first.petitionCode, subjectArea: first.subjectArea, signatories: first.signatories };
}

export const evolveFacts = {
  petition: (facts: PetitionFact[], e: FactEvent, info: StreamInfo) => evolvePetition(facts, e, info),
  case: (facts: CaseFact[], e: FactEvent, info: StreamInfo, calendar: WorkingCalendar) =>
    evolveCase(facts, e, info, calendar),
};
