import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { StreamType } from '@kntc/persistence';

export interface FingerprintRecord {
  party_id: string;
  id_number: string | null;
  name_address: string | null;
}

export interface MatchedPetitionRecord {
  id: string;
  code: string;
  state: string;
  machine_id: string;
  machine_version: string;
  status: 'active' | 'done';
  subject_area: string;
  case_id: string | null;
  case_code: string | null;
  case_state: string | null;
  case_machine_id: string | null;
  case_machine_version: string | null;
  case_status: 'active' | 'done' | null;
  case_subject_area: string | null;
}

export interface OpenRecord {
  stream_type: StreamType;
  id: string;
  code: string;
  state: string;
  machine_id: string;
  machine_version: string;
  subject_area: string;
  summary: string;
  case_id: string | null;
}

/** Candidate scan bound: the most recent open records of one authority and subject area. */
const MAX_SCANNED = 500;

/** Queries behind duplicate candidates (same petitioner, or same subject area and a similar summary). */
@Injectable()
export class DuplicateCandidatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The blind-index fingerprints of the đơn's named parties: keyed hashes, never the identity,
   * and they never leave the server (they go to IdentityVaultService.findByFingerprints).
   */
  fingerprintsOfPetition(petitionId: string): Promise<FingerprintRecord[]> {
    return this.dataSource.query<FingerprintRecord[]>(
      `SELECT id AS party_id, id_number_fingerprint AS id_number, name_address_fingerprint AS name_address
         FROM party
        WHERE petition_id = $1 AND NOT anonymous
          AND (id_number_fingerprint IS NOT NULL OR name_address_fingerprint IS NOT NULL)`,
      [petitionId],
    );
  }

  /** Codes and states of đơn (and their cases) the vault matched by fingerprint. */
  describePetitions(ids: readonly string[]): Promise<MatchedPetitionRecord[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.query<MatchedPetitionRecord[]>(
      `SELECT p.id, p.code, p.state, p.machine_id, p.machine_version, COALESCE(p.snapshot->>'status', 'active') AS status,
              p.subject_area, c.id AS case_id, c.code AS case_code, c.state AS case_state, c.machine_id AS case_machine_id,
              c.machine_version AS case_machine_version, c.snapshot->>'status' AS case_status,
              c.subject_area AS case_subject_area
         FROM petition p LEFT JOIN kntc_case c ON c.id = p.case_id
        WHERE p.id = ANY($1::uuid[])
        ORDER BY p.received_at DESC, p.id DESC`,
      [ids],
    );
  }

  /**
   * Open đơn and cases held by the authority in a subject area, newest first, with their
   * summaries to compare (not a đơn waiting at another authority after a chuyển đơn).
   */
  openHeldInSubjectArea(authorityId: string, subjectArea: string): Promise<OpenRecord[]> {
    return this.dataSource.query<OpenRecord[]>(
      `(SELECT 'petition'::text AS stream_type, p.id, p.code, p.state, p.machine_id, p.machine_version, p.subject_area,
               p.summary, p.case_id
          FROM petition p
         WHERE p.holder_authority_id = $1 AND p.subject_area = $2
           AND COALESCE(p.snapshot->>'status', 'active') = 'active' AND p.state <> 'forwarded'
         ORDER BY p.received_at DESC LIMIT $3)
       UNION ALL
       (SELECT 'case'::text, c.id, c.code, c.state, c.machine_id, c.machine_version, c.subject_area, c.summary, NULL::uuid
          FROM kntc_case c
         WHERE c.holder_authority_id = $1 AND c.subject_area = $2
           AND COALESCE(c.snapshot->>'status', 'active') = 'active'
         ORDER BY c.opened_at DESC LIMIT $3)`,
      [authorityId, subjectArea, MAX_SCANNED],
    );
  }
}
