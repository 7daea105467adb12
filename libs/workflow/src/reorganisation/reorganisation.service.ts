import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuthorityDirectory, AuthorityTreeRepository, AuthorityTreeService, type AuthorityRecord } from '@kntc/access';
import {
  formatVietnameseDate,
  TransitionNotAllowedError,
  ValidationFailedError,
  VersionConflictError,
  vietnamDateOf,
  type Actor,
  type AuthorityRef,
} from '@kntc/domain';
import { DatabaseChanges, STREAM_TYPES, type ChangeFeed, type StreamType } from '@kntc/persistence';
import { StreamWriter } from '../streams/stream-writer.service';
import { ClockService } from '../time/clock.service';
import {
  planReorganisation,
  type AuthorityFact,
  type OpenStreamFact,
  type PlanningFacts,
  type ReorganisationPlan,
} from './plan-reorganisation';
import { ReorganisationRepository, type ClaimedStream } from './reorganisation.repository';
import {
  ReorganisationRuleError,
  type AuthorityLabel,
  type NotMovedReason,
  type ReorganisationReport,
  type ReorganisationRequest,
} from './reorganisation.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REQUEST_ID = 'reorganisation';

/** Carries the report of a dry run out of the transaction it rolls back. */
class DryRunRollback extends Error {
  constructor(readonly report: ReorganisationReport) {
    super('dry run: rolled back');
  }
}

const NOT_MOVED_MESSAGES: Record<Exclude<NotMovedReason, 'refused' | 'failed'>, string> = {
  busy: 'Hồ sơ đang được người khác cập nhật; hãy chạy lại thao tác sắp xếp để chuyển nốt.',
  version_conflict: 'Hồ sơ vừa được người khác cập nhật; hãy chạy lại thao tác sắp xếp để chuyển nốt.',
  changed: 'Hồ sơ đã kết thúc hoặc đã được chuyển đi trong lúc sắp xếp.',
  awaiting_receipt:
    'Đơn, vụ việc đã chuyển đến cơ quan bị sắp xếp nhưng chưa được tiếp nhận; cơ quan chuyển đi cần chuyển lại cho cơ quan kế thừa.',
};

/**
 * Applies a reorganisation (sắp xếp tổ chức) in one transaction: creates the successors, records
 * the successions, ends the predecessors' validity, gives their remaining children a new parent,
 * and hands every open đơn and case of a predecessor to its successor "as it stands" (bàn giao
 * nguyên trạng, NĐ 141/2025 Art. 14): a `reassign` event sent by the system through the write
 * path, so the event log, custody and version move as for any command and no period restarts.
 * Open reception visits move the same way: the successor owes their reply or refusal notice,
 * while the visit stays in the register (and số thứ tự) of the authority that received the citizen.
 * Closed matters stay with the authority that closed them, and the dissolved authority stays in
 * the tree with its dates, so reports on earlier periods still name it.
 *
 * Running the same request again finds everything done and changes nothing; matters left behind
 * (someone was working on them) are moved by the second run.
 */
