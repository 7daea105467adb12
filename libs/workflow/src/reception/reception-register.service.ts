import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { IdentityVaultService } from '@kntc/access';
import {
  applicableRuleSetId,
  NotFoundError,
  ruleSetInForceOn,
  ValidationFailedError,
  vietnamDateOf,
  type Actor,
  type ErrorDetail,
  type IsoDate,
  type StoredSnapshot,
} from '@kntc/domain';
import { ReceptionVisitEntity } from '@kntc/persistence';
import { createIdempotently } from '../intake/idempotent-create';
import { IntakeRepository } from '../intake/intake.repository';
import { PetitionIntakeService, type NewPetition } from '../intake/petition-intake.service';
import type { StreamColumns } from '../streams/stream-projection';
import { snapshotColumn } from '../streams/stream-row';
import { StreamWriter, type CommandResult } from '../streams/stream-writer.service';
import { ClockService } from '../time/clock.service';
import { ReceptionRepository } from './reception.repository';
import type { NewVisit, RegisteredVisit, VisitReplyInput, VisitResultInput } from './reception.types';
import { checkVisitRules } from './visit-checks';

const FIRST_SUPPORTED_DATE: IsoDate = '2020-12-10';
const ENDPOINT = 'POST /reception/visits';

export interface VisitCommandOptions {
  actor: Actor;
  visitId: string;
  expectedVersion: number;
  requestId?: string;
}

/**
 * Sổ tiếp công dân: registers visits and what followed them, through the single write path (a
 * `visit` stream). A visit, the people received (identities sealed), the đơn it logged and its
 * result commit together, or not at all.
 */
