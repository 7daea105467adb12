import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Leaders' reception days: cancelled days kept with who, when and why; the form of a session
 * (in person, online) and the notice an online session needs (ND154/2026 Art. 23.1). Generated.
 */
export class DutyCancelAndOnlineNotice1795420011719 implements MigrationInterface {
  name = 'DutyCancelAndOnlineNotice1795420011719';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "reception_duty_schedule" ADD "form" character varying(16) NOT NULL DEFAULT 'in_person'`,
    );
    await queryRunner.query(
      `ALTER TABLE "reception_duty_schedule" ADD "status" character varying(16) NOT NULL DEFAULT 'planned'`,
    );
    await queryRunner.query(`ALTER TABLE "reception_duty_schedule" ADD "cancelled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "reception_duty_schedule" ADD "cancelled_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "reception_duty_schedule" ADD "cancel_reason" character varying(500)`);
    await queryRunner.query(`ALTER TABLE "reception_duty_schedule" ADD "notice_sent_on" date`);
    await queryRunner.query(`ALTER TABLE "reception_duty_schedule" ADD "notice_recorded_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "reception_duty_schedule" ADD "notice_recorded_by_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "reception_duty_schedule" ADD CONSTRAINT "reception_duty_schedule_notice_check" CHECK (("notice_sent_on" IS NULL OR "form" = 'online') AND ("notice_sent_on" IS NULL) = ("notice_recorded_at" IS NULL) AND ("notice_sent_on" IS NULL) = ("notice_recorded_by_id" IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "reception_duty_schedule" ADD CONSTRAINT "reception_duty_schedule_cancellation_check" CHECK (("status" = 'planned' OR "cancelled_at" IS NOT NULL) AND ("cancelled_at" IS NULL) = ("cancelled_by_id" IS NULL) AND ("cancelled_at" IS NULL) = ("cancel_reason" IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "reception_duty_schedule" ADD CONSTRAINT "reception_duty_schedule_form_check" CHECK ("form" IN ('in_person', 'online'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "reception_duty_schedule" ADD CONSTRAINT "reception_duty_schedule_status_check" CHECK ("status" IN ('planned', 'cancelled'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "reception_duty_schedule" DROP CONSTRAINT "reception_duty_schedule_status_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "reception_duty_schedule" DROP CONSTRAINT "reception_duty_schedule_form_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "reception_duty_schedule" DROP CONSTRAINT "reception_duty_schedule_cancellation_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "reception_duty_schedule" DROP CONSTRAINT "reception_duty_schedule_notice_check"`,
    );
    await queryRunner.query(`ALTER TABLE "reception_duty_schedule" DROP COLUMN "notice_recorded_by_id"`);
    await queryRunner.query(`ALTER TABLE "reception_duty_schedule" DROP COLUMN "notice_recorded_at"`);
    await queryRunner.query(`ALTER TABLE "reception_duty_schedule" DROP COLUMN "notice_sent_on"`);
    await queryRunner.query(`ALTER TABLE "reception_duty_schedule" DROP COLUMN "cancel_reason"`);
    await queryRunner.query(`ALTER TABLE "reception_duty_schedule" DROP COLUMN "cancelled_by_id"`);
    await queryRunner.query(`ALTER TABLE "reception_duty_schedule" DROP COLUMN "cancelled_at"`);
    await queryRunner.query(`ALTER TABLE "reception_duty_schedule" DROP COLUMN "status"`);
    await queryRunner.query(`ALTER TABLE "reception_duty_schedule" DROP COLUMN "form"`);
  }
}
