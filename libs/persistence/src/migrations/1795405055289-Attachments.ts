import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Attachments1795405055289 implements MigrationInterface {
  name = 'Attachments1795405055289';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attachment" ("id" uuid NOT NULL, "petition_id" uuid NOT NULL, "original_name" character varying(255) NOT NULL, "media_type" character varying(100) NOT NULL, "size_bytes" bigint NOT NULL, "sha256" character(64) NOT NULL, "storage_key" character varying(200) NOT NULL, "contains_identity" boolean NOT NULL DEFAULT false, "uploaded_by_user_id" uuid NOT NULL, "uploaded_by_authority_id" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "request_id" character varying(80), CONSTRAINT "attachment_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$'), CONSTRAINT "attachment_size_check" CHECK ("size_bytes" >= 0), CONSTRAINT "PK_d2a80c3a8d467f08a750ac4b420" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "attachment_storage_key_key" ON "attachment"  ("storage_key") `);
    await queryRunner.query(`CREATE INDEX "attachment_petition_idx" ON "attachment"  ("petition_id", "uploaded_at") `);
    await queryRunner.query(
      `ALTER TABLE "attachment" ADD CONSTRAINT "FK_69044a5ff5d268976d5264eadb5" FOREIGN KEY ("petition_id") REFERENCES "petition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment" ADD CONSTRAINT "FK_0e9e069d0e8d22fab610a465c16" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attachment" DROP CONSTRAINT "FK_0e9e069d0e8d22fab610a465c16"`);
    await queryRunner.query(`ALTER TABLE "attachment" DROP CONSTRAINT "FK_69044a5ff5d268976d5264eadb5"`);
    await queryRunner.query(`DROP INDEX "public"."attachment_petition_idx"`);
    await queryRunner.query(`DROP INDEX "public"."attachment_storage_key_key"`);
    await queryRunner.query(`DROP TABLE "attachment"`);
  }
}
