import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { redactParty } from '@kntc/access';
import {
  NotFoundError,
  storedStateTitle,
  ValidationFailedError,
  type Actor,
  type IsoDate,
  type PetitionAnswer,
  type StoredSnapshot,
  type MachineId,
} from '@kntc/domain';
import type { PartyKind, PartyRole } from '@kntc/persistence';
import { decodeCursor, pageOf, type Page, type PageRequest } from '../reads/keyset-cursor';
import { ReadContext } from '../reads/read-context';
import type { DeadlineView } from '../reads/read-models';
import { deadlinesOf } from '../reads/stream-detail';

export interface VisitListFilter {
  from?: IsoDate;
  to?: IsoDate;
  type?: string;
  form?: string;
  authorityId?: string;
}

export interface VisitSummaryView {
  id: string;
  code: string;
  serialNo: number;
  authorityId: string;
  visitedOn: IsoDate;
  type: string;
  form: string;
  place: string;
  receivedById: string;
  leaderPresence: string | null;
  peopleCount: number;
  delegation: boolean;
  representativeCount: number;
  contentKind: string | null;
  subjectArea: string;
  summary: string;
  caseId: string | null;
  result: string | null;
  state: string;
  version: number;
  nextDueOn: IsoDate | null;
}

export interface VisitDetailView extends VisitSummaryView {
  stateTitle: string;
  priorHandling: string | null;
  requests: string | null;
  identityProtectionRequested: boolean;
  /** Who came, redacted: role and kind only (ND154/2026 Art. 12.2). */
  visitors: { visitorId: string; role: PartyRole; kind: PartyKind; label: string }[];
  petitions: { petitionId: string; code: string; state: string; loggedAtVisit: boolean }[];
  refusalGround: string | null;
  refusalNoticeRequired: boolean;
  reply: { kind: string; form: string; on: IsoDate; petitions?: PetitionAnswer[] } | null;
  refusalNotice: { on: IsoDate; reference: string | null } | null;
  deadlines: DeadlineView[];
}

const COLUMNS = `v.id, v.code, v.serial_no AS "serialNo", v.receiving_authority_id AS "authorityId",
  to_char(v.visited_on, 'YYYY-MM-DD') AS "visitedOn", v.visit_type AS type, v.form, v.place,
  v.received_by_id AS "receivedById", v.leader_presence AS "leaderPresence", v.people_count AS "peopleCount",
  v.delegation, v.representative_count AS "representativeCount", v.content_kind AS "contentKind",
  v.subject_area AS "subjectArea", v.summary, v.case_id AS "caseId", v.result, v.state, v.version,
  to_char(v.next_due_on, 'YYYY-MM-DD') AS "nextDueOn"`;

const LIST = 'visits';

