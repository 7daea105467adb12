import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { IdentityVaultService, type PartyIdentity } from '@kntc/access';
import {
  applicableRuleSetId,
  ValidationFailedError,
  vietnamDateOf,
  type Actor,
  type IsoDate,
  type StoredSnapshot,
  type SubjectArea,
} from '@kntc/domain';
import { PetitionEntity, type PartyKind, type PartyRole, type PetitionChannel } from '@kntc/persistence';
import { StreamWriter } from '../streams/stream-writer.service';
import type { StreamColumns } from '../streams/stream-projection';
import { snapshotColumn } from '../streams/stream-row';
import { ClockService } from '../time/clock.service';
import { createIdempotently } from './idempotent-create';
import { IntakeRepository } from './intake.repository';

export interface PetitionerInput {
  role: PartyRole;
  kind: PartyKind;
  anonymous?: boolean;
  /** The denouncer declined identity protection (Luật TC Art. 47: "trừ trường hợp người tố cáo tự tiết lộ"). */
  protectionWaived?: boolean;
  identity?: PartyIdentity;
}

export interface NewPetition {
  receivedAt: string;
  channel: PetitionChannel;
  forwardedBy?: { name: string };
  fromReception?: boolean;
  summary: string;
  fullText?: string;
  subjectArea: SubjectArea;
  petitioners: PetitionerInput[];
  signatoryCount?: number;
}

export interface DuplicateCandidateView {
  petitionId: string;
  code: string;
  state: string;
  caseId: string | null;
  caseCode: string | null;
  caseState: string | null;
  matchedOn: ('idNumber' | 'nameAddress')[];
}

export interface ReceivedPetition {
  id: string;
  code: string;
  version: number;
  state: string;
  duplicates: DuplicateCandidateView[];
}

const FORWARDING_CHANNELS: readonly PetitionChannel[] = ['forwarded_by_agency', 'deputy', 'fatherland_front', 'press'];
const FIRST_SUPPORTED_DATE: IsoDate = '2020-12-10';
const ENDPOINT = 'POST /petitions';

/**
 * Vào sổ đơn: records a đơn, its petitioners (identities sealed in the vault) and the first
 * event, in one transaction; honours Idempotency-Key so a retried request never records twice.
 */
