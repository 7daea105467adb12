import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PartyEntity, type PartyKind, type PartyRole } from '@kntc/persistence';
import type { PartyFingerprints } from './blind-index';
import type { SealedIdentity } from './identity-cipher';
import type { PartyFlags, PetitionContentKind } from './redact-party';
import type { RevealContext } from './reveal-policy';
import type { SealedPartyRow } from './seal-party';

/** A party with its sealed identity and where its đơn is now: all a reveal decision needs. */
export interface PartyForReveal extends PartyFlags {
  sealed: SealedIdentity | null;
  caseId: string | null;
  context: RevealContext;
}

/** A party whose fingerprint matched, with what the reveal policy needs to filter it. */
export interface FingerprintMatch extends PartyFlags {
  caseId: string | null;
  context: RevealContext;
  idNumberMatched: boolean;
  nameAddressMatched: boolean;
}

/**
 * Every table holding sealed identities with the same columns: petition parties and the citizens
 * received at reception visits. Rotation and key usage cover all of them, or removing a key that
 * "no row uses" would lose the others.
 */
export const SEALED_TABLES = ['party', 'reception_visitor'] as const;
export type SealedTable = (typeof SEALED_TABLES)[number];

export interface SealedRow {
  id: string;
  sealed: SealedIdentity;
}

export interface FingerprintedRow extends SealedRow {
  kind: PartyKind;
  fingerprints: PartyFingerprints;
}

interface FlagsRecord {
  id: string;
  petition_id: string;
  role: PartyRole;
  kind: PartyKind;
  anonymous: boolean;
  protected: boolean;
  protection_waived: boolean;
}
interface LocatedRecord extends FlagsRecord {
  case_id: string | null;
  holder_authority_id: string;
  assigned_handler_id: string | null;
}

const FLAGS = `p.id, p.petition_id, p.role, p.kind, p.anonymous, p.protected, p.protection_waived`;
// The authority resolving the case holds the identity once a case is open; before that,
// the authority holding the đơn.
const LOCATION = `pe.case_id, COALESCE(c.holder_authority_id, pe.holder_authority_id) AS holder_authority_id,
  c.assigned_handler_id`;
const LOCATED_PARTY = `party p JOIN petition pe ON pe.id = p.petition_id LEFT JOIN kntc_case c ON c.id = pe.case_id`;

const toFlags = (r: FlagsRecord): PartyFlags => ({
  id: r.id,
  petitionId: r.petition_id,
  role: r.role,
  kind: r.kind,
  anonymous: r.anonymous,
  protected: r.protected,
  protectionWaived: r.protection_waived,
});
const toLocation = (r: LocatedRecord) => ({
  caseId: r.case_id,
  context: { holderAuthorityId: r.holder_authority_id, assignedHandlerId: r.assigned_handler_id },
});

/**
 * SQL on the party table. Every method takes the caller's EntityManager, so it runs in the
 * caller's transaction. Nothing here decrypts or sees a plain identity.
 */
@Injectable()
export class PartyRepository {
  async insertSealed(manager: EntityManager, row: SealedPartyRow): Promise<void> {
    await manager.insert(PartyEntity, row);
  }

  async findForReveal(manager: EntityManager, partyId: string): Promise<PartyForReveal | null> {
    const rows = await manager.query<
      (LocatedRecord & { identity_ciphertext: Buffer | null; identity_key_id: string | null })[]
    >(`SELECT ${FLAGS}, p.identity_ciphertext, p.identity_key_id, ${LOCATION} FROM ${LOCATED_PARTY} WHERE p.id = $1`, [
      partyId,
    ]);
    const r = rows[0];
    if (!r) return null;
    const sealed =
      r.identity_ciphertext && r.identity_key_id
        ? { ciphertext: r.identity_ciphertext, keyId: r.identity_key_id }
        : null;
    return { ...toFlags(r), ...toLocation(r), sealed };
  }

  async listFlagsOfPetition(
    manager: EntityManager,
    petitionId: string,
  ): Promise<{ parties: PartyFlags[]; contentKind: PetitionContentKind | null }> {
    const rows = await manager.query<(FlagsRecord & { content_kind: PetitionContentKind | null })[]>(
      `SELECT ${FLAGS}, pe.content_kind FROM party p JOIN petition pe ON pe.id = p.petition_id
        WHERE p.petition_id = $1 ORDER BY p.created_at, p.id`,
      [petitionId],
    );
    return { parties: rows.map(toFlags), contentKind: rows[0]?.content_kind ?? null };
  }

