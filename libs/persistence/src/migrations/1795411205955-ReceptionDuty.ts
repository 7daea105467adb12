import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReceptionDuty1795411205955 implements MigrationInterface {
  name = 'ReceptionDuty1795411205955';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reception_duty_schedule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "authority_id" uuid NOT NULL, "leader_id" uuid NOT NULL, "planned_on" date NOT NULL, "place" character varying(300) NOT NULL, "note" character varying(500), "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4d1e16cb66dfd7dabd72a798cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "reception_duty_schedule_leader_idx" ON "reception_duty_schedule"  ("leader_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "reception_duty_schedule_day_key" ON "reception_duty_schedule"  ("authority_id", "planned_on") `,
    );
    await queryRunner.query(
      `ALTER TABLE "reception_duty_schedule" ADD CONSTRAINT "FK_72bf479689156f584a39a07b6d3" FOREIGN KEY ("authority_id") REFERENCES "authority"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reception_duty_schedule" ADD CONSTRAINT "FK_b5b80f98b8a271f659d70dd38a3" FOREIGN KEY ("leader_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reception_duty_schedule" DROP CONSTRAINT "FK_b5b80f98b8a271f659d70dd38a3"`);
    await queryRunner.query(`ALTER TABLE "reception_duty_schedule" DROP CONSTRAINT "FK_72bf479689156f584a39a07b6d3"`);
    await queryRunner.query(`DROP INDEX "public"."reception_duty_schedule_day_key"`);
    await queryRunner.query(`DROP INDEX "public"."reception_duty_schedule_leader_idx"`);
    await queryRunner.query(`DROP TABLE "reception_duty_schedule"`);
  }
}