@Injectable()
export class PetitionIntakeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: StreamWriter,
    private readonly intake: IntakeRepository,
    private readonly vault: IdentityVaultService,
    private readonly clock: ClockService,
  ) {}

  async receive(
    actor: Actor,
    input: NewPetition,
    options: { idempotencyKey?: string; requestId?: string } = {},
  ): Promise<{ status: number; body: ReceivedPetition; replayed: boolean }> {
    const receivedOn = this.checkBusinessRules(input);
    return this.dataSource.transaction((em) =>
      createIdempotently(em, this.intake, {
        actor,
        key: options.idempotencyKey,
        endpoint: ENDPOINT,
        input,
        eachWhat: 'mỗi đơn',
        create: () => this.record(em, actor, input, receivedOn, options.requestId),
      }),
    );
  }

  /**
   * Records a đơn inside the caller's transaction (a reception visit logging what the citizen
   * brought): the same rules and the same write path, without idempotency of its own (the caller
   * has it).
   */
  async receiveIn(em: EntityManager, actor: Actor, input: NewPetition, requestId?: string): Promise<ReceivedPetition> {
    const receivedOn = this.checkBusinessRules(input);
    return this.record(em, actor, input, receivedOn, requestId);
  }

  private checkBusinessRules(input: NewPetition): IsoDate {
    const problems: { field: string; issue: string; message: string }[] = [];
    const receivedOn = vietnamDateOf(input.receivedAt);
    if (new Date(input.receivedAt).getTime() > this.clock.now().getTime() + 60_000) {
      problems.push({
        field: 'receivedAt',
        issue: 'in_future',
        message: 'Ngày nhận đơn không được sau thời điểm hiện tại.',
      });
    }
    if (receivedOn < FIRST_SUPPORTED_DATE) {
      problems.push({
        field: 'receivedAt',
        issue: 'before_supported_rules',
        message: 'Đơn nhận trước 10/12/2020 không thuộc các bộ quy tắc đã mã hóa (xem docs/law.md).',
      });
    }
    if (FORWARDING_CHANNELS.includes(input.channel) && !input.forwardedBy?.name.trim()) {
      problems.push({
        field: 'forwardedBy.name',
        issue: 'required',
        message: 'Ghi tên cơ quan, tổ chức, cá nhân đã chuyển đơn.',
      });
    }
    input.petitioners.forEach((p, i) => {
      if (p.anonymous && p.identity && Object.keys(p.identity).length > 0) {
        problems.push({
          field: `petitioners.${i}.identity`,
          issue: 'anonymous_with_identity',
          message: 'Đơn nặc danh không ghi thông tin nhân thân.',
        });
      }
      if (!p.anonymous && !p.identity?.fullName && !p.identity?.organisationName) {
        problems.push({
          field: `petitioners.${i}.identity.fullName`,
          issue: 'required',
          message: 'Ghi họ tên người gửi đơn, hoặc đánh dấu nặc danh.',
        });
      }
    });
    if (problems.length > 0) throw new ValidationFailedError(problems);
    return receivedOn;
  }

  private async record(
    em: EntityManager,
    actor: Actor,
    input: NewPetition,
    receivedOn: IsoDate,
    requestId?: string,
  ): Promise<ReceivedPetition> {
    const receivedAt = new Date(input.receivedAt);
    const code = await this.intake.nextPetitionCode(em, Number(receivedOn.slice(0, 4)));
    const signatories = input.signatoryCount ?? input.petitioners.filter((p) => p.role === 'signatory').length;
    const ruleSetId = applicableRuleSetId('petition', 'processing', { received: receivedOn, event: receivedOn });
    const opened = await this.writer.open(
      {
        streamType: 'petition',
        machineId: 'petition',
        input: {
          holder: actor.authority,
          receivedOn,
          channel: input.channel,
          fromReception: input.fromReception ?? false,
          ...(input.forwardedBy ? { forwardedBy: { name: input.forwardedBy.name } } : {}),
        },
        actor,
        at: receivedAt,
        requestId,
        ruleSetId,
        eventPayload: {
          channel: input.channel,
          receivedOn,
          fromReception: input.fromReception ?? false,
          subjectArea: input.subjectArea,
        },
        insertRow: async (tx, stored: StoredSnapshot, columns: StreamColumns) => {
          const inserted = await tx.getRepository(PetitionEntity).insert({
            code,
            receivingAuthorityId: actor.authority.id,
            holderAuthorityId: columns.holderAuthorityId,
            channel: input.channel,
            forwardedByName: input.forwardedBy?.name ?? null,
            receivedAt,
            receivedOn,
            summary: input.summary,
            fullText: input.fullText ?? null,
            subjectArea: input.subjectArea,
            signatoryCount: signatories,
            fromReception: input.fromReception ?? false,
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
    const matches = [];
    for (const p of input.petitioners) {
      await this.vault.addParty(em, {
        petitionId: opened.id,
        role: p.role,
        kind: p.kind,
        anonymous: p.anonymous ?? false,
        // Protected until classification says the đơn is not a tố cáo (see IntakeRepository.setPartyProtection).
        protected: !(p.anonymous ?? false) && !(p.protectionWaived ?? false),
        protectionWaived: p.protectionWaived ?? false,
        ...(p.identity ? { identity: p.identity } : {}),
      });
      if (p.identity && !p.anonymous) {
        matches.push(
          ...(await this.vault.findForIntake(actor, this.vault.fingerprintsOf(p.identity, p.kind), em, opened.id)),
        );
      }
    }
    return {
      id: opened.id,
      code,
      version: opened.version,
      state: opened.state,
      duplicates: await this.describe(em, matches),
    };
  }

  private async describe(
    em: EntityManager,
    matches: { petitionId: string; matchedOn: ('idNumber' | 'nameAddress')[] }[],
  ): Promise<DuplicateCandidateView[]> {
    const byPetition = new Map<string, Set<'idNumber' | 'nameAddress'>>();
    for (const m of matches) {
      const set = byPetition.get(m.petitionId) ?? new Set();
      m.matchedOn.forEach((x) => set.add(x));
      byPetition.set(m.petitionId, set);
    }
    const rows = await this.intake.describePetitions(em, [...byPetition.keys()]);
    return rows.map(({ id, ...row }) => ({ petitionId: id, ...row, matchedOn: [...byPetition.get(id)!] }));
  }
}
