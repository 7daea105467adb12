import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditFacts1795406582588 implements MigrationInterface {
  name = 'AuditFacts1795406582588';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_case_fact" ("id" BIGSERIAL NOT NULL, "case_id" uuid NOT NULL, "unit_no" smallint NOT NULL, "segment_no" smallint NOT NULL, "case_code" character varying(40) NOT NULL, "kind" character varying(16) NOT NULL, "round" smallint, "further" boolean NOT NULL, "subject_area" character varying(40) NOT NULL, "authority_id" uuid NOT NULL, "accepted_on" date NOT NULL, "start_on" date NOT NULL, "entry" character varying(16) NOT NULL, "entry_reason" character varying(32), "end_on" date, "exit" character varying(16), "exit_reason" character varying(40), "resolution" character varying(16), "outcome" character varying(16), "effect_on_round1" character varying(16), "due_on" date, "on_time" boolean, "implemented_on" date, "source_event_id" bigint NOT NULL, "recorded_from" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_to" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "audit_case_fact_recorded_check" CHECK ("recorded_to" >= "recorded_from"), CONSTRAINT "audit_case_fact_dates_check" CHECK ("end_on" IS NULL OR "end_on" >= "start_on"), CONSTRAINT "audit_case_fact_effect_check" CHECK ("effect_on_round1" IS NULL OR "effect_on_round1" IN ('upheld', 'amended', 'annulled')), CONSTRAINT "audit_case_fact_outcome_check" CHECK ("outcome" IS NULL OR "outcome" IN ('correct', 'partly_correct', 'incorrect')), CONSTRAINT "audit_case_fact_resolution_check" CHECK ("resolution" IS NULL OR "resolution" IN ('decision', 'withdrawn', 'terminated')), CONSTRAINT "audit_case_fact_exit_check" CHECK ("exit" IS NULL OR "exit" IN ('resolved', 'transferred_out', 'ended')), CONSTRAINT "audit_case_fact_entry_check" CHECK ("entry" IN ('accepted', 'transferred_in')), CONSTRAINT "PK_de5214e72857e92b7a7b348c074" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_case_fact_authority_idx" ON "audit_case_fact"  ("authority_id", "start_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_case_fact_current_idx" ON "audit_case_fact"  ("case_id") WHERE "recorded_to" = 'infinity'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "audit_case_fact_version_key" ON "audit_case_fact"  ("case_id", "unit_no", "segment_no", "recorded_from") `,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_opening_balance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "authority_id" uuid NOT NULL, "subject" character varying(16) NOT NULL, "period_from" date NOT NULL, "period_to" date NOT NULL, "figures" jsonb NOT NULL, "source" character varying(500) NOT NULL, "declared_by_id" uuid NOT NULL, "declared_at" TIMESTAMP WITH TIME ZONE NOT NULL, "superseded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "audit_opening_balance_period_check" CHECK ("period_to" >= "period_from"), CONSTRAINT "audit_opening_balance_subject_check" CHECK ("subject" IN ('petition', 'complaint', 'denunciation', 'feedback')), CONSTRAINT "PK_a1edb99d0d8ab924086ddefdaf7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_opening_balance_authority_idx" ON "audit_opening_balance"  ("authority_id", "subject", "period_from") `,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_petition_fact" ("id" BIGSERIAL NOT NULL, "petition_id" uuid NOT NULL, "spell_no" smallint NOT NULL, "petition_code" character varying(40) NOT NULL, "authority_id" uuid NOT NULL, "entry" character varying(16) NOT NULL, "arrived_on" date NOT NULL, "channel" character varying(32) NOT NULL, "from_reception" boolean NOT NULL, "signatories" smallint NOT NULL, "subject_area" character varying(40) NOT NULL, "content_kind" character varying(16), "eligible" boolean, "ineligible_reason" character varying(48), "within_competence" boolean, "classified_on" date, "end_on" date, "exit" character varying(16), "disposition" character varying(16), "sent_to_id" uuid, "acknowledged_on" date, "reply_on" date, "reply" character varying(16), "source_event_id" bigint NOT NULL, "recorded_from" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_to" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "audit_petition_fact_recorded_check" CHECK ("recorded_to" >= "recorded_from"), CONSTRAINT "audit_petition_fact_dates_check" CHECK ("end_on" IS NULL OR "end_on" >= "arrived_on"), CONSTRAINT "audit_petition_fact_exit_check" CHECK ("exit" IS NULL OR "exit" IN ('processed', 'transferred_out')), CONSTRAINT "audit_petition_fact_entry_check" CHECK ("entry" IN ('received', 'forwarded_in', 'returned', 'transferred_in')), CONSTRAINT "PK_6da5e216592d13d5878a892faaa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_petition_fact_authority_idx" ON "audit_petition_fact"  ("authority_id", "arrived_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_petition_fact_current_idx" ON "audit_petition_fact"  ("petition_id") WHERE "recorded_to" = 'infinity'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "audit_petition_fact_version_key" ON "audit_petition_fact"  ("petition_id", "spell_no", "recorded_from") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."audit_petition_fact_version_key"`);
    await queryRunner.query(`DROP INDEX "public"."audit_petition_fact_current_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_petition_fact_authority_idx"`);
    await queryRunner.query(`DROP TABLE "audit_petition_fact"`);
    await queryRunner.query(`DROP INDEX "public"."audit_opening_balance_authority_idx"`);
    await queryRunner.query(`DROP TABLE "audit_opening_balance"`);
    await queryRunner.query(`DROP INDEX "public"."audit_case_fact_version_key"`);
    await queryRunner.query(`DROP INDEX "public"."audit_case_fact_current_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_case_fact_authority_idx"`);
    await queryRunner.query(`DROP TABLE "audit_case_fact"`);
  }
}
