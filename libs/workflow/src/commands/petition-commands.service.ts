import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFoundError, ValidationFailedError, vietnamDateOf, type Actor, type CaseKind } from '@kntc/domain';
import { CaseEntity } from '@kntc/persistence';
import { IntakeRepository } from '../intake/intake.repository';
import type { StreamColumns } from '../streams/stream-projection';
import { snapshotColumn } from '../streams/stream-row';
import {
  StreamWriter,
  type CommandResult,
  type EventListener,
  type ListenerConcern,
  type TransactionalEffect,
} from '../streams/stream-writer.service';
import { caseOpening, type CaseDetails } from './case-opening';

/** A tố cáo, or a đơn that may contain one, keeps its parties' identities protected. */
const protectsParties = (contentKind: unknown): boolean => contentKind === 'denunciation' || contentKind === 'mixed';

/**
 * A classification calls for other protection than the spell's previous one: parties are added
 * only at intake (protected until classified) and only this changes them, so otherwise the rows
 * already hold it.
 */
const changesPartyProtection = (event: Parameters<ListenerConcern>[0]): boolean => {
  if (event.streamType !== 'petition' || event.type !== 'classify') return false;
  const before = (event.before?.context as { classification?: { contentKind?: unknown } } | undefined)?.classification;
  return !before || protectsParties(before.contentKind) !== protectsParties(event.payload.contentKind);
};

export interface PetitionCommand {
  actor: Actor;
  petitionId: string;
  expectedVersion: number;
  event: { type: string } & Record<string, unknown>;
  requestId?: string;
}

/**
 * Commands on a đơn. Each is one transaction through the StreamWriter; accepting a đơn opens
 * its case in the same transaction, and classification sets the petitioners' protection.
 */
@Injectable()
export class PetitionCommandsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: StreamWriter,
    private readonly intake: IntakeRepository,
  ) {}

  onModuleInit(): void {
    this.writer.onAction('openCase', this.openCase);
    this.writer.onEvent(this.protectParties, (event) => changesPartyProtection(event));
  }

  send(command: PetitionCommand): Promise<CommandResult> {
    return this.writer.apply(this.toRequest(command));
  }

  /**
   * Gộp đơn trùng: a đơn on the same content as an open case of this authority is filed
   * (with the ineligibility recorded at classification) and grouped into that case.
   */
  attach(
    command: Omit<PetitionCommand, 'event'> & { caseId: string; relation: 'duplicate' | 'repeat' | 'copy_to_many' },
  ) {
    return this.dataSource.transaction(async (em) => {
      const target = await this.intake.caseHolder(em, command.caseId);
      if (!target || target.holderAuthorityId !== command.actor.authority.id) {
        throw new NotFoundError('vụ việc', command.caseId);
      }
      const petition = await em.query<{ reason: string | null }[]>(
        `SELECT snapshot->'context'->'classification'->>'ineligibleReason' AS reason FROM petition WHERE id = $1`,
        [command.petitionId],
      );
      const reason = petition[0]?.reason;
      if (!reason) {
        throw new ValidationFailedError([
          {
            field: 'caseId',
            issue: 'not_a_duplicate',
            message: 'Chỉ gộp đơn đã được phân loại là không đủ điều kiện xử lý (đơn trùng, đã được xử lý).',
          },
        ]);
      }
      const result = await this.writer.apply(this.toRequest({ ...command, event: { type: 'file', reason } }), em);
      await this.intake.linkPetitionToCase(em, {
        caseId: command.caseId,
        petitionId: command.petitionId,
        relation: command.relation,
        at: new Date(),
        byUserId: command.actor.userId,
      });
      return result;
    });
  }

  private toRequest(command: PetitionCommand) {
    return {
      streamType: 'petition' as const,
      id: command.petitionId,
      expectedVersion: command.expectedVersion,
      actor: command.actor,
      requestId: command.requestId,
      event: command.event,
    };
  }

  /**
   * Every classification sets the petitioners' protection, in its transaction. Parties are
   * added only at intake (protected until classified) and their protection changes only here,
   * so when the previous classification of this spell already called for the same protection
   * the rows hold it and the UPDATE is skipped.
   */
  private readonly protectParties: EventListener = async (em, event) => {
    if (!changesPartyProtection(event)) return;
    await this.intake.setPartyProtection(em, event.id, protectsParties(event.payload.contentKind));
  };

  /** `openCase` from an accepted đơn: the case row, its first event and the link, in the same transaction. */
  private readonly openCase: TransactionalEffect = async (em: EntityManager, effect) => {
    const kind = effect.action.params.kind as CaseKind;
    const petition = effect.snapshot.context as unknown as Parameters<typeof caseOpening>[1];
    const opening = caseOpening(kind, petition, effect.event as CaseDetails, effect.meta.at);
    const at = new Date(effect.meta.at);
    const petitionRow = await em.query<{ summary: string; subject_area: string }[]>(
      `SELECT summary, subject_area FROM petition WHERE id = $1`,
      [effect.row.id],
    );
    const code = await this.intake.nextCaseCode(em, Number(vietnamDateOf(effect.meta.at).slice(0, 4)));
    const opened = await this.writer.open(
      {
        streamType: 'case',
        machineId: kind,
        input: opening.input,
        actor: effect.meta.actor,
        at,
        ruleSetId: opening.ruleSetId,
        requestId: effect.requestId,
        eventPayload: { petitionId: effect.row.id, kind },
        insertRow: async (tx, stored, columns: StreamColumns) => {
          const inserted = await tx.getRepository(CaseEntity).insert({
            code,
            kind,
            holderAuthorityId: columns.holderAuthorityId,
            originPetitionId: effect.row.id,
            machineId: stored.machineId,
            machineVersion: stored.machineVersion,
            state: columns.state,
            snapshot: snapshotColumn(stored) as never,
            version: 1,
            ruleSetId: opening.ruleSetId,
            round: kind === 'complaint' ? 1 : null,
            subjectArea: petitionRow[0].subject_area,
            summary: petitionRow[0].summary,
            openedAt: at,
            nextDueOn: columns.nextDueOn,
          });
          return String((inserted.identifiers[0] as { id: string }).id);
        },
      },
      em,
    );
    await this.intake.linkPetitionToCase(em, {
      caseId: opened.id,
      petitionId: effect.row.id,
      relation: 'origin',
      at,
      byUserId: effect.meta.actor.userId,
    });
  };
}
