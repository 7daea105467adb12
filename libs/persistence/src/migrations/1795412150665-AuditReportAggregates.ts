import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Materialised aggregates of the audit reports: the cells of a period for a set of authorities
 * as known at a cut-off, computed once by a full pass over the facts and brought up to any later
 * (or earlier) cut-off with the versions recorded or closed in between (hence the two indexes on
 * each fact table). A cache the ORM does not map, written and read only by libs/audit
 * (report.repository.ts); every row can be deleted at any time. The index part was generated
 * from the entities; the table was added by hand.
 */
export class AuditReportAggregates1795412150665 implements MigrationInterface {
  name = 'AuditReportAggregates1795412150665';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_report_aggregate" ("id" BIGSERIAL NOT NULL, "subject" character varying(16) NOT NULL, "period_from" date NOT NULL, "period_to" date NOT NULL, "definition" character(64) NOT NULL, "authority_ids" uuid array NOT NULL, "fact_table_node" oid NOT NULL, "as_of" TIMESTAMP WITH TIME ZONE NOT NULL, "last_fact_id" bigint NOT NULL, "rows" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "audit_report_aggregate_subject_check" CHECK ("subject" IN ('case', 'petition')), CONSTRAINT "audit_report_aggregate_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_report_aggregate_period_idx" ON "audit_report_aggregate" ("subject", "period_from", "period_to", "definition")`,
    );
    await queryRunner.query(`CREATE INDEX "audit_case_fact_recorded_to_idx" ON "audit_case_fact"  ("recorded_to") `);
    await queryRunner.query(
      `CREATE INDEX "audit_case_fact_recorded_from_idx" ON "audit_case_fact"  ("recorded_from") `,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_petition_fact_recorded_to_idx" ON "audit_petition_fact"  ("recorded_to") `,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_petition_fact_recorded_from_idx" ON "audit_petition_fact"  ("recorded_from") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."audit_petition_fact_recorded_from_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_petition_fact_recorded_to_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_case_fact_recorded_from_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_case_fact_recorded_to_idx"`);
    await queryRunner.query(`DROP TABLE "audit_report_aggregate"`);
  }
}
