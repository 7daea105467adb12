import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { IsoDate } from '@kntc/domain';
import { authorityColumns } from './authority-read.repository';
import type { PetitionListFilter } from './read-filters';
import { containsPattern, isoDate, petitionVisibleTo, sortableTimestamp, SqlParams, vietnameseContains } from './sql';

interface PetitionColumns extends Record<string, unknown> {
  id: string;
  code: string;
  content_kind: string | null;
  state: string;
  version: number;
  machine_id: string;
  machine_version: string;
  status: 'active' | 'done';
  received_at: Date;
  received_on: IsoDate;
  channel: string;
  summary: string;
  subject_area: string;
  signatory_count: number;
  bounced: boolean;
  case_id: string | null;
  next_due_on: IsoDate | null;
}

export interface PetitionListRecord extends PetitionColumns {
  /** received_at as sorted, for the cursor. */
  sort_at: string;
}

export interface PetitionDetailRecord extends PetitionColumns {
  snapshot: { value: unknown; context: Record<string, unknown>; status?: 'active' | 'done' };
  rule_set_id: string;
  forwarded_by_name: string | null;
  from_reception: boolean;
}

export interface CaseLinkRecord {
  id: string;
  code: string;
  kind: string;
  state: string;
  machine_id: string;
  machine_version: string;
  relation: string | null;
}

const COLUMNS = `p.id, p.code, p.content_kind, p.state, p.version, p.machine_id, p.machine_version,
  COALESCE(p.snapshot->>'status', 'active') AS status, p.received_at, ${isoDate('p.received_on')} AS received_on,
  p.channel, p.summary, p.subject_area, p.signatory_count, p.bounced, p.case_id,
  ${isoDate('p.next_due_on')} AS next_due_on, ${authorityColumns('h', 'holder')}`;

/** Every query of the đơn read side. `visibleTo` is the actor's scope (authority ids). */
@Injectable()
export class PetitionReadRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The đơn, if it exists and one of `visibleTo` holds it, held it or was sent it. */
  async findVisible(id: string, visibleTo: readonly string[]): Promise<PetitionDetailRecord | undefined> {
    const [row] = await this.dataSource.query<PetitionDetailRecord[]>(
      `SELECT ${COLUMNS}, p.snapshot, p.rule_set_id, p.forwarded_by_name, p.from_reception,
              ${authorityColumns('r', 'receiving')}
         FROM petition p
         JOIN authority h ON h.id = p.holder_authority_id
         JOIN authority r ON r.id = p.receiving_authority_id
        WHERE p.id = $1 AND ${petitionVisibleTo('p', '$2')}`,
      [id, visibleTo],
    );
    return row;
  }

  /** The case a đơn belongs to, with how it belongs. */
  async caseLinkOf(petitionId: string, caseId: string): Promise<CaseLinkRecord | undefined> {
    const [row] = await this.dataSource.query<CaseLinkRecord[]>(
      `SELECT c.id, c.code, c.kind, c.state, c.machine_id, c.machine_version,
              COALESCE(cp.relation, CASE WHEN c.origin_petition_id = $1 THEN 'origin' END) AS relation
         FROM kntc_case c LEFT JOIN case_petition cp ON cp.case_id = c.id AND cp.petition_id = $1
        WHERE c.id = $2`,
      [petitionId, caseId],
    );
    return row;
  }

  /**
   * One page of the đơn visible to `visibleTo` matching the filter, newest receipt first; ties
   * (same received_at) broken by id, so pages never overlap or skip.
   */
  search(
    visibleTo: readonly string[],
    filter: PetitionListFilter,
    today: IsoDate,
    page: { limit: number; after?: [string, string] },
  ): Promise<PetitionListRecord[]> {
    const q = new SqlParams();
    const where = [petitionVisibleTo('p', q.add(visibleTo))];
    if (filter.contentKind) where.push(`p.content_kind = ${q.add(filter.contentKind)}`);
    if (filter.state) where.push(`p.state = ${q.add(filter.state)}`);
    if (filter.holderAuthorityId) where.push(`p.holder_authority_id = ${q.add(filter.holderAuthorityId)}::uuid`);
    if (filter.subjectArea) where.push(`p.subject_area = ${q.add(filter.subjectArea)}`);
    if (filter.receivedFrom) where.push(`p.received_on >= ${q.add(filter.receivedFrom)}::date`);
    if (filter.receivedTo) where.push(`p.received_on <= ${q.add(filter.receivedTo)}::date`);
    if (filter.dueFrom) where.push(`p.next_due_on >= ${q.add(filter.dueFrom)}::date`);
    if (filter.dueTo) where.push(`p.next_due_on <= ${q.add(filter.dueTo)}::date`);
    if (filter.overdue === true) where.push(`p.next_due_on < ${q.add(today)}::date`);
    if (filter.overdue === false) where.push(`(p.next_due_on IS NULL OR p.next_due_on >= ${q.add(today)}::date)`);
    if (filter.text) where.push(vietnameseContains('p.summary', q.add(containsPattern(filter.text))));
    if (filter.bounced !== undefined) where.push(`p.bounced = ${q.add(filter.bounced)}`);
    if (page.after) {
      where.push(`(p.received_at, p.id) < (${q.add(page.after[0])}::timestamptz, ${q.add(page.after[1])}::uuid)`);
    }
    return this.dataSource.query<PetitionListRecord[]>(
      `SELECT ${COLUMNS}, ${sortableTimestamp('p.received_at')} AS sort_at
         FROM petition p JOIN authority h ON h.id = p.holder_authority_id
        WHERE ${where.join('\n          AND ')}
        ORDER BY p.received_at DESC, p.id DESC
        LIMIT ${q.add(page.limit + 1)}`,
      q.values,
    );
  }
}
