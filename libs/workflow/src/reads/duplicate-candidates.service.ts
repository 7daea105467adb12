import { Injectable } from '@nestjs/common';
import { NotFoundError, type Actor } from '@kntc/domain';
import { IdentityVaultService, SCOPE_REACH, type DuplicateCandidate } from '@kntc/access';
import type { StreamType } from '@kntc/persistence';
import { AuthorityReadRepository } from './authority-read.repository';
import { DuplicateCandidatesRepository } from './duplicate-candidates.repository';
import { PetitionReadRepository } from './petition-read.repository';
import { ReadContext } from './read-context';
import { topStateTitle } from './read-labels';
import type { DuplicateCandidatesView, DuplicateMatchView, DuplicateReasonView } from './read-models';
import { SIMILAR_SUMMARY_THRESHOLD, summarySimilarity } from './summary-similarity';

const MAX_CANDIDATES = 50;

const SAME_ID: DuplicateReasonView = {
  kind: 'same_id_number',
  label: 'Cùng người gửi đơn: trùng số giấy tờ tùy thân',
  similarity: null,
};
const SAME_NAME_ADDRESS: DuplicateReasonView = {
  kind: 'same_name_address',
  label: 'Cùng người gửi đơn: trùng họ tên và địa chỉ',
  similarity: null,
};
const similar = (score: number): DuplicateReasonView => ({
  kind: 'similar_summary',
  label: `Cùng lĩnh vực, nội dung tóm tắt tương tự (độ tương đồng ${score.toFixed(2).replace('.', ',')})`,
  similarity: Math.round(score * 100) / 100,
});

/**
 * Đơn and cases that may be the same matter as a given đơn (trùng đơn), for the officer to
 * decide whether to attach it: open records of one authority with the same petitioner (by the
 * vault's blind indexes, only where the actor may reveal that party) or the same subject area
 * and a similar summary. Ids, codes, states and why; never an identity.
 */
@Injectable()
export class DuplicateCandidatesService {
  constructor(
    private readonly context: ReadContext,
    private readonly petitions: PetitionReadRepository,
    private readonly candidates: DuplicateCandidatesRepository,
    private readonly authorities: AuthorityReadRepository,
    private readonly vault: IdentityVaultService,
  ) {}

  async candidatesFor(actor: Actor, petitionId: string): Promise<DuplicateCandidatesView> {
    const moment = await this.context.moment(actor);
    const petition = await this.petitions.findVisible(petitionId, moment.scope);
    if (!petition) throw new NotFoundError('đơn', petitionId);
    const holderId = String(petition.holder_id);
    // Candidates are looked for where the actor works (where an attach would be decided). A
    // role that reads a subtree (inspector) looks at the authority holding the đơn instead.
    const searchedId =
      SCOPE_REACH[actor.role] === 'subtree' && holderId !== actor.authority.id && moment.scope.includes(holderId)
        ? holderId
        : actor.authority.id;
    const ownCase = petition.case_id;
    const found = new Map<string, DuplicateMatchView & { score: number }>();
    const add = (
      c: {
        streamType: StreamType;
        id: string;
        code: string;
        state: string;
        machineId: string;
        machineVersion: string;
        subjectArea: string;
      },
      reason: DuplicateReasonView,
      score: number,
    ) => {
      const key = `${c.streamType}:${c.id}`;
      const existing = found.get(key) ?? {
        streamType: c.streamType,
        id: c.id,
        code: c.code,
        state: c.state,
        stateTitle: topStateTitle(c.machineId, c.machineVersion, c.state),
        subjectArea: c.subjectArea,
        reasons: [],
        score: 0,
      };
      if (!existing.reasons.some((r) => r.kind === reason.kind)) existing.reasons.push(reason);
      existing.score += score;
      found.set(key, existing);
    };

    if (searchedId === actor.authority.id) {
      for (const match of await this.samePetitioner(actor, petitionId)) {
        const reasons = match.matchedOn.map((m) => (m === 'idNumber' ? SAME_ID : SAME_NAME_ADDRESS));
        const d = match.described;
        const target =
          d.case_id &&
          d.case_status !== 'done' &&
          d.case_code &&
          d.case_state &&
          d.case_machine_id &&
          d.case_machine_version
            ? {
                streamType: 'case' as const,
                id: d.case_id,
                code: d.case_code,
                state: d.case_state,
                machineId: d.case_machine_id,
                machineVersion: d.case_machine_version,
                subjectArea: d.case_subject_area ?? d.subject_area,
              }
            : !d.case_id && d.status === 'active'
              ? {
                  streamType: 'petition' as const,
                  id: d.id,
                  code: d.code,
                  state: d.state,
                  machineId: d.machine_id,
                  machineVersion: d.machine_version,
                  subjectArea: d.subject_area,
                }
              : undefined;
        if (!target || (ownCase && target.streamType === 'case' && target.id === ownCase)) continue;
        for (const reason of reasons) add(target, reason, 2);
      }
    }

    for (const open of await this.candidates.openHeldInSubjectArea(searchedId, petition.subject_area)) {
      const itself = open.id === petitionId || (ownCase !== null && (open.id === ownCase || open.case_id === ownCase));
      if (itself) continue;
      const score = summarySimilarity(petition.summary, open.summary);
      if (score < SIMILAR_SUMMARY_THRESHOLD) continue;
      add(
        {
          streamType: open.stream_type,
          id: open.id,
          code: open.code,
          state: open.state,
          machineId: open.machine_id,
          machineVersion: open.machine_version,
          subjectArea: open.subject_area,
        },
        similar(score),
        score,
      );
    }

    const searchedAuthority = (await this.authorities.describe([searchedId])).get(searchedId);
    if (!searchedAuthority) throw new Error(`authority ${searchedId} is missing`);
    const candidates = [...found.values()]
      .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
      .slice(0, MAX_CANDIDATES)
      .map(({ score: _score, ...view }) => view);
    return { petitionId, searchedAuthority, candidates };
  }

  /** Other đơn of the same petitioner at the actor's authority, described (ids and states only). */
  private async samePetitioner(actor: Actor, petitionId: string) {
    const fingerprints = await this.candidates.fingerprintsOfPetition(petitionId);
    if (fingerprints.length === 0) return [];
    const own = fingerprints.map((f) => f.party_id);
    const matches: DuplicateCandidate[] = [];
    for (const f of fingerprints) {
      const found = await this.vault.findByFingerprints(
        actor,
        { idNumber: f.id_number, nameAddress: f.name_address },
        { excludePartyIds: own },
      );
      matches.push(...found.filter((m) => m.petitionId !== petitionId));
    }
    const described = new Map(
      (await this.candidates.describePetitions([...new Set(matches.map((m) => m.petitionId))])).map((d) => [d.id, d]),
    );
    return matches.flatMap((m) => {
      const d = described.get(m.petitionId);
      return d ? [{ matchedOn: m.matchedOn, described: d }] : [];
    });
  }
}