@Injectable()
export class ReorganisationService {
  private readonly logger = new Logger('ReorganisationService');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ReorganisationRepository,
    private readonly tree: AuthorityTreeService,
    private readonly authorities: AuthorityTreeRepository,
    private readonly directory: AuthorityDirectory,
    private readonly writer: StreamWriter,
    private readonly clock: ClockService,
    @Inject(DatabaseChanges) private readonly changes: ChangeFeed,
  ) {}

  async reorganise(
    admin: Actor,
    request: ReorganisationRequest,
    context: { requestId?: string } = {},
  ): Promise<ReorganisationReport> {
    const today = vietnamDateOf(this.clock.now().toISOString());
    if (!request.dryRun && request.effectiveOn > today) {
      // Moving files to a body that does not exist yet would hand them over early: preview only.
      throw new ReorganisationRuleError(
        'not_yet_effective',
        `Việc sắp xếp có hiệu lực từ ngày ${formatVietnameseDate(request.effectiveOn)}: trước ngày đó chỉ được chạy thử (dryRun).`,
      );
    }
    for (const id of referencedAuthorityIds(request)) await this.tree.assertManages(admin, id);
    try {
      const report = await this.dataSource.transaction(async (em) => {
        const facts = await this.factsFor(em, request);
        const { plan, issues } = planReorganisation(request, facts);
        if (issues.length > 0) throw new ValidationFailedError(issues, 'Không thể thực hiện việc sắp xếp.');
        // Parents the request did not name (defaults) must be the administrator's too.
        for (const id of existingParentsOf(plan, facts)) await this.tree.assertManages(admin, id, em);
        const report = await this.apply(em, request, plan, facts, admin, context.requestId);
        if (request.dryRun) throw new DryRunRollback(report);
        return report;
      });
      // Re-parenting changes the authority path of everyone below: this process forgets their sessions now.
      this.changes.announce({ topic: 'authority' });
      return report;
    } catch (error) {
      if (error instanceof DryRunRollback) return error.report;
      throw error;
    }
  }

  private async factsFor(em: EntityManager, request: ReorganisationRequest): Promise<PlanningFacts> {
    const predecessorIds = request.changes.flatMap((c) => c.predecessorIds);
    const locked = await this.repository.lockAuthorities(em, [...referencedAuthorityIds(request)]);
    const parentIds = locked.flatMap((a) => (a.parentId && predecessorIds.includes(a.id) ? [a.parentId] : []));
    const parents = await this.repository.lockAuthorities(
      em,
      parentIds.filter((id) => !locked.some((a) => a.id === id)),
    );
    const authorities = new Map<string, AuthorityFact>();
    for (const a of [...locked, ...parents]) {
      authorities.set(a.id, { ...a, path: (await this.directory.refOf(a.id, em)).path });
    }
    const newCodes = request.changes.flatMap((c) =>
      c.successors.flatMap((s) => ('create' in s ? [s.create.code] : [])),
    );
    const byCode = new Map((await this.repository.authoritiesWithCodes(em, newCodes)).map((a) => [a.code, a]));
    return {
      authorities,
      byCode,
      children: await this.repository.childrenOf(em, predecessorIds),
      successions: await this.repository.successionsFrom(em, predecessorIds),
      openStreams: await this.repository.openStreamsHeldBy(em, predecessorIds),
    };
  }

  private async apply(
    em: EntityManager,
    request: ReorganisationRequest,
    plan: ReorganisationPlan,
    facts: PlanningFacts,
    admin: Actor,
    requestId: string | undefined,
  ): Promise<ReorganisationReport> {
    const names = new AuthorityNames([...facts.authorities.values(), ...facts.children, ...plan.reuse]);
    const report: ReorganisationReport = {
      dryRun: request.dryRun,
      effectiveOn: request.effectiveOn,
      legalBasis: request.legalBasis,
      created: plan.reuse.map((a) => ({ ...labelOf(a), level: a.level, parentId: a.parentId!, alreadyExisted: true })),
      successions: [],
      closed: [],
      reparented: [],
      moved: [],
      notMoved: [],
    };
    await this.reshapeTree(em, request, plan, names, report);
    await this.handOver(em, request, plan, facts, names, { admin, requestId }, report);
    for (const waiting of await this.repository.openStreamsAwaitingReceiptAt(
      em,
      plan.close.map((c) => c.id),
    )) {
      const holder = (await this.authorities.findById(waiting.holderId, em))!;
      report.notMoved.push({
        ...streamLabel(waiting),
        holder: labelOf(holder),
        reason: 'awaiting_receipt',
        message: NOT_MOVED_MESSAGES.awaiting_receipt,
      });
    }
    return report;
  }

  /** New successors, succession rows, new parents for the children that live on, ends of validity. */
  private async reshapeTree(
    em: EntityManager,
    { effectiveOn, legalBasis }: ReorganisationRequest,
    plan: ReorganisationPlan,
    names: AuthorityNames,
    report: ReorganisationReport,
  ): Promise<void> {
    for (const planned of plan.create) {
      const id = await this.authorities.insertAuthority({ ...planned, validUntil: null }, em);
      names.add({ ...planned, id, validUntil: null });
      report.created.push({
        ...names.label(id),
        level: planned.level,
        parentId: planned.parentId,
        alreadyExisted: false,
      });
    }
    for (const s of plan.successions) {
      const successor = names.withCode(s.successorCode);
      const recorded = await this.repository.recordSuccession(em, {
        predecessorId: s.predecessorId,
        successorId: successor.id,
        effectiveOn,
        kind: s.kind,
        legalBasis,
      });
      report.successions.push({
        predecessor: names.label(s.predecessorId),
        successor: labelOf(successor),
        kind: s.kind,
        alreadyRecorded: !recorded,
      });
    }
    for (const r of plan.reparent) {
      const to = names.withCode(r.toCode);
      await this.repository.moveUnder(em, r.id, to.id);
      report.reparented.push({ authority: names.label(r.id), from: names.label(r.fromParentId), to: labelOf(to) });
    }
    for (const c of plan.close) {
      await this.repository.endValidity(em, c.id, effectiveOn);
      report.closed.push({ authority: names.label(c.id), validUntil: effectiveOn, alreadyClosed: c.alreadyClosed });
    }
  }

  /**
   * Sends `reassign` to every open file of a predecessor, each in a savepoint: a refused or
   * conflicting move undoes only itself. Rows someone holds are skipped (SKIP LOCKED), reported,
   * and moved by the next run.
   */
  private async handOver(
    em: EntityManager,
    { effectiveOn, legalBasis }: ReorganisationRequest,
    plan: ReorganisationPlan,
    facts: PlanningFacts,
    names: AuthorityNames,
    by: { admin: Actor; requestId?: string },
    report: ReorganisationReport,
  ): Promise<void> {
    // Read after the tree changed: a successor's path is where it sits from the effective date.
    const refs = new Map<string, AuthorityRef>();
    const refOf = async (id: string) => {
      if (!refs.has(id)) refs.set(id, await this.directory.refOf(id, em));
      return refs.get(id)!;
    };
    const seen = new Map(facts.openStreams.map((s) => [`${s.streamType}:${s.id}`, s]));
    for (const streamType of STREAM_TYPES) {
      const moves = plan.moves.filter((m) => m.streamType === streamType);
      const rows = await this.repository.claimStreams(
        em,
        streamType,
        moves.map((m) => m.id),
      );
      const claimed = new Map(rows.map((row) => [row.id, row]));
      for (const move of moves) {
        const row = claimed.get(move.id);
        const from = names.label(move.fromId);
        const notMoved = (reason: NotMovedReason, message: string) =>
          report.notMoved.push({
            ...streamLabel(seen.get(`${streamType}:${move.id}`)!, row),
            holder: from,
            reason,
            message,
          });
        if (!row) {
          notMoved('busy', NOT_MOVED_MESSAGES.busy);
          continue;
        }
        if (!row.open || row.holderAuthorityId !== move.fromId) {
          notMoved('changed', NOT_MOVED_MESSAGES.changed);
          continue;
        }
        const to = names.withCode(move.toCode);
        try {
          const result = await em.transaction(async (tx) =>
            this.writer.apply(
              {
                streamType,
                id: row.id,
                expectedVersion: row.version,
                actor: systemActorFor(row),
                requestId: by.requestId ?? REQUEST_ID,
                // The event carries who ordered it and on which act, for the audit trail.
                event: {
                  type: 'reassign',
                  to: await refOf(to.id),
                  legalBasis,
                  effectiveOn,
                  orderedBy: by.admin.userId,
                },
              },
              tx,
            ),
          );
          report.moved.push({
            ...streamLabel(seen.get(`${streamType}:${move.id}`)!, row),
            state: result.state,
            version: result.version,
            from,
            to: labelOf(to),
          });
        } catch (error) {
          if (error instanceof VersionConflictError) notMoved('version_conflict', NOT_MOVED_MESSAGES.version_conflict);
          else if (error instanceof TransitionNotAllowedError) notMoved('refused', error.message);
          else {
            this.logger.error({ streamType, streamId: row.id, err: error }, 'moving a file in a reorganisation failed');
            notMoved('failed', 'Lỗi hệ thống khi chuyển hồ sơ; hãy báo quản trị viên và chạy lại thao tác sắp xếp.');
          }
        }
      }
    }
  }
}

