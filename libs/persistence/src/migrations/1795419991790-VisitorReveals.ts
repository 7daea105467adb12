import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reveal log also records reveals of people received at a reception visit (their identities
 * are sealed like parties'; ND154/2026 Art. 12.2): a line names either a party of a đơn or a
 * visitor of a visit. Generated from the entities (the party foreign key is dropped and re-added
 * only because the column became nullable); the table stays append-only (AppendOnlyLogs trigger).
 */
export class VisitorReveals1795419991790 implements MigrationInterface {
  name = 'VisitorReveals1795419991790';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "identity_reveal" ADD "visitor_id" uuid`);
    await queryRunner.query(`ALTER TABLE "identity_reveal" ADD "visit_id" uuid`);
    await queryRunner.query(`ALTER TABLE "identity_reveal" DROP CONSTRAINT "FK_2666c750b8e15e7b0f778e77866"`);
    await queryRunner.query(`ALTER TABLE "identity_reveal" ALTER COLUMN "party_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "identity_reveal" ALTER COLUMN "petition_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE INDEX "identity_reveal_visitor_idx" ON "identity_reveal"  ("visitor_id") `);
    await queryRunner.query(
      `ALTER TABLE "identity_reveal" ADD CONSTRAINT "identity_reveal_subject_check" CHECK (("party_id" IS NOT NULL AND "petition_id" IS NOT NULL AND "visitor_id" IS NULL AND "visit_id" IS NULL) OR ("party_id" IS NULL AND "petition_id" IS NULL AND "visitor_id" IS NOT NULL AND "visit_id" IS NOT NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "identity_reveal" ADD CONSTRAINT "FK_2666c750b8e15e7b0f778e77866" FOREIGN KEY ("party_id") REFERENCES "party"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "identity_reveal" ADD CONSTRAINT "FK_a30e5559b2c89f96dd87b89f839" FOREIGN KEY ("visitor_id") REFERENCES "reception_visitor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "identity_reveal" DROP CONSTRAINT "FK_a30e5559b2c89f96dd87b89f839"`);
    await queryRunner.query(`ALTER TABLE "identity_reveal" DROP CONSTRAINT "FK_2666c750b8e15e7b0f778e77866"`);
    await queryRunner.query(`ALTER TABLE "identity_reveal" DROP CONSTRAINT "identity_reveal_subject_check"`);
    await queryRunner.query(`DROP INDEX "public"."identity_reveal_visitor_idx"`);
    await queryRunner.query(`ALTER TABLE "identity_reveal" ALTER COLUMN "petition_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "identity_reveal" ALTER COLUMN "party_id" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "identity_reveal" ADD CONSTRAINT "FK_2666c750b8e15e7b0f778e77866" FOREIGN KEY ("party_id") REFERENCES "party"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "identity_reveal" DROP COLUMN "visit_id"`);
    await queryRunner.query(`ALTER TABLE "identity_reveal" DROP COLUMN "visitor_id"`);
  }
}
