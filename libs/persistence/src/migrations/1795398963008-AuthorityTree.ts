import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuthorityTree1795398963008 implements MigrationInterface {
  name = 'AuthorityTree1795398963008';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "authority" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "name" character varying(300) NOT NULL, "level" character varying(32) NOT NULL, "parent_id" uuid, "admin_unit_code" character varying(20), "remote" boolean NOT NULL DEFAULT false, "valid_from" date NOT NULL, "valid_until" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "authority_validity_check" CHECK ("valid_until" IS NULL OR "valid_until" > "valid_from"), CONSTRAINT "authority_level_check" CHECK ("level" IN ('central', 'ministry', 'ministry_agency', 'province', 'provincial_agency', 'provincial_agency_unit', 'district', 'district_agency', 'commune', 'public_service_unit')), CONSTRAINT "PK_b0f9bb35ff132fc6bd92d0582ce" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "authority_code_key" ON "authority"  ("code") `);
    await queryRunner.query(`CREATE INDEX "authority_parent_idx" ON "authority"  ("parent_id") `);
    await queryRunner.query(
      `CREATE TABLE "authority_succession" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "predecessor_id" uuid NOT NULL, "successor_id" uuid NOT NULL, "effective_on" date NOT NULL, "kind" character varying(32) NOT NULL, "legal_basis" character varying(300) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "authority_succession_distinct_check" CHECK ("predecessor_id" <> "successor_id"), CONSTRAINT "authority_succession_kind_check" CHECK ("kind" IN ('merged', 'split', 'renamed', 'competence_transferred')), CONSTRAINT "PK_c65abb3e668571807eb8d576413" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "authority_succession_successor_idx" ON "authority_succession"  ("successor_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "authority_succession_pair_key" ON "authority_succession"  ("predecessor_id", "successor_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "authority" ADD CONSTRAINT "FK_0306dd3786fea5b8fad8f739c42" FOREIGN KEY ("parent_id") REFERENCES "authority"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "authority_succession" ADD CONSTRAINT "FK_742693108748238a68a9b25b94b" FOREIGN KEY ("predecessor_id") REFERENCES "authority"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "authority_succession" ADD CONSTRAINT "FK_575b55da686ce422a15bcfeafca" FOREIGN KEY ("successor_id") REFERENCES "authority"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "authority_succession" DROP CONSTRAINT "FK_575b55da686ce422a15bcfeafca"`);
    await queryRunner.query(`ALTER TABLE "authority_succession" DROP CONSTRAINT "FK_742693108748238a68a9b25b94b"`);
    await queryRunner.query(`ALTER TABLE "authority" DROP CONSTRAINT "FK_0306dd3786fea5b8fad8f739c42"`);
    await queryRunner.query(`DROP INDEX "public"."authority_succession_pair_key"`);
    await queryRunner.query(`DROP INDEX "public"."authority_succession_successor_idx"`);
    await queryRunner.query(`DROP TABLE "authority_succession"`);
    await queryRunner.query(`DROP INDEX "public"."authority_parent_idx"`);
    await queryRunner.query(`DROP INDEX "public"."authority_code_key"`);
    await queryRunner.query(`DROP TABLE "authority"`);
  }
}
