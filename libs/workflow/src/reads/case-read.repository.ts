import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { IsoDate } from '@kntc/domain';
import { authorityColumns } from './authority-read.repository';
import type { CaseListFilter } from './read-filters';
import { caseVisibleTo, containsPattern, isoDate, sortableTimestamp, SqlParams, vietnameseContains } from './sql';

interface CaseColumns extends Record<string, unknown> {
  id: string;
  code: string;
  kind: string;
  state: string;
  version: number;
  machine_id: string;
  machine_version: string;
  status: 'active' | 'done';
  opened_at: Date;
  received_on: IsoDate | null;
  summary: string;
  subject_area: string;
  outcome: string | null;
  origin_petition_id: string;
  next_due_on: IsoDate | null;
}

export interface CaseListRecord extends CaseColumns {
  sort_at: string;
}

export interface CaseDetailRecord extends CaseColumns {
  snapshot: { value: unknown; context: Record<string, unknown>; status?: 'active' | 'done' };
  rule_set_id: string;
  round: number | null;
  accepted_on: IsoDate | null;
  decided_on: IsoDate | null;
  closed_on: IsoDate | null;
  channel: string | null;
  signatory_count: number | null;
}

export interface GroupedPetitionRecord {
  id: string;
  code: string;
  state: string;
  machine_id: string;
  machine_version: string;
  relation: string | null;
  linked_at: Date | null;
  received_on: IsoDate;
  channel: string;
  signatory_count: number;
  bounced: boolean;
}

// The case's "received" date is its originating đơn's (cases have no receipt of their own).
const COLUMNS = `c.id, c.code, c.kind, c.state, c.version, c.machine_id, c.machine_version,
  COALESCE(c.snapshot->>'status', 'active') AS status, c.opened_at, ${isoDate('o.received_on')} AS received_on,
  c.summary, c.subject_area, c.outcome, c.origin_petition_id, ${isoDate('c.next_due_on')} AS next_due_on,
  ${authorityColumns('h', 'holder')}`;
const FROM = `kntc_case c
  JOIN authority h ON h.id = c.holder_authority_id
  LEFT JOIN petition o ON o.id = c.origin_petition_id`;

/** Every query of the case read side. `visibleTo` is the actor's scope (authority ids). */
@Injectable()
export class CaseReadRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findVisible(id: string, visibleTo: readonly string[]): Promise<CaseDetailRecord | undefined> {
    const [row] = await this.dataSource.query<CaseDetailRecord[]>(
      `SELECT ${COLUMNS}, c.snapshot, c.rule_set_id, c.round, ${isoDate('c.accepted_on')} AS accepted_on,
              ${isoDate('c.decided_on')} AS decided_on, ${isoDate('c.closed_on')} AS closed_on,
              o.channel, o.signatory_count
         FROM ${FROM}
        WHERE c.id = $1 AND ${caseVisibleTo('c', '$2')}`,
      [id, visibleTo],
    );
    return row;
  }

  /** The đơn grouped in the case: linked ones, and the origin even if its link row is missing. */
  groupedPetitionsOf(caseId: string, originPetitionId: string): Promise<GroupedPetitionRecord[]> {
    return this.dataSource.query<GroupedPetitionRecord[]>(
      `SELECT p.id, p.code, p.state, p.machine_id, p.machine_version, p.channel, p.signatory_count, p.bounced,
              COALESCE(cp.relation, CASE WHEN p.id = $2 THEN 'origin' END) AS relation, cp.linked_at,
              ${isoDate('p.received_on')} AS received_on
         FROM (SELECT $2::uuid AS id
               UNION SELECT petition_id FROM case_petition WHERE case_id = $1
               UNION SELECT id FROM petition WHERE case_id = $1) grouped
         JOIN petition p ON p.id = grouped.id
         LEFT JOIN case_petition cp ON cp.petition_id = p.id AND cp.case_id = $1
        ORDER BY (p.id = $2) DESC, cp.linked_at NULLS FIRST, p.received_at, p.id`,
      [caseId, originPetitionId],
    );
  }

  /** One page of the cases visible to `visibleTo` matching the filter, newest opened first, ties by id. */
  search(
    visibleTo: readonly string[],
    filter: CaseListFilter,
    today: IsoDate,
    page: { limit: number; after?: [string, string] },
  ): Promise<CaseListRecord[]> {
    const q = new SqlParams();
    const where = [caseVisibleTo('c', q.add(visibleTo))];
    if (filter.kind) where.push(`c.kind = ${q.add(filter.kind)}`);
    if (filter.state) where.push(`c.state = ${q.add(filter.state)}`);
    if (filter.holderAuthorityId) where.push(`c.holder_authority_id = ${q.add(filter.holderAuthorityId)}::uuid`);
    if (filter.subjectArea) where.push(`c.subject_area = ${q.add(filter.subjectArea)}`);
    if (filter.receivedFrom) where.push(`o.received_on >= ${q.add(filter.receivedFrom)}::date`);
    if (filter.receivedTo) where.push(`o.received_on <= ${q.add(filter.receivedTo)}::date`);
    if (filter.dueFrom) where.push(`c.next_due_on >= ${q.add(filter.dueFrom)}::date`);
    if (filter.dueTo) where.push(`c.next_due_on <= ${q.add(filter.dueTo)}::date`);
    if (filter.overdue === true) where.push(`c.next_due_on < ${q.add(today)}::date`);
    if (filter.overdue === false) where.push(`(c.next_due_on IS NULL OR c.next_due_on >= ${q.add(today)}::date)`);
    if (filter.text) where.push(vietnameseContains('c.summary', q.add(containsPattern(filter.text))));
    if (page.after) {
      where.push(`(c.opened_at, c.id) < (${q.add(page.after[0])}::timestamptz, ${q.add(page.after[1])}::uuid)`);
    }
    return this.dataSource.query<CaseListRecord[]>(
      `SELECT ${COLUMNS}, ${sortableTimestamp('c.opened_at')} AS sort_at
         FROM ${FROM}
        WHERE ${where.join('\n          AND ')}
        ORDER BY c.opened_at DESC, c.id DESC
        LIMIT ${q.add(page.limit + 1)}`,
      q.values,
    );
  }
}
