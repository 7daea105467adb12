import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseEngineSchema1795400292121 implements MigrationInterface {
  name = 'CaseEngineSchema1795400292121';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(64) NOT NULL, "display_name" character varying(200) NOT NULL, "role" character varying(32) NOT NULL, "authority_id" uuid NOT NULL, "password_hash" character varying(255) NOT NULL, "password_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "token_version" integer NOT NULL DEFAULT '0', "failed_login_count" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "last_login_at" TIMESTAMP WITH TIME ZONE, "disabled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "app_user_role_check" CHECK ("role" IN ('reception_officer', 'handler', 'leader', 'inspector', 'admin')), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "app_user_username_key" ON "app_user"  ("username") `);
    await queryRunner.query(`CREATE INDEX "app_user_authority_idx" ON "app_user"  ("authority_id") `);
    await queryRunner.query(
      `CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "family_id" uuid NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(32), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "refresh_token_user_idx" ON "refresh_token"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "refresh_token_hash_key" ON "refresh_token"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "refresh_token_family_idx" ON "refresh_token"  ("family_id") `);
    await queryRunner.query(
      `CREATE TABLE "calendar_announcement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "year" integer NOT NULL, "occasion" character varying(32) NOT NULL, "name" character varying(200) NOT NULL DEFAULT '', "announcement" jsonb NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3ef6a79ce5dc8c377ed1f9ecab4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "calendar_announcement_key" ON "calendar_announcement"  ("year", "occasion", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "kntc_case" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "kind" character varying(16) NOT NULL, "holder_authority_id" uuid NOT NULL, "origin_petition_id" uuid NOT NULL, "machine_id" character varying(32) NOT NULL, "machine_version" character varying(16) NOT NULL, "state" character varying(64) NOT NULL, "snapshot" jsonb NOT NULL, "version" integer NOT NULL, "rule_set_id" character varying(16) NOT NULL, "round" smallint, "subject_area" character varying(40) NOT NULL, "summary" character varying(2000) NOT NULL, "assigned_handler_id" uuid, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_on" date, "decided_on" date, "closed_on" date, "outcome" character varying(32), "next_due_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "kntc_case_version_check" CHECK ("version" >= 1), CONSTRAINT "kntc_case_kind_check" CHECK ("kind" IN ('complaint', 'denunciation', 'feedback')), CONSTRAINT "PK_758f42243ec4fed0b7f759d2910" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "kntc_case_code_key" ON "kntc_case"  ("code") `);
    await queryRunner.query(`CREATE INDEX "kntc_case_next_due_idx" ON "kntc_case"  ("next_due_on") `);
    await queryRunner.query(
      `CREATE INDEX "kntc_case_holder_state_idx" ON "kntc_case"  ("holder_authority_id", "state") `,
    );
    await queryRunner.query(
      `CREATE TABLE "petition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "receiving_authority_id" uuid NOT NULL, "holder_authority_id" uuid NOT NULL, "channel" character varying(32) NOT NULL, "forwarded_by_name" character varying(300), "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "received_on" date NOT NULL, "summary" character varying(2000) NOT NULL, "full_text" text, "subject_area" character varying(40) NOT NULL, "content_kind" character varying(16), "signatory_count" integer NOT NULL DEFAULT '1', "from_reception" boolean NOT NULL DEFAULT false, "machine_id" character varying(32) NOT NULL, "machine_version" character varying(16) NOT NULL, "state" character varying(64) NOT NULL, "snapshot" jsonb NOT NULL, "version" integer NOT NULL, "rule_set_id" character varying(16) NOT NULL, "next_due_on" date, "bounced" boolean NOT NULL DEFAULT false, "case_id" uuid, "created_by_id" uuid NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "petition_version_check" CHECK ("version" >= 1), CONSTRAINT "petition_channel_check" CHECK ("channel" IN ('reception_desk', 'post', 'online_portal', 'forwarded_by_agency', 'deputy', 'fatherland_front', 'press')), CONSTRAINT "PK_469bc03ae1fe441954bcb2e6a0c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "petition_code_key" ON "petition"  ("code") `);
    await queryRunner.query(`CREATE INDEX "petition_next_due_idx" ON "petition"  ("next_due_on") `);
    await queryRunner.query(`CREATE INDEX "petition_case_idx" ON "petition"  ("case_id") `);
    await queryRunner.query(
      `CREATE INDEX "petition_received_idx" ON "petition"  ("receiving_authority_id", "received_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "petition_holder_state_idx" ON "petition"  ("holder_authority_id", "state") `,
    );
    await queryRunner.query(
      `CREATE TABLE "party" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "petition_id" uuid NOT NULL, "role" character varying(32) NOT NULL, "kind" character varying(16) NOT NULL, "anonymous" boolean NOT NULL DEFAULT false, "protected" boolean NOT NULL DEFAULT false, "protection_waived" boolean NOT NULL DEFAULT false, "identity_ciphertext" bytea, "identity_key_id" character varying(32), "id_number_fingerprint" character(64), "name_address_fingerprint" character(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "party_kind_check" CHECK ("kind" IN ('individual', 'organisation')), CONSTRAINT "party_role_check" CHECK ("role" IN ('signatory', 'representative', 'authorised_person', 'lawyer')), CONSTRAINT "PK_e6189b3d533e140bb33a6d2cec1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "party_petition_idx" ON "party"  ("petition_id") `);
    await queryRunner.query(`CREATE INDEX "party_id_number_fp_idx" ON "party"  ("id_number_fingerprint") `);
    await queryRunner.query(`CREATE INDEX "party_name_address_fp_idx" ON "party"  ("name_address_fingerprint") `);
    await queryRunner.query(
      `CREATE TABLE "identity_reveal" ("id" BIGSERIAL NOT NULL, "party_id" uuid NOT NULL, "petition_id" uuid NOT NULL, "user_id" uuid NOT NULL, "user_role" character varying(32) NOT NULL, "user_authority_id" uuid NOT NULL, "reason" character varying(500) NOT NULL, "revealed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "request_id" character varying(80), CONSTRAINT "PK_0afbd83fc8283a079eb86317010" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "identity_reveal_party_idx" ON "identity_reveal"  ("party_id") `);
    await queryRunner.query(`CREATE INDEX "identity_reveal_user_idx" ON "identity_reveal"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "case_petition" ("case_id" uuid NOT NULL, "petition_id" uuid NOT NULL, "relation" character varying(16) NOT NULL, "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL, "linked_by_id" uuid NOT NULL, CONSTRAINT "case_petition_relation_check" CHECK ("relation" IN ('origin', 'duplicate', 'repeat', 'copy_to_many')), CONSTRAINT "PK_8fa0120490101e1637f3e9e47f3" PRIMARY KEY ("case_id", "petition_id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "case_petition_petition_key" ON "case_petition"  ("petition_id") `);
    await queryRunner.query(
      `CREATE TABLE "custody_period" ("id" BIGSERIAL NOT NULL, "stream_type" character varying(16) NOT NULL, "stream_id" uuid NOT NULL, "authority_id" uuid NOT NULL, "from_at" TIMESTAMP WITH TIME ZONE NOT NULL, "until_at" TIMESTAMP WITH TIME ZONE, "reason" character varying(32) NOT NULL, "from_authority_id" uuid, CONSTRAINT "PK_5d3a7cc00bb937799f43bd0f51d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "custody_period_open_idx" ON "custody_period"  ("authority_id") WHERE "until_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "custody_period_stream_idx" ON "custody_period"  ("stream_type", "stream_id", "from_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "domain_event" ("id" BIGSERIAL NOT NULL, "stream_type" character varying(16) NOT NULL, "stream_id" uuid NOT NULL, "seq" integer NOT NULL, "type" character varying(64) NOT NULL, "payload" jsonb NOT NULL, "state_before" character varying(200), "state_after" character varying(200) NOT NULL, "actor_user_id" uuid, "actor_role" character varying(32) NOT NULL, "actor_authority_id" uuid, "holder_authority_id" uuid NOT NULL, "rule_set_id" character varying(16) NOT NULL, "machine_id" character varying(32) NOT NULL, "machine_version" character varying(16) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "request_id" character varying(80), CONSTRAINT "domain_event_stream_type_check" CHECK ("stream_type" IN ('petition', 'case')), CONSTRAINT "PK_f901502d0301da69fb8cebbb8f2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "domain_event_actor_authority_idx" ON "domain_event"  ("actor_authority_id") `,
    );
    await queryRunner.query(`CREATE INDEX "domain_event_occurred_idx" ON "domain_event"  ("occurred_at") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "domain_event_stream_seq_key" ON "domain_event"  ("stream_type", "stream_id", "seq") `,
    );
    await queryRunner.query(
      `CREATE TABLE "idempotency_record" ("user_id" uuid NOT NULL, "key" character varying(200) NOT NULL, "endpoint" character varying(300) NOT NULL, "request_hash" character(64) NOT NULL, "status" integer NOT NULL, "response" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ff6ff6e4a7c261b21e30f0280a7" PRIMARY KEY ("user_id", "key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox_message" ("id" BIGSERIAL NOT NULL, "event_id" bigint NOT NULL, "stream_type" character varying(16) NOT NULL, "stream_id" uuid NOT NULL, "action_type" character varying(32) NOT NULL, "payload" jsonb NOT NULL, "dedupe_key" character varying(80) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attempts" integer NOT NULL DEFAULT '0', "processed_at" TIMESTAMP WITH TIME ZONE, "last_error" character varying(500), CONSTRAINT "PK_2f36ee5236f2793f3e7bd554589" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "outbox_message_dedupe_key" ON "outbox_message"  ("dedupe_key") `);
    await queryRunner.query(
      `CREATE INDEX "outbox_message_pending_idx" ON "outbox_message"  ("available_at") WHERE "processed_at" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_efb4e56d3b364a8eb3514ba52c2" FOREIGN KEY ("authority_id") REFERENCES "authority"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "kntc_case" ADD CONSTRAINT "FK_827432369443fc6300503c945dd" FOREIGN KEY ("holder_authority_id") REFERENCES "authority"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "kntc_case" ADD CONSTRAINT "FK_b0a8b41069ca99ca5d18a105926" FOREIGN KEY ("origin_petition_id") REFERENCES "petition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "petition" ADD CONSTRAINT "FK_978ee5b7ae9cd9562f1c61c5e7d" FOREIGN KEY ("receiving_authority_id") REFERENCES "authority"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "petition" ADD CONSTRAINT "FK_a7e7112c3c589cd2ffda52fc6c2" FOREIGN KEY ("holder_authority_id") REFERENCES "authority"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "petition" ADD CONSTRAINT "FK_7b27dd9d1400fa1ffd36e4d6f3c" FOREIGN KEY ("case_id") REFERENCES "kntc_case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "party" ADD CONSTRAINT "FK_2aa6d5ce1f6a0aa06443a84030e" FOREIGN KEY ("petition_id") REFERENCES "petition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "identity_reveal" ADD CONSTRAINT "FK_2666c750b8e15e7b0f778e77866" FOREIGN KEY ("party_id") REFERENCES "party"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_petition" ADD CONSTRAINT "FK_0010e1cc35b8af3e0e1e451b311" FOREIGN KEY ("case_id") REFERENCES "kntc_case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_petition" ADD CONSTRAINT "FK_f47988732128487ae5d9a8b78ad" FOREIGN KEY ("petition_id") REFERENCES "petition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "custody_period" ADD CONSTRAINT "FK_d956f75a286f58dc41b9c853d28" FOREIGN KEY ("authority_id") REFERENCES "authority"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outbox_message" ADD CONSTRAINT "FK_7f18a4003f825f44269f1693c31" FOREIGN KEY ("event_id") REFERENCES "domain_event"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP CONSTRAINT "FK_7f18a4003f825f44269f1693c31"`);
    await queryRunner.query(`ALTER TABLE "custody_period" DROP CONSTRAINT "FK_d956f75a286f58dc41b9c853d28"`);
    await queryRunner.query(`ALTER TABLE "case_petition" DROP CONSTRAINT "FK_f47988732128487ae5d9a8b78ad"`);
    await queryRunner.query(`ALTER TABLE "case_petition" DROP CONSTRAINT "FK_0010e1cc35b8af3e0e1e451b311"`);
    await queryRunner.query(`ALTER TABLE "identity_reveal" DROP CONSTRAINT "FK_2666c750b8e15e7b0f778e77866"`);
    await queryRunner.query(`ALTER TABLE "party" DROP CONSTRAINT "FK_2aa6d5ce1f6a0aa06443a84030e"`);
    await queryRunner.query(`ALTER TABLE "petition" DROP CONSTRAINT "FK_7b27dd9d1400fa1ffd36e4d6f3c"`);
    await queryRunner.query(`ALTER TABLE "petition" DROP CONSTRAINT "FK_a7e7112c3c589cd2ffda52fc6c2"`);
    await queryRunner.query(`ALTER TABLE "petition" DROP CONSTRAINT "FK_978ee5b7ae9cd9562f1c61c5e7d"`);
    await queryRunner.query(`ALTER TABLE "kntc_case" DROP CONSTRAINT "FK_b0a8b41069ca99ca5d18a105926"`);
    await queryRunner.query(`ALTER TABLE "kntc_case" DROP CONSTRAINT "FK_827432369443fc6300503c945dd"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_efb4e56d3b364a8eb3514ba52c2"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_message_pending_idx"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_message_dedupe_key"`);
    await queryRunner.query(`DROP TABLE "outbox_message"`);
    await queryRunner.query(`DROP TABLE "idempotency_record"`);
    await queryRunner.query(`DROP INDEX "public"."domain_event_stream_seq_key"`);
    await queryRunner.query(`DROP INDEX "public"."domain_event_occurred_idx"`);
    await queryRunner.query(`DROP INDEX "public"."domain_event_actor_authority_idx"`);
    await queryRunner.query(`DROP TABLE "domain_event"`);
    await queryRunner.query(`DROP INDEX "public"."custody_period_stream_idx"`);
    await queryRunner.query(`DROP INDEX "public"."custody_period_open_idx"`);
    await queryRunner.query(`DROP TABLE "custody_period"`);
    await queryRunner.query(`DROP INDEX "public"."case_petition_petition_key"`);
    await queryRunner.query(`DROP TABLE "case_petition"`);
    await queryRunner.query(`DROP INDEX "public"."identity_reveal_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."identity_reveal_party_idx"`);
    await queryRunner.query(`DROP TABLE "identity_reveal"`);
    await queryRunner.query(`DROP INDEX "public"."party_name_address_fp_idx"`);
    await queryRunner.query(`DROP INDEX "public"."party_id_number_fp_idx"`);
    await queryRunner.query(`DROP INDEX "public"."party_petition_idx"`);
    await queryRunner.query(`DROP TABLE "party"`);
    await queryRunner.query(`DROP INDEX "public"."petition_holder_state_idx"`);
    await queryRunner.query(`DROP INDEX "public"."petition_received_idx"`);
    await queryRunner.query(`DROP INDEX "public"."petition_case_idx"`);
    await queryRunner.query(`DROP INDEX "public"."petition_next_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."petition_code_key"`);
    await queryRunner.query(`DROP TABLE "petition"`);
    await queryRunner.query(`DROP INDEX "public"."kntc_case_holder_state_idx"`);
    await queryRunner.query(`DROP INDEX "public"."kntc_case_next_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."kntc_case_code_key"`);
    await queryRunner.query(`DROP TABLE "kntc_case"`);
    await queryRunner.query(`DROP INDEX "public"."calendar_announcement_key"`);
    await queryRunner.query(`DROP TABLE "calendar_announcement"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_token_family_idx"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_token_user_idx"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_authority_idx"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_username_key"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
  }
}
