import { Injectable } from '@nestjs/common';
import { NotFoundError, storedStateTitle, type Actor, type AuthorityRef } from '@kntc/domain';
import { IdentityVaultService } from '@kntc/access';
import { allowedCommands } from './allowed-commands';
import { AuthorityReadRepository, requiredAuthorityFrom } from './authority-read.repository';
import { decodeCursor, pageOf, type Page, type PageRequest } from './keyset-cursor';
import { PetitionReadRepository, type PetitionListRecord } from './petition-read.repository';
import { ReadContext } from './read-context';
import type { PetitionListFilter } from './read-filters';
import { caseKindLabel, channelLabel, contentKindLabel, topStateTitle } from './read-labels';
import type { PetitionDetailView, PetitionListItemView } from './read-models';
import { custodyOf, deadlinesOf, isOverdue, storedSnapshotOfRow, timelineOf } from './stream-detail';
import { StreamHistoryRepository } from './stream-history.repository';

const LIST = 'petitions';

/** The đơn read side: one đơn in full, and the filtered register (sổ đơn). */
@Injectable()
export class PetitionReadService {
  constructor(
    private readonly context: ReadContext,
    private readonly petitions: PetitionReadRepository,
    private readonly history: StreamHistoryRepository,
    private readonly authorities: AuthorityReadRepository,
    private readonly vault: IdentityVaultService,
  ) {}

  /**
   * Everything about one đơn that the actor may see; 404 when it does not exist or is out of the
   * actor's scope (the two are indistinguishable). Parties only in the redacted view.
   */
  async detail(actor: Actor, id: string): Promise<PetitionDetailView> {
    const moment = await this.context.moment(actor);
    const row = await this.petitions.findVisible(id, moment.scope);
    if (!row) throw new NotFoundError('đơn', id);
    const stored = storedSnapshotOfRow(row);
    const forwardedTo = (stored.context as { forwardedTo?: AuthorityRef }).forwardedTo;
    const [events, custody, parties, caseLink, calendar, named] = await Promise.all([
      this.history.timelineOf('petition', id),
      this.history.custodyOf('petition', id),
      this.vault.redactedPartiesOfPetition(id),
      row.case_id ? this.petitions.caseLinkOf(id, row.case_id) : undefined,
      this.context.calendars.calendar(),
      this.authorities.describe([forwardedTo?.id]),
    ]);
    return {
      id: row.id,
      code: row.code,
      contentKind: row.content_kind,
      contentKindLabel: contentKindLabel(row.content_kind),
      state: row.state,
      stateTitle: storedStateTitle(stored),
      version: row.version,
      status: stored.status,
      machineId: row.machine_id,
      machineVersion: row.machine_version,
      ruleSetId: row.rule_set_id,
      holder: requiredAuthorityFrom(row, 'holder'),
      receivingAuthority: requiredAuthorityFrom(row, 'receiving'),
      receivedAt: row.received_at.toISOString(),
      receivedOn: row.received_on,
      channel: row.channel,
      channelLabel: channelLabel(row.channel),
      forwardedByName: row.forwarded_by_name,
      fromReception: row.from_reception,
      summary: row.summary,
      subjectArea: row.subject_area,
      signatoryCount: row.signatory_count,
      bounced: row.bounced,
      forwardedTo: forwardedTo ? (named.get(forwardedTo.id) ?? null) : null,
      case: caseLink
        ? {
            id: caseLink.id,
            code: caseLink.code,
            kind: caseLink.kind,
            kindLabel: caseKindLabel(caseLink.kind),
            state: caseLink.state,
            stateTitle: topStateTitle(caseLink.machine_id, caseLink.machine_version, caseLink.state),
            relation: caseLink.relation,
          }
        : null,
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

  /** A page of the đơn the actor may see, newest receipt first. */
  async list(actor: Actor, filter: PetitionListFilter, page: PageRequest): Promise<Page<PetitionListItemView>> {
    const moment = await this.context.moment(actor);
    this.context.checkListFilter(filter, moment);
    const after = decodeCursor(LIST, page.cursor, ['timestamp', 'uuid']) as [string, string] | undefined;
    const rows = await this.petitions.search(moment.scope, filter, moment.today, { limit: page.limit, after });
    return pageOf(
      rows,
      page.limit,
      LIST,
      (r) => [r.sort_at, r.id],
      (r) => listItemOf(r, moment.today),
    );
  }
}

function listItemOf(r: PetitionListRecord, today: string): PetitionListItemView {
  return {
    id: r.id,
    code: r.code,
    contentKind: r.content_kind,
    contentKindLabel: contentKindLabel(r.content_kind),
    state: r.state,
    stateTitle: topStateTitle(r.machine_id, r.machine_version, r.state),
    status: r.status,
    version: r.version,
    holder: requiredAuthorityFrom(r, 'holder'),
    receivedAt: r.received_at.toISOString(),
    receivedOn: r.received_on,
    channel: r.channel,
    summary: r.summary,
    subjectArea: r.subject_area,
    signatoryCount: r.signatory_count,
    bounced: r.bounced,
    caseId: r.case_id,
    nextDueOn: r.next_due_on,
    overdue: isOverdue(r.next_due_on, today),
  };
}
