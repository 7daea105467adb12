import { Injectable } from '@nestjs/common';
import { NotFoundError, storedStateTitle, type Actor, type AuthorityRef } from '@kntc/domain';
import { IdentityVaultService } from '@kntc/access';
import { allowedCommands } from './allowed-commands';
import { AuthorityReadRepository, requiredAuthorityFrom } from './authority-read.repository';
import { CaseReadRepository, type CaseListRecord } from './case-read.repository';
import { decodeCursor, pageOf, type Page, type PageRequest } from './keyset-cursor';
import { ReadContext } from './read-context';
import type { CaseListFilter } from './read-filters';
import { caseKindLabel, channelLabel, outcomeLabel, topStateTitle } from './read-labels';
import type { CaseDetailView, CaseListItemView } from './read-models';
import { custodyOf, deadlinesOf, isOverdue, storedSnapshotOfRow, timelineOf } from './stream-detail';
import { StreamHistoryRepository } from './stream-history.repository';

const LIST = 'cases';

/** The case read side: one case in full, and the filtered list. */
@Injectable()
export class CaseReadService {
  constructor(
    private readonly context: ReadContext,
    private readonly cases: CaseReadRepository,
    private readonly history: StreamHistoryRepository,
    private readonly authorities: AuthorityReadRepository,
    private readonly vault: IdentityVaultService,
  ) {}

  /** Everything about one case that the actor may see; 404 when missing or out of scope. */
  async detail(actor: Actor, id: string): Promise<CaseDetailView> {
    const moment = await this.context.moment(actor);
    const row = await this.cases.findVisible(id, moment.scope);
    if (!row) throw new NotFoundError('vụ việc', id);
    const stored = storedSnapshotOfRow(row);
    const forwardedTo = (stored.context as { forwardedTo?: AuthorityRef }).forwardedTo;
    const [events, custody, petitions, calendar, named] = await Promise.all([
      this.history.timelineOf('case', id),
      this.history.custodyOf('case', id),
      this.cases.groupedPetitionsOf(id, row.origin_petition_id),
      this.context.calendars.calendar(),
      this.authorities.describe([forwardedTo?.id]),
    ]);
    const parties = (await Promise.all(petitions.map((p) => this.vault.redactedPartiesOfPetition(p.id)))).flat();
    return {
      id: row.id,
      code: row.code,
      kind: row.kind,
      kindLabel: caseKindLabel(row.kind),
      round: row.round,
      state: row.state,
      stateTitle: storedStateTitle(stored),
      version: row.version,
      status: stored.status,
      machineId: row.machine_id,
      machineVersion: row.machine_version,
      ruleSetId: row.rule_set_id,
      holder: requiredAuthorityFrom(row, 'holder'),
      openedAt: row.opened_at.toISOString(),
      receivedOn: row.received_on,
      channel: row.channel,
      channelLabel: row.channel ? channelLabel(row.channel) : null,
      signatoryCount: row.signatory_count,
      bounced: petitions.some((p) => p.bounced),
      summary: row.summary,
      subjectArea: row.subject_area,
      acceptedOn: row.accepted_on,
      decidedOn: row.decided_on,
      closedOn: row.closed_on,
      outcome: row.outcome,
      outcomeLabel: outcomeLabel(row.machine_id, row.outcome),
      forwardedTo: forwardedTo ? (named.get(forwardedTo.id) ?? null) : null,
      originPetitionId: row.origin_petition_id,
      petitions: petitions.map((p) => ({
        id: p.id,
        code: p.code,
        state: p.state,
        stateTitle: topStateTitle(p.machine_id, p.machine_version, p.state),
        relation: p.relation,
        linkedAt: p.linked_at ? p.linked_at.toISOString() : null,
        receivedOn: p.received_on,
        channel: p.channel,
        signatoryCount: p.signatory_count,
        bounced: p.bounced,
      })),
      asOf: moment.today,
      nextDueOn: row.next_due_on,
      overdue: isOverdue(row.next_due_on, moment.today),
      commands: allowedCommands(stored, actor, moment.now),
      deadlines: deadlinesOf(stored, calendar, moment.today),
      timeline: timelineOf(events),
      custody: custodyOf(custody, row.machine_id),
      parties,
    };
  }

  /** A page of the cases the actor may see, newest first. */
  async list(actor: Actor, filter: CaseListFilter, page: PageRequest): Promise<Page<CaseListItemView>> {
    const moment = await this.context.moment(actor);
    this.context.checkListFilter(filter, moment);
    const after = decodeCursor(LIST, page.cursor, ['timestamp', 'uuid']) as [string, string] | undefined;
    const rows = await this.cases.search(moment.scope, filter, moment.today, { limit: page.limit, after });
    return pageOf(
      rows,
      page.limit,
      LIST,
      (r) => [r.sort_at, r.id],
      (r) => listItemOf(r, moment.today),
    );
  }
}

function listItemOf(r: CaseListRecord, today: string): CaseListItemView {
  return {
    id: r.id,
    code: r.code,
    kind: r.kind,
    kindLabel: caseKindLabel(r.kind),
    state: r.state,
    stateTitle: topStateTitle(r.machine_id, r.machine_version, r.state),
    status: r.status,
    version: r.version,
    holder: requiredAuthorityFrom(r, 'holder'),
    openedAt: r.opened_at.toISOString(),
    receivedOn: r.received_on,
    summary: r.summary,
    subjectArea: r.subject_area,
    outcome: r.outcome,
    outcomeLabel: outcomeLabel(r.machine_id, r.outcome),
    originPetitionId: r.origin_petition_id,
    nextDueOn: r.next_due_on,
    overdue: isOverdue(r.next_due_on, today),
  };
}
