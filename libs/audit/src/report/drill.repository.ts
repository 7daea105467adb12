import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { IsoDate } from '@kntc/domain';
import type { MetricDef } from './metrics';
import { compilePredicate } from './report.repository';

export interface CaseDrillRow {
  caseId: string;
  code: string;
  kind: string;
  round: number | null;
  unitNo: number;
  segmentNo: number;
  authorityId: string;
  authorityCode: string;
  authorityName: string;
  acceptedOn: IsoDate;
  startOn: IsoDate;
  entry: string;
  entryReason: string | null;
  endOn: IsoDate | null;
  exit: string | null;
  exitReason: string | null;
  resolution: string | null;
  outcome: string | null;
  effectOnRound1: string | null;
  dueOn: IsoDate | null;
  onTime: boolean | null;
  implementedOn: IsoDate | null;
  /** Days past the due date at the end of the period, for a unit still open then. */
  daysOverdue: number | null;
}

export interface PetitionDrillRow {
  petitionId: string;
  code: string;
  spellNo: number;
  authorityId: string;
  authorityCode: string;
  authorityName: string;
  entry: string;
  arrivedOn: IsoDate;
  channel: string;
  signatories: number;
  contentKind: string | null;
  eligible: boolean | null;
  withinCompetence: boolean | null;
  disposition: string | null;
  endOn: IsoDate | null;
  exit: string | null;
  sentToId: string | null;
  acknowledgedOn: IsoDate | null;
  replyOn: IsoDate | null;
  reply: string | null;
}

export interface DrillQuery {
  metric: MetricDef;
  authorityIds: string[];
  /** Case kinds of the section; ignored for đơn. */
  kinds: string[];
  from: IsoDate;
  to: IsoDate;
  asOf: Date;
  /** Keyset: the last (code, unit or spell, segment) of the previous page. */
  after?: [string, number, number];
  limit: number;
}

const d = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/** The rows behind one cell: the same predicate as the count, over the same facts. */
@Injectable()
export class DrillRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async cases(q: DrillQuery): Promise<{ rows: CaseDrillRow[]; count: number }> {
    // `$2::date <= $3::date` types both period parameters even when the predicate uses only one.
    const where = `$2::date <= $3::date AND f.authority_id = ANY($1::uuid[]) AND f.kind = ANY($5::text[])
      AND f.recorded_from <= $4 AND f.recorded_to > $4 AND (${compilePredicate(q.metric.predicate, '$2', '$3')})`;
    const base = [q.authorityIds, q.from, q.to, q.asOf, q.kinds];
    const after = q.after ?? ['', 0, 0];
    const rows = await this.dataSource.query<CaseDrillRow[]>(
      `SELECT f.case_id AS "caseId", f.case_code AS code, f.kind, f.round::int AS round, f.unit_no::int AS "unitNo",
              f.segment_no::int AS "segmentNo", f.authority_id AS "authorityId", a.code AS "authorityCode",
              a.name AS "authorityName", ${d('f.accepted_on')} AS "acceptedOn", ${d('f.start_on')} AS "startOn",
              f.entry, f.entry_reason AS "entryReason", ${d('f.end_on')} AS "endOn", f.exit, f.exit_reason AS "exitReason",
              f.resolution, f.outcome, f.effect_on_round1 AS "effectOnRound1", ${d('f.due_on')} AS "dueOn",
              f.on_time AS "onTime", ${d('f.implemented_on')} AS "implementedOn",
              CASE WHEN (f.end_on IS NULL OR f.end_on > $3::date) AND f.due_on < $3::date
                   THEN ($3::date - f.due_on) END AS "daysOverdue"
         FROM audit_case_fact f JOIN authority a ON a.id = f.authority_id
        WHERE ${where} AND (f.case_code, f.unit_no, f.segment_no) > ($6, $7, $8)
        ORDER BY f.case_code, f.unit_no, f.segment_no
        LIMIT $9`,
      [...base, ...after, q.limit],
    );
    const [{ n }] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_case_fact f WHERE ${where}`,
      base,
    );
    return { rows, count: n };
  }

  async petitions(q: DrillQuery): Promise<{ rows: PetitionDrillRow[]; count: number }> {
    const where = `$2::date <= $3::date AND p.authority_id = ANY($1::uuid[]) AND p.recorded_from <= $4 AND p.recorded_to > $4
      AND (${compilePredicate(q.metric.predicate, '$2', '$3')})`;
    const base = [q.authorityIds, q.from, q.to, q.asOf];
    const after = q.after ?? ['', 0, 0];
    const rows = await this.dataSource.query<PetitionDrillRow[]>(
      `SELECT p.petition_id AS "petitionId", p.petition_code AS code, p.spell_no::int AS "spellNo",
              p.authority_id AS "authorityId", a.code AS "authorityCode", a.name AS "authorityName", p.entry,
              ${d('p.arrived_on')} AS "arrivedOn", p.channel, p.signatories::int AS signatories,
              p.content_kind AS "contentKind", p.eligible, p.within_competence AS "withinCompetence", p.disposition,
              ${d('p.end_on')} AS "endOn", p.exit, p.sent_to_id AS "sentToId", ${d('p.acknowledged_on')} AS "acknowledgedOn",
              ${d('p.reply_on')} AS "replyOn", p.reply
         FROM audit_petition_fact p JOIN authority a ON a.id = p.authority_id
        WHERE ${where} AND (p.petition_code, p.spell_no, 0) > ($5, $6, $7)
        ORDER BY p.petition_code, p.spell_no
        LIMIT $8`,
      [...base, ...after, q.limit],
    );
    const [{ n }] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_petition_fact p WHERE ${where}`,
      base,
    );
    return { rows, count: n };
  }
}
