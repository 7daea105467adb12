import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { fingerprintsOf } from './blind-index';
import { IdentityCipherError, openIdentity, sealIdentity } from './identity-cipher';
import type { IdentityKeyRing } from './identity-key-ring';
import { describeKeyUsage, type KeyUsageReport } from './key-usage-report';
import { PartyRepository, SEALED_TABLES } from './party.repository';

export interface RotationProgress {
  targetKeyId: string;
  /** Rows re-encrypted so far in this run. */
  moved: number;
  /** Ids of parties and visitors whose identity could not be opened (key missing from the ring, or altered bytes). */
  unreadable: string[];
}

export interface RotationResult extends RotationProgress {
  /** Rows moved, by the key they were on. */
  movedFrom: Record<string, number>;
  /** Rows still not on the target key after this run (the unreadable ones, or rows added meanwhile under an old ring). */
  remaining: number;
}

/** Whether the ring's index root is the one the stored fingerprints were made with. */
export interface IndexRootCheck {
  indexRootId: string;
  /** Rows decrypted and fingerprinted again (rows the ring cannot open are skipped). */
  sampled: number;
  reproduced: number;
  /** False means duplicate detection is silently broken: restore the original root. */
  consistent: boolean;
}

export interface RotationOptions {
  batchSize?: number;
  /** Called after each committed batch (progress output; tests use it to act mid-rotation). */
  onBatch?: (progress: RotationProgress) => void | Promise<void>;
}

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * Moves every sealed identity to the ring's current key. Each batch is one transaction that
 * locks its rows, re-encrypts them and commits, so an interruption leaves every row either
 * on its old key or on the new one, each readable with a ring holding both; running again
 * continues where it stopped. Fingerprints are not touched: they do not depend on the
 * encryption key.
 *
 * Run it only once every process that seals identities uses a ring whose first key is the
 * new one, or they keep writing rows on the old key (reported as `remaining`).
 */
@Injectable()
export class IdentityRotationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parties: PartyRepository,
  ) {}

  async rotate(ring: IdentityKeyRing, options: RotationOptions = {}): Promise<RotationResult> {
    const batchSize = options.batchSize ?? 200;
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError('batchSize must be a positive integer');
    const targetKeyId = ring.currentKeyId;
    const movedFrom: Record<string, number> = {};
    const unreadable: string[] = [];
    let moved = 0;
    for (const table of SEALED_TABLES) {
      // Keyset cursor: rows that cannot be opened stay behind it instead of being retried forever.
      let cursor = ZERO_UUID;
      for (;;) {
        const batch = await this.dataSource.transaction(async (manager) => {
          const rows = await this.parties.lockNextNotOnKey(manager, table, targetKeyId, cursor, batchSize);
          const movedKeys: string[] = [];
          const failed: string[] = [];
          for (const row of rows) {
            let resealed;
            try {
              resealed = sealIdentity(openIdentity(row.sealed, row.id, ring), row.id, ring);
            } catch (error) {
              if (!(error instanceof IdentityCipherError)) throw error;
              failed.push(row.id);
              continue;
            }
            if (await this.parties.resealIdentity(manager, table, row.id, row.sealed.keyId, resealed)) {
              movedKeys.push(row.sealed.keyId);
            }
          }
          return { rows, movedKeys, failed };
        });
        // Counted only once the batch has committed.
        for (const keyId of batch.movedKeys) movedFrom[keyId] = (movedFrom[keyId] ?? 0) + 1;
        moved += batch.movedKeys.length;
        unreadable.push(...batch.failed);
        if (batch.rows.length === 0) break;
        cursor = batch.rows[batch.rows.length - 1].id;
        await options.onBatch?.({ targetKeyId, moved, unreadable: [...unreadable] });
        if (batch.rows.length < batchSize) break;
      }
    }
    const usage = await this.parties.countSealedByKey(this.dataSource.manager);
    const remaining = [...usage].reduce((sum, [keyId, rows]) => (keyId === targetKeyId ? sum : sum + rows), 0);
    return { targetKeyId, moved, movedFrom, unreadable, remaining };
  }

  /**
   * Re-computes the fingerprints of the newest rows with this ring and compares them with the
   * stored ones. The index root is chosen by position in IDENTITY_KEYS (see
   * parseIdentityKeyRing), so a reordered or trimmed list can change it; nothing would fail,
   * matching would just stop. This makes that visible, without any extra table.
   */
  async verifyIndexRoot(ring: IdentityKeyRing, sampleSize = 20): Promise<IndexRootCheck> {
    const rows = await this.parties.sampleFingerprinted(this.dataSource.manager, sampleSize);
    let sampled = 0;
    let reproduced = 0;
    for (const row of rows) {
      if (!ring.encryptionKey(row.sealed.keyId)) continue;
      let again;
      try {
        again = fingerprintsOf(openIdentity(row.sealed, row.id, ring), row.kind, ring);
      } catch (error) {
        if (error instanceof IdentityCipherError) continue;
        throw error;
      }
      sampled += 1;
      if (again.idNumber === row.fingerprints.idNumber && again.nameAddress === row.fingerprints.nameAddress) {
        reproduced += 1;
      }
    }
    return { indexRootId: ring.indexRootId, sampled, reproduced, consistent: reproduced === sampled };
  }

  /** Which keys rows still use, and which IDENTITY_KEYS entries can go. */
  async keyUsage(ring: IdentityKeyRing): Promise<KeyUsageReport> {
    return describeKeyUsage(ring, await this.parties.countSealedByKey(this.dataSource.manager));
  }
}
