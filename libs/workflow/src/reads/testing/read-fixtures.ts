import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthorityDirectory, IdentityVaultService, type PartyIdentity } from '@kntc/access';
import { applicableRuleSetId, vietnamDateOf, type Actor, type Role, type StoredSnapshot } from '@kntc/domain';
import { PetitionEntity, type PetitionChannel, type StreamType } from '@kntc/persistence';
import type { StreamColumns } from '../../streams/stream-projection';
import { snapshotColumn } from '../../streams/stream-row';
import { StreamWriter, type CommandResult } from '../../streams/stream-writer.service';

/**
 * Realistic rows for read-side tests: đơn and cases opened and moved through the real write path
 * (StreamWriter.open/apply), so snapshots, events and custody are what production writes.
 * Not exported from the library.
 */
export class ReadFixtures {
  private readonly ds: DataSource;
  private readonly writer: StreamWriter;

  constructor(private readonly app: INestApplication) {
    this.ds = app.get(DataSource);
    this.writer = app.get(StreamWriter);
  }

  async actor(userId: string, role: Role, authorityId: string): Promise<Actor> {
    return { userId, role, authority: await this.app.get(AuthorityDirectory).refOf(authorityId) };
  }

  /** Vào sổ a đơn at the actor's authority, received at `receivedAt` (the opening event's time). */
  async openPetition(
    actor: Actor,
    p: {
      code: string;
      receivedAt: Date;
      summary: string;
      subjectArea: string;
      channel?: PetitionChannel;
      fromReception?: boolean;
      signatoryCount?: number;
    },
  ): Promise<string> {
    const receivedOn = vietnamDateOf(p.receivedAt.toISOString());
    const channel = p.channel ?? 'post';
    const opened = await this.writer.open({
      streamType: 'petition',
      machineId: 'petition',
      input: { holder: actor.authority, receivedOn, channel, fromReception: p.fromReception ?? false },
      actor,
      at: p.receivedAt,
      ruleSetId: applicableRuleSetId('petition', 'processing', { received: receivedOn, event: receivedOn }),
      eventPayload: { channel, receivedOn, subjectArea: p.subjectArea },
      insertRow: async (em, stored: StoredSnapshot, columns: StreamColumns) => {
        const inserted = await em.getRepository(PetitionEntity).insert({
          code: p.code,
          receivingAuthorityId: actor.authority.id,
          holderAuthorityId: columns.holderAuthorityId,
          channel,
          forwardedByName: null,
          receivedAt: p.receivedAt,
          receivedOn,
          summary: p.summary,
          fullText: null,
          subjectArea: p.subjectArea,
          signatoryCount: p.signatoryCount ?? 1,
          fromReception: p.fromReception ?? false,
          machineId: stored.machineId,
          machineVersion: stored.machineVersion,
          state: columns.state,
          snapshot: snapshotColumn(stored) as never,
          version: 1,
          ruleSetId: applicableRuleSetId('petition', 'processing', { received: receivedOn, event: receivedOn }),
          nextDueOn: columns.nextDueOn,
          createdById: actor.userId,
        });
        return String((inserted.identifiers[0] as { id: string }).id);
      },
    });
    return opened.id;
  }

  /** Sends one event through the write path at the version currently stored. */
  async send(
    streamType: StreamType,
    id: string,
    actor: Actor,
    event: { type: string } & Record<string, unknown>,
  ): Promise<CommandResult> {
    const table = streamType === 'petition' ? 'petition' : 'kntc_case';
    const [{ version }] = await this.ds.query<{ version: number }[]>(`SELECT version FROM ${table} WHERE id = $1`, [
      id,
    ]);
    return this.writer.apply({ streamType, id, expectedVersion: version, actor, event });
  }

  /** Accepts a classified đơn; the application opens its case in the same transaction (`openCase`). */
  async accept(petitionId: string, actor: Actor): Promise<string> {
    await this.send('petition', petitionId, actor, { type: 'accept' });
    const [row] = await this.ds.query<{ case_id: string | null }[]>(`SELECT case_id FROM petition WHERE id = $1`, [
      petitionId,
    ]);
    if (!row?.case_id) throw new Error(`accepting ${petitionId} opened no case: is the openCase handler wired?`);
    return row.case_id;
  }

  /** A named petitioner sealed in the vault, as intake records one. */
  async addPetitioner(
    petitionId: string,
    identity: PartyIdentity,
    options: { protected?: boolean } = {},
  ): Promise<string> {
    const vault = this.app.get(IdentityVaultService);
    const row = await this.ds.transaction((m) =>
      vault.addParty(m, {
        petitionId,
        role: 'signatory',
        kind: 'individual',
        anonymous: false,
        protected: options.protected ?? false,
        identity,
      }),
    );
    return row.id;
  }
}
