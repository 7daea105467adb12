import { Pool } from 'pg';
import { closedLoop, type Outcome, type RunStats } from './stats';

interface PetitionRow {
  id: string;
  machine_id: string;
  machine_version: string;
  version: number;
  state: string;
  holder_authority_id: string;
  snapshot: { context: { classification?: { signatories?: number } } };
}

/**
 * The ceiling: the SQL a command needs at the least, from Node over the same driver, with no
 * HTTP, framework, authentication or domain logic. One transaction of the write path's shape:
 * read the row, compare-and-swap it on its version (the same snapshot, edited), append an event,
 * queue an outbox message, commit. A stale version updates no row: rolled back, a conflict.
 */
export async function runCeiling(
  scenario: string,
  url: string,
  clients: number,
  seconds: number,
  petitionOf: (client: number) => string,
  actor: { userId: string; authorityId: string },
): Promise<RunStats> {
  const pool = new Pool({ connectionString: url, max: clients });
  try {
    return await closedLoop(scenario, clients, seconds, async (client): Promise<Outcome> => {
      const id = petitionOf(client);
      const db = await pool.connect();
      try {
        await db.query('BEGIN');
        const {
          rows: [row],
        } = await db.query<PetitionRow>(
          `SELECT id, machine_id, machine_version, version, state, holder_authority_id, snapshot FROM petition WHERE id = $1`,
          [id],
        );
        const snapshot = row.snapshot;
        const classification = snapshot.context.classification ?? {};
        classification.signatories = classification.signatories === 1 ? 2 : 1;
        snapshot.context.classification = classification;
        const updated = await db.query(
          `UPDATE petition SET snapshot = $2, version = version + 1, state = $3, holder_authority_id = $4,
             signatory_count = $5, updated_at = now() WHERE id = $1 AND version = $6`,
          [id, snapshot, row.state, row.holder_authority_id, classification.signatories, row.version],
        );
        if (updated.rowCount !== 1) {
          await db.query('ROLLBACK');
          return 'conflict';
        }
        const {
          rows: [event],
        } = await db.query<{ id: string }>(
          `INSERT INTO domain_event (stream_type, stream_id, seq, type, payload, state_before, state_after, actor_user_id,
             actor_role, actor_authority_id, holder_authority_id, rule_set_id, machine_id, machine_version, occurred_at, request_id)
           VALUES ('petition', $1, $2, 'classify', $3, $4, $4, $5, 'reception_officer', $6, $6, 'VN-2025-07', $7, $8, now(), NULL)
           RETURNING id`,
          [
            id,
            row.version + 1,
            { signatories: classification.signatories },
            row.state,
            actor.userId,
            actor.authorityId,
            row.machine_id,
            row.machine_version,
          ],
        );
        await db.query(
          `INSERT INTO outbox_message (event_id, stream_type, stream_id, action_type, payload, dedupe_key, created_at, available_at)
           VALUES ($1, 'petition', $2, 'notify', $3, $4, now(), now())`,
          [event.id, id, { to: 'holder' }, `${event.id}:0`],
        );
        await db.query('COMMIT');
        return 'ok';
      } catch (error) {
        await db.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        db.release();
      }
    });
  } finally {
    await pool.end();
  }
}