/** The authorities a reorganisation names, by id and by code (new ones are added as they are created). */
class AuthorityNames {
  private readonly byId = new Map<string, AuthorityRecord>();
  private readonly byCode = new Map<string, AuthorityRecord>();

  constructor(authorities: Iterable<AuthorityRecord>) {
    for (const a of authorities) this.add(a);
  }

  add(a: AuthorityRecord): void {
    this.byId.set(a.id, a);
    this.byCode.set(a.code, a);
  }

  /** The plan names every authority it uses among the facts or the ones it creates. */
  withCode(code: string): AuthorityRecord {
    const found = this.byCode.get(code);
    if (!found) throw new Error(`reorganisation plan names an unknown authority code ${code}`);
    return found;
  }

  label(id: string): AuthorityLabel {
    const found = this.byId.get(id);
    if (!found) throw new Error(`reorganisation plan names an unknown authority ${id}`);
    return labelOf(found);
  }
}

const labelOf = (a: AuthorityRecord): AuthorityLabel => ({ id: a.id, code: a.code, name: a.name });

/** Every existing authority the request names: all must lie in the administrator's subtree. */
function referencedAuthorityIds(request: ReorganisationRequest): Set<string> {
  const ids = new Set<string>();
  for (const change of request.changes) {
    change.predecessorIds.forEach((id) => ids.add(id));
    for (const s of change.successors) {
      if ('id' in s) ids.add(s.id);
      else if (s.create.parentId) ids.add(s.create.parentId);
    }
    if (change.childrenTo && UUID.test(change.childrenTo)) ids.add(change.childrenTo);
  }
  return ids;
}

/** The existing authorities the plan puts something under: new successors' parents, children's new parents. */
function existingParentsOf(plan: ReorganisationPlan, facts: PlanningFacts): Set<string> {
  const ids = new Set(plan.create.map((p) => p.parentId));
  for (const r of plan.reparent) {
    const target = [...facts.authorities.values()].find((a) => a.code === r.toCode);
    if (target) ids.add(target.id);
  }
  return ids;
}

function streamLabel(
  seen: OpenStreamFact,
  row?: ClaimedStream,
): { streamType: StreamType; id: string; code: string; state: string } {
  return { streamType: seen.streamType, id: seen.id, code: seen.code, state: row?.state ?? seen.state };
}

/** The system acts on behalf of the authority holding the file, as the deadline sweeper does. */
function systemActorFor(row: ClaimedStream): Actor {
  const holder = (row.snapshot.context as { holder?: AuthorityRef }).holder;
  if (!holder) throw new Error(`${row.streamType} ${row.id} has no holder in its snapshot`);
  return { userId: 'system', role: 'system', authority: holder };
}
