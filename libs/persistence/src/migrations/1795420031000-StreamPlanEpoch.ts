import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The epoch of what the write path's planners read with a stream's row (the audit facts). A
 * command reads its row on its own and writes in one statement later; a rebuild that replaced
 * the facts in between advances the epoch, and the write, which checks it, stores nothing and
 * is planned again. A sequence: its value is seen by every session at once, committed or not.
 */
export class StreamPlanEpoch1795420031000 implements MigrationInterface {
  name = 'StreamPlanEpoch1795420031000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE "stream_plan_epoch" AS bigint`);
    // last_value is 1 before and after the first nextval: mark it called, so every nextval changes it.
    await queryRunner.query(`SELECT setval('stream_plan_epoch', 1, true)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SEQUENCE "stream_plan_epoch"`);
  }
}