  /**
   * Parties with either fingerprint, on đơn or cases held by the given authority (a reveal
   * outside the holder is never allowed, so matches there would only leak).
   */
  async findMatchesHeldBy(
    manager: EntityManager,
    fingerprints: PartyFingerprints,
    holderAuthorityId: string,
    limit: number,
  ): Promise<FingerprintMatch[]> {
    const rows = await manager.query<(LocatedRecord & { id_match: boolean; na_match: boolean })[]>(
      `SELECT ${FLAGS}, ${LOCATION},
          COALESCE(p.id_number_fingerprint = $1, false) AS id_match,
          COALESCE(p.name_address_fingerprint = $2, false) AS na_match
        FROM ${LOCATED_PARTY}
        WHERE (p.id_number_fingerprint = $1 OR p.name_address_fingerprint = $2)
          AND COALESCE(c.holder_authority_id, pe.holder_authority_id) = $3
        ORDER BY p.created_at, p.id
        LIMIT $4`,
      [fingerprints.idNumber, fingerprints.nameAddress, holderAuthorityId, limit],
    );
    return rows.map((r) => ({
      ...toFlags(r),
      ...toLocation(r),
      idNumberMatched: r.id_match,
      nameAddressMatched: r.na_match,
    }));
  }

  /**
   * The next rows (by id, after `afterId`) whose identity is not sealed with `keyId`, locked
   * until the caller's transaction ends so no one changes them under the rotation.
   */
  async lockNextNotOnKey(
    manager: EntityManager,
    table: SealedTable,
    keyId: string,
    afterId: string,
    limit: number,
  ): Promise<SealedRow[]> {
    const rows = await manager.query<{ id: string; identity_ciphertext: Buffer; identity_key_id: string }[]>(
      `SELECT id, identity_ciphertext, identity_key_id FROM ${table}
        WHERE identity_ciphertext IS NOT NULL AND identity_key_id IS DISTINCT FROM $1 AND id > $2
        ORDER BY id LIMIT $3 FOR UPDATE`,
      [keyId, afterId, limit],
    );
    return rows.map((r) => ({ id: r.id, sealed: { ciphertext: r.identity_ciphertext, keyId: r.identity_key_id } }));
  }

  /** Replaces the ciphertext only if the row is still on `fromKeyId`; fingerprints untouched. */
  async resealIdentity(
    manager: EntityManager,
    table: SealedTable,
    id: string,
    fromKeyId: string,
    sealed: SealedIdentity,
  ): Promise<boolean> {
    const [, affected] = await manager.query<[unknown, number]>(
      `UPDATE ${table} SET identity_ciphertext = $3, identity_key_id = $4 WHERE id = $1 AND identity_key_id = $2`,
      [id, fromKeyId, sealed.ciphertext, sealed.keyId],
    );
    return affected === 1;
  }

  /** The newest rows carrying a fingerprint, to check that the ring still reproduces them. */
  async sampleFingerprinted(manager: EntityManager, limit: number): Promise<FingerprintedRow[]> {
    const rows = await manager.query<
      {
        id: string;
        kind: PartyKind;
        identity_ciphertext: Buffer;
        identity_key_id: string;
        id_number_fingerprint: string | null;
        name_address_fingerprint: string | null;
      }[]
    >(
      `SELECT id, kind, identity_ciphertext, identity_key_id, id_number_fingerprint, name_address_fingerprint
        FROM party
        WHERE identity_ciphertext IS NOT NULL
          AND (id_number_fingerprint IS NOT NULL OR name_address_fingerprint IS NOT NULL)
        ORDER BY created_at DESC, id LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      sealed: { ciphertext: r.identity_ciphertext, keyId: r.identity_key_id },
      fingerprints: { idNumber: r.id_number_fingerprint, nameAddress: r.name_address_fingerprint },
    }));
  }

  async countSealedByKey(manager: EntityManager): Promise<Map<string, number>> {
    const sealed = SEALED_TABLES.map(
      (table) => `SELECT identity_key_id FROM ${table} WHERE identity_ciphertext IS NOT NULL`,
    ).join(' UNION ALL ');
    const rows = await manager.query<{ key_id: string; rows: string }[]>(
      `SELECT identity_key_id AS key_id, count(*) AS rows FROM (${sealed}) s GROUP BY identity_key_id`,
    );
    return new Map(rows.map((r) => [r.key_id, Number(r.rows)]));
  }
}