@Injectable()
export class ReceptionRegisterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: StreamWriter,
    private readonly reception: ReceptionRepository,
    private readonly idempotency: IntakeRepository,
    private readonly intake: PetitionIntakeService,
    private readonly vault: IdentityVaultService,
    private readonly clock: ClockService,
  ) {}

  async register(
    actor: Actor,
    input: NewVisit,
    options: { idempotencyKey?: string; requestId?: string } = {},
  ): Promise<{ status: number; body: RegisteredVisit; replayed: boolean }> {
    const visitedOn = this.checkDate(input.visitedAt);
    checkVisitRules(ruleSetInForceOn(visitedOn), input);
    this.checkResultShape(input.result, 'registration');
    return this.dataSource.transaction((em) =>
      createIdempotently(em, this.idempotency, {
        actor,
        key: options.idempotencyKey,
        endpoint: ENDPOINT,
        input,
        eachWhat: 'mỗi lượt tiếp',
        create: () => this.record(em, actor, input, visitedOn, options.requestId),
      }),
    );
  }

  /** Kết quả tiếp, when it was not given at registration. */
  recordResult(command: VisitCommandOptions & { result: VisitResultInput }): Promise<CommandResult> {
    this.checkResultShape(command.result, 'command');
    return this.dataSource.transaction(async (em) => {
      if (!(await this.reception.visitHeldBy(em, command.visitId, command.actor.authority.id))) {
        throw new NotFoundError('lượt tiếp công dân', command.visitId);
      }
      const { result } = await this.applyResult(em, command, command.result, []);
      return result;
    });
  }

  /** Luật TCD Art. 28.1: the answer to the citizen after content was received. */
  reply(command: VisitCommandOptions & { reply: VisitReplyInput }): Promise<CommandResult> {
    return this.writer.apply(
      this.request(command, { type: 'reply', kind: command.reply.kind, form: command.reply.form }),
    );
  }

  /** ND154/2026 Art. 4.3: the Thông báo từ chối tiếp công dân was issued. */
  issueRefusalNotice(command: VisitCommandOptions & { reference?: string }): Promise<CommandResult> {
    return this.writer.apply(
      this.request(command, {
        type: 'issueRefusalNotice',
        ...(command.reference ? { reference: command.reference } : {}),
      }),
    );
  }

  private request(command: VisitCommandOptions, event: { type: string } & Record<string, unknown>) {
    return {
      streamType: 'visit' as const,
      id: command.visitId,
      expectedVersion: command.expectedVersion,
      actor: command.actor,
      requestId: command.requestId,
      event,
    };
  }

  private checkDate(visitedAt: string): IsoDate {
    const visitedOn = vietnamDateOf(visitedAt);
    const problems: ErrorDetail[] = [];
    if (new Date(visitedAt).getTime() > this.clock.now().getTime() + 60_000) {
      problems.push({
        field: 'visitedAt',
        issue: 'in_future',
        message: 'Ngày tiếp không được sau thời điểm hiện tại.',
      });
    }
    if (visitedOn < FIRST_SUPPORTED_DATE) {
      problems.push({
        field: 'visitedAt',
        issue: 'before_supported_rules',
        message: 'Lượt tiếp trước 10/12/2020 không thuộc các bộ quy tắc đã mã hóa (xem docs/law.md).',
      });
    }
    if (problems.length > 0) throw new ValidationFailedError(problems);
    return visitedOn;
  }

  /** What each kind of result needs, before anything is read or written. */
  private checkResultShape(result: VisitResultInput | undefined, at: 'registration' | 'command'): void {
    if (!result) return;
    const problems: ErrorDetail[] = [];
    const field = at === 'registration' ? 'result' : '';
    const f = (name: string) => (field ? `${field}.${name}` : name);
    const logs = (result.petitionIds?.length ?? 0) + (result.petitions?.length ?? 0) + (result.logPetition ? 1 : 0);
    if (result.kind === 'received' && logs === 0) {
      problems.push({
        field: f('petitionIds'),
        issue: 'required',
        message: 'Nội dung được tiếp nhận phải gắn với ít nhất một đơn (vào sổ đơn mới hoặc đơn đã có).',
      });
    }
    if (result.kind !== 'received' && logs > 0) {
      problems.push({
        field: f('kind'),
        issue: 'petitions_without_receipt',
        message: 'Chỉ ghi đơn khi tiếp nhận nội dung.',
      });
    }
    if (result.kind === 'refused' && !result.ground) {
      problems.push({ field: f('ground'), issue: 'required', message: 'Ghi căn cứ từ chối tiếp công dân.' });
    }
    if (result.kind !== 'refused' && result.ground) {
      problems.push({
        field: f('ground'),
        issue: 'not_applicable',
        message: 'Căn cứ từ chối chỉ ghi khi từ chối tiếp.',
      });
    }
    if (at === 'command' && result.logPetition) {
      problems.push({
        field: 'logPetition',
        issue: 'registration_only',
        message: 'Chỉ vào sổ đơn từ lượt tiếp khi ghi lượt tiếp; sau đó gửi đơn kèm người gửi đơn (petitions).',
      });
    }
    if (problems.length > 0) throw new ValidationFailedError(problems);
  }

  private async record(
    em: EntityManager,
    actor: Actor,
    input: NewVisit,
    visitedOn: IsoDate,
    requestId?: string,
  ): Promise<RegisteredVisit> {
    await this.checkReferences(em, actor, input);
    const authorityId = actor.authority.id;
    const year = Number(visitedOn.slice(0, 4));
    const serialNo = await this.reception.nextSerial(em, authorityId, year);
    const code = `${await this.reception.authorityCode(em, authorityId)}/TCD-${year}-${String(serialNo).padStart(6, '0')}`;
    const ruleSetId = applicableRuleSetId('reception', 'session', { event: visitedOn });
    const visitedAt = new Date(input.visitedAt);
    const opened = await this.writer.open(
      {
        streamType: 'visit',
        machineId: 'visit',
        input: { holder: actor.authority, visitedOn, type: input.type, form: input.form },
        actor,
        at: this.clock.now(),
        requestId,
        ruleSetId,
        // Codes and facts only: the event log never carries who came or what they said.
        eventPayload: {
          visitedOn,
          type: input.type,
          form: input.form,
          peopleCount: input.peopleCount,
          ...(input.leaderPresence ? { leaderPresence: input.leaderPresence } : {}),
        },
        insertRow: async (tx, stored: StoredSnapshot, columns: StreamColumns) => {
          const inserted = await tx.getRepository(ReceptionVisitEntity).insert({
            code,
            serialNo,
            registerYear: year,
            receivingAuthorityId: authorityId,
            holderAuthorityId: columns.holderAuthorityId,
            visitType: input.type,
            form: input.form,
            visitedAt,
            visitedOn,
            place: input.place,
            receivedById: input.receivedById ?? actor.userId,
            leaderPresence: input.leaderPresence ?? null,
            peopleCount: input.peopleCount,
            delegation:
              input.peopleCount >= (ruleSetInForceOn(visitedOn).thresholds.representatives[0]?.minPeople ?? 5),
            representativeCount: input.visitors.filter((v) => v.role === 'representative').length,
            contentKind: input.contentKind ?? null,
            subjectArea: input.subjectArea,
            summary: input.summary,
            priorHandling: input.priorHandling ?? null,
            requests: input.requests ?? null,
            identityProtectionRequested: input.identityProtectionRequested ?? false,
            caseId: input.caseId ?? null,
            result: null,
            machineId: stored.machineId,
            machineVersion: stored.machineVersion,
            state: columns.state,
            snapshot: snapshotColumn(stored) as never,
            version: 1,
            ruleSetId,
            nextDueOn: columns.nextDueOn,
            createdById: actor.userId,
          });
          return String((inserted.identifiers[0] as { id: string }).id);
        },
      },
      em,
    );
    await this.reception.insertVisitors(
      em,
      input.visitors.map((v, i) => {
        const id = randomUUID();
        return {
          id,
          visitId: opened.id,
          role: v.role,
          kind: v.kind,
          ...this.vault.sealVisitor(id, v.identity, v.kind, `visitors.${i}.identity`),
        };
      }),
    );
    let version = opened.version;
    let state = opened.state;
    let petitionIds: string[] = [];
    if (input.result) {
      const fromVisit: NewPetition[] = input.result.logPetition
        ? [
            {
              receivedAt: input.visitedAt,
              channel: 'reception_desk',
              fromReception: true,
              summary: input.summary,
              subjectArea: input.subjectArea,
              petitioners: input.visitors.map((v) => ({ role: v.role, kind: v.kind, identity: v.identity })),
              signatoryCount: Math.max(input.peopleCount, input.visitors.filter((v) => v.role === 'signatory').length),
            },
          ]
        : [];
      const applied = await this.applyResult(
        em,
        { actor, visitId: opened.id, expectedVersion: version, requestId },
        input.result,
        fromVisit,
      );
      version = applied.result.version;
      state = applied.result.state;
      petitionIds = applied.petitionIds;
    }
    return { id: opened.id, code, serialNo, version, state, petitionIds };
  }

  /** The receiver is an active officer or leader here; a leader registers only receptions they held. */
  private async checkReferences(em: EntityManager, actor: Actor, input: NewVisit): Promise<void> {
    const problems: ErrorDetail[] = [];
    const receiverId = input.receivedById ?? actor.userId;
    if (actor.role === 'leader') {
      if (receiverId !== actor.userId || input.type === 'regular') {
        problems.push({
          field: input.type === 'regular' ? 'type' : 'receivedById',
          issue: 'leader_own_reception_only',
          message: 'Lãnh đạo chỉ ghi sổ các buổi tiếp định kỳ, đột xuất do mình chủ trì.',
        });
      }
    }
    const receiverRole = await this.reception.activeUserRole(em, receiverId, actor.authority.id);
    if (receiverRole !== 'reception_officer' && receiverRole !== 'leader') {
      problems.push({
        field: 'receivedById',
        issue: 'not_a_receiver',
        message: 'Người tiếp phải là cán bộ tiếp công dân hoặc lãnh đạo đang làm việc tại cơ quan.',
      });
    } else if (input.leaderPresence === 'in_person' && receiverRole !== 'leader') {
      problems.push({
        field: 'leaderPresence',
        issue: 'receiver_not_leader',
        message: 'Người đứng đầu trực tiếp tiếp: người tiếp phải là lãnh đạo.',
      });
    }
    if (input.caseId && !(await this.reception.caseHeldBy(em, input.caseId, actor.authority.id))) {
      problems.push({ field: 'caseId', issue: 'not_found', message: 'Không có vụ việc này tại cơ quan.' });
    }
    if (problems.length > 0) throw new ValidationFailedError(problems);
  }

  /** Logs the đơn, links those named, and sends `recordResult` through the write path. */
  private async applyResult(
    em: EntityManager,
    command: VisitCommandOptions,
    result: VisitResultInput,
    fromVisit: NewPetition[],
  ): Promise<{ result: CommandResult; petitionIds: string[] }> {
    const existing = [...new Set(result.petitionIds ?? [])];
    const known = await this.reception.petitionsOf(em, existing, command.actor.authority.id);
    const unknown = existing.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new ValidationFailedError(
        unknown.map((id) => ({
          field: 'petitionIds',
          issue: 'not_found',
          message: 'Không có đơn này tại cơ quan.',
          petitionId: id,
        })),
      );
    }
    const logged: string[] = [];
    for (const petition of [...fromVisit, ...(result.petitions ?? [])]) {
      const received = await this.intake.receiveIn(
        em,
        command.actor,
        { ...petition, channel: 'reception_desk', fromReception: true },
        command.requestId,
      );
      logged.push(received.id);
    }
    const petitionIds = [...logged, ...existing];
    const applied = await this.writer.apply(
      this.request(command, {
        type: 'recordResult',
        kind: result.kind,
        ...(result.kind === 'received' ? { petitionIds } : {}),
        ...(result.ground ? { ground: result.ground } : {}),
      }),
      em,
    );
    await this.reception.linkPetitions(em, command.visitId, [
      ...logged.map((petitionId) => ({ petitionId, loggedAtVisit: true })),
      ...existing.map((petitionId) => ({ petitionId, loggedAtVisit: false })),
    ]);
    return { result: applied, petitionIds };
  }
}
