import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sổ tiếp công dân: visits (a `visit` stream of the write path), the people received (sealed
 * identities), the đơn each visit led to, and the register's serial numbers. Generated; the two
 * statements on `domain_event_stream_type_check` were added by hand because TypeORM does not diff
 * the expression of a CHECK it already knows by name.
 */
export class ReceptionRegister1795410066430 implements MigrationInterface {
  name = 'ReceptionRegister1795410066430';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "domain_event" DROP CONSTRAINT "domain_event_stream_type_check"`);
    await queryRunner.query(
      `ALTER TABLE "domain_event" ADD CONSTRAINT "domain_event_stream_type_check" CHECK ("stream_type" IN ('petition', 'case', 'visit'))`,
    );
    await queryRunner.query(
      `CREATE TABLE "reception_register_counter" ("authority_id" uuid NOT NULL, "year" smallint NOT NULL, "last_serial" integer NOT NULL, CONSTRAINT "PK_ffc4e9995e4089ff65e04b304ce" PRIMARY KEY ("authority_id", "year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "reception_visit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(80) NOT NULL, "serial_no" integer NOT NULL, "register_year" smallint NOT NULL, "receiving_authority_id" uuid NOT NULL, "holder_authority_id" uuid NOT NULL, "visit_type" character varying(16) NOT NULL, "form" character varying(16) NOT NULL, "visited_at" TIMESTAMP WITH TIME ZONE NOT NULL, "visited_on" date NOT NULL, "place" character varying(300) NOT NULL, "received_by_id" uuid NOT NULL, "leader_presence" character varying(16), "people_count" integer NOT NULL, "delegation" boolean NOT NULL DEFAULT false, "representative_count" integer NOT NULL DEFAULT '0', "content_kind" character varying(16), "subject_area" character varying(40) NOT NULL, "summary" character varying(2000) NOT NULL, "prior_handling" character varying(2000), "requests" character varying(2000), "identity_protection_requested" boolean NOT NULL DEFAULT false, "case_id" uuid, "result" character varying(16), "machine_id" character varying(32) NOT NULL, "machine_version" character varying(16) NOT NULL, "state" character varying(64) NOT NULL, "snapshot" jsonb NOT NULL, "version" integer NOT NULL, "rule_set_id" character varying(16) NOT NULL, "next_due_on" date, "created_by_id" uuid NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "reception_visit_version_check" CHECK ("version" >= 1), CONSTRAINT "reception_visit_people_check" CHECK ("people_count" >= 1 AND "representative_count" >= 0), CONSTRAINT "reception_visit_result_check" CHECK ("result" IS NULL OR "result" IN ('received', 'guided', 'answered', 'refused')), CONSTRAINT "reception_visit_leader_presence_check" CHECK ("leader_presence" IS NULL OR "leader_presence" IN ('in_person', 'delegated')), CONSTRAINT "reception_visit_form_check" CHECK ("form" IN ('in_person', 'online')), CONSTRAINT "reception_visit_type_check" CHECK ("visit_type" IN ('regular', 'periodic', 'ad_hoc')), CONSTRAINT "PK_4ebd10bd93e972fc7104c789999" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "reception_visit_code_key" ON "reception_visit"  ("code") `);
    await queryRunner.query(`CREATE INDEX "reception_visit_received_by_idx" ON "reception_visit"  ("received_by_id") `);
    await queryRunner.query(`CREATE INDEX "reception_visit_case_idx" ON "reception_visit"  ("case_id") `);
    await queryRunner.query(`CREATE INDEX "reception_visit_next_due_idx" ON "reception_visit"  ("next_due_on") `);
    await queryRunner.query(
      `CREATE INDEX "reception_visit_visited_idx" ON "reception_visit"  ("receiving_authority_id", "visited_on") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "reception_visit_serial_key" ON "reception_visit"  ("receiving_authority_id", "register_year", "serial_no") `,
    );
    await queryRunner.query(
      `CREATE TABLE "reception_visit_petition" ("visit_id" uuid NOT NULL, "petition_id" uuid NOT NULL, "logged_at_visit" boolean NOT NULL, CONSTRAINT "PK_cbe601e550bba02481021d98f9d" PRIMARY KEY ("visit_id", "petition_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "reception_visit_petition_petition_idx" ON "reception_visit_petition"  ("petition_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "reception_visitor" ("id" uuid NOT NULL, "visit_id" uuid NOT NULL, "role" character varying(32) NOT NULL, "kind" character varying(16) NOT NULL, "identity_ciphertext" bytea, "identity_key_id" character varying(32), "id_number_fingerprint" character(64), "name_address_fingerprint" character(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "reception_visitor_kind_check" CHECK ("kind" IN ('individual', 'organisation')), CONSTRAINT "reception_visitor_role_check" CHECK ("role" IN ('signatory', 'representative', 'authorised_person', 'lawyer')), CONSTRAINT "PK_30f42990672639110db46cfa451" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "reception_visitor_visit_idx" ON "reception_visitor"  ("visit_id") `);
    await queryRunner.query(
      `CREATE INDEX "reception_visitor_id_number_fp_idx" ON "reception_visitor"  ("id_number_fingerprint") `,
    );
    await queryRunner.query(
      `CREATE INDEX "reception_visitor_name_address_fp_idx" ON "reception_visitor"  ("name_address_fingerprint") `,
    );
    await queryRunner.query(
      `ALTER TABLE "reception_register_counter" ADD CONSTRAINT "FK_2963c280b753e9457b590a9fee8" FOREIGN KEY ("authority_id") REFERENCES "authority"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reception_visit" ADD CONSTRAINT "FK_fd28b114210c0fb65870826bd5a" FOREIGN KEY ("receiving_authority_id") REFERENCES "authority"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reception_visit" ADD CONSTRAINT "FK_42aca96fcec9586dc38530d7460" FOREIGN KEY ("received_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reception_visit" ADD CONSTRAINT "FK_e907104e437a5bd6048bdfa968f" FOREIGN KEY ("case_id") REFERENCES "kntc_case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reception_visit_petition" ADD CONSTRAINT "FK_6c9bd7a6e9119c63a617ca89a68" FOREIGN KEY ("visit_id") REFERENCES "reception_visit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reception_visit_petition" ADD CONSTRAINT "FK_af0efbbecc9825a0dadfbd832a8" FOREIGN KEY ("petition_id") REFERENCES "petition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reception_visitor" ADD CONSTRAINT "FK_7221d2969cdfb0473afca25a9a8" FOREIGN KEY ("visit_id") REFERENCES "reception_visit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reception_visitor" DROP CONSTRAINT "FK_7221d2969cdfb0473afca25a9a8"`);
    await queryRunner.query(`ALTER TABLE "reception_visit_petition" DROP CONSTRAINT "FK_af0efbbecc9825a0dadfbd832a8"`);
    await queryRunner.query(`ALTER TABLE "reception_visit_petition" DROP CONSTRAINT "FK_6c9bd7a6e9119c63a617ca89a68"`);
    await queryRunner.query(`ALTER TABLE "reception_visit" DROP CONSTRAINT "FK_e907104e437a5bd6048bdfa968f"`);
    await queryRunner.query(`ALTER TABLE "reception_visit" DROP CONSTRAINT "FK_42aca96fcec9586dc38530d7460"`);
    await queryRunner.query(`ALTER TABLE "reception_visit" DROP CONSTRAINT "FK_fd28b114210c0fb65870826bd5a"`);
    await queryRunner.query(
      `ALTER TABLE "reception_register_counter" DROP CONSTRAINT "FK_2963c280b753e9457b590a9fee8"`,
    );
    await queryRunner.query(`DROP INDEX "public"."reception_visitor_name_address_fp_idx"`);
    await queryRunner.query(`DROP INDEX "public"."reception_visitor_id_number_fp_idx"`);
    await queryRunner.query(`DROP INDEX "public"."reception_visitor_visit_idx"`);
    await queryRunner.query(`DROP TABLE "reception_visitor"`);
    await queryRunner.query(`DROP INDEX "public"."reception_visit_petition_petition_idx"`);
    await queryRunner.query(`DROP TABLE "reception_visit_petition"`);
    await queryRunner.query(`DROP INDEX "public"."reception_visit_serial_key"`);
    await queryRunner.query(`DROP INDEX "public"."reception_visit_visited_idx"`);
    await queryRunner.query(`DROP INDEX "public"."reception_visit_next_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."reception_visit_case_idx"`);
    await queryRunner.query(`DROP INDEX "public"."reception_visit_received_by_idx"`);
    await queryRunner.query(`DROP INDEX "public"."reception_visit_code_key"`);
    await queryRunner.query(`DROP TABLE "reception_visit"`);
    await queryRunner.query(`DROP TABLE "reception_register_counter"`);
    await queryRunner.query(`ALTER TABLE "domain_event" DROP CONSTRAINT "domain_event_stream_type_check"`);
    await queryRunner.query(
      `ALTER TABLE "domain_event" ADD CONSTRAINT "domain_event_stream_type_check" CHECK ("stream_type" IN ('petition', 'case'))`,
    );
  }
}
