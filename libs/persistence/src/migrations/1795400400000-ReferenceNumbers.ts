import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sequences behind the human references (số đơn, số vụ việc). Gaps are possible (a rolled-back
 * intake consumes a number) and harmless: the reference only has to be unique and ordered.
 */
export class ReferenceNumbers1795400400000 implements MigrationInterface {
  name = 'ReferenceNumbers1795400400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE petition_number_seq`);
    await queryRunner.query(`CREATE SEQUENCE case_number_seq`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SEQUENCE case_number_seq`);
    await queryRunner.query(`DROP SEQUENCE petition_number_seq`);
  }
}
