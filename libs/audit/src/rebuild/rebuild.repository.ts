import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthorityRef } from '@kntc/domain';
import type { CaseRow, LoggedEvent, PetitionRow } from './replay';

const EVENT_COLUMNS = `e.id::text AS id, e.stream_id AS "streamId", e.seq, e.type, e.payload,
  e.holder_authority_id AS "holderAuthorityId", e.actor_user_id AS "actorUserId", e.actor_role AS "actorRole",
  e.actor_authority_id AS "actorAuthorityId", e.rule_set_id AS "ruleSetId", e.machine_id AS "machineId",
  e.occurred_at AS "occurredAt", e.recorded_at AS "recordedAt"`;

/** What the rebuild reads: streams in id order, their events in order, the authority tree. */
@Injectable()
export class RebuildRepository {
  /** Every authority as the domain sees it (level, remote, ancestor path), dissolved ones included. */
  async authorityRefs(em: EntityManager): Promise<Map<string, AuthorityRef>> {
    const rows = await em.query<{ id: string; parent_id: string | null; level: string; remote: boolean }[]>(
      `SELECT id, parent_id, level, remote FROM authority`,
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const refs = new Map<string, AuthorityRef>();
    for (const row of rows) {
      const path: string[] = [];
      for (
        let at: typeof row | undefined = row;
        at && path.length < 50;
        at = at.parent_id ? byId.get(at.parent_id) : undefined
      ) {
        path.unshift(at.id);
      }
      refs.set(row.id, { id: row.id, level: row.level as AuthorityRef['level'], remote: row.remote, path });
    }
    return refs;
  }

  petitionsAfter(em: EntityManager, afterId: string | null, limit: number): Promise<PetitionRow[]> {
    return em.query<PetitionRow[]>(
      `SELECT id, code, subject_area AS "subjectArea", signatory_count AS "signatoryCount",
              to_char(received_on, 'YYYY-MM-DD') AS "receivedOn", channel, from_reception AS "fromReception",
              forwarded_by_name AS "forwardedByName", snapshot, machine_version AS "machineVersion"
         FROM petition WHERE ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2`,
      [afterId, limit],
    );
  }

  casesOpenedFrom(em: EntityManager, petitionIds: string[]): Promise<CaseRow[]> {
    return em.query<CaseRow[]>(
      `SELECT id, code, kind, subject_area AS "subjectArea", origin_petition_id AS "originPetitionId", snapshot,
              machine_version AS "machineVersion"
         FROM kntc_case WHERE origin_petition_id = ANY($1::uuid[]) ORDER BY id`,
      [petitionIds],
    );
  }

  eventsOf(em: EntityManager, streamType: 'petition' | 'case', ids: string[]): Promise<LoggedEvent[]> {
    return em.query<LoggedEvent[]>(
      `SELECT ${EVENT_COLUMNS} FROM domain_event e
        WHERE e.stream_type = $1 AND e.stream_id = ANY($2::uuid[]) ORDER BY e.stream_id, e.seq`,
      [streamType, ids],
    );
  }

  /** Streams the rebuild cannot replay (a case whose đơn it could not find): counted, never silent. */
  async countStreams(em: EntityManager): Promise<{ petitions: number; cases: number }> {
    const [row] = await em.query<{ petitions: number; cases: number }[]>(
      `SELECT (SELECT count(*)::int FROM petition) AS petitions, (SELECT count(*)::int FROM kntc_case) AS cases`,
    );
    return row;
  }

  /** Blocks the projector (it writes these tables in every command) until the rebuild commits. */
  async lockFacts(em: EntityManager): Promise<void> {
    await em.query(`LOCK TABLE audit_case_fact, audit_petition_fact IN EXCLUSIVE MODE`);
  }
}