/** The register as read by the authority's staff, and by inspectors over their subtree. */
@Injectable()
export class ReceptionReadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly context: ReadContext,
  ) {}

  /** A page of the register, newest visit first (by day, then số thứ tự). */
  async list(actor: Actor, filter: VisitListFilter, page: PageRequest): Promise<Page<VisitSummaryView>> {
    const moment = await this.context.moment(actor);
    if (filter.authorityId && !moment.scope.includes(filter.authorityId)) {
      throw new NotFoundError('cơ quan, đơn vị', filter.authorityId);
    }
    if (filter.from && filter.to && filter.from > filter.to) {
      throw new ValidationFailedError([{ field: 'to', issue: 'before_from', message: 'Ngày cuối trước ngày đầu.' }]);
    }
    const after = decodeCursor(LIST, page.cursor, ['date', 'bigint', 'uuid']);
    const authorities = filter.authorityId ? [filter.authorityId] : moment.scope;
    const rows = await this.dataSource.query<VisitSummaryView[]>(
      `SELECT ${COLUMNS} FROM reception_visit v
        WHERE v.holder_authority_id = ANY($1::uuid[])
          AND ($2::date IS NULL OR v.visited_on >= $2::date)
          AND ($3::date IS NULL OR v.visited_on <= $3::date)
          AND ($4::text IS NULL OR v.visit_type = $4::text)
          AND ($5::text IS NULL OR v.form = $5::text)
          AND ($7::date IS NULL OR (v.visited_on, v.serial_no, v.id) < ($7::date, $8::int, $9::uuid))
        ORDER BY v.visited_on DESC, v.serial_no DESC, v.id DESC
        LIMIT $6`,
      [
        authorities,
        filter.from ?? null,
        filter.to ?? null,
        filter.type ?? null,
        filter.form ?? null,
        page.limit + 1,
        after?.[0] ?? null,
        after?.[1] ?? null,
        after?.[2] ?? null,
      ],
    );
    return pageOf(
      rows,
      page.limit,
      LIST,
      (r) => [r.visitedOn, String(r.serialNo), r.id],
      (r) => r,
    );
  }

  async detail(actor: Actor, id: string): Promise<VisitDetailView> {
    const moment = await this.context.moment(actor);
    const [row] = await this.dataSource.query<
      (VisitSummaryView & {
        priorHandling: string | null;
        requests: string | null;
        identityProtectionRequested: boolean;
        snapshot: { value: string; context: Record<string, unknown>; status?: 'active' | 'done' };
        machineId: MachineId;
        machineVersion: string;
      })[]
    >(
      `SELECT ${COLUMNS}, v.prior_handling AS "priorHandling", v.requests,
              v.identity_protection_requested AS "identityProtectionRequested", v.snapshot,
              v.machine_id AS "machineId", v.machine_version AS "machineVersion"
         FROM reception_visit v WHERE v.id = $1 AND v.holder_authority_id = ANY($2::uuid[])`,
      [id, moment.scope],
    );
    if (!row) throw new NotFoundError('lượt tiếp công dân', id);
    const visitors = await this.dataSource.query<{ id: string; role: PartyRole; kind: PartyKind }[]>(
      `SELECT id, role, kind FROM reception_visitor WHERE visit_id = $1 ORDER BY created_at, id`,
      [id],
    );
    const petitions = await this.dataSource.query<VisitDetailView['petitions']>(
      `SELECT p.id AS "petitionId", p.code, p.state, l.logged_at_visit AS "loggedAtVisit"
         FROM reception_visit_petition l JOIN petition p ON p.id = l.petition_id
        WHERE l.visit_id = $1 ORDER BY p.code`,
      [id],
    );
    const { snapshot, machineId, machineVersion, ...columns } = row;
    const stored: StoredSnapshot = {
      machineId,
      machineVersion,
      value: snapshot.value,
      context: snapshot.context,
      status: snapshot.status ?? 'active',
    };
    const c = snapshot.context as {
      result?: { ground?: string; noticeRequired?: boolean };
      reply?: { kind: string; form: string; on: IsoDate; petitions?: PetitionAnswer[] };
      refusalNotice?: { on: IsoDate; reference?: string };
    };
    const calendar = await this.context.calendars.calendar();
    return {
      ...columns,
      stateTitle: storedStateTitle(stored),
      visitors: visitors.map((v) => {
        const redacted = redactParty(
          {
            id: v.id,
            petitionId: id,
            role: v.role,
            kind: v.kind,
            anonymous: false,
            protected: false,
            protectionWaived: false,
          },
          (row.contentKind as 'complaint' | 'denunciation' | 'feedback' | 'mixed' | null) ?? null,
        );
        return { visitorId: v.id, role: v.role, kind: v.kind, label: redacted.label };
      }),
      petitions,
      refusalGround: c.result?.ground ?? null,
      refusalNoticeRequired: c.result?.noticeRequired ?? false,
      reply: c.reply
        ? {
            kind: c.reply.kind,
            form: c.reply.form,
            on: c.reply.on,
            ...(c.reply.petitions ? { petitions: c.reply.petitions } : {}),
          }
        : null,
      refusalNotice: c.refusalNotice ? { on: c.refusalNotice.on, reference: c.refusalNotice.reference ?? null } : null,
      deadlines: deadlinesOf(stored, calendar, moment.today),
    };
  }
}
